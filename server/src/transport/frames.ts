// Cuts an LSP byte stream into message bodies (the base protocol: headers, a blank line, then
// Content-Length bytes). Each body is copied into its own buffer as its chunks arrive, so even a
// 50 MB message never costs one long copy at the end (vscode-jsonrpc's reader joins the chunks
// once the last arrives: 40 ms for 50 MB, with the event loop stopped).

/** Headers longer than this are not LSP headers: the stream is reported as broken. */
const MAX_HEADER_BYTES = 8 * 1024;
/** A body longer than this is skipped with an error, not allocated (the largest Buffer is about 4 GB). */
export const MAX_BODY_BYTES = 1024 * 1024 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');

export class MessageFrames {
  private head: Buffer = Buffer.alloc(0);
  private body: { bytes: Buffer; filled: number } | undefined;
  /** Bytes of a refused body still to pass over. */
  private skipping = 0;

  constructor(
    private readonly onBody: (body: Buffer) => void,
    private readonly onError: (error: Error) => void,
  ) {}

  push(chunk: Buffer): void {
    let rest = chunk;
    while (rest.length > 0) {
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
      body.filled += taken;
      rest = rest.subarray(taken);
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
    if (end < 0) {
      if (head.length > MAX_HEADER_BYTES) {
        this.onError(new Error(`no end of headers within ${MAX_HEADER_BYTES} bytes; skipped them`));
        this.head = Buffer.alloc(0);
      } else this.head = Buffer.from(head); // a copy: the chunk's memory may be reused
      return Buffer.alloc(0);
    }
    this.head = Buffer.alloc(0);
    const headers = head.toString('latin1', 0, end);
    const length = contentLength(headers);
    if (length === undefined)
      this.onError(new Error(`headers without a valid Content-Length: ${JSON.stringify(headers)}`));
    else if (length > MAX_BODY_BYTES) {
      this.onError(
        new Error(`a message of ${length} bytes is over the limit of ${MAX_BODY_BYTES}; skipped it`),
      );
      this.skipping = length;
    } else if (length === 0) this.onBody(Buffer.alloc(0));
    else this.body = { bytes: Buffer.allocUnsafe(length), filled: 0 };
    return head.subarray(end + HEADER_END.length);
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
