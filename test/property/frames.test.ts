// The server's own cutting of the LSP byte stream into messages (server/src/transport/frames.ts):
// whatever chunks the bytes arrive in, the same bodies come out, in order; a message over the size
// limit is skipped and the messages after it read; a stream out of step (a wrong Content-Length,
// bytes that are no headers) is reported as broken, once, and nothing after it is read.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { BrokenStream, MAX_BODY_BYTES, MessageFrames } from '../../server/src/transport/frames';
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

function read(parts: Buffer[]): { bodies: string[]; errors: string[]; broken: number } {
  const bodies: string[] = [];
  const errors: string[] = [];
  let broken = 0;
  const frames = new MessageFrames(
    (b) => bodies.push(b.toString('utf8')),
    (e) => {
      errors.push(e.message);
      if (e instanceof BrokenStream) broken++;
    },
  );
  // Copies, then overwritten: a body must not keep pointing into a chunk the stream reuses.
  for (const part of parts) {
    const copy = Buffer.from(part);
    frames.push(copy);
    copy.fill(0);
  }
  return { bodies, errors, broken };
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

  it('reports headers without a Content-Length as a broken stream, and reads nothing after them', () => {
    const ok = Buffer.from('{"jsonrpc":"2.0","method":"after"}');
    const { bodies, errors, broken } = read([Buffer.from('Content-Type: text/plain\r\n\r\n'), frame(ok)]);
    assert.deepEqual(errors, ['headers without a valid Content-Length: "Content-Type: text/plain"']);
    assert.equal(broken, 1);
    assert.deepEqual(bodies, []);
  });

  it('reports a wrong Content-Length as a broken stream by the time the next message has arrived', () => {
    fc.assert(
      fc.property(
        body,
        body,
        fc.oneof(fc.integer({ min: -200, max: -1 }), fc.integer({ min: 1, max: 200 })),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }),
        (first, second, wrongBy, cuts) => {
          const length = Math.max(1, first.length + wrongBy);
          fc.pre(length !== first.length);
          const stream = Buffer.concat([
            Buffer.from(`Content-Length: ${length}\r\n\r\n`),
            first,
            frame(second),
          ]);
          const { bodies, broken } = read(chunks(stream, cuts));
          assert.equal(broken, 1);
          // Nothing read after it: not the next message, nor a body cut from the wrong bytes.
          assert.ok(bodies.length <= 1);
          assert.ok(!bodies.includes(second.toString('utf8')));
        },
      ),
      params(300),
    );
  });

  it('reads on in the same chunk after an empty body or a refused one', () => {
    const ok = Buffer.from('{"jsonrpc":"2.0","method":"after"}');
    const { bodies, errors } = read([
      Buffer.concat([
        Buffer.from('Content-Length: 0\r\n\r\n'),
        Buffer.from(`Content-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n`),
        Buffer.alloc(3, 32),
      ]),
      ...spaces(MAX_BODY_BYTES + 1 - 3),
      frame(ok),
    ]);
    assert.equal(errors.length, 1);
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
    assert.deepEqual(errors, ['no end of headers within 8192 bytes']);
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
