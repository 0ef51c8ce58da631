// The server decodes message bytes with Buffer (server/src/transport/utf8.ts), for the smaller
// strings V8 then keeps; it must read every byte as TextDecoder, the library's decoder, would.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { utf8Parts, utf8Text } from '../../server/src/transport/utf8';
import { HOSTILE, loneSurrogates, params } from './arbitraries';

const text = fc.array(fc.oneof(fc.string(), fc.constantFrom(...HOSTILE, 'é', '€', '\ufeff')), {
  maxLength: 20,
});

describe('UTF-8 decoding of message bytes', () => {
  it('reads any bytes as TextDecoder does: invalid sequences as U+FFFD, a leading BOM dropped', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (bytes, bom) => {
        const input = bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
        assert.equal(utf8Text(input), new TextDecoder().decode(input));
      }),
      params(500),
    );
  });

  it('gives a text back from its bytes cut anywhere, a character cut between parts and a BOM included', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (parts, cuts) => {
        const original = parts.join('');
        fc.pre(loneSurrogates(original) === 0); // such text is never sent as bytes (jsonWorkerThread.ts)
        const bytes = new TextEncoder().encode(original);
        const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const decoder = utf8Parts();
        let decoded = '';
        let from = 0;
        for (const end of [...at, bytes.length]) {
          decoded += decoder.write(bytes.subarray(from, end));
          from = end;
        }
        decoded += decoder.end();
        assert.equal(decoded, original);
      }),
      params(300),
    );
  });
});
