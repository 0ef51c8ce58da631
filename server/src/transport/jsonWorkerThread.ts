// The worker thread behind jsonWorker.ts: parses each message body it is sent and sends the result
// back. Bundled on its own (dist/jsonWorkerThread.js) beside the server and the CLI.
import { parentPort } from 'node:worker_threads';
import { utf8Text } from './utf8';

export interface ParseRequest {
  id: number;
  body: Uint8Array;
  /** A didOpen text at least this long comes back as UTF-8 bytes (see ParseReply.text). */
  textAsBytesFrom: number;
}
export interface ParseReply {
  id: number;
  message?: unknown;
  /**
   * The didOpen's text, taken out of `message` and encoded: bytes move between threads without a
   * copy, and the main thread decodes them a piece per turn, where receiving a 50 MB string held it
   * up for about 30 ms in one go.
   */
  text?: Uint8Array;
  error?: string;
}

interface DidOpen {
  method?: unknown;
  params?: { textDocument?: { text?: unknown } };
}

const encoder = new TextEncoder();
parentPort?.on('message', ({ id, body, textAsBytesFrom }: ParseRequest) => {
  let reply: ParseReply;
  try {
    const message = JSON.parse(utf8Text(body)) as DidOpen;
    reply = { id, message };
    const document = message.method === 'textDocument/didOpen' ? message.params?.textDocument : undefined;
    // Only well-formed text: encoding would turn a lone surrogate into U+FFFD.
    if (
      typeof document?.text === 'string' &&
      document.text.length >= textAsBytesFrom &&
      wellFormed(document.text)
    ) {
      reply.text = encoder.encode(document.text);
      document.text = '';
    }
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, reply.text ? [reply.text.buffer as ArrayBuffer] : []);
});

/** String.prototype.isWellFormed (Node 20 has it; the ES2022 typings do not). */
const wellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();
