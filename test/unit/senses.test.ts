// Words with other meanings: a securities "short sale" gets no mortgage hover; an unclear paragraph
// gets a hover that says it assumes the mortgage meaning.
import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core/languageService';
import { builtInGlossary, documentOf } from '../helpers';

const glossary = builtInGlossary();
const service = createLanguageService({
  ...glossary,
  terms: glossary.terms.map((t) =>
    t.id === 'short-sale'
      ? {
          ...t,
          other_senses: [{ meaning: 'selling borrowed securities', cues: ['stock', 'shares', 'broker'] }],
        }
      : t,
  ),
});

function hoverOn(text: string, word: string): string | undefined {
  const document = documentOf(text);
  const hover = service.hover(document, document.positionAt(text.indexOf(word) + 1));
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

describe('terms with other meanings', () => {
  it('gives no mortgage hover where the paragraph is about securities', () => {
    assert.equal(
      hoverOn('Her broker warned that a short sale of the stock could lose money.', 'short sale'),
      undefined,
    );
    assert.deepEqual(service.analyze(documentOf('A short sale of 100 shares.')).mentions.toArray(), []);
  });

  it('gives the plain hover where the paragraph is about a home loan', () => {
    const value = hoverOn('The lender approved a short sale of the house.', 'short sale')!;
    assert.match(value, /^\*\*Short sale\*\* · \*mortgage glossary\*/);
    assert.doesNotMatch(value, /Outside mortgages/);
  });

  it('lets a mortgage term in the same paragraph settle the meaning', () => {
    assert.match(
      hoverOn('After the foreclosure was postponed, a short sale closed.', 'short sale')!,
      /mortgage glossary/,
    );
  });

  it('says which meaning it assumes when the paragraph does not tell', () => {
    const value = hoverOn('We discussed a short sale.', 'short sale')!;
    assert.match(value, /^\*\*Short sale\*\* · \*in mortgage usage\*/);
    assert.match(value, /Outside mortgages this can also mean: selling borrowed securities\./);
  });

  it('reads each paragraph on its own', () => {
    const text = 'A short sale of the stock.\n\nThe lender approved a short sale.';
    assert.equal(service.analyze(documentOf(text)).mentions.length, 1);
  });

  it('leaves terms without other meanings alone', () => {
    assert.ok(hoverOn('Broker stock shares and a deficiency judgment.', 'deficiency judgment'));
  });
});
