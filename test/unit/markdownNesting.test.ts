// Markdown nested deeper than the parser follows (markdown-it stops at 100 levels, a list of 50)
// must not swallow the rest of the document: prose after it, and in it, is still read.
import * as assert from 'node:assert/strict';
import { proseOf } from '../../server/src/core/text/markup';
import { chunkedProse } from '../../server/src/core/incremental';
import { documentOf, languageService } from '../helpers';

const CLAIM = 'Foreclosure wipes out all of your debt.';

/** A list nested `depth` levels deep, one item per line, each two spaces further in. */
function deepList(depth: number, item = (i: number) => `item ${i}`): string {
  return Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}- ${item(i)}\n`).join('');
}

/** Each diagnostic as [rule, line, character]. */
function found(text: string): [string, number, number][] {
  return languageService()
    .diagnostics(documentOf(text))
    .map((d) => [String(d.code), d.range.start.line, d.range.start.character]);
}

describe('markdown nested beyond the parser limit', () => {
  it('finds a claim in the paragraph after a list nested 60 deep, at its line and column', () => {
    assert.deepEqual(found(`${deepList(60)}\n${CLAIM}\n`), [['foreclosure-erases-debt', 61, 0]]);
  });

  it('finds claims after several deep lists and after a quote nested 60 deep', () => {
    const text = `${deepList(60)}\n${CLAIM}\n\n${deepList(55)}\n# ${CLAIM}\n\n${'> '.repeat(60)}quote\n\n${CLAIM}\n`;
    assert.deepEqual(found(text), [
      ['foreclosure-erases-debt', 61, 0],
      ['foreclosure-erases-debt', 119, 2],
      ['foreclosure-erases-debt', 123, 0],
    ]);
  });

  it('still reads the deep items themselves, one item at a time', () => {
    const text = deepList(60, (i) => (i === 55 ? CLAIM : `Item ${i} is fine.`));
    assert.deepEqual(found(text), [['foreclosure-erases-debt', 55, 112]]);
  });

  it('reads a long document in windows as it reads it whole', () => {
    const text = `${deepList(60)}\n${CLAIM}\n\n`.repeat(40);
    assert.deepEqual(chunkedProse(text, 'markdown', 4096), proseOf(text, 'markdown'));
  });
});
