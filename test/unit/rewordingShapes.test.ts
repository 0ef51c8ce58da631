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

/** Asserts that none of the texts gets a rewording, naming the one that does. */
function noRewording(...texts: string[]): void {
  for (const text of texts) assert.equal(reworded(text), null, text);
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

// The same review on the next sealed writers (2026-12-05): the myth restated in a sentence beside the
// edited one, edits spliced after a contraction or a quantifier, and words outside the edit that now
// contradict it. Each kind written again in our own words.
describe('rewordings an editor would write: the sentence and its neighbours', () => {
  it('no rewording when the sentence before or after restates the myth', () => {
    for (const text of [
      'A deed in lieu wipes out the whole loan. You never owe the bank another cent.',
      'Forbearance forgives the months you skip. You will never see them again.',
      'Lenders can never pursue a borrower for a deficiency. It is simply illegal.',
      "Once they foreclose, you're done. The debt dies with the auction.",
    ])
      assert.equal(reworded(text), null, text);
    // Controls: accurate neighbours leave the rewording in place, even with "dies", "cannot garnish" or "start over".
    for (const [text, fixed] of [
      [
        'Forbearance forgives the months you skip. Ask your servicer about a repayment plan.',
        'Forbearance does not forgive the months you skip. Ask your servicer about a repayment plan.',
      ],
      [
        'A deed in lieu wipes out the whole loan. If the borrower dies, the estate may owe the rest.',
        'A deed in lieu does not always wipe out the whole loan. If the borrower dies, the estate may owe the rest.',
      ],
      [
        'Forbearance forgives the months you skip. Some people start over in a rental.',
        'Forbearance does not forgive the months you skip. Some people start over in a rental.',
      ],
    ])
      assert.equal(reworded(text), fixed, text);
  });

  it('no rewording spliced after a contraction, an adverb, "No lender" or a shouted verb', () => {
    for (const text of [
      "If the owners move out and let the lender take the house, they're free of the mortgage.",
      'No lender is allowed to chase a borrower for the shortfall after the sale.',
      'In every short sale, the shortfall between the price and the loan is automatically forgiven.',
      'Forgiven mortgage debt is tax-free for everybody.',
      'Cancelled mortgage debt is never taxed by the IRS.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording when the myth stands in a clause beside the edit or in the next sentence', () => {
    for (const text of [
      'After the auction your loan is toast, you owe nothing more.',
      "Once the short sale closes, you're off the hook for the difference.",
      'Loan modifications wipe out the arrears instead of adding them to the balance.',
      'Walking away ends the mortgage. The house is the payment.',
      'A short sale cancels the rest of the mortgage. The lender legally has to once it approves.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording when the words around it would now contradict it', () => {
    for (const text of [
      "A loan modification erases the arrears. That's the whole benefit of getting one.",
      'Got a 1099-C after your short sale? Ignore it, forgiven mortgage debt is never taxable.',
      // "No avoiding it: … is not automatic" would contradict its own opening.
      'There is no avoiding it: a deficiency judgment is automatic after a foreclosure.',
      'You can count on a deficiency judgment after every foreclosure.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it("no rewording that leaves the writer's object beside the replacement's", () => {
    for (const text of ['If you take a short sale you are off the hook for what is left.'])
      assert.equal(reworded(text), null, text);
  });
});

// The review of rewordings on writers AK–AL (2026-12-05, spent since): broken words where a noun or a
// modal met the edit, answers and endorsements beside the claim, and neighbours that restate the myth in
// other words. Each kind written again in our own words.
describe('rewordings an editor would write: review of writers AK–AL', () => {
  it('no rewording that turns a noun into a denied verb, or puts a modal after a modal', () => {
    // "a complete do not always release" and "will can count as…".
    assert.equal(reworded('Sign the deed over and you receive a complete release from the loan.'), null);
    assert.equal(reworded('Cancelled home loan debt will never show up on a tax bill.'), null);
  });

  it('no rewording that doubles its own words ("taxable income as income")', () => {
    assert.equal(reworded('Cancelled mortgage debt can never be taxed as income.'), null);
  });

  it('"may be able to be collected" becomes "may be collected"', () => {
    assert.equal(
      reworded("A deficiency can't legally be collected from a homeowner."),
      'A deficiency may be collected from a homeowner, depending on state law.',
    );
  });

  it('"definitely" goes with the certainty it stresses', () => {
    assert.equal(
      reworded('Trust me, a deficiency judgment is definitely automatic after the auction.'),
      'Trust me, a deficiency judgment is not automatic after the auction.',
    );
  });

  it('no "not always" beside a "whenever" that says every time', () => {
    assert.equal(
      reworded('Whenever a house goes to auction, the loan balance is satisfied by the sale.'),
      null,
    );
    assert.equal(reworded('The lender forgives the unpaid balance whenever it approves a short sale.'), null);
  });

  it('no rewording when an answer or an endorsement beside the claim keeps the myth', () => {
    for (const text of [
      'Is anything owed after the auction? No. The foreclosure covers the whole loan.',
      'Will my arrears be wiped by the modification? Yes, the arrears are forgiven.',
      'Foreclosures cancel the whole mortgage debt. That is how they are meant to work.',
      'A lender can never sue you for the shortfall. That is federal law.',
      "After the trustee's sale, the deficiency judgment is automatic. It's just the next step.",
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording when a neighbour restates the myth in other words', () => {
    for (const text of [
      'The foreclosure sale erases any shortfall. The lender cannot bill you for it afterwards.',
      'Deficiency judgments are never allowed after foreclosure. They just are not allowed.',
      'Handing back the keys ends the loan. The house is the only thing the bank can go after.',
      'A foreclosure takes care of the whole loan. The bank gets the house and that is that.',
      'Once the house is sold at auction the loan is gone. The bank took the house, and that squares the account.',
      'A deficiency judgment always follows a short sale. The lender will sue you for the gap.',
      'A short sale counts as a foreclosure. It is a foreclosure where the owner finds the buyer.',
      'A foreclosure wipes the slate clean. You lose the home, but you do not owe the lender anything.',
      'A short sale settles the loan. The lender takes less and the remainder is forgiven.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording that names the law twice, or says part of the debt always remains', () => {
    assert.equal(
      reworded('Under the law a lender can never sue you for the shortfall after a foreclosure.'),
      null,
    );
    assert.equal(
      reworded("Under federal law, a deficiency balance can't be collected from the borrower."),
      null,
    );
    assert.equal(reworded('Once you sign a deed in lieu, all of the remaining debt is released.'), null);
  });

  it('no rewording after a clause that calls the paused months free', () => {
    assert.equal(reworded('forbearance means free payments, the skipped payments are forgiven'), null);
  });

  it('still rewords a claim whose neighbours are accurate (control)', () => {
    assert.equal(
      reworded('Foreclosure erases all debt. Ask a lawyer in your state about what may remain.'),
      'Foreclosure does not always erase all debt. Ask a lawyer in your state about what may remain.',
    );
  });
});

// The review of rewordings on writers AQ–AR (2026-12-05, scored once and spent since): tag sentences that vouch
// for the myth after the edited one, "not every dollar", a purpose, and a leftover "for the whole loan". Each
// kind written again in our own words.
describe('rewordings an editor would write: review of writers AQ–AR', () => {
  it('no rewording when a tag sentence vouches for the myth', () => {
    for (const text of [
      'A deed in lieu wipes out the balance. That is the trade you make.',
      "Foreclosure erases the debt. That's the one upside of losing the house.",
      'A short sale settles the loan in full. Every single time.',
      "Foreclosure erases the debt. It's not legal to chase you after.",
      'Trustee sales erase the loan. The bank takes the house as full payment.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording of what someone keeps hearing, or beside "as full payment" or "you\'re done"', () => {
    for (const text of [
      'Reply: you keep hearing that lenders can never sue for a deficiency on a home.',
      'With a deed in lieu, the lender takes the house as full payment and releases you from the note.',
      "Once the bank forecloses you're done, the whole mortgage gets wiped out.",
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no "not every dollar", which says some debt always remains', () => {
    assert.equal(reworded('Once the bank accepts the deed, every dollar you owe is forgiven.'), null);
  });

  it('no rewording of a purpose ("designed so")', () => {
    assert.equal(reworded('Short sales are designed so the seller owes nothing afterwards.'), null);
  });

  it('no rewording that leaves an object after "part of the balance", says "not still", "not all the missed payments", "was not always", or sits beside "the main upside"', () => {
    for (const text of [
      'After a foreclosure, the borrower is off the hook for every penny of the loan.',
      'A short sale is still a foreclosure, whatever you call it.',
      'Once the modification is permanent, all the missed payments are forgiven.',
      'The main upside of a short sale is that it cancels the entire balance.',
    ])
      assert.equal(reworded(text), null, text);
    // Control: the plain claim keeps its rewording.
    assert.equal(
      reworded('After a foreclosure, the borrower is off the hook.'),
      'After a foreclosure, the borrower may still owe part of the balance.',
    );
  });
});

// From an independent review of 160 rewordings offered on train writers' sentences (2026-12-05): 124 were
// right; most of the rest left praise, an answer or a neighbouring sentence still saying the myth.
describe('no rewording where the words around the edit still vouch for the myth', () => {
  it('praise, reassurance or a warning framing the claim', () => {
    for (const text of [
      'The best part of a short sale is that the leftover balance is forgiven at closing.',
      'The upside of a deed in lieu is that it wipes out the whole debt.',
      'I understand your concern, but a short sale always wipes out the rest of the loan.',
      "Don't kid yourself, a deed in lieu always comes with a deficiency judgment.",
      'Short sales are great for sellers because the remaining balance disappears at closing.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('an answer that opens the sentence, or a tag in the next one', () => {
    for (const text of [
      'Do I still owe after the auction? Short answer: no, the foreclosure sale pays off the whole loan.',
      'Can I just walk away? Sure, hand the lender the house and you will not owe another cent.',
      'Forbearance forgives the payments you skip. No catch.',
      'A loan modification erases the missed payments. That is what makes it so useful.',
      'Walking away ends the mortgage. The house is the collateral, so it covers the loan.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it("a denial that would say too much or break the subject's verb", () => {
    for (const text of [
      'With a deed in lieu, all the remaining debt is released when the lender takes the deed.',
      'Once forbearance ends, everything you skipped is forgiven.',
      'Forbearance mean the bank forgive the months you did not pay.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('still offers the plain rewording', () => {
    assert.equal(
      reworded('A short sale wipes out the whole debt.'),
      'A short sale does not always wipe out the whole debt.',
    );
  });
});

// From the independent review of the rewordings offered on the sealed writers AY–AZ after their one run
// (45 of 72 right): case notes that record what a worker told a family, tags that keep vouching for the myth,
// and substitutions that leave the writer's words beside the replacement.
describe('no rewording of a record of what was said, or beside a tag that still vouches', () => {
  it('a note of what someone explained or advised records it; an edit would falsify the record', () => {
    for (const text of [
      'Counselor explained to the daughter that a short sale forgives the rest of the mortgage.',
      'Caseworker advised the family that a deficiency judgment is automatically entered after any foreclosure.',
      'Staff reassured the caller that foreclosure wipes out the whole mortgage debt.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('a neighbouring tag or a labelled answer that keeps the myth', () => {
    for (const text of [
      'A deed in lieu releases you from the whole loan. The bank simply tears up the note.',
      'Handing the house back pays off the loan in full. Always has, always will.',
      'Will we owe the rest after a short sale? Answer: No. A short sale wipes out the remaining balance.',
      'Forgiven mortgage debt is never taxable. The IRS does not count it as income.',
      "A deficiency judgment always follows the sale. The lender doesn't even have to ask for it.",
    ])
      assert.equal(reworded(text), null, text);
  });

  it("a replacement that would leave the writer's words beside it", () => {
    for (const text of [
      'The cancelled part of a mortgage never shows up on your tax bill.',
      'Cancelled mortgage debt is exempt from tax across the board.',
      'A short sale is the easier path, it leaves you owing nothing on the mortgage once it closes.',
      // "…may still owe part of the balance completely": the writer's intensifier outlives its phrase.
      'Once the deed in lieu is filed, the owner is off the hook completely.',
      'Once the deed in lieu is recorded, the homeowner is off the hook entirely.',
    ])
      assert.equal(reworded(text), null, text);
  });
});

describe('rewordings the BM–BN review found wrong, each kind in our own words', () => {
  it('"every" before a passive ("is followed by") is denied with "not every", never "no"', () => {
    assert.equal(
      reworded('Each foreclosure is followed by a deficiency judgment for the unpaid part.'),
      'Not every foreclosure is followed by a deficiency judgment for the unpaid part.',
    );
  });

  it('no modal before "be not", and no denial that also rejects a "rather than" alternative', () => {
    assert.equal(
      reworded('Missed payments in forbearance will be forgiven when the plan ends.'),
      'Missed payments in forbearance will not be forgiven when the plan ends.',
    );
    assert.equal(
      reworded('A modification cancels the past-due amount rather than adding it to the loan.'),
      null,
    );
  });

  it('no plain denial that reaches the first mortgage along with the junior liens', () => {
    assert.equal(reworded('A deed in lieu wipes out the mortgage and any second liens along with it.'), null);
  });

  it('a framing, an answer or a tag that keeps the myth beside the edit', () => {
    for (const text of [
      'Forbearance is debt relief: the skipped payments are simply forgiven.',
      'Q: What do I owe after the foreclosure sale? A: Nothing at all. The sale pays off the mortgage debt in full.',
      "The lender's only remedy is the home itself, and once it takes the home, the debt is satisfied.",
      'Forgiven mortgage debt is never taxable. Never has, never will, whatever the form says.',
    ])
      assert.equal(reworded(text), null, text);
  });
});

describe('rewordings the CI–CJ review found wrong, each kind in our own words', () => {
  it('an initialism ("U.S.") is one word: no sentence ends inside it, and no edit splits it', () => {
    assert.equal(
      reworded('Deficiency judgments are not allowed in the U.S. for home loans.'),
      'Deficiency judgments may be allowed in the U.S. for home loans, depending on state law.',
    );
  });

  it('"ur" fused with the replaced verb is written out, and "not" goes after the modal, not after "be"', () => {
    assert.equal(
      reworded('hand the keys back and ur done owing'),
      'hand the keys back and you may still owe part of the balance',
    );
    assert.equal(
      reworded('after forbearance ur skipped payments will simply be forgiven'),
      'after forbearance ur skipped payments will not be forgiven',
    );
  });

  it('no rewording of a tag after a semicolon, which leaves the statement before it', () => {
    assert.equal(
      reworded('Owners who give a deed in lieu will be sued for the deficiency; that always follows.'),
      null,
    );
  });

  it('no rewording when an answer or a neighbour still says the debt ended', () => {
    for (const text of [
      "Q: Does a short sale end what I owe? A: It's forgiven. The bank accepts less and the balance is closed.",
      'Q: If I move out, is the loan still mine? A: Not after the bank has the keys. Handing over the house settles the mortgage.',
      "Q: What about my arrears in a loan mod? A: They're forgiven. The mod clears them.",
      'handed back the house, owe nothing. thats just how it goes when you walk away',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording inside mockery, beside an emoji tag that keeps the myth, or beside "everywhere"', () => {
    for (const text of [
      'wdym owe after foreclosure 😂 the auction wipes out the whole loan',
      "lol deficiency judgments don't exist for houses",
      'after the foreclosure sale the mortgage is GONE 🙌 fresh start',
      'Deficiency judgments are banned everywhere.',
      "Whatever state you live in, a lender won't be able to collect the shortfall.",
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no flat denial of an easy way out ("just get forbearance and …"); a hedged one stays', () => {
    assert.equal(reworded('just get forbearance and the skipped payments disappear'), null);
    assert.equal(
      reworded('just get a mod and the late payments disappear'),
      'just get a mod and the late payments do not automatically disappear',
    );
  });
});

describe('rewordings the DA–DB review found wrong, each kind in our own words', () => {
  it('no rewording beside a tag or a question that still sells the myth', () => {
    for (const text of [
      'After the short sale the lender writes off the shortfall. You owe zilch.',
      'Once the short sale is approved the rest of the loan is forgiven. that is a given',
      'Give the house back and you give the debt back too. that is the silver lining.',
      'Why wouldn’t anyone pick a deed in lieu? You sign the house over and the balance is forgiven automatically.',
      'Forgiven mortgage balances are never taxed. Never has, never will.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording inside a framing that praises it, a concession on the price, or a contrast with another debt', () => {
    for (const text of [
      'The good thing about a deed in lieu is that it settles the second mortgage as well.',
      'The foreclosure sale cancels whatever is left on the loan, regardless of what the house sells for.',
      'Unlike a car loan, forgiven mortgage debt is never taxable.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording that drops the subject after a comma or denies a verb after "="', () => {
    for (const text of [
      "Whatever the lender writes off on a home loan, the IRS can't touch.",
      'short sale = balance paid off',
    ])
      assert.equal(reworded(text), null, text);
  });
});

describe('rewordings the DG–DH review found wrong, each kind in our own words', () => {
  it('no rewording that doubles a modal, has courts pursue, denies beside "same thing", or reads "no … ="', () => {
    for (const text of [
      "Forbearance means you'll never have to pay back the skipped months.",
      "Courts won't ever let a bank collect what the auction left unpaid.",
      'The short sale on the old house was our foreclosure, same thing.',
      'every foreclosure = a deficiency judgment. plan for it',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording beside a neighbour or a first clause that keeps the myth, or under a "federal rule"', () => {
    for (const text of [
      'A foreclosed loan is a closed loan. The auction pays it off in full whatever the bid.',
      "You can't owe on a home you gave back; handing it over squares you with the bank.",
      "There's a federal rule that a lender may never chase a deficiency on a home.",
    ])
      assert.equal(reworded(text), null, text);
  });
});

describe('rewordings of contractions, perfect passives and joined infinitives', () => {
  it('a modal inside a contraction ("they\'ll") is written out before the denial', () => {
    assert.equal(
      reworded("Sign the deed in lieu and they'll release you from the whole loan."),
      'Sign the deed in lieu and they will not always release you from the whole loan.',
    );
  });

  it('a perfect passive takes its denial after the first auxiliary', () => {
    assert.equal(
      reworded('By the time forbearance is over, the paused payments have been forgiven.'),
      'By the time forbearance is over, the paused payments have not been forgiven.',
    );
    assert.equal(
      reworded('When forbearance ends, the skipped months will have been written off.'),
      'When forbearance ends, the skipped months will not have been written off.',
    );
  });

  it('no rewording of a bare verb joined to one a "let" or a modal governs, or of a subject inside the words replaced', () => {
    for (const text of [
      'Jingle mail lets you give the house back and end the loan.',
      'You can give the house back and end the loan.',
      'once they have the house back nobody owes the bank anything',
    ])
      assert.equal(reworded(text), null, text);
  });
});

describe('rewordings the DO–DP review found wrong, each kind in our own words', () => {
  it('no rewording that puts a modal after "you\'re", repays payments twice, or leaves "done with" hanging', () => {
    for (const text of [
      "With a modification, you're no longer responsible for the payments you skipped.",
      "When forbearance is over, you won't ever have to make up the payments you skipped.",
      'Just give the bank the keys and the mortgage is done with.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording beside a tag of inevitability, a consolation or a "get-out-of-debt" framing', () => {
    for (const text of [
      "Every foreclosure ends with a deficiency judgment. There's no avoiding it.",
      'The one good thing about a foreclosure is that it wipes out the rest of the loan.',
      'A short sale is your get-out-of-debt pass, the whole loan gets settled at closing.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording before a question that takes the claim as given', () => {
    assert.equal(
      reworded('Once a house is foreclosed the loan is done. So why is a collector calling me about it?'),
      null,
    );
  });

  it('no rewording of a first clause when the claim goes on past a comma', () => {
    for (const text of [
      'honestly the trustee sale is the end of it, whatever you owed on the loan gets wiped the day they sell',
      'A deed in lieu clears the whole loan, second mortgage included.',
    ])
      assert.equal(reworded(text), null, text);
  });
});

describe('rewordings the DU–DV review found wrong, each kind in our own words', () => {
  it('no "not every dollar" (some surely stays owed) and no denial inside "with the … erased"', () => {
    for (const text of [
      'Give the lender a deed in lieu and every dollar you still owe goes away.',
      'Modified loans start over with the missed payments erased.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording beside "in all fifty states", "Full stop." or a "No." answering a labelled question', () => {
    for (const text of [
      'Lenders are forbidden from chasing deficiencies in all fifty states.',
      'In plain English, a foreclosure ends the mortgage debt. Full stop.',
      "Q. Do I owe anything after the auction? A. No. The sheriff's sale pays off the mortgage in full.",
    ])
      assert.equal(reworded(text), null, text);
  });
});

describe('rewordings the DW–DX review found wrong, each kind in our own words', () => {
  it('no rewording beside a next sentence that still says it ("You never have to pay them back.", "Never has been, never will be.")', () => {
    for (const text of [
      'Forbearance forgives the months you skip. You never have to pay them back.',
      'Cancelled mortgage debt is never taxable. Never has been, never will be.',
      'Lenders cannot pursue a deficiency after a foreclosure. No state lets them.',
      "A deed in lieu releases you from the rest of the loan. That's always how it's handled.",
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no "must not always" (it reads as a ban), no "may still owe any of", no "part of the balance dollar"', () => {
    for (const text of [
      'A lender that takes a deed in lieu must release you from the whole loan.',
      "Once the loan is modified you won't owe any of the payments you fell behind on.",
      "After the sheriff's sale you don't owe the bank one more dollar on that house.",
    ])
      assert.equal(reworded(text), null, text);
  });
});

describe('rewordings withheld after a second reading of the DW–DX and earlier reviews, in our own words', () => {
  it('no rewording where the sentence still praises the way out ("perfectly legit", "the easiest exit")', () => {
    for (const text of [
      'Mailing the keys back is perfectly legit, you send them in and the loan is over.',
      'A deed in lieu is the easiest exit because the debt is released when you sign.',
      'It does not matter how little the house brings at auction; the foreclosure erases the loan.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording where the claim goes on to the myth\'s result ("…and your loan starts over")', () => {
    const text = 'After a modification the missed payments are forgiven and your account is closed out.';
    assert.equal(reworded(text), null, text);
  });

  it('no rewording where the next sentence answers or draws on it ("It doesn\'t…", "That\'s why…")', () => {
    for (const text of [
      'Everyone at work acts like forbearance forgives your payments. It does not, it only pauses them.',
      'Forbearance cancels the payments you miss. That is why so many people asked for it.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording of the answer to a what-question ("What does forbearance do? It forgives…")', () => {
    const text = 'What happens to the skipped payments after forbearance? They are forgiven.';
    assert.equal(reworded(text), null, text);
  });
});

describe('rewordings the EA–EB review found wrong, each kind in our own words', () => {
  it('no rewording beside a next sentence that still says it ("The house itself satisfies the loan.", "It\'s just part of the package.")', () => {
    for (const text of [
      'You can hand the house back and the mortgage is over. The house itself satisfies the loan.',
      "A deficiency judgment comes with every foreclosure. It's just part of the package.",
      "Lenders cannot sue you for the shortfall after a foreclosure. It's just not allowed.",
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording after a lead-in that still sells the myth ("Walking away is easy: …")', () => {
    const text = 'Walking away is easy: stop paying, move out, and the loan is finished.';
    assert.equal(reworded(text), null, text);
  });

  it('no rewording of what someone else understood or mentioned', () => {
    const text = 'My brother understood a short sale to mean the debt is gone.';
    assert.equal(reworded(text), null, text);
  });

  it('no "does not fully" and no "Not every … is sure to"', () => {
    for (const text of [
      'Foreclosure fully erases whatever you owed on the house.',
      'Every foreclosure is sure to leave you owing nothing on the mortgage.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording that denies only a step\'s order or ends in "too" (from the EW–EX review)', () => {
    assert.equal(reworded('A short sale is basically the final step of a foreclosure.'), null);
    assert.equal(reworded('When owners lose their homes, their loans end too.'), null);
  });

  it('no rewording of what a relative "say me:", nor beside "whatever happens", "that makes them whole", a clean way out, "dont exist"', () => {
    assert.equal(reworded('My cousin say me: after the auction, the mortgage debt is gone.'), null);
    assert.equal(
      reworded('Whatever happens with the house, the lender will never get a judgment for the rest.'),
      null,
    );
    assert.equal(
      reworded('The bank gets the house back, that makes them whole, and the borrower owes nothing.'),
      null,
    );
    assert.equal(
      reworded('Walking away is a clean way out: the house goes back and your debt is over.'),
      null,
    );
    assert.equal(
      reworded('deficiency judgments dont exist for homes, the bank cant chase you for the rest'),
      null,
    );
    assert.equal(
      reworded('With a modification, the old debt is erased and a new smaller loan starts.'),
      null,
    );
  });

  it('no rewording where the sentence before or after still says it ("Nothing.", "The home pays the loan.")', () => {
    assert.equal(reworded('When you lose your home, you lose the debt. The home pays the loan.'), null);
    assert.equal(reworded('Short sales wipe out the remaining balance. The lender eats the loss.'), null);
    assert.equal(
      reworded("A short sale counts as a foreclosure. It's the lender foreclosing with your blessing."),
      null,
    );
    assert.equal(
      reworded('What happens to the rest? Nothing. The auction settles the account in full.'),
      null,
    );
  });

  it('no "not all the late payments", and no "you" put in for the writer\'s "we"', () => {
    assert.equal(reworded('Once the servicer modifies your loan, all the late payments are erased.'), null);
    assert.equal(reworded("They take the house, and we're square."), null);
  });

  it('no rewording beside a clause or answer that still bars the lender (from the EI–EJ review)', () => {
    assert.equal(
      reworded(
        "Banks have no legal way to chase what's left on a mortgage; deficiency judgments are never permitted.",
      ),
      null,
    );
    assert.equal(
      reworded("OWED AFTER THE SALE? Lenders can't collect it. Deficiency claims aren't allowed."),
      null,
    );
    assert.equal(
      reworded("Can the bank chase the shortfall? Never. Lenders aren't permitted to pursue deficiencies."),
      null,
    );
  });

  it('no "balances may be allowed", no "by any lender", no "anyway", no timing of a walk-away, no "not every deed in lieu"', () => {
    assert.equal(reworded('Deficiency balances on mortgages are never collectible.'), null);
    assert.equal(reworded("The rest of the loan after a sale can't legally be pursued by any lender."), null);
    assert.equal(
      reworded(
        "If the short sale falls apart I'll just let it go to auction, the auction wipes out the whole loan anyway.",
      ),
      null,
    );
    assert.equal(
      reworded('Owners who walk away from upside-down homes are clear of the loan the moment they leave.'),
      null,
    );
    assert.equal(reworded('Every deed in lieu ends with a deficiency judgment for the shortfall.'), null);
  });
});

// The review of rewordings on writers FA–FF (2026-12-06, train writers): a neighbour that says what the myth
// asserts in other words, reassurance or praise beside the claim, and broken grammar where the edit met a
// quantifier, a relative "whatever" or a word the writer left. Each kind written again in our own words.
describe('rewordings an editor would write: review of writers FA–FF', () => {
  it('no rewording when a neighbour in the paragraph asserts the myth in words of its own', () => {
    for (const text of [
      'A deed in lieu settles the loan. The lender has no claim on you after that.',
      'Foreclosure erases the mortgage debt. The borrower is released from the loan.',
      'Walking away ends the mortgage. The house covers whatever is left.',
      'The trustee sale closes out the loan. Nothing is owed to the bank afterward.',
    ])
      assert.equal(reworded(text), null, text);
    // Controls: a neighbour that qualifies, or names only the event, leaves the rewording in place.
    for (const [text, fixed] of [
      [
        'A short sale cancels the remaining loan. If the lender waives the rest in writing, nothing is owed.',
        'A short sale does not always cancel the remaining loan. If the lender waives the rest in writing, nothing is owed.',
      ],
      [
        'Some banks accept a short sale. A short sale cancels the remaining loan.',
        'Some banks accept a short sale. A short sale does not always cancel the remaining loan.',
      ],
    ])
      assert.equal(reworded(text), fixed, text);
  });

  it('no rewording beside reassurance, praise or a loss the lender is said to absorb', () => {
    for (const text of [
      'No need to worry about the mortgage. Foreclosure wipes out the loan.',
      'Foreclosure wipes out the loan. That is the silver lining.',
      'A short sale settles the whole loan. The lender just swallows the difference.',
      "Foreclosure erases the debt. From then on it's the bank's problem.",
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no rewording that breaks on a quantifier, a "whatever" clause, a purpose or a reason', () => {
    for (const text of [
      'Each foreclosure, short sale and deed in lieu leads to a deficiency judgment.',
      'Technically each short sale is a type of foreclosure.',
      'After a short sale, whatever the seller owes is forgiven automatically.',
      'Forbearance was created so the skipped payments are forgiven.',
      'I picked the short sale cuz the leftover balance is cancelled automatically.',
      'The loan mod was approved, so the late payments are forgiven, mods always clear arrears.',
    ])
      assert.equal(reworded(text), null, text);
  });
});

// The review of rewordings on the fresh writers FI–FJ (2026-12-06, scored untuned, then trained on): a clause before
// the edit that already says the myth, and tags after it that restate it. Written again in our own words.
describe('rewordings an editor would write: review of writers FI–FJ', () => {
  it('no rewording after a clause that states the myth, or before a tag that restates it', () => {
    for (const text of [
      "Deficiency judgments were abolished decades ago, lenders can't chase the shortfall.",
      'A short sale is a foreclosure. People call it that because it is one.',
      'Forbearance forgives the missed months. The servicer writes them off.',
      'Forgiven mortgage debt is never taxable. No exceptions.',
      'A short sale is really a payoff at a discount: the bank forgives the rest.',
    ])
      assert.equal(reworded(text), null, text);
    // Control: a leading time clause asserts nothing.
    assert.equal(
      reworded('Once forbearance ends, the paused payments are wiped off the books.'),
      'Once forbearance ends, the paused payments are not wiped off the books.',
    );
  });
});

// The review of rewordings on the fresh writers FK–FL (2026-12-06, scored untuned, then trained on), each kind
// written again in our own words.
describe('rewordings an editor would write: review of writers FK–FL', () => {
  it('no rewording that a concession, a universal tag or a neighbour would contradict', () => {
    for (const text of [
      'A short sale settles the whole loan even when the price is far below the balance.',
      'Forgiven mortgage debt is tax-free in any situation.',
      'Short sales are foreclosures. Same process, new name.',
      'Forbearance forgives the skipped months. The lender leaves them alone after that.',
      "Cancelled mortgage debt is never taxed. It's money you never saw, so how could it be income?",
      'Honestly the home is the loan. Lose the home and you lose the debt.',
    ])
      assert.equal(reworded(text), null, text);
  });
});

// The review of rewordings offered only on the sealed writers ES–ET (scored once at 2adbdc6, spent since), each
// kind written again in our own words.
describe('rewordings an editor would write: review of writers ES–ET', () => {
  it('no rewording before a fragment that re-asserts the myth, or before a rebuttal that now has nothing to rebut', () => {
    for (const text of [
      "After a trustee's sale the whole mortgage is cleared. No leftovers.",
      'Lenders can never pursue a mortgage shortfall. Anywhere.',
      'Forum guy: the auction pays off the whole loan. Reality: the bid is often far below the debt.',
    ])
      assert.equal(reworded(text), null, text);
  });
});

// The review of rewordings on the fresh writers FM–FN (2026-12-06, scored untuned, then trained on): 3 of 20
// rewordings of a sentence with a neighbour were right. Each kind written again in our own words.
describe('rewordings an editor would write: review of writers FM–FN', () => {
  it('no rewording before a sentence that goes on with the claim in few words or by referring back', () => {
    for (const text of [
      'Loan modifications wipe out the past-due amount. All of them.',
      "Lenders can never pursue a deficiency on a home loan. It's just not allowed.",
      'A deed in lieu releases the whole balance. That is the point of signing one.',
      "Forbearance forgives the payments you miss. You don't pay any of it back.",
      'A lender is never allowed to sue for the shortfall. They take the house and that is it.',
    ])
      assert.equal(reworded(text), null, text);
    // A next sentence that starts afresh, or says nothing of all or none, leaves the rewording in place.
    for (const [text, fixed] of [
      [
        'Forbearance forgives the months you skip. But ask your servicer what happens next.',
        'Forbearance does not forgive the months you skip. But ask your servicer what happens next.',
      ],
      [
        'Forbearance forgives the months you skip. Our office can help with the forms.',
        'Forbearance does not forgive the months you skip. Our office can help with the forms.',
      ],
    ])
      assert.equal(reworded(text), fixed, text);
  });

  it('no rewording beside a neighbour that says nothing is owed, the house is all they get, or to ignore the form', () => {
    for (const text of [
      "Once the keys are handed over nothing's owed anymore. The house always pays off the note.",
      'Throw away the 1099-C when it comes. Forgiven mortgage debt is never taxable.',
      'Walking away ends the mortgage. The home is all the lender ever gets.',
      'Honestly, a foreclosure clears the mortgage either way.',
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no "did not always" for one past event', () => {
    assert.equal(
      reworded(
        'Our unit sold short last year and, like any short sale, the rest of the mortgage got cancelled on the spot.',
      ),
      null,
    );
  });
});

// The review of rewordings on the fresh writers FQ–FR (2026-12-06, scored untuned, then trained on): 24 of 34
// right. Each wrong kind written again in our own words.
describe('rewordings an editor would write: review of writers FQ–FR', () => {
  it('no rewording after a clause that says there is no deficiency, a mercy or "that\'s the deal"', () => {
    for (const text of [
      "There's no deficiency on a home loan, the bank is not allowed to chase one.",
      "It's sad to see a farm sold at auction, but the one small mercy is that the foreclosure sale clears the whole mortgage.",
      "The bank takes the house back and that's the deal, you lose the house, you lose the loan.",
    ])
      assert.equal(reworded(text), null, text);
  });

  it('no "being not", and none before a next sentence that refers back though it hedges', () => {
    for (const text of [
      "While you're in forbearance your skipped payments are being written off.",
      "The deficiency judgment is the foreclosure. Once it's entered the house is sold.",
      "A short sale counts as a foreclosure. It's one kind of foreclosure a lender can choose.",
    ])
      assert.equal(reworded(text), null, text);
  });
});

// The review of rewordings offered only on the sealed writers EY–EZ (scored once at f6fa205, spent since): 59 of
// 72 right. Each wrong kind written again in our own words.
describe('rewordings an editor would write: review of writers EY–EZ', () => {
  it('no rewording of a participle made finite, nor of an unpunctuated sentence that runs on', () => {
    for (const text of [
      'Getting a modification is getting your missed payments erased.',
      'deficiency judgments are illegal they banned them years ago',
      'a loan mod is debt forgiveness basically',
    ])
      assert.equal(reworded(text), null, text);
  });
});

// The reviews of rewordings on the fresh writers FS–FT and FW–FX (2026-12-06, each scored untuned, then trained
// on): 7 of 22 and 16 of 23 right. Each wrong kind written again in our own words.
describe('rewordings an editor would write: reviews of writers FS–FT and FW–FX', () => {
  it('no rewording beside a sentence that says the myth on its own, after "and" saying it, or before "So…"', () => {
    noRewording(
      // Either sentence edited alone leaves the other saying no deficiency can be pursued.
      'The bank can never chase you for the leftover. Deficiency judgments are not allowed here.',
      'Deficiency judgments are not allowed here. The bank can never chase you for the leftover.',
      'With forbearance, the skipped installments are remitted and the borrower is relieved of them.',
      'Forbearance forgives the missed payments. So the repayment letter makes no sense.',
      // A trailing word or two re-asserts it.
      'after a short sale whatever is left on the loan is gone. automatic.',
      'deficiency judgments dont exist in the US. illegal everywhere',
    );
  });

  it('no rewording beside words in another language or under "that\'s how it works"', () => {
    noRewording(
      'Con el deed in lieu ya no debes nada, the lender releases you from the whole loan.',
      'Once you hand back the keys you owe nothing more. La casa paga la deuda.',
      'my uncle walked away from two condos years ago. thats how it works, leave the property and the debt ends with it.',
      "Foreclosure wipes out the loan, that's how it works.",
    );
  });

  it('keeps the writer\'s "u"', () => {
    assert.equal(
      reworded('once u hand the keys back u owe nothing on it'),
      'once u hand the keys back u may still owe part of the balance on it',
    );
  });

  it('no rewording where the myth is said again, answered for, or counted as a pro (GM–GN, GQ–GR reviews)', () => {
    noRewording(
      // A negation after a future "go" or "will", and "not always" beside "every".
      'Abeg do forbearance, the payments you miss dem go just cancel am.',
      'After a short sale the rest of the loan is forgiven as part of every short sale.',
      // A neighbour that keeps the myth: the bank "has to eat" the rest, only earned income is taxed.
      'Deficiency judgments are never allowed on a house. The bank has to eat whatever the sale leaves.',
      'Cancelled mortgage debt is never taxable. Only money you earn gets taxed.',
      // A bare answer before the claim, an answer opening its own sentence, a pro of the option.
      'ppl think foreclosure follows you. nah. after the sheriff sale the loan is wiped clean',
      'Does she have to pay back the forbearance? She does not; forbearance forgives the skipped months.',
      'Benefits of a short sale: a smaller credit hit, and the leftover balance is forgiven in full.',
      // The myth said again later in the same sentence, joined without a comma.
      'lenders can never go after a leftover balance on a home loan its not allowed anywhere',
      'short sales settle the whole balance automatically theres no leftover at all',
    );
  });

  it("no rewording in a definition's clause, after an arrow, or beside a frame that keeps the myth (GS–GT review)", () => {
    noRewording(
      'Glossary: Forbearance – when the bank cancels the payments a borrower skips.',
      'unit 4 notes: Short sale → leftover balance forgiven',
      'Q: Will the lender sue me for the rest? A: Never. Deficiency judgments are not allowed on houses.',
      'Thanks to federal law, lenders are never permitted to pursue a deficiency from a homeowner.',
      'A loan modification forgives the arrears. My aunt had four months of them wiped that way.',
      'once the bank signs off, the short sale leaves ur balance settled completly',
    );
  });

  it('no rewording where the next sentence closes the account, or the frame keeps the myth (GA–GB review)', () => {
    noRewording(
      'After the sheriff sale you owe the bank nothing more. The sale closes out the note.',
      'Handing back the house satisfies the loan. Lender gets its collateral, account closed.',
      'A deed in lieu means you owe them nothing more. Zero. Zilch.',
      'a deed in lieu is a get out of jail free card, the whole balance is gone the day you sign',
    );
  });

  it('no rewording of a report or a vouched claim, nor one that breaks the grammar (GU–GV review)', () => {
    noRewording(
      // The writer vouches for it right after; a cause joined by "so"; what someone stated or was told, as a
      // record of it; a noun taken for the verb; a second denial left standing.
      'A deed in lieu always ends in a deficiency judgment. I learned that the hard way.',
      'Sign up for forbearance so your skipped payments are forgiven.',
      'Caller stated a short sale is a type of foreclosure.',
      'Short sale. Borrowers were told it cancels the whole balance automatically.',
      'A deed in lieu comes with a written release of all remaining liability.',
      'once you hand back the house the loan is the bank problem not yours',
    );
    // Control: the same claim, plainly stated, is reworded.
    assert.equal(
      reworded('A deed in lieu always ends in a deficiency judgment.'),
      'A deed in lieu does not always end in a deficiency judgment.',
    );
  });

  it('no rewording after "that\'s wrong", nor one that says a lender may pursue anyone (GY–GZ review)', () => {
    noRewording(
      "The blog says the seller may still owe. That's wrong, a short sale clears the entire balance.",
      "Banks legally can't pursue leftover mortgage balances from anyone.",
      'The house came back through a deed in lieu, meaning (as with all deeds in lieu) the seller owed nothing afterward.',
    );
  });

  it('no rewording after a reassurance, in a trade "in exchange", beside a tag that vouches, or for every short sale (GG–GH review)', () => {
    noRewording(
      "Don't worry about the shortfall. A deed in lieu releases you from the whole debt.",
      'You hand the house back to the lender, and in exchange the whole remaining debt is forgiven.',
      'A deficiency judgment always follows a foreclosure. The sale guarantees it.',
      'A short sale is a foreclosure. Just the friendlier kind.',
      'We are selling short, and the leftover balance is forgiven at closing like with any short sale.',
    );
  });

  it('no rewording after a reassurance addressed to someone, nor before a sentence that says it of every case (HA–HB review)', () => {
    noRewording(
      "Uncle Ray, you don't need to worry about the gap. When the short sale closes, the lender forgives the rest.",
      'Foreclosure always comes with a deficiency judgment. The judge adds one automatically for whatever the sale left.',
      'A short sale is the same as a foreclosure. The bank loses money either way and the owner leaves.',
    );
    // Control: the claim alone is reworded.
    assert.equal(
      reworded('Foreclosure always comes with a deficiency judgment.'),
      'Foreclosure does not always come with a deficiency judgment.',
    );
  });

  it('no rewording that hedges by state after "any state", beside "the gentle kind.", nor "not all the past-due" (HE–HF review)', () => {
    noRewording(
      'Every state, every loan: the bank can never collect the leftover balance from you.',
      'A short sale is a type of foreclosure. The gentle kind.',
      'Once the modification is approved, all the past-due is erased.',
    );
  });

  it('no rewording before "…and the loan is finished", after a "get-out-of-jail-free card", or before "so they can stop worrying" (HG–HH review)', () => {
    noRewording(
      'The foreclosure pays off everything and the loan is finished.',
      'A deed in lieu is your get-out-of-jail-free card. The lender takes the house and your whole remaining debt is released.',
      'Surrendering the house closes out the mortgage debt. I say that to every client so they can stop worrying.',
    );
  });

  it('no rewording after "Rest easy:" or a bare "we wont.", before "they have what they\'re owed", nor "did not forgive all the payments" (GO–GP review)', () => {
    noRewording(
      'Rest easy, neighbors: a lender is never permitted to chase you for what the sale left.',
      'she thinks we will owe. we wont. a short sale always closes out the whole loan.',
      'Walking away from the house ends the mortgage. Once the bank has it back it has what it is owed.',
      'the pandemic forbearance forgave all the payments people skipped',
    );
  });

  it('no rewording after praise ("is a gift,"), "nothing left to owe,", a bare "Don\'t." or "that\'s what they\'re for", nor in "doesn\'t just X, it Y" or before "their loss" (HI–HJ review)', () => {
    noRewording(
      'Forbearance is a gift, those skipped months simply vanish off the loan.',
      "after a deed in lieu there's nothing left to owe, the deed itself satisfies the loan in full",
      "People worry about owing after the house is gone. Don't. When the house goes back to the bank, the loan goes with it.",
      "My cousin sold short in Tucson and that's what they're for! You sell short and the bank eats the rest.",
      "A loan modification doesn't just lower the payment, it forgives the arrears.",
      'A bank can never collect the difference on a home loan. Whatever it loses is legally its loss.',
    );
  });
  it('no rewording after "you can calm that down", before a bare "Done, move on." or "Only difference is…" (GW–GX review)', () => {
    noRewording(
      'Buyers dread a leftover bill, but you can calm that down for them. After the trustee sale the whole loan is erased.',
      'After the bank accepts your deed in lieu, the unpaid balance is released automatically. Done, move on.',
      'A short sale is a foreclosure. Only difference is who lists the house.',
    );
  });
  it('no rewording that strands an object ("may be allowed them"), nor before "The worst a bank can do is…", "like nothing happened" or "never see that money again" (HO–HP review)', () => {
    noRewording(
      'deficiency judgment is a scare tactic, courts never actually grant them on houses',
      'Deficiency judgments are never permitted on family homes. The worst a bank can do is hurt your credit.',
      'After forbearance the paused payments are forgiven and the loan goes on like nothing happened.',
      'Loan mods automatically forgive the arrears. You never see that money again and neither does the bank.',
    );
  });
  it('no rewording inside "i.e.", nor before "The lender\'s only recourse is the property", "The law protects everyone on that" or "You\'re through with the lender" (HM–HN review)', () => {
    noRewording(
      'Notice of deficiency judgment (i.e. the foreclosure on the home) arrived today.',
      "Walking away from a flooded house ends the mortgage. The lender's only recourse is the property itself.",
      'Lenders are never allowed to chase a borrower for a mortgage shortfall. The law protects everyone on that.',
      "A deed in lieu releases all liability on the mortgage. You're through with the lender.",
    );
  });
});
