// The worker thread behind jsonWorker.ts: parses each message body it is sent and sends the result
// back. Bundled on its own (dist/jsonWorkerThread.js) beside the server and the CLI.
import { parentPort } from 'node:worker_threads';

export interface ParseRequest {
  id: number;
  body: Uint8Array;
}
export interface ParseReply {
  id: number;
  message?: unknown;
  error?: string;
}

const decoder = new TextDecoder();
parentPort?.on('message', ({ id, body }: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id, message: JSON.parse(decoder.decode(body)) as unknown };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
