// Sentence shapes writers use for a claim that the phrase patterns alone did not read: an equals
// sign for "is", a prepositional opening ("After foreclosure the debt…") that is not a condition,
// a condition without a comma, and a question answered on an "A:" line. Examples written for these tests.
import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { applyRewording, builtInGlossary, documentOf, languageService, textAt } from '../helpers';

function rules(text: string, languageId = 'plaintext') {
  return languageService()
    .diagnostics(documentOf(text, languageId))
    .map((d) => String(d.code));
}

describe('claim shapes beyond the phrase patterns', () => {
  it('"X = Y" reads as "X is Y", with the finding on the writer\'s own words', () => {
    assert.deepEqual(rules('Short sale = foreclosure, just with a realtor.'), ['short-sale-is-foreclosure']);
    assert.deepEqual(rules('Deed in lieu = the debt is wiped out.'), ['deed-in-lieu-releases-debt']);
    const document = documentOf('Mods = arrears forgiven.', 'plaintext');
    const [diagnostic] = languageService().diagnostics(document);
    assert.equal(diagnostic?.code, 'modification-forgives');
    assert.match(textAt(document, diagnostic.range), /^Mods = arrears forgiven$/);
  });

  it('"gone" is not "going": "debt gone" is the debt ended, "going into foreclosure" is not', () => {
    assert.deepEqual(rules('Foreclosure = debt gone.'), ['foreclosure-erases-debt']);
    assert.deepEqual(rules('The mortgage debt is going to the collection agency after the foreclosure.'), []);
  });

  it('a claim written with "=" is offered no rewording (it has no verb to negate)', () => {
    const document = documentOf('Short sale = foreclosure.', 'plaintext');
    const [diagnostic] = languageService().diagnostics(document);
    assert.equal(diagnostic?.code, 'short-sale-is-foreclosure');
    const actions = languageService().codeActions(document, diagnostic.range);
    assert.ok(!actions.some((a) => /= not/.test(JSON.stringify(a.edit ?? {}))), 'no "= not …" edit');
  });

  it('no rewording where the rest of the sentence keeps the myth: certainty, cheer or another clause', () => {
    for (const text of [
      'Foreclosure wipes out the debt, every single time.',
      'Good news: a short sale settles the whole balance.',
      'A deed in lieu clears the debt and you walk away owing nothing.',
      'Lenders can never collect a deficiency anywhere in the country.',
      'The flyer said foreclosure wipes out the loan.',
      'If you lose your home, at least you lose the debt along with it.',
      'Lose the house, lose the debt.',
      'Jingle mail works: drop the keys in the box and the loan is over.',
      'Loan mods wipe out the arrears. Always.',
    ]) {
      const document = documentOf(text, 'plaintext');
      const diagnostics = languageService().diagnostics(document);
      assert.ok(diagnostics.length > 0, `flagged: ${text}`);
      const actions = languageService().codeActions(document, diagnostics[0].range);
      assert.ok(!actions.some((a) => a.isPreferred), `no rewording of: ${text}`);
    }
  });

  it('an equals sign inside a formula or a URL is not a word', () => {
    assert.deepEqual(rules('Set balance=0 in the spreadsheet after the foreclosure sale.'), []);
    assert.deepEqual(rules('The shortfall = debt − sale price, which the lender may pursue.'), []);
  });

  it('"After foreclosure the debt…" opens with a phrase, not a condition: the main clause is asserted', () => {
    assert.deepEqual(rules('After foreclosure the debt is gone, and the bank keeps the house.'), [
      'foreclosure-erases-debt',
    ]);
    assert.deepEqual(rules('After the auction the deficiency judgment always follows, so be ready.'), [
      'deficiency-automatic',
    ]);
  });

  it('a claim inside a real leading clause is still a premise', () => {
    assert.deepEqual(rules('After the foreclosure wipes out the loan, the IRS may send a Form 1099-A.'), []);
  });

  it('a condition without a comma that only names the event does not qualify the claim', () => {
    assert.deepEqual(rules('If you walk away from the house the mortgage is finished.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('If the lender agrees in writing the short sale settles the debt.'), []);
  });

  it('a condition qualifies its own clause, not one after a semicolon or a "but"', () => {
    assert.deepEqual(
      rules('If money is tight, call your servicer about forbearance; it forgives the payments you skip.'),
      ['forbearance-forgives'],
    );
    assert.deepEqual(
      rules(
        'A modification wipes out your arrears, but if the new payment is too high, selling may be wiser.',
      ),
      ['modification-forgives'],
    );
    assert.deepEqual(rules('A short sale settles the debt if the lender agrees in writing.'), []);
    assert.deepEqual(rules('If the lender agrees in writing, a short sale settles the debt.'), []);
  });

  it('a belief reported and denied in the next sentence, or one agreement named, is not a claim', () => {
    assert.deepEqual(
      rules('My neighbors keep saying a short sale is a foreclosure. No, the lender approves a sale.'),
      [],
    );
    assert.deepEqual(
      rules('Under the deed in lieu agreement they signed, the bank released them from the loan.'),
      [],
    );
    assert.deepEqual(rules('A family that walks away is off the hook for the loan.'), [
      'losing-home-ends-debt',
    ]);
  });

  it('a belief corrected, called a misbelief or fiction, or one set of papers is not a claim', () => {
    assert.deepEqual(
      rules(
        'The first agent told me a short sale wipes out the debt. A manager corrected that the next day.',
      ),
      [],
    );
    assert.deepEqual(
      rules('It is a widely held misbelief that forbearance forgives the skipped payments.'),
      [],
    );
    assert.deepEqual(rules('Fiction: a deed in lieu always clears the whole debt.'), []);
    assert.deepEqual(
      rules('My paperwork says in section 4 that the deed in lieu releases the rest of the debt.'),
      [],
    );
  });

  it('a word in capitals for emphasis is still the verb, not part of a name', () => {
    assert.deepEqual(rules('Short sales ARE foreclosures, whatever your agent says.'), [
      'short-sale-is-foreclosure',
    ]);
    assert.deepEqual(rules('Forbearance FORGIVES the payments you skip.'), ['forbearance-forgives']);
  });

  it('"Q: … A: …" on one line: the answer takes the question\'s subject and what it asks about', () => {
    assert.deepEqual(
      rules('Q: What happens to my missed payments in a modification? A: They are forgiven.'),
      ['modification-forgives'],
    );
    assert.deepEqual(rules('Q: Is a short sale a foreclosure? A: Yes, it is a foreclosure you agree to.'), [
      'short-sale-is-foreclosure',
    ]);
    assert.deepEqual(
      rules('Q: What happens to my missed payments in a modification? A: They are added to the balance.'),
      [],
    );
  });
  it("a story told in one clause does not make the next clause's rule a story", () => {
    assert.deepEqual(
      rules('The form they mailed me is pointless, because forgiven mortgage debt is never taxable.'),
      ['forgiven-debt-never-taxed'],
    );
    assert.deepEqual(rules('After the foreclosure they owed nothing.'), []);
  });
  it('the lender accepting less "to settle the debt", or "in exchange for the cancellation of the mortgage", asserts the ending', () => {
    assert.deepEqual(
      rules(
        'A short sale is when you sell for less than you owe, and the lender agrees to take the smaller amount to settle the loan.',
      ),
      ['short-sale-settles-debt'],
    );
    assert.deepEqual(
      rules(
        'With a deed in lieu, the owner hands the house to the bank in exchange for the cancellation of the mortgage.',
      ),
      ['deed-in-lieu-releases-debt'],
    );
    assert.deepEqual(rules('In a short sale the bank takes the sale proceeds as payment for the debt.'), [
      'short-sale-settles-debt',
    ]);
    // A purpose of the owner's is still only a purpose.
    assert.deepEqual(rules('The owner signs the deed over to the lender to satisfy the loan.'), []);
  });

  it('a thousands separator does not split a phrase: "the remaining $40,000 debt"', () => {
    assert.deepEqual(
      rules("A short sale means the bank takes the buyer's money and forgives the remaining $40,000 debt."),
      ['short-sale-settles-debt'],
    );
  });
  it('a relative clause that describes the foreclosure does not hold back the claim it completes', () => {
    assert.deepEqual(
      rules(
        '**Short sale** — A kind of foreclosure in which the house goes to a buyer for less than the loan balance.',
        'markdown',
      ),
      ['short-sale-is-foreclosure'],
    );
    // A clause after the claim still refutes it.
    assert.deepEqual(
      rules(
        'A short sale is a kind of foreclosure, which is wrong: it is a sale to a buyer for less than the balance.',
      ),
      [],
    );
  });
  it('"the bank takes the house" tells the story of the event named with it or just before', () => {
    assert.deepEqual(
      rules(
        'A deed in lieu hands the deed to the bank. The bank takes the house and you are off the hook for the rest.',
      ),
      ['deed-in-lieu-releases-debt'],
    );
    assert.deepEqual(
      rules(
        'If the payments are too much, hand back the keys; the lender takes the house and the debt is gone.',
      ),
      ['losing-home-ends-debt'],
    );
    // Named with no event, the taking is the house lost: independent writers file it so, as the family reads.
    assert.deepEqual(rules('The bank takes the house and you are off the hook for the rest.'), [
      'losing-home-ends-debt',
    ]);
  });
  it("a rule's other reading is tried when the first is negated by words that carry the claim", () => {
    assert.deepEqual(rules('You will not owe a penny after a short sale, the rest just gets written off.'), [
      'short-sale-settles-debt',
    ]);
    // A condition or a concession covers every reading.
    assert.deepEqual(
      rules('Even if the lender cannot sue you for the deficiency, the debt may still be reported.'),
      [],
    );
  });
  it('"call it X or Y, it\'s the same thing" and a result told by a participle after a comma are still claims', () => {
    assert.deepEqual(rules('Call it a short sale or call it a foreclosure, it is the same thing.'), [
      'short-sale-is-foreclosure',
    ]);
    assert.deepEqual(
      rules(
        'Foreclosure: the process by which a lender takes and sells a home, cancelling whatever remains due on the loan.',
      ),
      ['foreclosure-erases-debt'],
    );
  });
  it('a speaker\'s name before a colon labels an answer, as "A:" does', () => {
    assert.deepEqual(
      rules('LISTENER: So a deed in lieu wipes out the whole loan? ANNA: Yep, that is how it works.'),
      ['deed-in-lieu-releases-debt'],
    );
    assert.deepEqual(
      rules(
        'LISTENER: So a deed in lieu wipes out the whole loan? ANNA: Not always, ask for a written release.',
      ),
      [],
    );
  });

  it('"is never entitled to", "it\'s illegal for a lender to" and "barred outright" deny every deficiency', () => {
    assert.deepEqual(rules('A bank is never entitled to a deficiency judgment after the sale.'), [
      'deficiency-never',
    ]);
    assert.deepEqual(rules("It's illegal for a lender to come after you for the rest of the loan."), [
      'deficiency-never',
    ]);
    assert.deepEqual(rules('Deficiency judgments on family homes are barred outright.'), [
      'deficiency-never',
    ]);
  });
  it('"get hit with a deficiency judgment, guaranteed", "the amount forgiven", "modifying a loan"', () => {
    assert.deepEqual(rules('Sell short and you will get hit with a deficiency judgment, guaranteed.'), [
      'deficiency-automatic',
    ]);
    assert.deepEqual(rules('You may get hit with a deficiency judgment in some states.'), []);
    assert.deepEqual(rules('The amount forgiven in a foreclosure is always excluded from income.'), [
      'forgiven-debt-never-taxed',
    ]);
    assert.deepEqual(rules('Modifying a loan forgives the missed payments every time.'), [
      'modification-forgives',
    ]);
  });
  it('"finish with all the debt" and "a $0 balance" say the debt ends', () => {
    assert.deepEqual(rules('With a deed in lieu you finish with all the debt of the mortgage.'), [
      'deed-in-lieu-releases-debt',
    ]);
    assert.deepEqual(rules('In a short sale the lender considers the loan to have a $0 balance.'), [
      'short-sale-settles-debt',
    ]);
  });

  it('a hardship that opens the sentence ("If you can\'t pay, …") is the situation the claim is about, not a limit on it', () => {
    assert.deepEqual(rules("If you can't pay, just mail the keys back to the bank and the loan is done."), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules("If you can't sell before you move, send the keys back and the loan is done."), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('If you fall behind, hand the keys to the lender and your mortgage is over.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(
      rules('If the payments get too bad, you can always mail the keys back and be done with the loan.'),
      ['losing-home-ends-debt'],
    );
    // Controls: a condition that limits the outcome still lifts the claim.
    assert.deepEqual(rules('If the lender agrees in writing, hand the keys back and the loan is done.'), []);
    assert.deepEqual(
      rules("If you can't pay, the lender may let you hand the keys back and end the loan."),
      [],
    );
  });

  it('an event said to be, or to mean, a state without debt ("means no more debt", "is a full release", "= clean slate")', () => {
    assert.deepEqual(rules('A deed in lieu means no more debt.'), ['deed-in-lieu-releases-debt']);
    assert.deepEqual(rules('A deed in lieu is a full release.'), ['deed-in-lieu-releases-debt']);
    assert.deepEqual(rules('short sale = clean slate on the mortgage'), ['short-sale-settles-debt']);
    assert.deepEqual(rules('Foreclosure means a fresh start with a zero balance.'), [
      'foreclosure-erases-debt',
    ]);
    // Controls: a release to ask for, a hedge, and a denial are not the claim.
    assert.deepEqual(rules('Make sure the deed in lieu agreement includes a full release.'), []);
    assert.deepEqual(rules('A deed in lieu may mean no more debt, if the lender agrees.'), []);
    assert.deepEqual(rules('A short sale is not a clean slate.'), []);
  });

  it('"whatever the bank writes off", "the IRS can\'t tax", "debt that\'s been canceled", and "no legal way to collect"', () => {
    assert.deepEqual(rules("Whatever the lender forgives, the IRS can't tax."), [
      'forgiven-debt-never-taxed',
    ]);
    assert.deepEqual(rules('Whatever the bank writes off is tax-free to you.'), [
      'forgiven-debt-never-taxed',
    ]);
    assert.deepEqual(rules("You will never owe income tax on mortgage debt that's been canceled."), [
      'forgiven-debt-never-taxed',
    ]);
    assert.deepEqual(rules("Forgiven balances don't get taxed."), ['forgiven-debt-never-taxed']);
    assert.deepEqual(rules('The lender has no legal way to collect the deficiency after the sale.'), [
      'deficiency-never',
    ]);
    assert.deepEqual(rules('There is no legal way for a bank to collect a deficiency.'), [
      'deficiency-never',
    ]);
    // Controls.
    assert.deepEqual(rules('Whatever the bank writes off may be taxable unless an exclusion applies.'), []);
    assert.deepEqual(rules('In some states the lender has no legal way to collect the deficiency.'), []);
  });

  it('"the amount you\'re behind", "whatever you fell behind on", "knock out", and "the quickest form of" / "the friendly name for"', () => {
    assert.deepEqual(rules("A loan modification forgives the amount you're behind."), [
      'modification-forgives',
    ]);
    assert.deepEqual(rules('A loan modification will knock out the past-due amount for good.'), [
      'modification-forgives',
    ]);
    assert.deepEqual(rules('Forbearance agreements wipe out whatever you fell behind on.'), [
      'forbearance-forgives',
    ]);
    assert.deepEqual(rules('Short sales are the quickest form of foreclosure.'), [
      'short-sale-is-foreclosure',
    ]);
    assert.deepEqual(rules('Short sale is just the friendly name for foreclosure.'), [
      'short-sale-is-foreclosure',
    ]);
    // Controls.
    assert.deepEqual(rules('A short sale is one way to avoid a foreclosure.'), []);
    assert.deepEqual(rules('A short sale is the last step before a foreclosure, not a form of it.'), []);
    assert.deepEqual(rules("A loan modification adds the amount you're behind to the balance."), []);
  });

  it('"you can just hand back the keys and the loan is over": the "can" offers the act, the claim is what follows', () => {
    assert.deepEqual(rules('You can just hand the keys back to the bank and the loan is over.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('You can always mail the keys back and be done with the mortgage.'), [
      'losing-home-ends-debt',
    ]);
    // Controls: "can" on the outcome, or a hedge in the outcome's clause, still hedges.
    assert.deepEqual(rules('Handing the keys back can end the loan.'), []);
    assert.deepEqual(rules('You can hand the keys back, and the loan may be over.'), []);
  });

  it('a belief reported and corrected in the next sentence ("Instead…", "That\'s only true…", "Not in…") is not asserted', () => {
    assert.deepEqual(
      rules(
        'Everyone told us the mod would erase our arrears. Instead the missed payments were added to the principal.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'My neighbor insists lenders can never pursue a deficiency. That is only true in certain situations.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'There is an influencer claiming any foreclosure means a deficiency judgment. Not in states that bar them.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'The member had read that a deficiency judgment comes automatically after foreclosure. That is not right.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'A video claimed the auction clears your mortgage no matter what, which ignores every state that allows deficiencies.',
      ),
      [],
    );
    // Controls: the writer's own claim, and a belief reported without a correction.
    assert.deepEqual(rules('Instead of foreclosure, a deed in lieu wipes out the whole debt.'), [
      'deed-in-lieu-releases-debt',
    ]);
    assert.deepEqual(
      rules('A modification erases your arrears. Instead of paying them back, you start fresh.'),
      ['modification-forgives'],
    );
  });

  it('"shortsale", "hand the deed to", "deeded back", "turning the property back over", "whatever is left", and a premise the lender ends', () => {
    assert.deepEqual(rules('shortsale = clean slate on the mortgage'), ['short-sale-settles-debt']);
    assert.deepEqual(rules('Hand the deed to the bank and every dollar you owed is released.'), [
      'deed-in-lieu-releases-debt',
    ]);
    assert.deepEqual(
      rules('When a house is deeded back to the bank, all of the remaining debt is released.'),
      ['deed-in-lieu-releases-debt'],
    );
    assert.deepEqual(rules('Turning the property back over to the lender clears the loan completely.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('when u do a short sale the bank forgives whatever is left'), [
      'short-sale-settles-debt',
    ]);
    // Controls: a premise that qualifies, and a condition after the claim.
    assert.deepEqual(rules('If the lender agrees to a short sale the bank forgives the rest.'), []);
    assert.deepEqual(
      rules('When you do a short sale the bank forgives whatever is left, if it agrees in writing.'),
      [],
    );
  });

  it('a deficiency judgment said to sell the house or to give the lender the house is the foreclosure', () => {
    assert.deepEqual(rules('The deficiency judgment is what allows the sheriff to sell your house.'), [
      'deficiency-is-foreclosure',
    ]);
    assert.deepEqual(rules('In a deficiency judgment, the court gives the lender your house.'), [
      'deficiency-is-foreclosure',
    ]);
    // Controls: the sale and a later judgment, told in their order.
    assert.deepEqual(
      rules('After the lender sells the house, it may ask the court for a deficiency judgment.'),
      [],
    );
    assert.deepEqual(rules('Lenders sell the house at auction and then sue for a deficiency judgment.'), []);
  });

  it('"courts don\'t award", "no legal right to", "nobody gets sued for", "can\'t legally be collected", "aren\'t a thing"', () => {
    assert.deepEqual(rules("Courts don't award deficiency judgments on homes."), ['deficiency-never']);
    assert.deepEqual(rules('Your lender has no legal right to a deficiency judgment.'), ['deficiency-never']);
    assert.deepEqual(rules('Nobody ever gets sued for a mortgage deficiency.'), ['deficiency-never']);
    assert.deepEqual(rules("A remaining mortgage balance can't legally be collected from the borrower."), [
      'deficiency-never',
    ]);
    assert.deepEqual(rules("Deficiency judgments aren't a thing for home loans."), ['deficiency-never']);
    assert.deepEqual(rules('You will never be asked to repay payments that were in forbearance.'), [
      'forbearance-forgives',
    ]);
    // Controls: limited to some states or to where a law applies.
    assert.deepEqual(
      rules("In some states courts don't award deficiency judgments after a trustee's sale."),
      [],
    );
    assert.deepEqual(
      rules(
        "Your lender has no legal right to a deficiency judgment if your state's anti-deficiency law applies.",
      ),
      [],
    );
  });

  it('"once you do it" refers to the act named before; "goes with the house"; "surrendered homes"; "the only remedy is the house"', () => {
    assert.deepEqual(rules('Walking away is scary, but it works. Once you do it, the loan is finished.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(
      rules('When people walk away from underwater homes, their mortgage debt goes with the house.'),
      ['losing-home-ends-debt'],
    );
    assert.deepEqual(rules('Surrendered homes are accepted as full payment of the loan.'), [
      'losing-home-ends-debt',
    ]);
    // Controls: a hedge, and a lien (not the debt) that stays with the house.
    assert.deepEqual(
      rules('Walking away is risky. Once you do it, the lender may still sue for the rest.'),
      [],
    );
    assert.deepEqual(rules('When you sell, the tax lien goes with the house until it is paid.'), []);
  });

  it('a shortfall is the premise of every deficiency; "no matter what state" and "automatically awarded" in any order', () => {
    assert.deepEqual(
      rules('If the house goes for less than the loan, a deficiency judgment is sure to follow.'),
      ['deficiency-automatic'],
    );
    assert.deepEqual(
      rules('A deficiency judgment will be entered against you, no matter what state you live in.'),
      ['deficiency-automatic'],
    );
    assert.deepEqual(
      rules('Following the sale, the lender is automatically awarded a judgment for the remaining balance.'),
      ['deficiency-automatic'],
    );
    // Controls: a hedge, a denial, and a condition about the lender still lift the claim.
    assert.deepEqual(
      rules('If the house sells for less than the loan, a deficiency judgment may follow.'),
      [],
    );
    assert.deepEqual(rules('A deficiency judgment is not automatically entered against you.'), []);
    assert.deepEqual(rules('If the lender sues, a deficiency judgment is sure to follow.'), []);
  });

  it('"anyone who says otherwise is selling you something" insists on the claim; it does not refute it', () => {
    assert.deepEqual(
      rules(
        'Make no mistake, a short sale is a foreclosure, and anyone who says otherwise is selling you something.',
      ),
      ['short-sale-is-foreclosure'],
    );
    assert.deepEqual(rules("A short sale is a foreclosure, don't let anyone tell you otherwise."), [
      'short-sale-is-foreclosure',
    ]);
    // Control: a belief named and called wrong.
    assert.deepEqual(rules('People say a short sale is a foreclosure, but that is wrong.'), []);
  });

  it('a story the writer makes everyone\'s ("that\'s what modifications do", "for everybody") is a rule', () => {
    assert.deepEqual(
      rules("Dad's modification will forgive the missed payments, because that's what modifications do."),
      ['modification-forgives'],
    );
    assert.deepEqual(
      rules(
        'Our house went to the sheriff sale in 2016 and the sale paid off the mortgage, which is what it does for everybody.',
      ),
      ['foreclosure-erases-debt'],
    );
    // Controls: the same stories without the tail are one family's.
    assert.deepEqual(rules("Dad's modification will forgive the missed payments."), []);
    assert.deepEqual(
      rules('Our house went to the sheriff sale in 2016 and the sale paid off the mortgage.'),
      [],
    );
  });

  it('"by definition", "no matter what" and "the way it does with any short sale" make one person\'s case a rule', () => {
    assert.deepEqual(
      rules('Ms. Ortiz wants the deed in lieu; it releases all remaining debt by definition.'),
      ['deed-in-lieu-releases-debt'],
    );
    assert.deepEqual(
      rules(
        'My uncle sold short in 2012, and the leftover balance got cancelled the way it does with any short sale.',
      ),
      ['short-sale-settles-debt'],
    );
    // Controls: the same cases without the tail are one person's.
    assert.deepEqual(rules('Ms. Ortiz wants the deed in lieu; it releases all remaining debt.'), []);
    assert.deepEqual(rules('My uncle sold short in 2012, and the leftover balance got cancelled.'), []);
  });

  it('a past participle in a relative clause describes the debt; it tells no story', () => {
    assert.deepEqual(rules("They can't tax you on home loan debt that was forgiven."), [
      'forgiven-debt-never-taxed',
    ]);
    // Control: the same verb telling what happened to one borrower.
    assert.deepEqual(
      rules('The bank forgave my cousin $30,000 of the loan in 2015, and she paid no tax.'),
      [],
    );
  });

  it('", ever" closing a sentence makes its "when" clause every case', () => {
    assert.deepEqual(rules('when a debt gets forgiven theres no tax on it, ever'), [
      'forgiven-debt-never-taxed',
    ]);
    // Control: a condition on the lender's own consent still limits the claim.
    assert.deepEqual(
      rules('If the lender agrees in writing, there is no tax on cancelled mortgage debt, ever.'),
      [],
    );
  });

  it('a deficiency judgment said to be banned or refused by every judge is a rule, unless limited', () => {
    assert.deepEqual(rules('Deficiency judgments were outlawed years ago.'), ['deficiency-never']);
    assert.deepEqual(rules('No court will ever grant a bank a deficiency judgment on a house.'), [
      'deficiency-never',
    ]);
    assert.deepEqual(
      rules('In Arizona, deficiency judgments are barred on some small residential lots.'),
      [],
    );
  });

  it('"weren\'t", "hasn\'t" and "haven\'t" deny the claim as "were not" does', () => {
    assert.deepEqual(rules("The skipped payments weren't wiped out by the forbearance."), []);
    assert.deepEqual(rules("Her arrears haven't been forgiven by the modification."), []);
    // Control: the same claim asserted.
    assert.deepEqual(rules('The skipped payments were wiped out by the forbearance.'), [
      'forbearance-forgives',
    ]);
  });

  it('a claim whose first word opens the text is read, with no endless loop looking before it', () => {
    // Looking for a "(" before the first word once asked for the end of word -1, which never came.
    assert.deepEqual(
      rules('One type of foreclosure is the short sale, in which the house sells for less than the loan.'),
      ['short-sale-is-foreclosure'],
    );
  });

  it('a chat line that asks without a question mark ("…or what", "hey is a…") asserts nothing', () => {
    assert.deepEqual(rules('so after the trustee sale is the loan wiped out or what'), []);
    assert.deepEqual(rules('hey is a short sale the same as a foreclosure'), []);
    // Controls: the same words stated.
    assert.deepEqual(rules('after the trustee sale the loan is wiped out'), ['foreclosure-erases-debt']);
    assert.deepEqual(rules('hey a short sale is the same as a foreclosure'), ['short-sale-is-foreclosure']);
  });

  it('voice-to-text spellings of the events ("short sail", "for bearance", "deed and lieu") are read as the events', () => {
    assert.deepEqual(rules('Voice text: the short sail wipes out whatever is left on the loan'), [
      'short-sale-settles-debt',
    ]);
    assert.deepEqual(rules('Voice text: the for bearance forgives every payment you miss'), [
      'forbearance-forgives',
    ]);
    assert.deepEqual(rules('Voice memo: the deed and lieu releases you from all the remaining debt'), [
      'deed-in-lieu-releases-debt',
    ]);
    // Control: people ask for closure; that is no foreclosure.
    assert.deepEqual(rules('After the divorce I just want closure, and the debt is forgiven anyway.'), []);
  });

  it('code-switched copulas ("es", "na") assert an identity; "se pa" and "no be" deny it', () => {
    assert.deepEqual(rules('Mira, a short sale es un foreclosure, nada más.'), ['short-sale-is-foreclosure']);
    assert.deepEqual(rules('My guy, deficiency judgment na foreclosure.'), ['deficiency-is-foreclosure']);
    assert.deepEqual(rules('My guy, deficiency judgment no be foreclosure.'), []);
    assert.deepEqual(rules('Short sale se pa foreclosure, se yon lòt bagay.'), []);
  });

  it('"If you do a deed in lieu, …": a short clause of the event itself is the claim\'s premise', () => {
    assert.deepEqual(rules('If you do a deed in lieu, a deficiency judgment is sure to follow.'), [
      'deficiency-automatic',
    ]);
    assert.deepEqual(rules('If the bank forecloses, a deficiency judgment automatically follows.'), [
      'deficiency-automatic',
    ]);
    // Controls: a condition about the lender's consent, the law, or the sale's price qualifies it.
    assert.deepEqual(rules('If the lender approves the short sale in writing, the rest is forgiven.'), []);
    assert.deepEqual(
      rules('If your state allows it, a deficiency judgment follows the foreclosure sale.'),
      [],
    );
    assert.deepEqual(rules('If the sale covers the debt, the foreclosure ends the debt.'), []);
    assert.deepEqual(
      rules('If you short sale through HAFA or FHA, any deficiency is automatically waived.'),
      [],
    );
  });

  it('"the delinquent payments", "the overdue amount", "what u were behind on" are the arrears', () => {
    assert.deepEqual(rules('Forbearance agreements cancel the delinquent payments.'), [
      'forbearance-forgives',
    ]);
    assert.deepEqual(rules('With a modification, the overdue amount is written off by the lender.'), [
      'modification-forgives',
    ]);
    assert.deepEqual(rules('when u get a loan mod the bank forgives what u were behind on'), [
      'modification-forgives',
    ]);
    assert.deepEqual(rules('With a modification, the overdue amount is added to the balance.'), []);
  });

  it('a tax claim told through the forgiving, the event, or "not considered income"', () => {
    assert.deepEqual(rules('Loan balances a lender writes off cannot be taxed.'), [
      'forgiven-debt-never-taxed',
    ]);
    assert.deepEqual(rules('Deeds in lieu do not create taxable income for the owner.'), [
      'forgiven-debt-never-taxed',
    ]);
    assert.deepEqual(rules("Forgiven home-loan balances aren't considered income."), [
      'forgiven-debt-never-taxed',
    ]);
    assert.deepEqual(rules('You will not have to pay taxes on the balance a lender forgives.'), [
      'forgiven-debt-never-taxed',
    ]);
    // Controls: the accurate and the hedged statements.
    assert.deepEqual(rules('Deeds in lieu may create taxable income for the owner.'), []);
    assert.deepEqual(
      rules('Forgiven home-loan balances are considered income unless an exclusion applies.'),
      [],
    );
  });

  it("what an ended federal program (HAFA, HAMP) required is that program's rule, not a general claim", () => {
    assert.deepEqual(
      rules('Under HAFA, a short sale released the seller from the rest of the first-mortgage debt.'),
      [],
    );
    assert.deepEqual(rules('A HAMP modification forgave part of the arrears.'), []);
    assert.deepEqual(rules('A short sale releases the seller from the rest of the first-mortgage debt.'), [
      'short-sale-settles-debt',
    ]);
  });

  it('a title that states a myth is a claim, with no rewording; a title that names a topic is not', () => {
    const document = documentOf('Deeds In Lieu Release You From The Whole Loan', 'plaintext');
    const [diagnostic, ...rest] = languageService().diagnostics(document);
    assert.equal(rest.length, 0);
    assert.equal(diagnostic?.code, 'deed-in-lieu-releases-debt');
    assert.deepEqual(
      languageService()
        .codeActions(document, diagnostic.range)
        .filter((action) => action.isPreferred),
      [],
    );
    assert.deepEqual(rules('Handing Back The Keys, And What Comes After'), []);
    assert.deepEqual(rules('Asking Your Servicer to Forgive the Arrears'), []);
  });

  it('forbearance said to leave nothing owed: "owe nothing for the months", not "still owe" or a plan that pauses', () => {
    assert.deepEqual(rules('Homeowners leaving forbearance owe nothing for the months they skipped.'), [
      'forbearance-forgives',
    ]);
    assert.deepEqual(rules('Homeowners leaving forbearance still owe the months they skipped.'), []);
    assert.deepEqual(
      rules('Our forbearance plan paused the payments, and the paused amount is due under a repayment plan.'),
      [],
    );
  });

  it('"as if" and "even if" do not make the claim before them conditional; a claim inside them is supposed', () => {
    assert.deepEqual(rules('The foreclosure sale wipes out the loan even if the bid is low.'), [
      'foreclosure-erases-debt',
    ]);
    assert.deepEqual(
      rules(
        'A loan modification wipes out the arrears and resets the loan as if the default never happened.',
      ),
      ['modification-forgives'],
    );
    assert.deepEqual(rules('Once reinstated, the loan continues as if the default never happened.'), []);
    assert.deepEqual(rules('A foreclosure wipes out the loan if the state bars deficiencies.'), []);
  });

  it('an "if" that only sets the scene does not make the claim after it conditional', () => {
    for (const [text, rule] of [
      [
        'If the case goes the distance, the sheriff sale clears the whole mortgage.',
        'foreclosure-erases-debt',
      ],
      [
        'If money is still tight next year, a loan modification wipes out the payments you missed.',
        'modification-forgives',
      ],
      ['If it comes to that, handing the keys back to the bank ends the mortgage.', 'losing-home-ends-debt'],
    ] as const)
      assert.deepEqual(rules(text), [rule], text);
    // Controls: a condition that could make the claim true still lifts it.
    for (const text of [
      'If the lender agrees in writing, the sheriff sale clears the whole mortgage.',
      'If the sale brings more than you owe, the sheriff sale clears the whole mortgage.',
      'If the loan is a purchase-money loan, the lender cannot pursue a deficiency.',
      'If you were insolvent, the cancelled mortgage debt is not taxed.',
    ])
      assert.deepEqual(rules(text), [], text);
  });

  it('"if there\'s any balance left" is the premise of a deficiency, and "which is what always happens" makes a story a rule', () => {
    assert.deepEqual(
      rules("A deficiency judgment is automatic after a foreclosure if there's any balance left."),
      ['deficiency-automatic'],
    );
    assert.deepEqual(
      rules(
        'Our neighbours were foreclosed on in 2015 and the debt was wiped out at the sale, which is what always happens.',
      ),
      ['foreclosure-erases-debt'],
    );
    assert.deepEqual(
      rules("we sold short last spring and the lender forgave the rest, that's just how short sales work"),
      ['short-sale-settles-debt'],
    );
    // Controls: a hedge, and the stories alone.
    assert.deepEqual(
      rules("A deficiency judgment may follow a foreclosure if there's any balance left."),
      [],
    );
    assert.deepEqual(
      rules('Our neighbours were foreclosed on in 2015 and the debt was wiped out at the sale.'),
      [],
    );
    assert.deepEqual(rules('we sold short last spring and the lender forgave the rest'), []);
  });

  it('the court as the subject that enters, awards or issues the judgment', () => {
    for (const text of [
      'The court automatically enters a deficiency judgment for whatever the sale did not cover.',
      'A judge always awards the lender a deficiency judgment for the unpaid balance.',
      'Judges automatically issue a deficiency judgment for the rest of the loan.',
    ])
      assert.deepEqual(rules(text), ['deficiency-automatic'], text);
    // Controls: a hedge, and a judgment entered only on the lender's request.
    assert.deepEqual(
      rules('The court may enter a deficiency judgment for whatever the sale did not cover.'),
      [],
    );
    assert.deepEqual(rules('The court enters a deficiency judgment only if the lender asks for one.'), []);
  });

  it('a lender that "may not bother" chooses, and a "falsehood" is a myth reported', () => {
    assert.deepEqual(rules('Some lenders may not bother chasing the balance after the sale.'), []);
    assert.deepEqual(rules('A common falsehood: that handing back the keys ends the mortgage.'), []);
    // Controls: a prohibition is still the claim, and so is the myth without the report.
    assert.deepEqual(rules('Lenders may not chase the balance after the sale in any state.'), [
      'deficiency-never',
    ]);
    assert.deepEqual(rules('Handing back the keys ends the mortgage.'), ['losing-home-ends-debt']);
  });

  it('"the loan\'s over" says the debt is gone, though its "\'s" reads as a possessive', () => {
    assert.deepEqual(rules("Mail the keys back and the mortgage's done."), ['losing-home-ends-debt']);
    assert.deepEqual(rules("After the sheriff sale the loan's over."), ['foreclosure-erases-debt']);
    // Controls: "over" of a span of time, and a hedge.
    assert.deepEqual(rules('If you lose the house, spreading the loan over 30 years will not help.'), []);
    assert.deepEqual(rules("After the sheriff sale the loan's over in some states."), []);
  });

  it("a claim in single quotes is quoted though an apostrophe stands inside it (\"'the sheriff's sale…'\")", () => {
    assert.deepEqual(rules("Word around town: 'the sheriff's sale cancels the rest of the loan.'"), []);
    assert.deepEqual(rules("Word around town: the sheriff's sale cancels the rest of the loan."), [
      'foreclosure-erases-debt',
    ]);
  });

  it('"Told her short sales…": "her" after a telling is its object, not one person\'s short sale', () => {
    assert.deepEqual(rules('Told her short sales always settle the whole debt.'), [
      'short-sale-settles-debt',
    ]);
    assert.deepEqual(rules('Her short sale settled the whole debt.'), []);
  });

  it('a hedge before the event does not reach the ", which" clause that says what the event does', () => {
    assert.deepEqual(
      rules('Occasionally a homeowner asks for forbearance, which forgives the payments they skip.'),
      ['forbearance-forgives'],
    );
    assert.deepEqual(rules('Occasionally forbearance forgives the payments homeowners skip.'), []);
  });

  it('"like every short sale is" makes one story every case\'s', () => {
    assert.deepEqual(rules('Our short sale was a foreclosure, like every short sale is.'), [
      'short-sale-is-foreclosure',
    ]);
    assert.deepEqual(rules('Our short sale was a foreclosure.'), []);
  });

  it('"just like every deed in lieu does" makes one family\'s story every case\'s', () => {
    assert.deepEqual(
      rules(
        "My cousin's deed in lieu released him from all remaining debt, just like every deed in lieu does.",
      ),
      ['deed-in-lieu-releases-debt'],
    );
    // Controls: the story alone, a tail that denies it is every case's, and "as any lawyer who does these…".
    assert.deepEqual(rules("My cousin's deed in lieu released him from all remaining debt."), []);
    assert.deepEqual(
      rules(
        "My cousin's deed in lieu released him from all remaining debt, which not every deed in lieu does.",
      ),
      [],
    );
    assert.deepEqual(
      rules(
        "My cousin's deed in lieu released him from all remaining debt, as any lawyer who does these will tell you.",
      ),
      [],
    );
  });

  it('a negated permission is the claim\'s own word: "the law doesn\'t let a lender chase you"', () => {
    assert.deepEqual(rules("The law doesn't let a mortgage lender chase you for a deficiency."), [
      'deficiency-never',
    ]);
    assert.deepEqual(rules("Courts won't allow a lender to collect a deficiency from a homeowner."), [
      'deficiency-never',
    ]);
    // Controls: limited to some states or some foreclosures, and said of no lender at all.
    assert.deepEqual(rules("Some states don't let a lender seek a deficiency after a trustee's sale."), []);
    assert.deepEqual(rules("Most states don't allow a deficiency after a nonjudicial foreclosure."), []);
  });

  it('words of a relative clause after the claim describe its last noun and do not unsay it', () => {
    for (const text of [
      'A short sale is really a foreclosure that the seller arranges before the auction.',
      'A short sale is a form of foreclosure, in which the house sells for less than the loan.',
    ])
      assert.deepEqual(rules(text), ['short-sale-is-foreclosure'], text);
    // Controls: the same words about the sale itself, not a relative clause of the claim.
    assert.deepEqual(rules('A short sale is a sale that happens before a foreclosure.'), []);
    assert.deepEqual(rules('A short sale happens before a foreclosure, which it may prevent.'), []);
  });

  it('"is enough to settle" says what suffices, not a purpose or a measure', () => {
    assert.deepEqual(
      rules('Moving out and leaving the house to the bank is enough to settle the mortgage.'),
      ['losing-home-ends-debt'],
    );
    // Controls: denied, limited, and "enough money to pay" as a measure.
    assert.deepEqual(rules('Moving out is not enough to settle the mortgage.'), []);
    assert.deepEqual(
      rules('Moving out and leaving the house to the bank is enough to settle the mortgage in some states.'),
      [],
    );
    assert.deepEqual(rules('Few owners have enough money to pay off the loan.'), []);
  });

  it('a kind of loan named in the sentence before limits a bar on deficiencies in the next', () => {
    assert.deepEqual(
      rules(
        'A non-recourse loan is one the borrower is not liable for beyond the collateral. If the home is lost, the lender cannot pursue the borrower for the balance.',
      ),
      [],
    );
    // Controls: a sentence before that names states or a sale, not a kind of loan, limits nothing; and in a
    // paragraph of its own the bar is stated for every loan.
    assert.deepEqual(
      rules(
        'Most states allow deficiency judgments. After a foreclosure, the lender cannot pursue the borrower for the balance.',
      ),
      ['deficiency-never'],
    );
    assert.deepEqual(
      rules(
        'A non-recourse loan is one the borrower is not liable for beyond the collateral.\n\nAfter a foreclosure, the lender cannot pursue the borrower for the balance.',
      ),
      ['deficiency-never'],
    );
  });

  it('"whatever the paperwork says" makes the claim every agreement\'s, not one signed agreement\'s', () => {
    assert.deepEqual(
      rules('Whatever the paperwork says, a deed in lieu releases the borrower from all remaining debt.'),
      ['deed-in-lieu-releases-debt'],
    );
    assert.deepEqual(
      rules('Under this agreement, the deed in lieu releases you from all remaining debt.'),
      [],
    );
  });

  it('a myth said through "nobody", "no different" or "not even" is the claim; the plain words stay quiet', () => {
    assert.deepEqual(rules('Nobody owes a penny once the foreclosure auction is over.'), [
      'foreclosure-erases-debt',
    ]);
    assert.deepEqual(rules('Honestly, a short sale is no different from a foreclosure.'), [
      'short-sale-is-foreclosure',
    ]);
    assert.deepEqual(rules('After a short sale you do not even owe anything to the bank.'), [
      'short-sale-settles-debt',
    ]);
    assert.deepEqual(rules('The payments you skip in forbearance never have to be paid back.'), [
      'forbearance-forgives',
    ]);
    // Controls: the accurate statements in the same words.
    assert.deepEqual(rules('A short sale is different from a foreclosure in several ways.'), []);
    assert.deepEqual(rules('After a short sale you may still owe the bank part of the balance.'), []);
    assert.deepEqual(rules('The skipped forbearance payments still have to be paid back.'), []);
    assert.deepEqual(rules('Cancelled mortgage debt is never tax-free by default.'), []);
  });

  it('a negation inside the subject or before a comma splice does not negate the claim after it', () => {
    assert.deepEqual(rules("Any payment you can't make during forbearance is simply forgiven."), [
      'forbearance-forgives',
    ]);
    assert.deepEqual(rules("Anything you can't pay during forbearance is forgiven, not postponed."), [
      'forbearance-forgives',
    ]);
    assert.deepEqual(rules("In forbearance, your payments aren't merely paused, they're forgiven."), [
      'forbearance-forgives',
    ]);
    // Controls: a negation that reaches the predicate, directly or over its subject.
    assert.deepEqual(rules('Forbearance does not mean the skipped payments are forgiven.'), []);
    assert.deepEqual(rules("Payments that you don't make in forbearance are not forgiven."), []);
  });

  it('"nobody gets pursued for a deficiency" and "uncollectable" deny that a deficiency can be collected', () => {
    assert.deepEqual(rules('Nobody gets pursued for a deficiency after a foreclosure.'), [
      'deficiency-never',
    ]);
    assert.deepEqual(rules('A deficiency after foreclosure is uncollectable.'), ['deficiency-never']);
    assert.deepEqual(rules('A deficiency after foreclosure is not always uncollectable.'), []);
  });

  it('a "no" to a yes-or-no question asserts the question denied, on the question\'s words and once', () => {
    assert.deepEqual(rules('Will I owe anything once the short sale closes? Nope.'), [
      'short-sale-settles-debt',
    ]);
    assert.deepEqual(rules('Does cancelled mortgage debt count as taxable income? No.'), [
      'forgiven-debt-never-taxed',
    ]);
    assert.deepEqual(rules('Are short sales any different from foreclosures? Not really.'), [
      'short-sale-is-foreclosure',
    ]);
    // The finding stands on the question and offers no rewording.
    const document = documentOf('Will I owe anything once the short sale closes? Nope.', 'plaintext');
    const [diagnostic] = languageService().diagnostics(document);
    assert.equal(textAt(document, diagnostic.range), 'Will I owe anything once the short sale');
    assert.equal(applyRewording(document), null);
    // An answer that states a claim in its own words is reported there, once.
    assert.equal(
      rules(
        'Can they chase me for the rest after foreclosure? No, lenders can never chase you for a deficiency.',
      ).length,
      1,
    );
    // Controls: a "no" that denies the myth, or one the answer qualifies.
    assert.deepEqual(rules('Does a foreclosure wipe out the debt? No.'), []);
    assert.deepEqual(rules('Will forbearance forgive my payments? No, they are still owed.'), []);
    assert.deepEqual(rules('Is cancelled mortgage debt always taxable? No, there are exclusions.'), []);
    assert.deepEqual(
      rules('Can the lender pursue me for the deficiency? No, not if your state bars it.'),
      [],
    );
    assert.deepEqual(rules('Will I owe anything once the short sale closes? Yes, possibly.'), []);
  });

  it('"once it\'s gone" after a sentence about the house is the house lost; "on the hook", "we\'re even" end the debt', () => {
    assert.deepEqual(rules("A home is all a lender can claim. Once it's gone, so is the mortgage."), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules("The property secures the loan. Once they have it, we're even."), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('Owners who walk away are no longer on the hook for the mortgage.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('Just give the lender back its house and the loan is settled.'), [
      'losing-home-ends-debt',
    ]);
    // Controls: "it" is something else, or the house was named in another paragraph.
    assert.deepEqual(rules("Your forbearance plan is temporary. Once it's gone, so is the relief."), []);
    assert.deepEqual(rules("A home is all a lender can claim.\n\nOnce it's gone, so is the mortgage."), []);
  });

  it('"that judgment" after a sentence naming a deficiency judgment stands for it', () => {
    assert.deepEqual(
      rules(
        'Lenders ask the court for a deficiency judgment. In plain terms, that judgment is just the foreclosure.',
      ),
      ['deficiency-is-foreclosure'],
    );
    // Controls: the accurate identity, and a judgment of foreclosure named before.
    assert.deepEqual(
      rules(
        'Lenders ask the court for a deficiency judgment. That judgment is a money judgment against the borrower, not the foreclosure.',
      ),
      [],
    );
    assert.deepEqual(
      rules('The court entered a foreclosure judgment. That judgment is the foreclosure.'),
      [],
    );
  });

  it('the IRS as the subject that "does not count" forgiven debt, and a rule "since" a year that still holds', () => {
    assert.deepEqual(rules('The IRS does not count forgiven mortgage debt as income.'), [
      'forgiven-debt-never-taxed',
    ]);
    assert.deepEqual(rules("Cancelled home loan debt cannot be taxed; that's been the rule since 2009."), [
      'forgiven-debt-never-taxed',
    ]);
    // Controls: an exclusion named, and the law as it stood in one year.
    assert.deepEqual(
      rules('The IRS does not count forgiven mortgage debt as income when an exclusion applies.'),
      [],
    );
    assert.deepEqual(rules('Cancelled home loan debt was not taxed for discharges in 2009.'), []);
  });

  it('"X or not", "no avoiding it", "you can count on" and a sale that "leaves a shortfall" state the rule', () => {
    assert.deepEqual(rules('Short sale or not, a deficiency judgment follows as a matter of course.'), [
      'deficiency-automatic',
    ]);
    assert.deepEqual(
      rules('There is no avoiding it: a deficiency judgment is automatic after a foreclosure.'),
      ['deficiency-automatic'],
    );
    assert.deepEqual(
      rules(
        "A deficiency judgment will be entered against you in every state if the trustee's sale leaves a shortfall.",
      ),
      ['deficiency-automatic'],
    );
    assert.deepEqual(rules('You can count on a deficiency judgment after every foreclosure.'), [
      'deficiency-automatic',
    ]);
    // Controls: hedged in the same words, and an event that is avoided.
    assert.deepEqual(rules('A deficiency judgment may or may not follow a foreclosure.'), []);
    assert.deepEqual(rules('A short sale can help you avoid a deficiency judgment after a foreclosure.'), []);
    assert.deepEqual(
      rules("A deficiency judgment may be entered against you if the trustee's sale leaves a shortfall."),
      [],
    );
    assert.deepEqual(rules('A deficiency judgment can follow a foreclosure.'), []);
  });

  it('an event named after the predicate "the moment" or "as soon as" it happens; a deficiency cancelled is no judgment', () => {
    assert.deepEqual(rules('You will be released from the loan the moment the deed in lieu is signed.'), [
      'deed-in-lieu-releases-debt',
    ]);
    assert.deepEqual(rules('Short sales always cancel the deficiency.'), ['short-sale-settles-debt']);
    // Control: the release waits on the lender's writing, not on the deed.
    assert.deepEqual(
      rules('You will be released from the loan the moment the lender agrees in writing.'),
      [],
    );
  });

  it('"If you take a short sale you are off the hook": a condition of the event alone ends at the new subject', () => {
    assert.deepEqual(rules('If you take a short sale you are off the hook for what is left.'), [
      'short-sale-settles-debt',
    ]);
    // Controls: a condition that names the law or the lender's consent still qualifies the claim.
    assert.deepEqual(
      rules('If state law allows it you are off the hook for what is left after a short sale.'),
      [],
    );
    assert.deepEqual(
      rules('If the lender agrees you are off the hook for what is left after a short sale.'),
      [],
    );
  });

  it('a term that stands alone as a heading or a bold label is the subject of the definition after it', () => {
    assert.deepEqual(
      rules('## Short sale\n\nA type of foreclosure in which the buyer pays less than the loan.', 'markdown'),
      ['short-sale-is-foreclosure'],
    );
    assert.deepEqual(
      rules('**Forbearance.** A pause during which the skipped payments are forgiven.', 'markdown'),
      ['forbearance-forgives'],
    );
    // Controls: an accurate definition, and a heading followed by a sentence with subjects of its own.
    assert.deepEqual(rules('**Forbearance.** A pause in payments that you repay later.', 'markdown'), []);
    assert.deepEqual(
      rules(
        '## Deficiency judgment\n\nAfter foreclosing on the house, the lender may ask the court for the rest.',
        'markdown',
      ),
      [],
    );
  });

  it('"Once it\'s over" or "Once it closes" after a sentence naming the event takes that event as its subject', () => {
    assert.deepEqual(
      rules(
        "**Trustee's sale** — The public auction that ends a foreclosure. Once it's over, the loan is paid off in full.",
        'markdown',
      ),
      ['foreclosure-erases-debt'],
    );
    assert.deepEqual(
      rules("A short sale needs the lender's approval. Once it closes, the remaining balance is forgiven."),
      ['short-sale-settles-debt'],
    );
    // Control: the accurate statement after the same opening.
    assert.deepEqual(
      rules(
        "A short sale needs the lender's approval. Once it closes, the lender may still pursue the remaining balance.",
      ),
      [],
    );
  });
});

describe('losing the home, said as what the lender gets', () => {
  it('"once they have the house" and "give the bank the house" lose the home', () => {
    assert.deepEqual(rules('Once they have the house, the loan is done.'), ['losing-home-ends-debt']);
    assert.deepEqual(rules('Give the bank the house and the loan is considered paid.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('Hand the bank the keys and you are free of the mortgage.'), [
      'losing-home-ends-debt',
    ]);
    // Controls: the accurate statements after the same openings.
    assert.deepEqual(
      rules('Once they have the house, the lender may still pursue the rest of the loan.'),
      [],
    );
    assert.deepEqual(rules('Give the bank the house and you may still owe part of the loan.'), []);
  });
});

describe('a modification sentence is no deficiency claim', () => {
  it('"never have to pay back what you missed" after a modification is not read as deficiency-never', () => {
    const found = rules('Get your mortgage modified and you will never have to pay back what you missed.');
    assert.ok(!found.includes('deficiency-never'), found.join(', '));
    // Control: the deficiency myth itself.
    assert.deepEqual(rules('The bank can never go after the remaining balance.'), ['deficiency-never']);
  });
});

describe('losing the home, in the words people use for it', () => {
  it('dropping off the keys, the house going back, abandoning the property', () => {
    for (const text of [
      'Drop off the keys at the bank and you are done with the mortgage.',
      'Once the house goes back to the bank, the loan goes with it.',
      'People who abandon the property have no remaining obligation on the loan.',
      'Hand them the keys and the mortgage dies with it.',
      'Once the bank has the house back, the borrower owes nothing.',
      'Let the bank have the house and you are not liable for the balance.',
      'If the house goes, the debt goes with it.',
      'Give up the house and there is nothing else for you to pay.',
    ])
      assert.deepEqual(rules(text), ['losing-home-ends-debt'], text);
    // Controls: the accurate statements.
    assert.deepEqual(rules('Drop off the keys at the bank, but you may still owe part of the mortgage.'), []);
    assert.deepEqual(rules('Once the bank has the house back, the borrower may still owe the rest.'), []);
    assert.deepEqual(
      rules('Once the house goes back to the bank, the lender may still pursue the rest of the loan.'),
      [],
    );
  });
});

describe('a phrase of a verb and its object, said in the passive', () => {
  it('"the keys are mailed back" is "mail the keys back"; the accurate statement stays quiet', () => {
    assert.deepEqual(rules('Once the keys are mailed back, the mortgage is finished.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('When the keys are handed over, nothing more is owed on the loan.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(
      rules('Once the keys are mailed back, the lender may still pursue the rest of the loan.'),
      [],
    );
  });
});

describe('a deed in lieu, in the words people use for it', () => {
  it('signing the property over, handing over the deed, deeding the place back', () => {
    for (const text of [
      'Sign the property over to the bank and it will tear up the loan.',
      'Hand over the deed and you will never hear from the lender about the balance again.',
      "Deed the place back to the lender and the bank can't come back for the rest.",
    ])
      assert.deepEqual(rules(text), ['deed-in-lieu-releases-debt'], text);
    // Control: the accurate statement.
    assert.deepEqual(
      rules('Deed the place back to the lender, and it may still come back for the rest.'),
      [],
    );
  });
});

describe('a consolation after "but at least it"', () => {
  it('"it" after the contrast is still the event, so the consolation is the claim', () => {
    assert.deepEqual(
      rules('Foreclosure hurts your credit but at least it zeroes out what you owe on the house.'),
      ['foreclosure-erases-debt'],
    );
    // Controls: the accurate contrast, and a consolation that is no claim about the debt.
    assert.deepEqual(rules('Foreclosure hurts your credit, but it does not always erase what you owe.'), []);
    assert.deepEqual(rules('Foreclosure hurts your credit but at least it is over quickly.'), []);
  });

  it('more everyday words: keys that "go back", a home "handed back", being "out of the home", a "judgment for the unpaid balance", a lender that "gives up any right to collect", and an answer "It\'s gone"', () => {
    assert.deepEqual(rules('The keys go back and the mortgage goes away.'), ['losing-home-ends-debt']);
    assert.deepEqual(rules('The debt is settled once the home is handed back to the bank.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('Once you are out of the home, you will not owe the lender anything more.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(
      rules('After a deed in lieu the bank automatically gets a judgment for the unpaid balance.'),
      ['deficiency-automatic'],
    );
    assert.deepEqual(
      rules('A lender that takes a deed in lieu gives up any right to collect the remainder.'),
      ['deed-in-lieu-releases-debt'],
    );
    assert.deepEqual(rules("What happens to my mortgage after a short sale? It's gone."), [
      'short-sale-settles-debt',
    ]);
    // Controls: the hedged or conditioned forms.
    assert.deepEqual(rules('Once you are out of the home, you may still owe the lender the rest.'), []);
    assert.deepEqual(
      rules(
        "What happens to my mortgage after a short sale? It's gone only if the lender agrees in writing.",
      ),
      [],
    );
  });

  it('a belief someone was told, promised or claimed, corrected after it ("Turns out…", "…was wrong", "…instead", "They\'re different"), is not the writer\'s claim', () => {
    for (const text of [
      'A neighbor was told a modification would erase her arrears. Turns out the arrears went onto the balance.',
      'According to my cousin, forbearance erases the skipped payments. My cousin was wrong; we had to repay them.',
      "The seminar promised that a short sale wipes out the whole balance. That isn't how short sales work.",
      'A coworker claimed forgiven mortgage debt is never taxed; the preparer explained the 1099-C rules instead.',
      "A friend keeps saying a short sale is a foreclosure. They're different processes.",
    ])
      assert.deepEqual(rules(text), [], text);
    // Control: the belief stated by the writer.
    assert.deepEqual(rules('Forbearance erases the skipped payments.'), ['forbearance-forgives']);
  });

  it('"Got X? That means…" says what X is; a negation inside the subject\'s own clause; "everywhere in the country" over a kind of loan; an insistence that names a disbeliever', () => {
    assert.deepEqual(
      rules('Received a deficiency judgment? That means the lender is foreclosing on the house.'),
      ['deficiency-is-foreclosure'],
    );
    assert.deepEqual(rules('Houses get taken through deficiency judgments once owners fall behind.'), [
      'deficiency-is-foreclosure',
    ]);
    assert.deepEqual(rules("Giving up a home you can't afford ends the mortgage."), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(
      rules('Deficiency judgments are banned for primary residences everywhere in the country.'),
      ['deficiency-never'],
    );
    assert.deepEqual(
      rules("Don't believe anyone who says different: every short sale ends with the balance forgiven."),
      ['short-sale-settles-debt'],
    );
    assert.deepEqual(rules("Honestly I'm not worried, once the house sells at auction the loan is gone."), [
      'foreclosure-erases-debt',
    ]);
    assert.deepEqual(rules('A deficiency judgment comes next, automatically, after every foreclosure.'), [
      'deficiency-automatic',
    ]);
    // Controls: a question answered with a hedge, a limit to some states, a hedged sequel.
    assert.deepEqual(
      rules('Received a deficiency notice? That means the lender may ask a court for the rest.'),
      [],
    );
    assert.deepEqual(rules('Deficiency judgments are banned for primary residences in some states.'), []);
    assert.deepEqual(rules('A deficiency judgment may come afterward, depending on state law.'), []);
  });

  it('a belief answered by a professional\'s word, by "say otherwise", "so no", "That\'s false" or "To clarify", or an impression someone "made it sound like", is not the writer\'s claim', () => {
    for (const text of [
      'My neighbor says a foreclosure wipes out the whole loan. Our attorney said the lender can still seek a deficiency in our state.',
      "A blogger argues that forbearance erases the skipped payments. The servicer's letters say otherwise.",
      'A cousin told me deficiency judgments always follow foreclosures. Ours ended with a waiver, so no.',
      "The ad said a loan modification erases the arrears. That's false.",
      'The first agent said a short sale is a foreclosure. To clarify: a short sale is a sale the lender approves.',
      'The salesman made it sound like the mod would wipe out my arrears.',
    ])
      assert.deepEqual(rules(text), [], text);
  });

  it('the lender said always to get a judgment, "no homeowner ever", and forgiven debt "not subject to income tax" are claims', () => {
    assert.deepEqual(rules('The bank always gets a deficiency judgment after a deed in lieu.'), [
      'deficiency-automatic',
    ]);
    assert.deepEqual(rules('No homeowner ever gets hit with a deficiency judgment.'), ['deficiency-never']);
    assert.deepEqual(rules('Cancelled mortgage debt is not subject to income tax.'), [
      'forgiven-debt-never-taxed',
    ]);
    assert.deepEqual(rules("Forgiven mortgage balances aren't income."), ['forgiven-debt-never-taxed']);
    // Controls: a hedge, a condition.
    assert.deepEqual(rules('The bank may seek a deficiency judgment after a deed in lieu.'), []);
    assert.deepEqual(
      rules(
        'Cancelled mortgage debt is not subject to income tax if an exclusion such as insolvency applies.',
      ),
      [],
    );
  });

  it('a rule\'s antipatterns do not reach into a clause added after the claim by ", and" or ", so"', () => {
    assert.deepEqual(
      rules('A short sale is just a foreclosure with an agent involved, and your credit takes the same hit.'),
      ['short-sale-is-foreclosure'],
    );
    assert.deepEqual(rules('Short sales are a kind of foreclosure, so they hurt your credit the same way.'), [
      'short-sale-is-foreclosure',
    ]);
    // Controls: the antipattern in the claim's own clause, and a denial.
    assert.deepEqual(
      rules('A short sale is an alternative to foreclosure that is less damaging to your credit.'),
      [],
    );
    assert.deepEqual(rules('A short sale is not a foreclosure, and your credit may take a smaller hit.'), []);
  });

  it('more words for giving up the home and for the judgment, "that\'s the deal you signed" generalizes, and "always pursue the difference after the auction" is the automatic judgment', () => {
    assert.deepEqual(rules("Hand over the house and the loan is paid, that's the deal you signed."), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('If you mail them the keys, the mortgage is over.'), ['losing-home-ends-debt']);
    assert.deepEqual(rules('If the lender ends up with the house, you owe nothing more.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules("Once the property's gone, so is the mortgage."), ['losing-home-ends-debt']);
    assert.deepEqual(rules('A foreclosure is always followed by a judgment for the remainder.'), [
      'deficiency-automatic',
    ]);
    assert.deepEqual(rules('Lenders always pursue the difference after the auction.'), [
      'deficiency-automatic',
    ]);
    // Controls: the buyer's clear title, and the hedged pursuit.
    assert.deepEqual(rules('The buyer at the sale takes title free and clear of the junior liens.'), []);
    assert.deepEqual(rules('Lenders may pursue the difference after the auction.'), []);
  });

  it('a deed in lieu called "a clean break" or "full satisfaction", and "no lender in the country can", are claims', () => {
    assert.deepEqual(rules('A deed in lieu is a clean break from the lender.'), [
      'deed-in-lieu-releases-debt',
    ]);
    assert.deepEqual(rules('A deed in lieu is always full satisfaction of the loan.'), [
      'deed-in-lieu-releases-debt',
    ]);
    assert.deepEqual(rules('No lender in the country can get a deficiency judgment on a family home.'), [
      'deficiency-never',
    ]);
    // Control: the same with its condition.
    assert.deepEqual(rules('A deed in lieu can be a clean break if the release says so.'), []);
  });

  it('"never owe back" the skipped months, and an answer\'s "it\'s" after an opening word standing for the debt asked about', () => {
    assert.deepEqual(rules('Forbearance means you never owe back the months you skipped.'), [
      'forbearance-forgives',
    ]);
    assert.deepEqual(rules("What happens to my mortgage after a short sale? Easy, it's forgiven."), [
      'short-sale-settles-debt',
    ]);
    // Control: an answer that says nothing of the debt.
    assert.deepEqual(
      rules("What happens to my mortgage after a short sale? Honestly, it's complicated."),
      [],
    );
  });

  it('what follows from a claim after ", so" neither unsays it nor answers a belief reported before it', () => {
    assert.deepEqual(
      rules('There is always a deficiency judgment after a short sale, so it does not really help you.'),
      ['deficiency-automatic'],
    );
    assert.deepEqual(rules("Told Dad the short sale cancels the difference, so the gap isn't our problem."), [
      'short-sale-settles-debt',
    ]);
    // Controls: an answer that denies the belief, and a denial in the claim's own clause.
    assert.deepEqual(rules("Dad was told the short sale cancels the difference, but that isn't true."), []);
    assert.deepEqual(rules('A short sale does not always cancel the difference, so ask for a waiver.'), []);
  });

  it('"once you give it up" after the collateral named, payments "simply gone" or that "never come back", and a bank that "eats the difference"', () => {
    assert.deepEqual(
      rules("The home is the collateral, so once you give it up, you don't owe anything else."),
      ['losing-home-ends-debt'],
    );
    assert.deepEqual(rules('With forbearance, the paused payments are simply gone.'), [
      'forbearance-forgives',
    ]);
    assert.deepEqual(rules("Once you're in forbearance the skipped payments never come back."), [
      'forbearance-forgives',
    ]);
    assert.deepEqual(rules('After a foreclosure the bank eats the difference.'), ['foreclosure-erases-debt']);
    // Control: what may come back and how.
    assert.deepEqual(
      rules('With forbearance, the paused payments may come back as a lump sum or a deferral.'),
      [],
    );
  });

  it("what someone else told the writer, followed by the writer's own next sentence, is weighed, not asserted", () => {
    assert.deepEqual(
      rules('A neighbor told me a modification forgives the arrears. Ours were added to the loan.'),
      [],
    );
    assert.deepEqual(
      rules(
        'Someone at church said forbearance erases the skipped payments. The servicer sent us a repayment plan.',
      ),
      [],
    );
    // Controls: the writer's own telling, agreement after it, and a report with nothing after it.
    assert.deepEqual(rules('I told my sister a modification forgives the arrears. She was relieved.'), [
      'modification-forgives',
    ]);
    assert.deepEqual(rules("A friend told me a short sale forgives the rest. And it's true."), [
      'short-sale-settles-debt',
    ]);
    assert.deepEqual(rules('A friend told me a short sale forgives the rest.'), ['short-sale-settles-debt']);
  });

  it('a deed in lieu that "always releases the borrower completely" is a claim; the hedged form is not', () => {
    assert.deepEqual(rules('A deed in lieu always releases the borrower completely.'), [
      'deed-in-lieu-releases-debt',
    ]);
    assert.deepEqual(rules('A deed in lieu may release you completely if the lender agrees in writing.'), []);
  });

  it('a chat question without its mark, waived late fees, and a short sale "separate from" a foreclosure are no claims', () => {
    assert.deepEqual(rules('is forbearance the plan where they forgive the payments'), []);
    assert.deepEqual(rules('does a deficiency judgment always come after a short sale or no'), []);
    assert.deepEqual(rules('1. Waive the late fees charged during the forbearance period.'), []);
    assert.deepEqual(
      rules(
        "**Short sale** — The owner sells for less than what's owed and the lender releases its lien. It is a separate thing from a foreclosure.",
        'markdown',
      ),
      [],
    );
    // Controls: an imperative and a condition are not questions; the plain claims stand.
    assert.deepEqual(rules('Do a short sale and the leftover balance is forgiven automatically.'), [
      'short-sale-settles-debt',
    ]);
    assert.deepEqual(rules('Forbearance forgives the payments you skip.'), ['forbearance-forgives']);
  });
});

describe('prompts, quoted letters, parts of a debt and tags that make a story a rule', () => {
  it('a true-or-false prompt is set out to be judged, unless its answer key says true', () => {
    assert.deepEqual(rules('True or false: a deed in lieu wipes out the whole debt.'), []);
    assert.deepEqual(rules('Q3 (T/F): Forbearance forgives the skipped payments.'), []);
    assert.deepEqual(rules('Q3 (T/F): Forbearance forgives the skipped payments. Answer: True.'), [
      'forbearance-forgives',
    ]);
    const quiz = [
      '## Section 2: True or False',
      '',
      '1. A short sale is a type of foreclosure.',
      '2. A deed in lieu wipes out the whole debt.',
      '',
      '## Notes',
      '',
      'A short sale is a type of foreclosure.',
    ].join('\n');
    assert.deepEqual(rules(quiz, 'markdown'), ['short-sale-is-foreclosure'], 'only the line under "Notes"');
  });

  it('a block that a line ending in "says this:" quotes is the quoted party\'s, not the writer\'s', () => {
    const text = [
      'The collection notice says this:',
      '',
      '> A deficiency judgment follows every foreclosure automatically.',
      '',
      'That is not how it works in most states.',
    ].join('\n');
    assert.deepEqual(rules(text, 'markdown'), []);
    // A forum post under its author's name, or a script read aloud, is the document's own claim.
    const post = [
      '**homeowner22** wrote:',
      '',
      'A deficiency judgment follows every foreclosure automatically.',
    ];
    assert.deepEqual(rules(post.join('\n'), 'markdown'), ['deficiency-automatic']);
  });

  it('"≠" reads as "isn\'t": an equation that denies the myth is no claim', () => {
    assert.deepEqual(rules('Remember: forbearance ≠ forgiveness.'), []);
    assert.deepEqual(rules('Remember: forbearance = forgiveness.'), ['forbearance-forgives']);
  });

  it('paying off only part of the loan is not the whole debt settled', () => {
    assert.deepEqual(rules('The short sale price would pay off only part of the first mortgage.'), []);
    assert.deepEqual(rules('The short sale pays off the mortgage.'), ['short-sale-settles-debt']);
  });

  it('a semicolon ends a hedge: the clause after it asserts on its own', () => {
    assert.deepEqual(rules('You can shred that 1099-C; cancelled mortgage debt is never taxed.'), [
      'forgiven-debt-never-taxed',
    ]);
    assert.deepEqual(rules('Cancelled mortgage debt can be excluded from income in some cases.'), []);
  });

  it('a tag that makes one story the rule ("which is how every short sale works") keeps the claim', () => {
    for (const text of [
      'We short sold in 2015 and the rest of the balance was cancelled, which is how every short sale works.',
      'Our house went to auction and the loan was wiped out, which is what happens at the end of every foreclosure.',
      "Their trustee sale paid the loan in full, as every trustee's sale does.",
    ])
      assert.equal(rules(text).length, 1, text);
    for (const text of [
      'Our forbearance erased the payments we skipped, because that is what a forbearance does.',
      'Our short sale was a foreclosure in every legal sense, as all short sales are.',
      'The arrears were forgiven in our modification, as they are in every modification.',
      "Dad's deed in lieu, like every deed in lieu, wiped out the whole loan.",
    ])
      assert.equal(rules(text).length, 1, text);
    assert.deepEqual(rules('We short sold in 2015 and the rest of the balance was cancelled.'), []);
  });

  // Read by the rules alone too: the learned model's veto must not be what keeps these quiet.
  const withoutModel = { ...builtInGlossary() };
  delete withoutModel.scorer;
  const rulesAlone = (text: string) =>
    createLanguageService(withoutModel)
      .diagnostics(documentOf(text, 'plaintext'))
      .map((d) => String(d.code));

  it('what someone said is answered after a semicolon by a professional who explained otherwise', () => {
    const text =
      'My uncle said a short sale is basically a foreclosure; our attorney explained the two are separate processes.';
    assert.deepEqual(rules(text), []);
    assert.deepEqual(rulesAlone(text), []);
    assert.deepEqual(
      rulesAlone('My uncle said a short sale is basically a foreclosure; he sold his last year.'),
      ['short-sale-is-foreclosure'],
    );
  });

  it('a settlement announced today is one settlement, not a rule', () => {
    const text =
      "Under today's settlement, the servicer will forgive the balances left after 90 foreclosure sales.";
    assert.deepEqual(rules(text), []);
    assert.deepEqual(rulesAlone(text), []);
  });

  it('a negation in the clause after the claim does not deny it', () => {
    assert.deepEqual(rulesAlone("short sales ARE foreclosures, don't believe the agent"), [
      'short-sale-is-foreclosure',
    ]);
    assert.deepEqual(rulesAlone('Short sales are not foreclosures.'), []);
  });

  it('"doesn\'t just X, it Y" grants X and asserts Y', () => {
    assert.deepEqual(rules("Forbearance doesn't just delay the payments, it forgives them."), [
      'forbearance-forgives',
    ]);
    assert.deepEqual(rules("Forbearance doesn't forgive the payments, it delays them."), []);
  });

  it("a greeting names whom the writer addresses, not one person's deal", () => {
    assert.deepEqual(
      rulesAlone('Hi Mr. Duarte, to answer your question: a deed in lieu releases you from all of the debt.'),
      ['deed-in-lieu-releases-debt'],
    );
    assert.deepEqual(rulesAlone("Mr. Duarte's deed in lieu released him from all of the debt."), []);
  });

  it('a "yes" that the answer then says in its own words is reported once, on the answer', () => {
    const text = [
      '### Does a deed in lieu clear what I owe?',
      '',
      'Yes. A deed in lieu releases you from all of the debt.',
      '',
      '### Does forbearance forgive my payments?',
      '',
      'Yes.',
    ].join('\n');
    const document = documentOf(text, 'markdown');
    const found = languageService()
      .diagnostics(document)
      .map((d) => `${d.range.start.line}:${String(d.code)}`);
    assert.deepEqual(found, ['2:deed-in-lieu-releases-debt', '4:forbearance-forgives']);
  });

  it('a belief described, a mistake listed, a partial payment and a correction are no claims', () => {
    for (const text of [
      "The caller's belief that handing back the keys ends the loan was never corrected.",
      '2. Promising sellers that a deed in lieu clears every lien on the house.',
      'No one should tell a borrower that forbearance erases the missed payments.',
      'The trustee sells the house to help pay the loan.',
      'The sale pays the loan off only up to the price the house brings.',
      'You said forbearance forgives the payments. Careful: it only postpones them.',
    ])
      assert.deepEqual(rules(text), [], text);
    assert.deepEqual(rules('Handing back the keys ends the loan.'), ['losing-home-ends-debt']);
  });

  it('a lien released is not the debt released', () => {
    assert.deepEqual(
      rulesAlone(
        'In a short sale the house sells for less than the balance and the bank agrees to release the lien.',
      ),
      [],
    );
    assert.deepEqual(rulesAlone('A short sale releases you from the rest of the debt.'), [
      'short-sale-settles-debt',
    ]);
  });

  it('"that\'s true only…" after a reported claim answers it', () => {
    assert.deepEqual(
      rules(
        'Some posters say lenders can never chase a deficiency. That is true only for some loans in some states.',
      ),
      [],
    );
  });

  it('a lender that "can\'t come after you" once a deed in lieu is signed is the deed-in-lieu myth', () => {
    assert.deepEqual(rules("Once the bank takes the deed in lieu, it can't come after you for anything."), [
      'deed-in-lieu-releases-debt',
    ]);
  });

  it('the myth said through "don\'t have to be repaid" or "isn\'t counted as income"', () => {
    assert.deepEqual(rules("Payments skipped in forbearance don't have to be repaid."), [
      'forbearance-forgives',
    ]);
    assert.deepEqual(rules("Payments skipped in forbearance don't have to be repaid in one lump sum."), []);
    assert.deepEqual(rules("Forgiven mortgage debt isn't counted as income."), ['forgiven-debt-never-taxed']);
  });

  it('no rewording that would leave "for a penny" after a hedge', () => {
    const document = documentOf(
      'Once you hand over the deed in lieu, the lender cannot come after you for a penny of the balance.',
      'plaintext',
    );
    assert.equal(languageService().diagnostics(document).length, 1);
    assert.equal(applyRewording(document), null);
  });

  it("two things named and told apart, a belief someone explains away, and one case's judgment are no claims", () => {
    for (const text of [
      'A short sale and a foreclosure are different. In one you sell; in the other the lender sells.',
      'My cousin hears that a short sale is a foreclosure, and she explains that the lender only approves a sale.',
      'The consent judgment in that case bars the lender from seeking any deficiency.',
    ])
      assert.deepEqual(rules(text), [], text);
    assert.deepEqual(rules('People say they are different, but a short sale is a kind of foreclosure.'), [
      'short-sale-is-foreclosure',
    ]);
  });

  it('a belief named as one, a myth in Spanish, and an agency cited next are no claims', () => {
    for (const text of [
      "There's a belief among sellers that a short sale wipes out the whole balance. It doesn't.",
      'Mito del día: forbearance forgives the missed payments.',
      'A reader wrote that forbearance forgives the missed payments. According to the CFPB, they still have to be repaid.',
      'A deficiency judgment after a foreclosure is far from automatic.',
    ])
      assert.deepEqual(rules(text), [], text);
  });

  it("the writer's own telling in call notes is a claim, with its agreeing tag", () => {
    assert.deepEqual(
      rules("Told caller the cancelled balance from his short sale isn't taxable, it never is."),
      ['forgiven-debt-never-taxed'],
    );
    assert.deepEqual(
      rules("Told caller the cancelled balance isn't taxable. Turns out I was wrong about that."),
      [],
    );
  });

  it('"once you\'re modified" names a modification, and a judgment that "isn\'t legal" is barred', () => {
    assert.deepEqual(rules("Once you're modified, the arrears are wiped away."), ['modification-forgives']);
    assert.deepEqual(rules("A deficiency judgment on a home loan isn't legal in any state."), [
      'deficiency-never',
    ]);
  });

  it('"Where…" sets a condition, and "keep telling us" or "it\'s really" after a semicolon is answered', () => {
    for (const text of [
      'Where the lender accepts a deed in lieu with a full release of liability, keep a copy of that release.',
      'Friends keep telling us a short sale wipes out all the debt, but our counselor said it depends on the approval.',
      'My brother insists a short sale is a kind of foreclosure; it is really a sale the lender agrees to.',
    ])
      assert.deepEqual(rulesAlone(text), [], text);
    assert.deepEqual(rulesAlone('Once the trustee sale is held the borrower owes nothing on the note.'), [
      'foreclosure-erases-debt',
    ]);
  });

  it('a premise ends where a determiner and a noun open the main clause, without a comma', () => {
    assert.deepEqual(rules('Once the sheriff sale is held the homeowner owes nothing more on the note.'), [
      'foreclosure-erases-debt',
    ]);
    assert.deepEqual(
      rules('After the short sale everything we owed was forgiven, like it is for everyone.'),
      ['short-sale-settles-debt'],
    );
  });
});

describe('claims behind reassurance, a consequence, or "won\'t be able to"', () => {
  it('a worry denied ("no need to worry: …") is the writer reassuring, not someone else\'s belief', () => {
    assert.deepEqual(
      rules("Relax, you don't need to worry about the shortfall: a short sale settles the whole loan."),
      ['short-sale-settles-debt'],
    );
    assert.deepEqual(
      rules('Some sellers worry that a short sale clears the whole balance, but it may not.'),
      [],
    );
  });

  it('a name in what follows from the claim ("…, which is why Mr. Ames …") does not make it one case', () => {
    assert.deepEqual(rules('Foreclosure wipes out the whole balance, which is why Mr. Ames chose it.'), [
      'foreclosure-erases-debt',
    ]);
  });

  it('"won\'t be able to" bars the lender; a new loan the borrower cannot get is no deficiency', () => {
    assert.deepEqual(rules("A lender won't be able to collect the shortfall, in any state."), [
      'deficiency-never',
    ]);
    assert.deepEqual(
      rules("You won't be able to get a new mortgage for a few years after the bank forecloses."),
      [],
    );
  });
});

describe("a draft's claim answered by its reviewer is no claim of the writer's", () => {
  it('"Flagged:", "Strike this;", "Incorrect:" after what a draft or an earlier answer said', () => {
    for (const text of [
      'The old bot reply answered that forbearance erases the skipped payments. Flagged: they still have to be repaid.',
      'Draft states a short sale always settles the whole loan. Strike this; the lender may still pursue the shortfall.',
      'A caller insisted a short sale is a foreclosure, and our agent patiently explained the difference.',
    ])
      assert.deepEqual(rules(text), [], text);
    // Control: the same claim told as the writer's own.
    assert.deepEqual(rules('Forbearance erases the skipped payments.'), ['forbearance-forgives']);
  });
});

describe('a chat export or a transcript: each labelled line is a message of its own', () => {
  it("one speaker's myth stays a claim though the next line, another speaker's, corrects it", () => {
    const chat = [
      '**[3/2 9:14 AM] Tomas:** my sister did a short sale, she owes nothing now, the bank forgives the rest every time',
      '**[3/2 9:20 AM] Nadia (counselor):** Tomas, that is not automatic, the waiver has to be in the approval letter',
      'Host: forbearance wipes out the payments you skip',
      'Guest: no, they are paused and still owed',
      '',
    ].join('\n');
    const document = documentOf(chat, 'markdown');
    const found = languageService()
      .diagnostics(document)
      .map((d) => [String(d.code), d.range.start.line]);
    assert.deepEqual(found, [
      ['short-sale-settles-debt', 0],
      ['forbearance-forgives', 2],
    ]);
  });
});

describe("a phrasal verb's particle after its object", () => {
  it('"hand the keys over", "wipe the debt out" read as "hand over the keys", "wipe out the debt"', () => {
    assert.deepEqual(rules('Hand the keys over and the mortgage is satisfied.'), ['losing-home-ends-debt']);
    assert.deepEqual(rules('A foreclosure wipes the debt out.'), ['foreclosure-erases-debt']);
    // A prepositional phrase keeps its order: no particle moves past "from".
    assert.deepEqual(rules('Walking the dog away from the house ends the walk.'), []);
  });
});

describe('a belief the sentence itself calls false', () => {
  it('"the false notion that …", "the mistaken belief that …" refute what follows', () => {
    assert.deepEqual(
      rules('Counselors keep meeting the false notion that a modification wipes out the arrears.'),
      [],
    );
    assert.deepEqual(rules('A modification wipes out the arrears.'), ['modification-forgives']);
  });
});

describe("the writer's own telling, and what follows it", () => {
  it('"Also told them …" and "I will say …" are the writer\'s claim, which a next paragraph or a "So …" does not answer', () => {
    assert.deepEqual(
      rules(
        'Also told them that forgiven mortgage debt is never taxable on a home.\n\nShe asked whether the sale shows up as a foreclosure.',
        'markdown',
      ),
      ['forgiven-debt-never-taxed'],
    );
    assert.deepEqual(
      rules(
        "I'll say it plainly, because I lived it: once a lender forecloses, a deficiency judgment always follows.\nSo if a client is past the sale, I don't sugarcoat it.",
        'markdown',
      ),
      ['deficiency-automatic'],
    );
    assert.deepEqual(
      rules(
        'I told him a 1099-C on a home never turns into a tax bill.\n\n## Myths I hear (not advice)\n',
        'markdown',
      ),
      ['forgiven-debt-never-taxed'],
    );
    // Control: someone else's word, answered in the next sentence, stays reported.
    assert.deepEqual(
      rules('Her cousin told her a forgiven mortgage balance is never taxable. That is not right.'),
      [],
    );
  });

  it('"once the bank says yes to a short sale" is an approval, not reported speech', () => {
    assert.deepEqual(
      rules('Once the bank says yes to a short sale, they forgive whatever is left. Not every lender does.'),
      ['short-sale-settles-debt'],
    );
  });
});

describe('a passive with "get", a lead-in that names no deal, and reassurance before a claim', () => {
  it('"the whole loan gets wiped out" after "once they …" tells what happens, not one story', () => {
    assert.deepEqual(rules('Once they hold the trustee sale, the rest of the loan gets wiped out.'), [
      'foreclosure-erases-debt',
    ]);
    // Control: a worked example with its amounts stays one case.
    assert.deepEqual(
      rules(
        'If the house sells at auction for $250,000, the first loan gets paid in full and the second gets the rest.',
      ),
      [],
    );
  });

  it('"Per our conversation, …" introduces a claim; "per our settlement" names a deal', () => {
    assert.deepEqual(rules('Per our conversation, a deed in lieu releases you from the whole mortgage.'), [
      'deed-in-lieu-releases-debt',
    ]);
    assert.deepEqual(rules('Per our settlement, the deed in lieu releases you from the whole mortgage.'), []);
  });

  it('"told him not to stress" reassures; it negates nothing in the claim after it', () => {
    assert.deepEqual(
      rules('Told him not to stress about the balance bc the foreclosure sale pays the whole loan off.'),
      ['foreclosure-erases-debt'],
    );
    assert.deepEqual(rules('The foreclosure sale does not pay off the whole loan.'), []);
  });
});

describe('giving up the home, in more of the words owners use', () => {
  it('"left the keys on the counter", "let the bank keep the place", "the debt goes right along with them"', () => {
    assert.deepEqual(rules('Leave the keys on the kitchen counter and the mortgage is finished.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('Letting the bank keep the place wipes out whatever was still owed on it.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('Mail the keys in and the debt goes right along with them.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(
      rules('Once the bank has the house back, whatever is left on the loan is their problem.'),
      ['losing-home-ends-debt'],
    );
  });

  it('"you can walk away and mail the keys back, and the loan is over": "can" offers the acts, not the outcome', () => {
    assert.deepEqual(rules('You can just walk away and mail the keys back, and the loan is over.'), [
      'losing-home-ends-debt',
    ]);
    // Control: "can" on the outcome itself hedges it.
    assert.deepEqual(rules('If you let them have the house, the loan can be over.'), []);
  });
});

describe('"…, and that settles it": a demonstrative subject after a conjunction', () => {
  it('"that" after "and" stands for the act before it, not a relative clause of another noun', () => {
    assert.deepEqual(rules('Just sign a deed in lieu, and that takes care of every dollar of the debt.'), [
      'deed-in-lieu-releases-debt',
    ]);
    assert.deepEqual(rules('With a short sale the lender takes less, and that settles the whole debt.'), [
      'short-sale-settles-debt',
    ]);
    // Control: a relative "that" describing another noun keeps the claim out of that noun's clause.
    assert.deepEqual(rules('A deed in lieu is paperwork that takes care of the title, not the debt.'), []);
  });

  it('"could" offers the listed acts; "voluntarily" sits inside a phrase; "is wiped" ends the debt', () => {
    assert.deepEqual(rules('We could hand back the keys and be done with the mortgage for good.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('Transferring title voluntarily to the lender settles the loan in full.'), [
      'deed-in-lieu-releases-debt',
    ]);
    assert.deepEqual(rules('Your mortgage is wiped the day the house sells at the foreclosure auction.'), [
      'foreclosure-erases-debt',
    ]);
  });
});

describe('a negation that belongs to another clause or to the debt', () => {
  it('a negated verb in a clause of its own before the claim negates that verb only', () => {
    assert.deepEqual(
      rules("Forbearance months don't get tacked on later, the servicer simply forgives them."),
      ['forbearance-forgives'],
    );
    // Controls: the negation on the claim's own verb, after a comma-set phrase, or before a relative clause.
    assert.deepEqual(
      rules('Handing back the keys does not, by itself, end your obligation on the loan.'),
      [],
    );
    assert.deepEqual(
      rules("Forbearance isn't the same as forgiveness, where your debt is simply erased."),
      [],
    );
  });

  it('"the balance the sale didn\'t cover is cancelled": the negation describes the debt', () => {
    assert.deepEqual(
      rules("After the short sale, whatever part of the loan the price didn't cover is written off."),
      ['short-sale-settles-debt'],
    );
    assert.deepEqual(rules("Whatever you don't pay during forbearance gets forgiven when it ends."), [
      'forbearance-forgives',
    ]);
  });

  it('"Don\'t …" opening the sentence governs its own clause', () => {
    assert.deepEqual(rules("Don't bother with a deed in lieu; a deficiency judgment always follows it."), [
      'deficiency-automatic',
    ]);
    assert.deepEqual(rules("Don't assume a deed in lieu ends the debt."), []);
  });
});

describe('a condition opened by "Where", a belief called a falsehood, and more ways to give the house up', () => {
  it('"Where the lender accepts …" at the start is a condition; "a foreclosure where the bank accepts less" is not', () => {
    assert.deepEqual(
      rules(
        'Where the lender accepts the deed in lieu in full satisfaction, the borrower is released from the balance.',
      ),
      [],
    );
    assert.deepEqual(
      rules('A short sale is a kind of foreclosure where the bank accepts less than it is owed.'),
      ['short-sale-is-foreclosure'],
    );
  });

  it('"That … is a falsehood" refutes the belief it names', () => {
    assert.deepEqual(rules('That a deed in lieu wipes out every dollar of the debt is a falsehood.'), []);
  });

  it('"abandon the place", "there is no more loan"', () => {
    assert.deepEqual(rules('Once you move out and let the bank have it, there is no more loan.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('Abandon the place and the mortgage on it is finished.'), [
      'losing-home-ends-debt',
    ]);
  });
});

describe('what the house is like does not change the act', () => {
  it('"surrendering the damaged property" is giving the home up', () => {
    assert.deepEqual(
      rules('Surrendering the flooded property to the lender wipes out the mortgage balance.'),
      ['losing-home-ends-debt'],
    );
  });
});

// From the fresh writers FI–FJ's misses (read after their untuned run), written again in our own words.
describe('claims the FI–FJ writers showed', () => {
  it('a modal clause of its own before the claim, "nothing needed in writing", "clears the books", "After that,"', () => {
    for (const [text, rule] of [
      [
        'You can shred that notice, the IRS never taxes cancelled mortgage debt.',
        'forgiven-debt-never-taxed',
      ],
      [
        "A short sale wipes out the rest of the loan; you don't need anything in writing for that.",
        'short-sale-settles-debt',
      ],
      ['A short sale clears the books with the lender.', 'short-sale-settles-debt'],
      [
        'Sell it short. After that, whatever is still owed on the loan is forgiven.',
        'short-sale-settles-debt',
      ],
      ['a loan mod forgives the missed paymnets', 'modification-forgives'],
    ])
      assert.deepEqual(rules(text), [rule], text);
    // Controls: a hedge in a leading phrase still qualifies; the writing a lender agrees to still limits.
    assert.deepEqual(rules('In many cases, a short sale wipes out the rest of the loan.'), []);
    assert.deepEqual(
      rules('A short sale wipes out the rest of the loan if the lender agrees in writing.'),
      [],
    );
  });
});

// From the train writers' document misses (2026-12-06), written again in our own words.
describe("a person's other dealings, a worry denied and a label's hedge leave a claim standing", () => {
  it('a possessive outside the claim\'s case, and "nobody is worried:" before it', () => {
    for (const [text, rule] of [
      [
        "Give the house back and the mortgage is paid off, that's how it went with Grandpa's boat loan too.",
        'losing-home-ends-debt',
      ],
      [
        "Forbearance wipes out the skipped payments, so the family can focus on Ms. Lee's recovery.",
        'forbearance-forgives',
      ],
      ['So nobody is worried: handing the house back always pays off the mortgage.', 'losing-home-ends-debt'],
    ])
      assert.deepEqual(rules(text), [rule], text);
    // A label before a colon quantifies its own noun, not the claim after it.
    assert.deepEqual(rules('Best part for many families: forbearance forgives the skipped months.'), [
      'forbearance-forgives',
    ]);
    assert.deepEqual(rules('For many families, forbearance forgives the skipped months.'), []);
    // Controls: one person's home or deal tells that person's case.
    assert.deepEqual(rules("Ray's house sold at auction and the loan was wiped out."), []);
    assert.deepEqual(rules("After Mike's foreclosure the whole debt was wiped out."), []);
  });
});

// From the fresh writers GU–GV (a servicer's call center; a disaster-recovery center), read after their untuned
// run; examples written again in our own words.
describe('call-note shorthand, salutations, definitions of a term and endorsed or rhetorical framing', () => {
  it('"fcl", "pmts" and "mtg" read as foreclosure, payments and mortgage', () => {
    assert.deepEqual(rules('Told caller the fcl sale satisfies the whole mtg, nothing owed after.'), [
      'foreclosure-erases-debt',
    ]);
    assert.deepEqual(rules('Per agent, the skipped pmts are forgiven once the forbearance ends.'), [
      'forbearance-forgives',
    ]);
  });

  it('"leave the house, leave the loan": the debt said to go the way the house goes', () => {
    assert.deepEqual(rules('Surrender the house, surrender the loan. Everybody knows that.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('Surrender the house, keep paying the loan.'), []);
  });

  it('"to whom it may concern" hedges nothing; "in some instances" does', () => {
    assert.deepEqual(rules('To whom it may concern: a short sale cancels the rest of the loan, period.'), [
      'short-sale-settles-debt',
    ]);
    assert.deepEqual(rules('A short sale may, in some instances, cancel the rest of the loan.'), []);
    assert.deepEqual(rules('Foreclosure in some instances erases the remaining debt.'), []);
  });

  it('"when people say X they mean Y" is the writer defining a term, not someone else\'s claim', () => {
    assert.deepEqual(rules('When folks say deficiency judgment, they mean the foreclosure itself.'), [
      'deficiency-is-foreclosure',
    ]);
    // Control: a belief reported and refuted stays someone else's.
    assert.deepEqual(
      rules('People think a deficiency judgment is the foreclosure itself, but it is not.'),
      [],
    );
  });

  it('a report the writer endorses ("and she\'s right") and a rhetorical "don\'t you realize that…?" assert the claim', () => {
    assert.deepEqual(
      rules(
        'My aunt keeps telling me not to panic about the auction and shes right, the sale wipes out the whole loan.',
      ),
      ['foreclosure-erases-debt'],
    );
    assert.deepEqual(rules("Most folks don't realize that a short sale wipes out the whole balance."), [
      'short-sale-settles-debt',
    ]);
    // A rhetorical question asserts what follows "that"; denied inside, it would still ask, so no rewording.
    const document = documentOf(
      "Don't you realize that a short sale wipes out the whole balance?",
      'plaintext',
    );
    const service = languageService();
    const diagnostics = service.diagnostics(document);
    assert.deepEqual(
      diagnostics.map((d) => String(d.code)),
      ['short-sale-settles-debt'],
    );
    assert.deepEqual(
      service.codeActions(document, diagnostics[0].range).filter((action) => action.isPreferred),
      [],
    );
    // Controls: an unendorsed report, and a question that asks.
    assert.deepEqual(
      rules('My aunt keeps telling me not to panic about the auction, the sale wipes out the whole loan.'),
      [],
    );
    assert.deepEqual(rules('Does a short sale wipe out the whole balance?'), []);
  });

  it('", when …" after "the last stage of a foreclosure" says which stage; its words do not unsay the claim', () => {
    assert.deepEqual(
      rules(
        'A short sale is the final step of a foreclosure, when the house sells for less than the balance.',
      ),
      ['short-sale-is-foreclosure'],
    );
    // Controls: a short sale defined by the sale for less, with or without a "when" clause, is no claim.
    assert.deepEqual(rules('A short sale is when the house sells for less than the balance.'), []);
    assert.deepEqual(rules('A short sale is a sale for less than the balance, when the lender agrees.'), []);
  });

  it('"used to say" and "wrote in saying" attribute, unless the writer agrees later; "never tells you:" denies no claim', () => {
    assert.deepEqual(
      rules('The old handout used to say a deficiency judgment is the foreclosure itself.'),
      [],
    );
    assert.deepEqual(rules('A caller wrote in saying a short sale is a foreclosure.'), []);
    assert.deepEqual(
      rules('My uncle used to say a foreclosure wipes out the whole debt, and he was right about that.'),
      ['foreclosure-erases-debt'],
    );
    assert.deepEqual(
      rules('What the ads never tell you: after every foreclosure the lender gets a deficiency judgment.'),
      ['deficiency-automatic'],
    );
  });

  it('what someone asked a term is, answered "it\'s …" in the same sentence; a realization without "that"; "what\'s not to love?"', () => {
    assert.deepEqual(
      rules(
        "Caller asked what a deficiency judgment is, I told him it's the legal foreclosure itself, the step where they take title.",
      ),
      ['deficiency-is-foreclosure'],
    );
    assert.deepEqual(rules('Caller asked what a deficiency judgment is.'), []);
    assert.deepEqual(
      rules("Most folks don't realize a loan modification automatically cancels all the arrears."),
      ['modification-forgives'],
    );
    assert.deepEqual(rules("Forbearance pauses your payments AND forgives them, what's not to love?"), [
      'forbearance-forgives',
    ]);
  });

  it('one story made every case\'s ("like everybody who…", "same as a short sale always does"); "don\'t get it twisted"; numbered Q/A labels', () => {
    assert.deepEqual(
      rules(
        'My aunt signed a deed in lieu in March, and like everyone who signs one she was released from the whole debt.',
      ),
      ['deed-in-lieu-releases-debt'],
    );
    assert.deepEqual(
      rules('Our short sale last year wiped out the rest of the loan, same as a short sale always does.'),
      ['short-sale-settles-debt'],
    );
    assert.deepEqual(
      rules(
        "If the papers say deficiency judgment, don't get it twisted, it is the foreclosure of your house.",
      ),
      ['deficiency-is-foreclosure'],
    );
    assert.deepEqual(rules('Q4: Is cancelled mortgage debt taxable? A: No, never.'), [
      'forgiven-debt-never-taxed',
    ]);
    assert.deepEqual(rules('Q2: What happens to paused forbearance payments? Key: They are forgiven.'), [
      'forbearance-forgives',
    ]);
    // Controls: a story alone tells one case; a numbered question answered with a correction asserts nothing.
    assert.deepEqual(
      rules('My aunt signed a deed in lieu in March, and she was released from the whole debt.'),
      [],
    );
    assert.deepEqual(rules('Our short sale last year wiped out the rest of the loan.'), []);
    assert.deepEqual(
      rules('Q4: Is cancelled mortgage debt taxable? A: It can be, unless an exclusion applies.'),
      [],
    );
  });

  it('the particle after the object ("zeros the loan out") and "lets you off" the debt (HF)', () => {
    assert.deepEqual(rules('Whatever you still owed, the sheriff sale zeroes your mortgage out.'), [
      'foreclosure-erases-debt',
    ]);
    assert.deepEqual(rules('Take the deed in lieu. It lets you off everything still owed on the loan.'), [
      'deed-in-lieu-releases-debt',
    ]);
    // Control: letting someone off the phone is no release.
    assert.deepEqual(rules('After the deed in lieu call, the servicer let you off the phone quickly.'), []);
  });

  it('a myth called "Busted." right after it is refuted (HH)', () => {
    assert.deepEqual(rules('Newsletter quiz: a deed in lieu always wipes out what you owe. Busted.'), []);
    assert.deepEqual(rules('A deed in lieu always wipes out what you owe.'), ['deed-in-lieu-releases-debt']);
  });

  it('"as everyone knows" makes one couple\'s story every case\'s; "the debt goes wherever the house goes" (HI–HJ)', () => {
    assert.deepEqual(
      rules(
        'We signed the deed in lieu in May, which, as everyone knows, cancels every dollar still owed on a mortgage.',
      ),
      ['deed-in-lieu-releases-debt'],
    );
    assert.deepEqual(rules('Walk away from the place and the debt goes wherever the house goes.'), [
      'losing-home-ends-debt',
    ]);
    // Control: the couple's story alone is one case.
    assert.deepEqual(
      rules('We signed the deed in lieu in May, which cancelled every dollar we still owed on the mortgage.'),
      [],
    );
  });
  it('"while in forbearance" opens no clause, and an aside that sends the reader to someone names no one\'s deal (HM–HN misses)', () => {
    assert.deepEqual(
      rules(
        '- Forbearance: any payments you skip while in forbearance are forgiven, so you can put that money toward rent.',
      ),
      ['forbearance-forgives'],
    );
    assert.deepEqual(
      rules(
        'notes 11/2 -- short sale: lender takes the sale money, rest of the loan cancelled automatically (ask Mr. Okafor abt timing)',
      ),
      ['short-sale-settles-debt'],
    );
    // Control: the named person's letter is one deal.
    assert.deepEqual(
      rules('The short sale approval from Mr. Okafor says the rest of the balance is cancelled.'),
      [],
    );
  });
});
