// Parses large JSON messages on one worker thread, so the server's event loop keeps answering.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Message } from 'vscode-languageserver/node';
import type { ParseReply, ParseRequest } from './jsonWorkerThread';
import type { ParseElsewhere } from './offThreadReader';
import { textHolders } from './longTexts';
import { utf8Parts } from './utf8';

/** Beside this code: dist/ for the bundles, out/ for the tests. */
const WORKER_FILE = path.join(__dirname, 'jsonWorkerThread.js');

/** A document text this long comes back as bytes and is decoded in pieces, turn by turn (see ParseReply). */
export const TEXT_AS_BYTES_FROM = 1024 * 1024;

/**
 * Undefined without the worker's file (a copy of server.js alone): the reader then parses every
 * message where it is, slower but nothing lost. A didOpen or whole-document didChange whose text came
 * back as bytes is delivered with the text as an array of strings, which PieceDocument takes as it is.
 * `textAsBytesFrom` is for tests.
 */
export function workerParser(
  file = WORKER_FILE,
  textAsBytesFrom = TEXT_AS_BYTES_FROM,
): ParseElsewhere | undefined {
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
    created.on('message', ({ id, message, texts, error }: ParseReply) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (message === undefined) waiting?.reject(new Error(error ?? 'no message'));
      else if (!texts) waiting?.resolve(message as Message);
      else void putBack(message, texts).then(() => waiting?.resolve(message as Message));
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
      const request: ParseRequest = { id, body: owned, textAsBytesFrom };
      started().postMessage(request, [owned.buffer as ArrayBuffer]);
    });
}

/** The texts the worker took out of `message`, decoded into pieces, back in their places. */
async function putBack(message: unknown, texts: NonNullable<ParseReply['texts']>): Promise<void> {
  const holders = textHolders(message);
  for (const { holder, bytes } of texts) holders[holder].text = await decodeInPieces(bytes);
}

/**
 * A megabyte a piece. With 64 KB pieces a server that had just read a 10 MB document held about
 * 290 MB instead of 190: the same live heap, more garbage not yet collected (why was not traced).
 */
const BYTES_PER_PIECE = 1024 * 1024;

/** UTF-8 bytes as strings of about a megabyte, one per event-loop turn (about a millisecond each). */
async function decodeInPieces(bytes: Uint8Array): Promise<string[]> {
  const decoder = utf8Parts();
  const pieces: string[] = [];
  for (let at = 0; at < bytes.length; at += BYTES_PER_PIECE) {
    if (at > 0) await new Promise((resolve) => setImmediate(resolve));
    const end = Math.min(bytes.length, at + BYTES_PER_PIECE);
    const piece = decoder.write(bytes.subarray(at, end));
    if (piece) pieces.push(piece);
  }
  const rest = decoder.end();
  if (rest) pieces.push(rest);
  return pieces;
}
