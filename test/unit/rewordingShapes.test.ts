// Rewordings an independent reviewer found wrong on sealed writers' sentences (2026-12-04), each kind
// written again in our own words: the fix must read as an editor would write it, or not be offered.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentOf, languageService } from '../helpers';

/** The preferred rewording of the sentence's first finding, or null when none is offered. */
function reworded(text: string): string | null {
  const document = documentOf(text, 'plaintext');
  const service = languageService();
  const [diagnostic] = service.diagnostics(document);
  assert.ok(diagnostic, `no finding on: ${text}`);
  const action = service.codeActions(document, diagnostic.range).find((a) => a.isPreferred);
  const edits = action?.edit?.changes?.[document.uri];
  return edits ? TextDocument.applyEdits(document, edits) : null;
}

describe('rewordings an editor would write', () => {
  it('a contracted "is" on the noun ("the loan\'s paid off") keeps its passive', () => {
    assert.equal(
      reworded("After the bank forecloses, the loan's paid off."),
      "After the bank forecloses, the loan's not always paid off.",
    );
  });

  it('a universal marker left after the verb takes a plain "not", never "not always"', () => {
    assert.equal(
      reworded('Foreclosures come with a deficiency judgment as a matter of course.'),
      'Foreclosures do not come with a deficiency judgment as a matter of course.',
    );
    assert.equal(
      reworded('After the trustee sale the lender is sure to get a deficiency judgment.'),
      'After the trustee sale the lender is not sure to get a deficiency judgment.',
    );
  });

  it('no rewording that denies "every" from afar or breaks the clause', () => {
    // "not … every" would leave some foreclosures with an automatic judgment.
    assert.equal(
      reworded('Deficiency judgments are entered automatically after every foreclosure sale.'),
      null,
    );
    // A get-passive has no auxiliary to deny; a fragment after the claim ("Automatically.") re-asserts it.
    assert.equal(reworded('You sell short and the shortfall gets wiped. That is the deal.'), null);
    assert.equal(reworded('Once a short sale closes, the rest is forgiven. Automatically.'), null);
    // A hedge cannot go before "that's".
    assert.equal(reworded("You drop the keys in an envelope and that's the end of your mortgage."), null);
  });
});
