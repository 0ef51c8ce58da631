// The server's own cutting of the LSP byte stream into messages (server/src/transport/frames.ts):
// whatever chunks the bytes arrive in, the same bodies come out, in order; broken headers are
// reported and the messages after them still read.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_BODY_BYTES, MessageFrames } from '../../server/src/transport/frames';
import { HOSTILE, params } from './arbitraries';

const body = fc
  .array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...HOSTILE)), { maxLength: 8 })
  .map((parts) => Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'x', params: parts.join('') })));

const frame = (bytes: Buffer, headers = '') =>
  Buffer.concat([Buffer.from(`${headers}Content-Length: ${bytes.length}\r\n\r\n`), bytes]);

/** `bytes` cut at the given fractions of its length. */
function chunks(bytes: Buffer, cuts: number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
  return [...at, bytes.length].map((end, i) => bytes.subarray(i === 0 ? 0 : at[i - 1], end));
}

/** `length` bytes of spaces a megabyte at a time, as a stream delivers a long body. */
function spaces(length: number): Buffer[] {
  const megabyte = Buffer.alloc(1024 * 1024, 32);
  const chunks: Buffer[] = [];
  for (; length >= megabyte.length; length -= megabyte.length) chunks.push(megabyte);
  chunks.push(megabyte.subarray(0, length));
  return chunks;
}

function read(parts: Buffer[]): { bodies: string[]; errors: string[] } {
  const bodies: string[] = [];
  const errors: string[] = [];
  const frames = new MessageFrames(
    (b) => bodies.push(b.toString('utf8')),
    (e) => errors.push(e.message),
  );
  // Copies, then overwritten: a body must not keep pointing into a chunk the stream reuses.
  for (const part of parts) {
    const copy = Buffer.from(part);
    frames.push(copy);
    copy.fill(0);
  }
  return { bodies, errors };
}

describe('cutting the LSP stream into messages', () => {
  it('gives the same bodies, in order, however the bytes are chunked', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(body, fc.constantFrom('', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n')),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }),
        (messages, cuts) => {
          const stream = Buffer.concat(messages.map(([b, headers]) => frame(b, headers)));
          const { bodies, errors } = read(chunks(stream, cuts));
          assert.deepEqual(errors, []);
          assert.deepEqual(
            bodies,
            messages.map(([b]) => b.toString('utf8')),
          );
        },
      ),
      params(200),
    );
  });

  it('reports headers without a Content-Length, and reads the messages after them', () => {
    const ok = Buffer.from('{"jsonrpc":"2.0","method":"after"}');
    const { bodies, errors } = read([Buffer.from('Content-Type: text/plain\r\n\r\n'), frame(ok)]);
    assert.deepEqual(errors, ['headers without a valid Content-Length: "Content-Type: text/plain"']);
    assert.deepEqual(bodies, [ok.toString()]);
  });

  it('reads on in the same chunk after broken headers, an empty body or a refused one', () => {
    const ok = Buffer.from('{"jsonrpc":"2.0","method":"after"}');
    const { bodies, errors } = read([
      Buffer.concat([
        Buffer.from('Content-Type: text/plain\r\n\r\n'),
        Buffer.from('Content-Length: 0\r\n\r\n'),
        Buffer.from(`Content-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n`),
        Buffer.alloc(3, 32),
      ]),
      ...spaces(MAX_BODY_BYTES + 1 - 3),
      frame(ok),
    ]);
    assert.equal(errors.length, 2);
    assert.deepEqual(bodies, ['', ok.toString()]);
  });

  it('reads header names in any case, and an empty body', () => {
    const { bodies, errors } = read([Buffer.from('content-length: 2\r\n\r\n{}CONTENT-LENGTH: 0\r\n\r\n')]);
    assert.deepEqual(errors, []);
    assert.deepEqual(bodies, ['{}', '']);
  });

  it('reports a stream that never ends its headers instead of buffering it without limit', () => {
    const { bodies, errors } = read([Buffer.alloc(5000, 'a'), Buffer.alloc(5000, 'b')]);
    assert.deepEqual(bodies, []);
    assert.deepEqual(errors, ['no end of headers within 8192 bytes; skipped them']);
  });

  it('skips a message over the size limit without allocating it, and reads the next', () => {
    const ok = Buffer.from('{"jsonrpc":"2.0","method":"after"}');
    const bodies: string[] = [];
    const errors: string[] = [];
    const frames = new MessageFrames(
      (b) => bodies.push(b.toString()),
      (e) => errors.push(e.message),
    );
    const huge = MAX_BODY_BYTES + 10;
    frames.push(Buffer.from(`Content-Length: ${huge}\r\n\r\n`));
    for (const chunk of spaces(huge)) frames.push(chunk);
    frames.push(frame(ok));
    assert.deepEqual(errors, [
      `a message of ${huge} bytes is over the limit of ${MAX_BODY_BYTES}; skipped it`,
    ]);
    assert.deepEqual(bodies, [ok.toString()]);
  });
});
