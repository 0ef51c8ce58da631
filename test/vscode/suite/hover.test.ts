import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { glossaryHoverReady, hoverText, middleOf, openFile, rangeOf, visibleHoversAt } from './helpers';

describe('Hover', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await openFile('sample.md');
  });

  it('explains "deficiency judgments" (plural) and covers exactly the mention', async () => {
    const hover = await glossaryHoverReady(document);
    const text = hoverText(hover);
    assert.match(text, /deficiency judgment/i);
    assert.ok(text.includes('Differs from'), `hover lacks "Differs from":\n${text}`);
    assert.match(text, /foreclosure/i);

    const mention = rangeOf(document, 'deficiency judgments');
    assert.ok(hover.range, 'hover has no range');
    assert.deepEqual(
      [hover.range.start.line, hover.range.start.character, hover.range.end.line, hover.range.end.character],
      [mention.start.line, mention.start.character, mention.end.line, mention.end.character],
    );
  });

  // Each place holds the glossary term, but is code or metadata rather than prose.
  const quietPlaces: [string, string][] = [
    ['a fenced code block', 'A deficiency judgment quoted in a code block.'],
    ['an inline code span', '`deficiency judgment`'],
    ['the YAML front matter', 'keywords: deficiency judgment'],
  ];
  for (const [place, lineMarker] of quietPlaces) {
    it(`shows no hover in ${place}`, async () => {
      await glossaryHoverReady(document); // the server answers, so silence below is a decision, not a delay
      const term = rangeOf(document, lineMarker, 'deficiency judgment');
      const hovers = await visibleHoversAt(document, middleOf(term));
      assert.deepEqual(hovers, [], `unexpected hover in ${place}`);
    });
  }
});
