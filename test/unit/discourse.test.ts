// Claims whose subject or assertion comes from the sentence before: a sentence that refers back
// ("It …", "This process …"), a question answered "Yes", a question heading and its answer. The
// examples are written for these tests; positions are what a writer sees in the editor.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/core/languageService';
import { builtInGlossary, documentOf, languageService, textAt } from '../helpers';

function findings(text: string, languageId = 'markdown') {
  const document = documentOf(text, languageId);
  return languageService()
    .diagnostics(document)
    .map((d) => ({ rule: String(d.code), line: d.range.start.line, text: textAt(document, d.range) }));
}

describe('claims that take their subject or assertion from the sentence before', () => {
  it('a sentence that refers back takes the subject of the one before, in the same paragraph', () => {
    assert.deepEqual(
      findings('Thinking about a short sale? It wipes out the rest of the mortgage.').map((f) => f.rule),
      ['short-sale-settles-debt'],
    );
    assert.deepEqual(
      findings('Ask your servicer for forbearance. This process forgives the payments you skip.').map(
        (f) => f.rule,
      ),
      ['forbearance-forgives'],
    );
  });

  it('a debt asked about and answered with a bare "Gone" or "Forgiven" is said to be gone', () => {
    assert.deepEqual(findings('The balance left after a short sale? Gone.'), [
      { rule: 'short-sale-settles-debt', line: 0, text: 'Gone' },
    ]);
    assert.deepEqual(
      findings('What you still owed on the house? Wiped once the foreclosure sale is over.').map(
        (f) => f.rule,
      ),
      ['foreclosure-erases-debt'],
    );
    // Controls: the house is no debt, and an answer that asks again asserts nothing.
    assert.deepEqual(findings('The house after a foreclosure? Gone. The debt? Still there.'), []);
    assert.deepEqual(findings('The leftover debt after a short sale? Gone? Not so fast.'), []);
  });

  it('not across a paragraph that is not the answer to a question', () => {
    assert.deepEqual(findings('## Short sales\n\nIt wipes out the rest of the mortgage.\n'), []);
  });

  it('a question answered "Yes" asserts the question: reported on the question, with no rewording', () => {
    const text = '## Will forbearance forgive my payments?\n\nYes, every one of them.\n';
    const document = documentOf(text);
    const [diagnostic, ...rest] = languageService().diagnostics(document);
    assert.equal(rest.length, 0);
    assert.equal(diagnostic.code, 'forbearance-forgives');
    assert.equal(diagnostic.range.start.line, 0);
    const actions = languageService().codeActions(document, diagnostic.range);
    assert.ok(!actions.some((a) => a.isPreferred), 'no rewording of a question and its "yes"');
  });

  it('an answer that qualifies its "yes" or says "no" asserts nothing', () => {
    assert.deepEqual(findings('Will a short sale settle my debt? Yes, if the lender agrees in writing.'), []);
    assert.deepEqual(findings('Will forbearance forgive my payments? No, they are paused.'), []);
  });

  it('after an edit of the question, the answer is read again (equal to a fresh analysis)', () => {
    const service = createLanguageService(builtInGlossary());
    const before = '## Will forbearance forgive my payments?\n\nYes, every one of them.\n';
    let document = TextDocument.create('memory:///qa.md', 'markdown', 1, before);
    assert.equal(service.diagnostics(document).length, 1);
    const at = before.indexOf('forgive my');
    document = TextDocument.update(
      document,
      [{ range: { start: document.positionAt(at), end: document.positionAt(at + 7) }, text: 'pause' }],
      2,
    );
    assert.deepEqual(service.diagnostics(document), []);
    const again = TextDocument.update(
      document,
      [{ range: { start: document.positionAt(at), end: document.positionAt(at + 5) }, text: 'forgive' }],
      3,
    );
    assert.equal(service.diagnostics(again).length, 1);
  });

  it('after an edit of the paragraph before a question, the claim its "No." reports on it stays', () => {
    const service = createLanguageService(builtInGlossary());
    // A claim that starts on the question's words and is found only when its answer is read (the shape a
    // property test found; the words are odd, the shape is what matters).
    const before =
      'Intro.\n\nIs the acceleration still mine after a short sale? No, the bank writes it off once it closes.\n';
    let document = TextDocument.create('memory:///deny.md', 'markdown', 1, before);
    assert.deepEqual(
      service.diagnostics(document).map((d) => d.code),
      ['short-sale-settles-debt'],
    );
    document = TextDocument.update(
      document,
      [{ range: { start: document.positionAt(0), end: document.positionAt(0) }, text: 'More ' }],
      2,
    );
    assert.deepEqual(
      service.diagnostics(document).map((d) => [d.code, d.range]),
      languageService()
        .diagnostics(documentOf(document.getText()))
        .map((d) => [d.code, d.range]),
    );
    assert.equal(service.diagnostics(document).length, 1);
  });

  it('"this process" inside a sentence stands for the event the sentence before names, and decides the family', () => {
    const text =
      'A deed in lieu of foreclosure hands the house to the lender. In exchange, the lender lets you go. Though you lose the home through this process, you are released from the mortgage debt.';
    assert.deepEqual(
      findings(text, 'plaintext').map((f) => f.rule),
      ['deed-in-lieu-releases-debt'],
    );
    // Without an event before it, the sentence tells of losing the home, and is read as that myth.
    assert.deepEqual(
      findings(
        'Though you lose the home through this process, you are released from the mortgage debt.',
        'plaintext',
      ).map((f) => f.rule),
      ['losing-home-ends-debt'],
    );
  });

  it('a sentence about what the lender agrees to, right after one that defines a short sale or deed in lieu, is about that event', () => {
    const rulesOf = (text: string) => findings(text, 'plaintext').map((f) => f.rule);
    assert.deepEqual(
      rulesOf(
        'A short sale is a sale of the home for less than the balance. The lender agrees to take the lower price and forgive the rest of the balance.',
      ),
      ['short-sale-settles-debt'],
    );
    assert.deepEqual(
      rulesOf(
        'Some owners choose a deed in lieu. Their lender accepts the deed and cancels the remaining debt.',
      ),
      ['deed-in-lieu-releases-debt'],
    );
    // Controls: a hedge or a condition in the lender's sentence, or no event before it, says no claim.
    assert.deepEqual(
      rulesOf(
        'A short sale is a sale of the home for less than the balance. The lender may agree to forgive the rest of the balance.',
      ),
      [],
    );
    assert.deepEqual(
      rulesOf(
        'A short sale is a sale of the home for less than the balance. The lender forgives the rest only if it agrees in writing.',
      ),
      [],
    );
    assert.deepEqual(
      rulesOf(
        'A short sale is a sale of the home for less than the balance. The lender accepts the shortfall as payment in full (or sets up a repayment plan).',
      ),
      [],
    );
    assert.deepEqual(
      rulesOf('Call your servicer this week. The lender agrees to forgive the rest of the balance.'),
      [],
    );
  });

  it('"Your servicer will forgive…" right after forbearance or a modification is named speaks of it', () => {
    const rulesOf = (text: string) => findings(text, 'plaintext').map((f) => f.rule);
    assert.deepEqual(rulesOf('Request forbearance. Your servicer will forgive the payments you skip.'), [
      'forbearance-forgives',
    ]);
    assert.deepEqual(rulesOf('Request forbearance. Your servicer may forgive some of the payments.'), []);
    assert.deepEqual(rulesOf('Call your servicer. Your servicer will forgive the payments you skip.'), []);
  });

  it('an answer that opens with a condition of its own words holds the carried claim only under it', () => {
    assert.deepEqual(
      findings(
        '## What if the foreclosure sale brings more than the debt?\n\nWhen the sale price equals or exceeds the mortgage debt, you are off the hook.\n',
      ).map((f) => f.rule),
      [],
    );
    // Control: a clause that restates the event is the claim's premise.
    assert.deepEqual(
      findings('## What happens after a foreclosure sale?\n\nOnce it is over, you are off the hook.\n').map(
        (f) => f.rule,
      ),
      ['foreclosure-erases-debt'],
    );
  });

  it('the lender taking the house is the house given up, unless a foreclosure, short sale or deed in lieu is named', () => {
    const rules = (text: string) => findings(text, 'plaintext').map((f) => f.rule);
    assert.deepEqual(rules('Once the bank takes the house, your debt is paid in full.'), [
      'losing-home-ends-debt',
    ]);
    // The event named in the sentence or the one before owns the taking, and the claim.
    assert.deepEqual(
      rules('After the foreclosure auction the bank takes the house and the debt is paid in full.'),
      ['foreclosure-erases-debt'],
    );
    assert.deepEqual(
      rules('Foreclosure ends the whole mortgage. The lender takes the house and that settles the loan.'),
      // Both sentences state it: "and that settles the loan" is the taking's outcome, in the foreclosure.
      ['foreclosure-erases-debt', 'foreclosure-erases-debt'],
    );
    assert.deepEqual(
      rules('A deed in lieu is a full release. The bank takes the house and the debt is paid.'),
      ['deed-in-lieu-releases-debt', 'deed-in-lieu-releases-debt'],
    );
  });

  it('an object pronoun after a forgiving verb stands for the debt named just before, in the paragraph only', () => {
    assert.deepEqual(
      findings('The auction leaves a balance on the loan. The sale wipes it out.').map((f) => f.rule),
      ['foreclosure-erases-debt'],
    );
    assert.deepEqual(
      findings("You won't owe the gap on the mortgage. A short sale always cancels it.").map((f) => f.rule),
      ['short-sale-settles-debt'],
    );
    // Another paragraph, or no debt named: the pronoun is not the debt.
    assert.deepEqual(findings('The auction leaves a balance on the loan.\n\nThe sale wipes it out.'), []);
    assert.deepEqual(findings('The lender reviewed the file and decided to waive it.'), []);
  });

  it('a tail that names the kind of event ("That\'s what a short sale is.") gives the sentence before its subject', () => {
    assert.deepEqual(
      findings(
        "The bank agrees to take less and forgives the whole shortfall. That's what a short sale is.",
      ).map((f) => [f.rule, f.line]),
      [['short-sale-settles-debt', 0]],
    );
    // Not across paragraphs, nor for a tail that only describes.
    assert.deepEqual(
      findings(
        "The bank agrees to take less and forgives the whole shortfall.\n\nThat's what a short sale is.",
      ),
      [],
    );
    assert.deepEqual(
      findings('You list the house and the bank approves the price. That is how a short sale works.'),
      [],
    );
  });

  it('a "Q:" label is read past like an "A:" one, and "Never." answers no', () => {
    assert.deepEqual(
      findings('Q: Does a short sale leave you with a balance? A: No.').map((f) => f.rule),
      ['short-sale-settles-debt'],
    );
    assert.deepEqual(
      findings('Does a deed in lieu ever leave a balance? Never.').map((f) => f.rule),
      ['deed-in-lieu-releases-debt'],
    );
    // A "no" that denies the myth's own question stays quiet.
    assert.deepEqual(
      findings('Q: Is a short sale a foreclosure? A: No, it is a sale the lender approves.'),
      [],
    );
  });

  it('a sentence whose subject is what is owed tells what becomes of it in the event named just before', () => {
    const rules = (text: string) => findings(text, 'plaintext').map((f) => f.rule);
    assert.deepEqual(rules('Go ahead and apply for forbearance. Those skipped months just disappear.'), [
      'forbearance-forgives',
    ]);
    assert.deepEqual(
      rules('Sign the short sale papers. The leftover balance is written off as a matter of course.'),
      ['short-sale-settles-debt'],
    );
    // Controls: denied, hedged, or in a new paragraph, the sentence asserts nothing of the event.
    assert.deepEqual(rules('Go ahead and apply for forbearance. Those skipped months do not disappear.'), []);
    assert.deepEqual(
      rules('Sign the short sale papers. The leftover balance may be written off if the bank agrees.'),
      [],
    );
    assert.deepEqual(
      rules('Sign the short sale papers.\n\nThe leftover balance is written off as a matter of course.'),
      [],
    );
  });

  it('a hedge set off by itself after the claim limits it; one that only times it does not', () => {
    const rules = (text: string) => findings(text, 'plaintext').map((f) => f.rule);
    assert.deepEqual(
      rules(
        'In a short sale the bank takes less. The rest of the balance is forgiven, usually, but not always.',
      ),
      [],
    );
    assert.deepEqual(
      rules('A deficiency judgment follows every foreclosure automatically, usually within a month.'),
      ['deficiency-automatic'],
    );
  });

  it('a bare tag after the sentence ("Always.", "Every time.") says it of every case, and no edit is offered', () => {
    const rules = (text: string) => findings(text, 'plaintext').map((f) => f.rule);
    assert.deepEqual(rules('Sheriff sale first, then the deficiency judgment. Always.'), [
      'deficiency-automatic',
    ]);
    assert.deepEqual(rules('short sale -> deficiency judgment. every single time'), ['deficiency-automatic']);
    const document = documentOf('Sheriff sale first, then the deficiency judgment. Always.', 'plaintext');
    const service = languageService();
    const [diagnostic] = service.diagnostics(document);
    assert.deepEqual(
      service.codeActions(document, diagnostic.range).filter((action) => action.isPreferred),
      [],
    );
    // Controls: without the tag, or with a tag that says something else, the sequence asserts no rule.
    assert.deepEqual(rules('Sheriff sale first, then the deficiency judgment.'), []);
    assert.deepEqual(rules('Sheriff sale first, then the deficiency judgment. Always check the state.'), []);
  });

  it('a sentence that names no event takes its topic from a short one before it that does', () => {
    const rules = (text: string) => findings(text, 'plaintext').map((f) => f.rule);
    assert.deepEqual(rules('Last resort: a deed in lieu. Afterward you owe the bank nothing at all.'), [
      'deed-in-lieu-releases-debt',
    ]);
    assert.deepEqual(
      rules('We finally got the modification. Our back payments are forgiven automatically.'),
      ['modification-forgives'],
    );
    // Controls: a long sentence before only mentions the event; one that denies something, a table cell and a
    // line of contents set no topic; a sentence with an event of its own keeps it.
    assert.deepEqual(
      rules(
        'Our office has helped families in three counties compare a deed in lieu with other options since 2009. Afterward you owe the bank nothing at all.',
      ),
      [],
    );
    assert.deepEqual(
      rules("A deed in lieu doesn't stop the calls. Afterward you owe the bank nothing at all."),
      [],
    );
    assert.deepEqual(
      findings(
        '| Option | Result |\n|---|---|\n| Deed in lieu | Afterward you owe the bank nothing at all. |',
      ).map((f) => f.rule),
      [],
    );
    assert.deepEqual(rules('Foreclosures, chapter 2. Canceled Debts ........ 14'), []);
    assert.deepEqual(
      rules('Last resort: a deed in lieu. After a short sale you owe the bank nothing at all.'),
      ['short-sale-settles-debt'],
    );
  });

  it('an answer that opens with "Those" or follows a bare "Nothing." answers the question before', () => {
    const rules = (text: string) => findings(text, 'plaintext').map((f) => f.rule);
    assert.deepEqual(rules("Deficiency judgments on a family home? Those don't exist for owners."), [
      'deficiency-never',
    ]);
    assert.deepEqual(
      rules('What becomes of the unpaid balance after a short sale? Nothing. The bank erases it at closing.'),
      ['short-sale-settles-debt'],
    );
    assert.deepEqual(rules('Is a short sale a foreclosure? Thats foreclosure, same thing.'), [
      'short-sale-is-foreclosure',
    ]);
    // Controls: "Those" before a noun names its own subject; an answer that refutes keeps the sentence quiet.
    assert.deepEqual(
      rules('Deficiency judgments on a family home? Those lenders rarely ask for one, but they may.'),
      [],
    );
    assert.deepEqual(
      rules('What becomes of the unpaid balance after a short sale? Nothing. The bank may still collect it.'),
      [],
    );
  });

  it('after a question, "that\'s where…" defines what it asks about; "that\'s why…" still explains', () => {
    const rules = (text: string) => findings(text, 'plaintext').map((f) => f.rule);
    assert.deepEqual(
      rules("Deed in lieu? That's where you hand the house back and the lender forgives the whole debt."),
      ['deed-in-lieu-releases-debt'],
    );
    // "That's why…" explains the question instead: the deed in lieu is not carried into it.
    assert.ok(
      !rules(
        "Deed in lieu? That's why you hand the house back and the lender forgives the whole debt.",
      ).includes('deed-in-lieu-releases-debt'),
    );
  });
  it('a bare "Tax free." answers what the question names: the cancelled debt is said never taxed (HO–HP misses)', () => {
    for (const text of [
      'Cancelled mortgage debt? Tax free.',
      'Forgiven home debt after a short sale? Tax-free, every time.',
    ])
      assert.deepEqual(
        findings(text).map((f) => f.rule),
        ['forgiven-debt-never-taxed'],
        text,
      );
    // A qualified answer stays quiet.
    assert.deepEqual(
      findings('Is cancelled mortgage debt taxable? Tax-free only if an exclusion applies.'),
      [],
    );
  });
});
