// A PieceText (server/src/core/pieceText.ts) must read exactly as the string it stands for, after
// any sequence of replacements, whichever pieces a read or a replacement spans.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { PieceText } from '../../server/src/core/text/pieceText';
import { HOSTILE, params } from './arbitraries';

const text = fc
  .array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...HOSTILE)), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** A replacement as fractions of the current length, so it always lands inside the text. */
const replacement = fc.record({
  a: fc.double({ min: 0, max: 1, noNaN: true }),
  b: fc.double({ min: 0, max: 1, noNaN: true }),
  text,
});

describe('PieceText', () => {
  it('reads as the string it stands for after any replacements', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 9 }),
        fc.array(replacement, { maxLength: 12 }),
        fc.array(fc.tuple(fc.integer({ min: -2, max: 400 }), fc.integer({ min: -2, max: 400 })), {
          maxLength: 8,
        }),
        (initial, pieceLength, edits, reads) => {
          const pieces = new PieceText(initial, pieceLength);
          let model = initial;
          const check = () => {
            assert.equal(pieces.length, model.length);
            for (const [start, end] of reads) {
              const [s, e] = [
                Math.min(Math.max(start, 0), model.length),
                Math.min(Math.max(end, 0), model.length),
              ];
              assert.equal(
                pieces.slice(start, end),
                e > s ? model.slice(s, e) : '',
                `slice(${start}, ${end})`,
              );
              assert.equal(pieces.charAt(start), model.charAt(start), `charAt(${start})`);
            }
            assert.equal(pieces.slice(0), model);
          };
          check();
          for (const edit of edits) {
            const from = Math.floor(Math.min(edit.a, edit.b) * model.length);
            const to = Math.floor(Math.max(edit.a, edit.b) * model.length);
            pieces.replace(from, to, edit.text);
            model = model.slice(0, from) + edit.text + model.slice(to);
            check();
          }
          assert.equal(pieces.toString(), model);
        },
      ),
      params(300),
    );
  });

  it("gives any prefix as a view that reads as the string's prefix, before and after replacements", () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 9 }),
        fc.array(replacement, { maxLength: 6 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (initial, pieceLength, edits, ends) => {
          const pieces = new PieceText(initial, pieceLength);
          let model = initial;
          const check = () => {
            for (const fraction of ends) {
              const end = Math.floor(fraction * model.length);
              const prefix = pieces.prefix(end);
              assert.equal(prefix.length, end);
              assert.equal(prefix.toString(), model.slice(0, end));
              const inner = Math.max(1, end - 1);
              assert.equal(prefix.slice(1, inner), model.slice(1, inner));
            }
          };
          check();
          for (const { a, b, text: inserted } of edits) {
            const [from, to] = [Math.floor(a * model.length), Math.floor(b * model.length)].sort(
              (x, y) => x - y,
            );
            pieces.replace(from, to, inserted);
            model = model.slice(0, from) + inserted + model.slice(to);
            check();
          }
        },
      ),
      params(300),
    );
  });
});
