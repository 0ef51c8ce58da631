// Cuts an LSP byte stream into message bodies (the base protocol: headers, a blank line, then
// Content-Length bytes). Each body is copied into its own buffer as its chunks arrive, so even a
// 50 MB message never costs one long copy at the end (vscode-jsonrpc's reader joins the chunks
// once the last arrives: 40 ms for 50 MB, with the event loop stopped).

/** Headers longer than this are not LSP headers: the stream is reported as broken. */
const MAX_HEADER_BYTES = 8 * 1024;
/** A body longer than this is skipped with an error, not allocated (the largest Buffer is about 4 GB). */
export const MAX_BODY_BYTES = 1024 * 1024 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');
const LENGTH_HEADER = Buffer.from('Content-Length:');
/** Header lines so far: `name: value` lines, the last one perhaps cut short by the chunk's end. */
const HEADER_LINES = /^(?:[!#$%&'*+.^_`|~\w-]+:[^\r\n]*\r\n)*(?:[!#$%&'*+.^_`|~\w-]+(?::[^\r\n]*\r?)?)?$/;

/**
 * The stream is out of step (a wrong Content-Length, or bytes that are no LSP headers): no later
 * message can be found in it, so the connection is over.
 */
export class BrokenStream extends Error {}

export class MessageFrames {
  private head: Buffer = Buffer.alloc(0);
  private body: { bytes: Buffer; filled: number } | undefined;
  /** Bytes of a refused body still to pass over. */
  private skipping = 0;
  /** Once out of step, every later byte is ignored. */
  private broken = false;

  constructor(
    private readonly onBody: (body: Buffer) => void,
    private readonly onError: (error: Error) => void,
  ) {}

  push(chunk: Buffer): void {
    let rest = chunk;
    while (rest.length > 0 && !this.broken) {
      if (this.skipping > 0) {
        const skipped = Math.min(this.skipping, rest.length);
        this.skipping -= skipped;
        rest = rest.subarray(skipped);
        continue;
      }
      if (!this.body) {
        rest = this.readHeaders(rest);
        // No body to fill (headers incomplete or refused, or an empty body): read on from `rest`.
        if (!this.body) continue;
      }
      const body = this.body;
      const taken = Math.min(rest.length, body.bytes.length - body.filled);
      rest.copy(body.bytes, body.filled, 0, taken);
      const before = body.filled;
      body.filled += taken;
      rest = rest.subarray(taken);
      if (this.headersIn(body.bytes, before, body.filled)) return;
      if (body.filled === body.bytes.length) {
        this.body = undefined;
        this.onBody(body.bytes);
      }
    }
  }

  /** Reads headers from what is buffered and `chunk`; returns the bytes after them. */
  private readHeaders(chunk: Buffer): Buffer {
    const head = this.head.length > 0 ? Buffer.concat([this.head, chunk]) : chunk;
    const end = head.indexOf(HEADER_END);
    // Told as soon as the bytes cannot be headers: after a Content-Length that was too short, the
    // rest of that message arrives here, and the client may be waiting for an answer to it.
    const headers = head.toString('latin1', 0, end < 0 ? Math.min(head.length, MAX_HEADER_BYTES) : end);
    if (!HEADER_LINES.test(headers)) {
      this.fail(`expected headers, read ${JSON.stringify(headers.slice(0, 80))}`);
      return Buffer.alloc(0);
    }
    if (end < 0) {
      if (head.length > MAX_HEADER_BYTES) this.fail(`no end of headers within ${MAX_HEADER_BYTES} bytes`);
      else this.head = Buffer.from(head); // a copy: the chunk's memory may be reused
      return Buffer.alloc(0);
    }
    this.head = Buffer.alloc(0);
    const length = contentLength(headers);
    if (length === undefined) {
      this.fail(`headers without a valid Content-Length: ${JSON.stringify(headers.slice(0, 200))}`);
      return Buffer.alloc(0);
    } else if (length > MAX_BODY_BYTES) {
      this.onError(
        new Error(`a message of ${length} bytes is over the limit of ${MAX_BODY_BYTES}; skipped it`),
      );
      this.skipping = length;
    } else if (length === 0) this.onBody(Buffer.alloc(0));
    else this.body = { bytes: Buffer.allocUnsafe(length), filled: 0 };
    return head.subarray(end + HEADER_END.length);
  }

  /**
   * Whether the bytes of a body written from `from` to `to` hold the headers of another message,
   * as when a Content-Length was too long: JSON cannot hold `Content-Length: 12` and a line break
   * (a string has no raw line break, and the words are no JSON outside one). Left waiting, the
   * body would swallow the messages after it, and the client would wait for answers that never come.
   */
  private headersIn(bytes: Buffer, from: number, to: number): boolean {
    // From a little before: a header may have been cut by the chunk's end.
    const start = Math.max(0, from - 64);
    const written = bytes.subarray(start, to); // not the rest: it holds old memory, and is long
    for (let at = written.indexOf(LENGTH_HEADER); at >= 0; at = written.indexOf(LENGTH_HEADER, at + 1)) {
      const line = written.toString('latin1', at + LENGTH_HEADER.length, at + 64);
      if (/^ *\d+ *\r\n/.test(line)) {
        this.fail('a message holds the headers of another: its Content-Length was too long');
        return true;
      }
    }
    return false;
  }

  private fail(why: string): void {
    this.broken = true;
    this.body = undefined;
    this.head = Buffer.alloc(0);
    this.onError(new BrokenStream(why));
  }
}

function contentLength(headers: string): number | undefined {
  for (const line of headers.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0 || line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    return /^\d{1,10}$/.test(value) ? Number(value) : undefined;
  }
  return undefined;
}
