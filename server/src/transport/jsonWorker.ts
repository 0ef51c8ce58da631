// Parses large JSON messages on one worker thread, so the server's event loop keeps answering.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Message } from 'vscode-languageserver/node';
import type { ParseReply, ParseRequest } from './jsonWorkerThread';
import type { ParseElsewhere } from './offThreadReader';

/** Beside this code: dist/ for the bundles, out/ for the tests. */
const WORKER_FILE = path.join(__dirname, 'jsonWorkerThread.js');

/**
 * Undefined without the worker's file (a copy of server.js alone): the reader then parses every
 * message where it is, slower but nothing lost.
 */
export function workerParser(file = WORKER_FILE): ParseElsewhere | undefined {
  if (!fs.existsSync(file)) return undefined;
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  };
  const started = () => {
    if (worker) return worker;
    const created = new Worker(file);
    created.unref(); // an idle parser must not keep the server alive
    created.on('message', ({ id, message, error }: ParseReply) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (message !== undefined) waiting?.resolve(message as Message);
      else waiting?.reject(new Error(error ?? 'no message'));
      // An idle worker would keep its own heap (tens of MB after a long document): it ends, and the
      // next large message, seldom and never urgent, starts another.
      if (pending.size === 0) {
        worker = undefined;
        void created.terminate();
      }
    });
    created.on('error', (error) => {
      if (worker === created) failAll(error);
    });
    created.on('exit', (code) => {
      if (worker === created) failAll(new Error(`the JSON worker stopped (exit code ${code})`));
    });
    return (worker = created);
  };
  return (body) =>
    new Promise<Message>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      // Moved, not copied, when the bytes own their buffer (frames.ts reads a large body into its own);
      // a Buffer's slice() is a view, hence the copy by constructor.
      const owned =
        body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? body : new Uint8Array(body);
      const request: ParseRequest = { id, body: owned };
      started().postMessage(request, [owned.buffer as ArrayBuffer]);
    });
}
