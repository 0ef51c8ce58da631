// The tokenizer reads ASCII words char by char and leaves the rest to the WORD expression
// (server/src/core/words.ts): every text must split into exactly the words WORD finds.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { nextWord, WORD } from '../../server/src/core/text/words';
import { HOSTILE, params, splitsPair } from './arbitraries';

function scanned(text: string, from = 0): [number, number][] {
  const spans: [number, number][] = [];
  const span = { start: 0, end: 0 };
  for (let at = from; nextWord(text, at, span); at = span.end) spans.push([span.start, span.end]);
  return spans;
}

function expected(text: string, from = 0): [number, number][] {
  const word = new RegExp(WORD.source, 'gu');
  word.lastIndex = from;
  const spans: [number, number][] = [];
  for (let m = word.exec(text); m; m = word.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

const piece = fc.oneof(
  fc.constantFrom(
    ...HOSTILE,
    "'",
    '’',
    "don't",
    'trustee’s',
    'café',
    'naïve',
    'e\u0301',
    '٣',
    'Ⅻ',
    "'s",
    'x’',
    ' ',
  ),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);

describe('words', () => {
  it('finds the words WORD finds, from any offset, in any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.nat(), (parts, at) => {
        const text = parts.join('');
        const from = at % (text.length + 1);
        // Never asked by the tokenizer (blocks and words start on whole characters); /u would step back.
        fc.pre(!splitsPair(text, from));
        assert.deepEqual(scanned(text, from), expected(text, from));
      }),
      params(1000),
    );
  });

  it('reads curly and straight apostrophes inside words, not at their edges', () => {
    const text = "Don't say the trustee’s sale 'ends' it’";
    assert.deepEqual(
      scanned(text).map(([s, e]) => text.slice(s, e)),
      ["Don't", 'say', 'the', 'trustee’s', 'sale', 'ends', 'it'],
    );
  });
});
