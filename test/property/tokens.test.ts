// The word arrays keep one byte per word length and sentences as the ends of word runs
// (server/src/core/tokens.ts): read back, they must give the words WORD finds in the prose, the
// blocks they sit in, and sentences that cover the words in order.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { proseOf } from '../../server/src/core/text/markup';
import {
  blockFinder,
  Gap,
  sentenceAt,
  startsSentence,
  tokenize,
  wordEnd,
  type Tokens,
} from '../../server/src/core/text/tokens';
import { WORD } from '../../server/src/core/text/words';
import { documentText, LANGUAGES, params } from './arbitraries';

/** A word longer than the tokens store lengths for (see Tokens.lengths), possessive or not. */
function longWord(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom('a', 'É', '9', '𝔉'),
      fc.integer({ min: 250, max: 700 }),
      fc.constantFrom('', "'s", '’s', 'é', '. '),
    )
    .map(([letter, length, end]) => ' ' + letter.repeat(length) + end + ' ');
}

const text = fc.oneof(
  documentText(),
  fc.array(fc.oneof(longWord(), fc.constantFrom('Foreclosure erases all debt.', '\n\n', ' ')), {
    maxLength: 8,
  }),
);

function wordsOf(tokens: Tokens): [number, number][] {
  return Array.from({ length: tokens.count }, (_, k) => [tokens.starts[k], wordEnd(tokens, k)]);
}

describe('tokens', () => {
  it('give back every word of the prose, its block and its sentence, whatever the word length', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...LANGUAGES), (parts, languageId) => {
        const source = Array.isArray(parts) ? parts.join('') : parts;
        const prose = proseOf(source, languageId);
        const tokens = tokenize(prose, new Set());

        const expected: [number, number][] = [];
        const blockOfWord: number[] = [];
        prose.blocks.forEach(([from, to]) => {
          // "=" and "≠" between spaces are words too ("Foreclosure = debt gone" reads "is"; see words.ts).
          const word = new RegExp(`${WORD.source}|(?<= )[=≠](?= )`, 'gu');
          for (const m of prose.masked.slice(from, to).matchAll(word)) {
            expected.push([from + m.index, from + m.index + m[0].length]);
            blockOfWord.push(from);
          }
        });
        assert.deepEqual(wordsOf(tokens), expected);

        // The same block, by its first word, for words of one block and no other.
        const blockOf = blockFinder(tokens);
        for (let k = 0; k + 1 < tokens.count; k++) {
          const same = blockOfWord[k] === blockOfWord[k + 1];
          assert.equal(blockOf(k) === blockOf(k + 1), same, `words ${k} and ${k + 1}`);
          assert.equal(tokens.gaps[k] === Gap.Block, !same, `gap after word ${k}`);
        }

        // Sentences cover the words one after the other, each starting where a sentence may.
        let next = 0;
        for (let i = 0; i < tokens.sentenceCount; i++) {
          const sentence = sentenceAt(tokens, i);
          assert.equal(sentence.first, next);
          assert.ok(sentence.end > sentence.first);
          assert.ok(startsSentence(tokens, sentence.first));
          for (let k = sentence.first + 1; k < sentence.end; k++) assert.ok(!startsSentence(tokens, k));
          next = sentence.end;
        }
        assert.equal(next, tokens.count);
      }),
      params(300),
    );
  });
});
