// Sentences of real web pages that share a claim's words without making the claim: each kind of
// wrong finding seen on real pages (test/corpus/real-pages), written again in our own words.
import * as assert from 'node:assert/strict';
import { documentOf, languageService } from '../helpers';

function rules(text: string) {
  return languageService()
    .diagnostics(documentOf(text, 'plaintext'))
    .map((d) => String(d.code));
}

describe('real-page sentences that are not claims', () => {
  it('a debt word that names another thing ("mortgage forbearance", "the mortgage industry") is not the debt', () => {
    assert.deepEqual(rules('Plan your budget for the month after mortgage forbearance ends.'), []);
    assert.deepEqual(
      rules('The mortgage industry keeps going into new markets after each foreclosure wave.'),
      [],
    );
  });

  it('an event that ends is not a debt that ends, and "end up" is not an ending', () => {
    assert.deepEqual(rules('Learn what to do with the missed payments once your forbearance ends.'), []);
    assert.deepEqual(rules('Some borrowers end up behind on the loan again after a modification.'), []);
    assert.deepEqual(rules('The payments you skip in forbearance are forgiven.'), ['forbearance-forgives']);
  });

  it('an event named after the predicate must be linked to it ("after", "through", "by"), not merely near', () => {
    assert.deepEqual(
      rules('Some owners decide to stop paying the mortgage and let the house fall into foreclosure.'),
      [],
    );
    assert.deepEqual(
      rules('Owners who walk away from their mortgages, foreclosed neighbors say, regret it.'),
      [],
    );
    assert.deepEqual(rules('The remaining mortgage debt is wiped out after a foreclosure.'), [
      'foreclosure-erases-debt',
    ]);
  });

  it('a contrast between the event and the predicate separates them', () => {
    assert.deepEqual(
      rules('Forgiveness cancels a debt, whereas forbearance only postpones the payments.'),
      [],
    );
    assert.deepEqual(
      rules(
        'The lender can take the home through foreclosure but has no right to your other assets in this state.',
      ),
      [],
    );
  });

  it('a participle after a noun in a list of what a form shows is not a predicate', () => {
    assert.deepEqual(
      rules('The form lists the amount of debt forgiven and the value of any property foreclosed.'),
      [],
    );
  });

  it('a waiver, or advice to seek one, describes one agreement', () => {
    assert.deepEqual(
      rules(
        'A deficiency waiver is a signed promise by which the lender forgives the rest of a short sale balance.',
      ),
      [],
    );
    assert.deepEqual(
      rules('Try to get the lender to waive the deficiency when you negotiate the short sale.'),
      [],
    );
  });

  it('a type pointed at, a named act, and "most, if not all" are not general claims; an aside keeps the condition', () => {
    assert.deepEqual(rules('Under that relief act, this type of forgiven debt is not taxable income.'), []);
    assert.deepEqual(
      rules('A deed in lieu releases the borrower from most, if not all, of the remaining debt.'),
      [],
    );
    assert.deepEqual(
      rules('Cancelled mortgage debt is not taxable, however, if an exclusion applies to it.'),
      [],
    );
  });

  it('"This is called…" and "This means that…" name or explain the sentence before, with no subject of their own', () => {
    assert.deepEqual(
      rules(
        'A foreclosure sale may bring less than the loan balance. This is called a deficiency judgment in some places.',
      ),
      [],
    );
    assert.deepEqual(rules('Thinking about a short sale? It is basically a foreclosure.'), [
      'short-sale-is-foreclosure',
    ]);
  });

  it('a dash ends the complement of "is"; "virtually all", "how to", "needs the lender to" and "the only way to" qualify', () => {
    assert.deepEqual(rules('Short sales are contractual—foreclosure rules of the state still matter.'), []);
    assert.deepEqual(
      rules('In virtually all cases, a deed in lieu releases the borrower from the remaining debt.'),
      [],
    );
    assert.deepEqual(rules('Here is how to get a short sale that wipes out the deficiency.'), []);
    assert.deepEqual(
      rules(
        'The seller needs the lender to agree to release the rest of the mortgage debt in the short sale.',
      ),
      [],
    );
    assert.deepEqual(
      rules('The only way to be certain a deed in lieu releases you from the debt is a written release.'),
      [],
    );
  });

  it('a deficiency judgment beside a sale or a foreclosure, with no verb joining them, is not called the foreclosure', () => {
    assert.deepEqual(
      rules('Selling a home for less than the balance can leave the owner liable for a deficiency judgment.'),
      [],
    );
    assert.deepEqual(
      rules('Her foreclosure on the home and the later deficiency judgment hurt her credit.'),
      [],
    );
  });

  it('an object in another clause, a kind of foreclosure named, a failure, and "the circumstances when" are not claims', () => {
    assert.deepEqual(rules('Even if a lender cannot sue you to collect it, the debt is still valid.'), []);
    assert.deepEqual(
      rules('The lender could not get a deficiency judgment in this type of foreclosure.'),
      [],
    );
    assert.deepEqual(rules('A deficiency is owed if the foreclosure sale fails to satisfy the debt.'), []);
    assert.deepEqual(rules('There are two circumstances when a lender may not collect any deficiency.'), []);
    assert.deepEqual(
      rules('A short sale settles the debt contingent on the lender accepting the proceeds in full.'),
      [],
    );
    assert.deepEqual(rules('A deficiency judgment is a type of foreclosure.'), ['deficiency-is-foreclosure']);
  });

  it('"In exchange, …" ties a sentence to the deal named before it', () => {
    assert.deepEqual(
      rules(
        'A deed in lieu hands the house to the lender. In exchange, the lender releases you from the whole mortgage debt.',
      ),
      ['deed-in-lieu-releases-debt'],
    );
    assert.deepEqual(
      rules(
        'A deed in lieu hands the house over. In exchange for the deed, the lender is supposed to release the debt.',
      ),
      [],
    );
  });

  it('a sentence claimed by a specific family is not also reported as the walking-away fallback', () => {
    assert.deepEqual(
      rules('The trustee sale satisfies the whole loan, and the owner walks away owing nothing.'),
      ['foreclosure-erases-debt'],
    );
    assert.deepEqual(rules('Hand back the keys and you walk away owing nothing.'), ['losing-home-ends-debt']);
  });

  it('a heading line pasted as plain text ends before its paragraph', () => {
    assert.deepEqual(
      rules(
        'Deed in lieu\nReleases the owner from the mortgage debt only when the lender agrees in writing or a statute applies.',
      ),
      [],
    );
    assert.deepEqual(
      rules('Deed in lieu\nSigning over the deed releases the owner from the mortgage debt in every case.'),
      ['deed-in-lieu-releases-debt'],
    );
  });

  it('a named program or statute, a purpose, a share of cases, a list of options and a belief held are not claims', () => {
    assert.deepEqual(
      rules('Under HAMP, a loan modification forgives part of the principal for eligible owners.'),
      [],
    );
    assert.deepEqual(
      rules('This protection means the lender is barred from seeking a deficiency judgment.'),
      [],
    );
    assert.deepEqual(rules('The goal of the foreclosure sale is to satisfy the debt.'), []);
    assert.deepEqual(
      rules('In the vast majority of short sales we close, the lender waives the rest of the debt.'),
      [],
    );
    assert.deepEqual(rules('A loan modification lowers the payment and/or wipes out the arrears.'), []);
    assert.deepEqual(
      rules('Many owners were under the impression that a deed in lieu wipes out the whole debt.'),
      [],
    );
  });

  it('the law of a period of years is not a general claim', () => {
    assert.deepEqual(rules('Mortgage debt forgiven between 2007 and 2013 is not taxable.'), []);
  });

  it('a concession ("even if") is a premise, and a sentence opened by "sometimes" or "ideally" is hedged', () => {
    assert.deepEqual(
      rules('Even if the lender cannot sue you for the deficiency, the debt may still be reported.'),
      [],
    );
    assert.deepEqual(rules('Sometimes the short sale settles the whole balance.'), []);
    assert.deepEqual(rules('In a short sale the lender, ideally, forgives the rest of the debt.'), []);
  });

  it("a long answer to a question does not take the question's subject unless it refers back", () => {
    assert.deepEqual(
      rules(
        'What is a deficiency judgment? A: When you took out the loan, you gave the lender a deed of trust that lets it sell the house to collect the loan.',
      ),
      [],
    );
  });
});
