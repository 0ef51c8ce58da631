// The worker thread behind jsonWorker.ts: parses each message body it is sent and sends the result
// back. Bundled on its own (dist/jsonWorkerThread.js) beside the server and the CLI.
import { parentPort } from 'node:worker_threads';
import { textHolders } from './longTexts';
import { utf8Text } from './utf8';

export interface ParseRequest {
  id: number;
  body: Uint8Array;
  /** A document text at least this long comes back as UTF-8 bytes (see ParseReply.texts). */
  textAsBytesFrom: number;
}
export interface ParseReply {
  id: number;
  message?: unknown;
  /**
   * Document texts taken out of `message` and encoded, by their place among textHolders(message):
   * bytes move between threads without a copy, and the main thread decodes them a piece per turn,
   * where receiving a 50 MB string held it up for about 30 ms in one go.
   */
  texts?: { holder: number; bytes: Uint8Array }[];
  error?: string;
}

const encoder = new TextEncoder();
parentPort?.on('message', ({ id, body, textAsBytesFrom }: ParseRequest) => {
  let reply: ParseReply;
  try {
    const message = JSON.parse(utf8Text(body)) as unknown;
    reply = { id, message };
    textHolders(message).forEach((holder, index) => {
      // Only well-formed text: encoding would turn a lone surrogate into U+FFFD.
      if (typeof holder.text !== 'string' || holder.text.length < textAsBytesFrom || !wellFormed(holder.text))
        return;
      (reply.texts ??= []).push({ holder: index, bytes: encoder.encode(holder.text) });
      holder.text = '';
    });
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, reply.texts?.map(({ bytes }) => bytes.buffer as ArrayBuffer) ?? []);
});

/** String.prototype.isWellFormed (Node 20 has it; the ES2022 typings do not). */
const wellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();
