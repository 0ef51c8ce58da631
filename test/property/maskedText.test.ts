// MaskedText (server/src/core/maskedText.ts) keeps a document's masked prose as the runs where it
// differs from the text: it must read exactly as the masked string, whatever a read spans.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MaskedText } from '../../server/src/core/text/maskedText';
import { HOSTILE, params } from './arbitraries';

/** A text, and a masked copy of it: some stretches replaced by a mark, line breaks kept. */
const maskedPair = fc
  .array(
    fc.tuple(
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...HOSTILE, '\n', '\r\n')),
      fc.constantFrom(undefined, ' ', '\u0001'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => ({
    text: parts.map(([part]) => part).join(''),
    masked: parts.map(([part, mark]) => (mark ? part.replace(/[^\r\n]/g, mark) : part)).join(''),
  }));

describe('MaskedText', () => {
  it('reads as the masked string it stands for, char by char and slice by slice', () => {
    fc.assert(
      fc.property(
        maskedPair,
        // Reads as fractions of the length, some before the start or past the end, either way round.
        fc.array(
          fc.tuple(
            fc.double({ min: -1.2, max: 1.2, noNaN: true }),
            fc.double({ min: -1.2, max: 1.2, noNaN: true }),
          ),
          {
            maxLength: 8,
          },
        ),
        ({ text, masked }, fractions) => {
          const reads = fractions.map(([a, b]) => [
            Math.round(a * masked.length),
            Math.round(b * masked.length),
          ]);
          const kept = new MaskedText(text, masked);
          assert.equal(kept.length, masked.length);
          assert.equal(kept.toString(), masked);
          for (let i = 0; i <= masked.length; i++) {
            assert.equal(kept.charCodeAt(i), masked.charCodeAt(i), `charCodeAt(${i})`);
            assert.equal(kept.charAt(i), masked.charAt(i), `charAt(${i})`);
          }
          for (const [a, b] of reads) assert.equal(kept.slice(a, b), masked.slice(a, b), `slice(${a}, ${b})`);
        },
      ),
      params(300),
    );
  });
});
