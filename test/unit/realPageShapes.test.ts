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
    // A heading over a line that opens a list or a formula.
    assert.deepEqual(
      rules(
        'How the balance changes after a modification\nServicers work it out as:\nnew balance = old principal + arrears - any principal forgiveness',
      ),
      [],
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
  it('a wish or an attempt ("want to", "seeking to", "trying to") is not what happens', () => {
    assert.deepEqual(
      rules('Many owners under water want to walk away from the mortgage when the bank starts foreclosing.'),
      [],
    );
    assert.deepEqual(
      rules('Borrowers seeking to walk away from their loan after a foreclosure often mail the keys in.'),
      [],
    );
    assert.deepEqual(rules('Once the bank forecloses, you walk away from the mortgage for good.'), [
      'foreclosure-erases-debt',
    ]);
  });

  it('a participle phrase after a debt noun that is an object or has its own verb describes the debt', () => {
    assert.deepEqual(
      rules('Some collectors try to collect the debt forgiven as part of an old short sale or foreclosure.'),
      [],
    );
    assert.deepEqual(
      rules('A loan settled through a short sale usually lowers a credit score by many points.'),
      [],
    );
    assert.deepEqual(rules('Short sale approved = loan settled.'), ['short-sale-settles-debt']);
  });

  it('"not … in every state" denies that a rule is universal; it does not state one', () => {
    assert.deepEqual(rules('Deficiency judgments are not permitted in every state.'), []);
    assert.deepEqual(rules('Deficiency judgments are not allowed in any state.'), ['deficiency-never']);
  });

  it('a deficiency said to arise when a lender forecloses is defined, not called the foreclosure', () => {
    assert.deepEqual(
      rules(
        'A deficiency is created when a lender forecloses on a home and the sale brings in less than the balance.',
      ),
      [],
    );
    assert.deepEqual(rules('A deficiency judgment is when the lender forecloses on your home.'), [
      'deficiency-is-foreclosure',
    ]);
  });

  it('"as well as" joins a list; it is not "the debt goes as well"', () => {
    assert.deepEqual(
      rules('The rules cover a home lost in a short sale, as well as debt cancelled after a deed in lieu.'),
      [],
    );
    assert.deepEqual(rules('The house goes back to the bank in a short sale, and the debt goes as well.'), [
      'short-sale-settles-debt',
    ]);
  });

  it('an adjective ("very clear") is not the verb "clear"', () => {
    assert.deepEqual(
      rules('Most lenders now use very clear wording in short sale approval letters about the deficiency.'),
      [],
    );
    assert.deepEqual(rules('A short sale clears the deficiency.'), ['short-sale-settles-debt']);
  });

  it('what a letter states, what sellers have found and a misunderstanding are reported, not asserted', () => {
    assert.deepEqual(
      rules('Ask for a short sale approval letter stating that the deficiency is waived.'),
      [],
    );
    assert.deepEqual(
      rules('Plenty of sellers have found that a short sale is the quickest way to get out of a mortgage.'),
      [],
    );
    assert.deepEqual(
      rules('A common misunderstanding is that a foreclosure wipes out the second mortgage.'),
      [],
    );
    assert.deepEqual(rules('A foreclosure wipes out the second mortgage.'), ['foreclosure-erases-debt']);
  });

  it('"in other words" restates the sentence before, with its state or condition', () => {
    assert.deepEqual(
      rules(
        "Arizona and Washington limit deficiencies after some trustee's sales. In other words, the bank can't come after those borrowers for the rest.",
      ),
      [],
    );
    assert.deepEqual(
      rules("In other words, the bank can't come after you for the rest after a foreclosure."),
      ['deficiency-never'],
    );
  });

  it("the owner's claim to the property is not the lender's claim against the owner", () => {
    assert.deepEqual(rules('After the foreclosure sale you have no further claim to the property.'), []);
    assert.deepEqual(rules('After the foreclosure sale the bank has no further claim against you.'), [
      'foreclosure-erases-debt',
    ]);
  });

  it('paying a debt while a short sale goes on is not settling it', () => {
    assert.deepEqual(rules('During a short sale you keep paying your debt until closing.'), []);
  });
  it('"It is important to note that…" does not refer back to the sentence before', () => {
    assert.deepEqual(
      rules(
        'The fund paid for loan modifications and other relief. It is important to note that debt forgiveness is not a sure thing for every owner.',
      ),
      [],
    );
  });

  it('a debt being paid on time, or paid from the proceeds, is not a debt that ends', () => {
    assert.deepEqual(
      rules('A second lender may foreclose even while the first mortgage is being paid on time.'),
      [],
    );
    assert.deepEqual(
      rules('The sheriff sells the house at the sale. Your debt will be paid from the proceeds of the sale.'),
      [],
    );
    assert.deepEqual(rules("After the sheriff's sale your debt is paid in full."), [
      'foreclosure-erases-debt',
    ]);
  });

  it('a mortgage loan settled through a short sale, with its own verb later, is described', () => {
    assert.deepEqual(
      rules('A mortgage loan settled through a short sale typically costs a borrower many points.'),
      [],
    );
  });
  it('a next sentence that limits the rule ("This only applies to…") makes it conditional', () => {
    assert.deepEqual(
      rules(
        'The lender cannot sue you for any deficiency after the trustee sells the house. This only applies to loans that bought the home.',
      ),
      [],
    );
    assert.deepEqual(
      rules('The lender cannot sue you for any deficiency after the trustee sells the house. Call us today.'),
      ['deficiency-never'],
    );
  });
  it('"This <noun>" names its own subject; it takes the one before only for a process or an option', () => {
    assert.deepEqual(
      rules('The sale brought in less than the loan balance. This amount is called a deficiency.'),
      [],
    );
    assert.deepEqual(
      rules('A lender may sue for the rest. This deficiency judgment is much like any other court judgment.'),
      [],
    );
    assert.deepEqual(
      rules(
        'We negotiated a short sale for a client last spring. This seller had lost every dollar of savings.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        "A short sale needs the lender's approval. That's why an agent should ask for a release of liability.",
      ),
      [],
    );
    assert.deepEqual(rules('Many owners choose a short sale. This process wipes out the whole debt.'), [
      'short-sale-settles-debt',
    ]);
  });

  it('"always" in advice ("you should always be sure") is not a rule about what happens', () => {
    assert.deepEqual(
      rules(
        'A short sale may come with a deficiency judgment waiver. This is part of the deal, and you should always be sure you get it.',
      ),
      [],
    );
    assert.deepEqual(rules('A deficiency judgment always follows a short sale.'), ['deficiency-automatic']);
  });

  it('a participle inside a list of nouns ("foreclosures and settled loans") is an adjective', () => {
    assert.deepEqual(
      rules('Underwriters weigh bankruptcies, foreclosures and settled home loans as serious events.'),
      [],
    );
  });

  it('a passive after "is" ("is completed under") is not an identity; a program name is not the foreclosure', () => {
    assert.deepEqual(
      rules('This short sale is completed under the federal pre-foreclosure sale program.'),
      [],
    );
    assert.deepEqual(rules('A short sale is completed under the rules of a foreclosure.'), []);
    assert.deepEqual(rules('A short sale is considered a foreclosure.'), ['short-sale-is-foreclosure']);
  });

  it('how a debt is reported to credit bureaus is not what happens to the debt', () => {
    assert.deepEqual(
      rules('After a short sale your mortgage will be reported to the bureaus as paid or settled.'),
      [],
    );
  });

  it('a verb in a relative clause of another noun ("scenarios that cover…") is not the claim\'s', () => {
    assert.deepEqual(
      rules(
        'There are three common scenarios that cover liability for the second loan if the first is foreclosed.',
      ),
      [],
    );
    assert.deepEqual(rules('The foreclosure sale that wipes out the debt is final.'), [
      'foreclosure-erases-debt',
    ]);
  });

  it('"in certain circumstances", "have chosen to" and "only" limit or describe the claim', () => {
    assert.deepEqual(
      rules('In certain circumstances the bank is prohibited from getting a deficiency judgment at all.'),
      [],
    );
    assert.deepEqual(
      rules(
        'Many owners have chosen to use a short sale as a way to get out of a mortgage they cannot afford.',
      ),
      [],
    );
    assert.deepEqual(rules('Most short sales only cover the first mortgage.'), []);
    assert.deepEqual(
      rules(
        'Some states cap the amount of a deficiency judgment and, in certain circumstances, the bank is prohibited from getting a deficiency judgment altogether.',
      ),
      [],
    );
  });

  it('"free of charge" is not "free of the debt"', () => {
    assert.deepEqual(rules('Call a short sale debt collection attorney free of charge.'), []);
  });
  it('a hedge before a list of verbs covers every item ("may agree to waive it, …, or accept…")', () => {
    assert.deepEqual(
      rules(
        'In a good outcome, the bank may agree to waive it, release the sellers from liability, or accept the short sale proceeds in full satisfaction of the debt.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'In a short sale the bank waives the shortfall and accepts the proceeds in full satisfaction of the debt.',
      ),
      ['short-sale-settles-debt'],
    );
  });
  it('"cannot … until after", a limit of years and a named rule ("The One Action Rule means…") limit or name the law', () => {
    assert.deepEqual(
      rules('A deficiency judgment cannot be entered until after the court confirms the foreclosure sale.'),
      [],
    );
    assert.deepEqual(
      rules('Even then, the judgment is unenforceable as to any deficiency left after three years.'),
      [],
    );
    assert.deepEqual(
      rules(
        'The One Action Rule means that the lender cannot sue the borrower for the debt and also foreclose.',
      ),
      [],
    );
  });

  it('a reverse mortgage and the heirs of an estate are another kind of loan', () => {
    assert.deepEqual(
      rules('With a reverse mortgage the lender cannot come after the heirs for the remaining balance.'),
      [],
    );
  });

  it('"(called a deficiency judgment)" names the balance just before it, not the foreclosure', () => {
    assert.deepEqual(
      rules(
        'The rule stops lenders from first taking the house through foreclosure and then suing for the rest of the loan (called a deficiency judgment).',
      ),
      [],
    );
  });

  it('two events joined by "or" are a list, not one called the other', () => {
    assert.deepEqual(
      rules(
        'A mortgage deficiency happens when a lender forecloses on your house or approves a short sale and the sale money does not cover the loan.',
      ),
      [],
    );
  });

  it('a debt word inside a relative clause of another noun is not the subject', () => {
    assert.deepEqual(
      rules('Judgment liens that were recorded after the mortgage are wiped out by the foreclosure.'),
      [],
    );
    assert.deepEqual(rules('The mortgage debt is wiped out by the foreclosure.'), [
      'foreclosure-erases-debt',
    ]);
  });

  it('a gerund names an activity ("involves paying back all of the debt"); it asserts no ending', () => {
    assert.deepEqual(
      rules('Redeeming the home before the foreclosure sale involves paying back all of the debt.'),
      [],
    );
    assert.deepEqual(
      rules('The gap between walking away from a mortgage and paying off a credit card is wide.'),
      [],
    );
  });

  it('money "used to pay off" the loan is applied to it; "a similar end" is a noun', () => {
    assert.deepEqual(
      rules(
        'After the foreclosure auction, the money from the sale is used to pay off the balance of the loan.',
      ),
      [],
    );
    assert.deepEqual(
      rules('A loan in default goes through several stages before it reaches foreclosure or a similar end.'),
      [],
    );
  });

  it('"may not so often" hedges', () => {
    assert.deepEqual(
      rules('Pursuing deficiency judgments may not so often be the focus of mortgage lenders.'),
      [],
    );
  });
  it('"a way to get out of", "may not be the time to", and "pay off a portion of" are not the myth', () => {
    assert.deepEqual(
      rules('A short sale gives owners a way to get out of mortgages that exceed what the home is worth.'),
      [],
    );
    assert.deepEqual(
      rules('This may not be the best year for lenders to focus on seeking deficiency judgments.'),
      [],
    );
    assert.deepEqual(rules('Walking away from the house is a sure way to wipe out the mortgage debt.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('In a short sale the proceeds pay off a portion of the mortgage balance.'), []);
    assert.deepEqual(rules('In a short sale the proceeds pay off the whole mortgage balance.'), [
      'short-sale-settles-debt',
    ]);
  });
  it('a code section cited by number ("Section 580d bars…") is that statute\'s rule', () => {
    assert.deepEqual(
      rules(
        'Section 726 bars a deficiency after a trustee sale, so a lender that wants one must go to court.',
      ),
      [],
    );
    assert.deepEqual(rules('The law bars a deficiency after a foreclosure sale.'), ['deficiency-never']);
  });

  it('a bar on deficiencies limited to a kind of loan or of foreclosure is one rule of some states, not a universal', () => {
    assert.deepEqual(rules('Lenders cannot seek a deficiency after a nonjudicial foreclosure.'), []);
    assert.deepEqual(
      rules('A lender may not pursue a deficiency judgment on a debt secured by an owner-occupied home.'),
      [],
    );
    assert.deepEqual(rules('No deficiency judgment is ever allowed on a purchase-money loan.'), []);
    // Controls: a bar stated for every loan, or for homes in general, is the myth.
    assert.deepEqual(rules('Lenders can never seek a deficiency after a foreclosure.'), ['deficiency-never']);
    assert.deepEqual(rules('Deficiency judgments are never allowed on a home loan.'), ['deficiency-never']);
    assert.deepEqual(rules('No lender can get a deficiency on an owner-occupied home, in any state.'), [
      'deficiency-never',
    ]);
  });

  it('a state law page: a bar after a trustee sale, or what an anti-deficiency protection means, is that law', () => {
    assert.deepEqual(
      rules('A lender that forecloses by trustee sale cannot obtain a deficiency judgment.'),
      [],
    );
    assert.deepEqual(
      rules(
        'This anti-deficiency protection means the lender cannot sue the borrower for the balance left after the sale.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'Certain states do not permit deficiency judgments or only allow lenders a single collection action.',
      ),
      [],
    );
    assert.deepEqual(rules('A lender cannot obtain a deficiency judgment after any foreclosure.'), [
      'deficiency-never',
    ]);
  });

  it('one case told in the past with its amount, a rule dated "on or after", a law about to expire, or "this Act" in the past', () => {
    assert.deepEqual(
      rules(
        'The lender foreclosed on the house through a trustee sale, which resulted in a deficiency of $90,000.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'For any foreclosure sale held on or after July 1, 2013, the lender must bring a deficiency action within one year.',
      ),
      [],
    );
    assert.deepEqual(
      rules('The law that makes debt forgiven in a short sale not taxable is about to expire.'),
      [],
    );
    assert.deepEqual(
      rules(
        'Under this Act, an owner who lost a home to foreclosure had no income tax on any debt the lender forgave.',
      ),
      [],
    );
    // Controls: the same claims as rules of today.
    assert.deepEqual(rules('Every foreclosure sale results in a deficiency judgment.'), [
      'deficiency-automatic',
    ]);
    assert.deepEqual(rules('Debt forgiven in a short sale is never taxable.'), ['forgiven-debt-never-taxed']);
    assert.deepEqual(rules('Once the forbearance period expires, the skipped payments are wiped away.'), [
      'forbearance-forgives',
    ]);
  });

  it("a lender that pays off another loan, and sale proceeds paid in order of priority, do not end the borrower's debt", () => {
    assert.deepEqual(rules('A second mortgage lender must pay off the first mortgage if it forecloses.'), []);
    assert.deepEqual(rules('During a foreclosure, the loans are paid in order of priority.'), []);
    assert.deepEqual(rules('The foreclosure sale pays off the mortgage in full.'), [
      'foreclosure-erases-debt',
    ]);
  });

  it('"regularly", "unable to get the lender to waive", "after the dust has settled", and a law that "temporarily" relieves', () => {
    assert.deepEqual(
      rules('Lenders regularly bid less than the debt at foreclosure sales, resulting in a deficiency.'),
      [],
    );
    assert.deepEqual(
      rules(
        'Some owners in a short sale are unable to get the lender to waive the unpaid balance of the debt.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'Some lenders in short sales sell the unpaid debt to collectors after the dust of closing has settled.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'A federal law that temporarily relieves this burden by making debt forgiven in a short sale or a principal reduction not taxable is about to expire.',
      ),
      [],
    );
    // Controls.
    assert.deepEqual(rules('The short sale settles the unpaid balance of the debt.'), [
      'short-sale-settles-debt',
    ]);
    assert.deepEqual(rules('In a short sale the lender has to waive the unpaid balance of the debt.'), [
      'short-sale-settles-debt',
    ]);
  });

  it('one person\'s or family\'s agreement, letter or release ("the Lees\' approval letter", "my cousin\'s deed in lieu") is that agreement', () => {
    assert.deepEqual(
      rules("The Lees' short sale approval letter waived the deficiency, so they owe nothing more."),
      [],
    );
    assert.deepEqual(
      rules("Dana's deed in lieu release covers the first mortgage and forgives the rest of that loan."),
      [],
    );
    assert.deepEqual(
      rules("In my cousin's deed in lieu, the agreement gives a full release of the remaining debt."),
      [],
    );
    assert.deepEqual(
      rules('The release the Parks got with their deed in lieu waives any deficiency on the note.'),
      [],
    );
    assert.deepEqual(
      rules('Under this deed in lieu, the servicer agreed to a full release of the mortgage debt.'),
      [],
    );
    // Controls: an agency's possessive and a generic "their" leave the rule standing.
    assert.deepEqual(
      rules('Homeowners who finish their short sale owe nothing more, and the lender forgives the rest.'),
      ['short-sale-settles-debt'],
    );
    assert.deepEqual(rules("Fannie Mae's short sales always forgive the rest of the debt."), [
      'short-sale-settles-debt',
    ]);
  });

  it('page set 8: alternatives joined by "or", "many auctions", "need to be settled", "is often a matter of", "ends with", "must be paid"', () => {
    assert.deepEqual(
      rules(
        'When a property is foreclosed on or sold through a short sale there are two tax issues to address.',
      ),
      [],
    );
    assert.deepEqual(
      rules('Due to falling home values, many foreclosure auctions end with a deficiency.'),
      [],
    );
    assert.deepEqual(
      rules('In a short sale all mortgages and liens need to be settled in order to complete the sale.'),
      [],
    );
    assert.deepEqual(
      rules('Extinguishing the debt in a short sale is often a matter of negotiating with the lender.'),
      [],
    );
    assert.deepEqual(
      rules('The loan modification process ends with a fully executed new loan with new terms.'),
      [],
    );
    assert.deepEqual(
      rules("At the end of the forbearance, all the months' payments must be paid in a lump sum."),
      [],
    );
    // Controls.
    assert.deepEqual(rules('A short sale is just a foreclosure by another name.'), [
      'short-sale-is-foreclosure',
    ]);
    assert.deepEqual(rules('Every foreclosure auction ends with a deficiency judgment.'), [
      'deficiency-automatic',
    ]);
    assert.deepEqual(rules('In a short sale the rest of the mortgage is settled in full.'), [
      'short-sale-settles-debt',
    ]);
    assert.deepEqual(rules('At the end of the forbearance, the skipped payments are forgiven.'), [
      'forbearance-forgives',
    ]);
  });

  it("what a short sale prevents, or another creditor's lien a foreclosure clears, is not the claim", () => {
    assert.deepEqual(rules('A short sale is one tool to prevent a foreclosure on your home.'), []);
    assert.deepEqual(rules('The foreclosure of the first mortgage wipes out the HOA lien.'), []);
    assert.deepEqual(rules("A completed foreclosure pays off the other banks' loans first."), []);
    // Controls: the myths in the same words.
    assert.deepEqual(rules('A short sale is just a foreclosure with a nicer name.'), [
      'short-sale-is-foreclosure',
    ]);
    assert.deepEqual(rules('A completed foreclosure wipes out the mortgage debt.'), [
      'foreclosure-erases-debt',
    ]);
  });

  it('a predicate word in quotes of its own is held at a distance', () => {
    assert.deepEqual(rules('Lenders then resell debt that was "forgiven" in a short sale.'), []);
    assert.deepEqual(rules('Lenders then resell debt that was forgiven in a short sale.'), [
      'short-sale-settles-debt',
    ]);
  });

  it('a relative clause of a noun deep in a definition does not make the definition an identity', () => {
    assert.deepEqual(
      rules(
        'A deficiency judgment is a court ruling ordering payment from a borrower who had the house foreclosed on.',
      ),
      [],
    );
    // Control: a relative clause of the definition's own head noun is the claim.
    assert.deepEqual(rules('A deficiency judgment is the court order that takes your house.'), [
      'deficiency-is-foreclosure',
    ]);
  });

  it('a bar on deficiencies limited by a loan without recourse, a reverse mortgage, heirs or a missing judgment', () => {
    assert.deepEqual(
      rules(
        "The lender accepted the deed in lieu without recourse. This means the lender can't come after you for the balance.",
      ),
      [],
    );
    assert.deepEqual(
      rules('After the sale, the lender cannot pursue the estate or heirs for the shortfall.'),
      [],
    );
    assert.deepEqual(
      rules('Without a deficiency judgment against you, they cannot demand the difference.'),
      [],
    );
    // Controls: the same bars stated for every loan.
    assert.deepEqual(
      rules(
        "The lender accepted the deed in lieu. This means the lender can't come after you for the balance.",
      ),
      ['deficiency-never'],
    );
    assert.deepEqual(rules('After the auction, they cannot demand the difference.'), ['deficiency-never']);
  });

  it('a release the next sentence leaves to the lender, a deficiency balance, and a borrower who "cannot meet" the debt', () => {
    assert.deepEqual(
      rules(
        'After a deed in lieu, the bank cancels whatever you still owe. However, the bank is not obligated to accept one.',
      ),
      [],
    );
    assert.deepEqual(rules('Short sales always leave a deficiency balance.'), []);
    assert.deepEqual(
      rules(
        'When you hand back the house, you are telling the bank you cannot meet your obligations and are seeking a way to settle the debt.',
      ),
      [],
    );
    // Controls.
    assert.deepEqual(
      rules(
        'After a deed in lieu, the bank cancels whatever you still owe. However, you will lose the house.',
      ),
      ['deed-in-lieu-releases-debt'],
    );
    assert.deepEqual(rules('Short sales always lead to a deficiency judgment.'), ['deficiency-automatic']);
  });

  it('a shortcut denied ("cannot just demand"), an example of a conditional rule, and the right to redeem', () => {
    assert.deepEqual(
      rules('Lenders must go to court for a deficiency judgment; they cannot just demand the difference.'),
      [],
    );
    assert.deepEqual(
      rules(
        'If a lender skips the deficiency motion, it may not collect the rest. For example, a lender may not sue on the note for the shortfall.',
      ),
      [],
    );
    assert.deepEqual(rules('After the sale, the owner has no right to redeem the property.'), []);
    // Control: the bar stated as every case's.
    assert.deepEqual(rules('After a foreclosure, a lender may not sue on the note for the shortfall.'), [
      'deficiency-never',
    ]);
  });

  it('a foreclosure in a clause of time before a judgment sought for the difference is the first of two steps', () => {
    assert.deepEqual(
      rules(
        'Q: What happens next? A: When the bank forecloses on your house and it sells for less than the loan, the lender can usually return to court and get a judgment against you for the difference.',
      ),
      [],
    );
    // Control: the same clause of time before a judgment named as the taking itself.
    assert.deepEqual(rules('When the bank forecloses on your house, that is the deficiency judgment.'), [
      'deficiency-is-foreclosure',
    ]);
  });

  it('a debt named with its participle is a subject when a verb after a comma takes it: "…, may qualify"', () => {
    assert.deepEqual(
      rules(
        'Principal reduced through a loan workout, as well as mortgage debt forgiven in connection with a foreclosure, may qualify for the relief.',
      ),
      [],
    );
    // Control: the verbless claim, with a new clause after it.
    assert.deepEqual(rules('Foreclosure = mortgage debt forgiven, and you can move on.'), [
      'foreclosure-erases-debt',
    ]);
  });

  it('paying that is still owed ("you still have to pay the loan") is no debt paid off', () => {
    assert.deepEqual(
      rules(
        'Even if you drop off your keys, you will still have to pay your mortgage until the bank sells the house.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'If you mail back your keys, you will still need to pay your mortgage until the bank sells your home.',
      ),
      [],
    );
    // Control: the keys said to pay the loan off.
    assert.deepEqual(rules('Once you hand back the keys, the keys pay off your mortgage.'), [
      'losing-home-ends-debt',
    ]);
  });

  it('"almost always" or "virtually always" hedges the marker a pattern matched', () => {
    assert.deepEqual(rules('A foreclosure nearly always wipes out the mortgage debt.'), []);
    assert.deepEqual(rules('Deeds in lieu virtually always end in a deficiency judgment.'), []);
    // Controls: the same sentences without the hedge.
    assert.deepEqual(rules('A foreclosure always wipes out the mortgage debt.'), ['foreclosure-erases-debt']);
    assert.deepEqual(rules('Deeds in lieu always end in a deficiency judgment.'), ['deficiency-automatic']);
  });

  it('a definition that others give ("Some define a short sale as…") is attributed, not the writer\'s', () => {
    assert.deepEqual(
      rules('Some define a short sale as a sale in which the bank forgives the remaining debt.'),
      [],
    );
    // Control: the writer's own definition.
    assert.deepEqual(rules('A short sale is a sale in which the bank forgives the remaining debt.'), [
      'short-sale-settles-debt',
    ]);
  });

  it('words in an aside that closes before the rest do not join the sentence around it', () => {
    assert.deepEqual(
      rules(
        'For deed-only lots (no mortgage, dues unpaid), the resort initiates foreclosure on the dues lien.',
      ),
      [],
    );
    // Control: the same words outside an aside.
    assert.deepEqual(rules('After a foreclosure, no mortgage remains.'), ['foreclosure-erases-debt']);
  });

  it('one lender or one court in the past, or a finding it reported, is a case, not a rule', () => {
    assert.deepEqual(
      rules('In the end, the bank was not entitled to pursue a deficiency against the co-signers.'),
      [],
    );
    assert.deepEqual(
      rules(
        'Months later, your home-equity lender decided that the balance was uncollectible and wrote it off.',
      ),
      [],
    );
    // Controls: the same propositions stated as rules.
    assert.deepEqual(rules('Banks are not entitled to pursue a deficiency.'), ['deficiency-never']);
    assert.deepEqual(rules('After a foreclosure, the remaining balance is uncollectible.'), [
      'deficiency-never',
    ]);
  });

  it('a judgment defined as a ruling that occurs when a home is foreclosed is not called the foreclosure', () => {
    assert.deepEqual(
      rules(
        'A deficiency judgment is a court ruling that occurs when a home is foreclosed upon and sold for less than the balance.',
      ),
      [],
    );
    // Control: the judgment said to do the foreclosing.
    assert.deepEqual(rules('A deficiency judgment is the court order that forecloses on your home.'), [
      'deficiency-is-foreclosure',
    ]);
  });

  it('someone "dropped from" a program is removed from it; no debt is dropped', () => {
    assert.deepEqual(rules('Garcia missed that payment and was dropped from the modification program.'), []);
  });

  it('"is no guarantee that" says the claim may not hold', () => {
    assert.deepEqual(rules('A short sale is no guarantee the bank will forgive the remaining debt.'), []);
    // Control: the claim stated.
    assert.deepEqual(rules('A short sale means the lender will forgive what is left.'), [
      'short-sale-settles-debt',
    ]);
  });

  it('"plenty of" counts some, as "many" does, and says nothing of all', () => {
    assert.deepEqual(rules('Plenty of foreclosures end with the sale covering the whole debt.'), []);
    assert.deepEqual(rules('Plenty of short sales end with the bank forgiving the rest.'), []);
    // Control: the same with "every".
    assert.deepEqual(rules('Every short sale ends with the bank forgiving the rest.'), [
      'short-sale-settles-debt',
    ]);
  });

  it('an attempt ("to try and satisfy the loan") and a label glossed in parentheses are no claims', () => {
    assert.deepEqual(
      rules('At a foreclosure sale the lender sells the house to try and satisfy the loan.'),
      [],
    );
    assert.deepEqual(rules('- Short sale (sell the house and settle the debt)'), []);
    // Controls: the result stated, and the claim outside any gloss.
    assert.deepEqual(rules('At a foreclosure sale the lender sells the house and satisfies the loan.'), [
      'foreclosure-erases-debt',
    ]);
    assert.deepEqual(rules('A short sale settles the debt.'), ['short-sale-settles-debt']);
  });

  it('"That means…" or "That\'s because…" keeps the condition of what it explains, across a paragraph too', () => {
    assert.deepEqual(
      rules(
        'If your state bars deficiency judgments, you are protected by law.\n\nThat means that giving the home back to the lender fully satisfies the loan.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        "If you live in a non-recourse state, you have leverage in a short sale. That's because the lender knows it can't get any shortfall from you after the foreclosure sale.",
      ),
      [],
    );
    // Control: with no condition before it, the claim stands.
    assert.deepEqual(
      rules(
        'Foreclosure is simple. That means that giving the home back to the lender fully satisfies the loan.',
      ),
      ['losing-home-ends-debt'],
    );
  });

  it('in any order, a "can\'t" negates only what follows it', () => {
    assert.deepEqual(
      rules("Call your servicer as soon as you get the notice and realize you can't make a payment."),
      [],
    );
    assert.deepEqual(rules("A lender can't pursue you for the balance after a foreclosure."), [
      'deficiency-never',
    ]);
  });

  it('set 48: "over 90 days past due" and "over-mortgaged" are more than, not a debt that is over', () => {
    for (const text of [
      'In the US the delinquency rate is 2.1 per cent, the highest in four years, for home loans which are over 90 days past due or in foreclosure.',
      'You are over-mortgaged once you walk away from the house.',
    ])
      assert.deepEqual(rules(text), [], text);
    // Control: the debt that is over.
    assert.deepEqual(rules('Once the foreclosure is done, the mortgage is over.'), [
      'foreclosure-erases-debt',
    ]);
  });

  it('set 47: what to make sure a deal covers, waived late fees, "the back end of the loan", "may not end up recovering"', () => {
    for (const text of [
      'If you are weighing a deed in lieu, make sure that it covers every dollar you still owe on the loan.',
      'Forbearance plans: pause payments for three months, with waived late fees.',
      'During forbearance, the skipped principal and interest are placed on the back end of the loan.',
      'If the bank that holds the first mortgage forecloses, the lender for any second mortgage may not end up recovering any proceeds from the sale of the house.',
    ])
      assert.deepEqual(rules(text), [], text);
    // Controls: the deal said to cover the debt, the payments waived, and the debt at its end.
    assert.deepEqual(rules('A deed in lieu covers every dollar you still owe on the loan.'), [
      'deed-in-lieu-releases-debt',
    ]);
    assert.deepEqual(rules('Forbearance plans waive the paused payments.'), ['forbearance-forgives']);
  });

  it('set 46: the event an alternative is to, what getting a waiver is for, and "taking place"', () => {
    for (const text of [
      "Another alternative to foreclosure is a short sale. This is where you sell for less than you owe, but get a waiver of deficiency so the bank can't come after you for the rest.",
      'After the crash, a wave of deficiency judgment actions are taking place in the courts.',
    ])
      assert.deepEqual(rules(text), [], text);
    // Controls: the event itself named before "this", the short sale set against foreclosure, and the bare claim.
    assert.deepEqual(
      rules("A foreclosure is the worst option. This is where the bank can't come after you for the rest."),
      ['foreclosure-erases-debt'],
    );
    assert.deepEqual(
      rules(
        "Instead of a foreclosure, many owners choose a short sale. This is how the bank can't come after you for the rest.",
      ),
      ['short-sale-settles-debt'],
    );
    assert.deepEqual(rules("After a short sale the bank can't come after you for the rest."), [
      'short-sale-settles-debt',
    ]);
  });

  it('set 45: an impression then questioned, leave to act ("free to"), a purpose denied ("does not exist to")', () => {
    for (const text of [
      'It all seemed to make sense; hand back the house and leave the debts behind. How could the debt follow anyone after that?',
      "You're free to give the house back through a deed in lieu of foreclosure, but it is not required.",
      'A deficiency judgment is a real risk. It does not exist to punish anyone, though.',
    ])
      assert.deepEqual(rules(text), [], text);
    // Controls: free of the debt, and a judgment said not to exist.
    assert.deepEqual(rules("You're free of the mortgage after a deed in lieu."), [
      'deed-in-lieu-releases-debt',
    ]);
    assert.deepEqual(rules('Deficiency judgments do not exist for homeowners.'), ['deficiency-never']);
  });

  it('set 44: "Some are" barred is some lenders, and an anti-deficiency statute is no deficiency judgment', () => {
    for (const text of [
      'Many banks are not pursuing deficiency judgments these days. Some are even prohibited by state law from suing borrowers for deficiencies.',
      'The anti-deficiency rule applies to a lender who forecloses on the house.',
    ])
      assert.deepEqual(rules(text), [], text);
    // Controls: every lender barred, and the judgment named as the foreclosure.
    assert.deepEqual(rules('Lenders are prohibited by law from suing borrowers for deficiencies.'), [
      'deficiency-never',
    ]);
    assert.deepEqual(rules('The deficiency judgment is how a lender forecloses on the house.'), [
      'deficiency-is-foreclosure',
    ]);
  });

  it('set 43: "most" or "some" short sales, a heading that asks with "Does" and no question mark, "sale standards"', () => {
    for (const text of [
      'Most short sales settle the whole balance.',
      'Some short sales settle the whole balance.',
      'Does flood insurance pay off the mortgage when the house is gone\n\nUsually not.',
      'Browse court cases on Foreclosure & Deficiency Judgments: judicial and nonjudicial foreclosure rules, notice and sale standards, and availability of deficiency judgments.',
    ])
      assert.deepEqual(rules(text), [], text);
    // Controls: said of every one, as a statement, and "standard" as the usual practice.
    assert.deepEqual(rules('Every short sale settles the whole balance.'), ['short-sale-settles-debt']);
    assert.deepEqual(rules('Flood insurance pays off the mortgage when the house is gone.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('After a foreclosure, a deficiency judgment is standard.'), [
      'deficiency-automatic',
    ]);
  });

  it('set 42: a bar limited to homesteads of a few units, land "covered by the mortgage", a sale "for the payment of" a loan', () => {
    for (const text of [
      'The plaintiff may not get a deficiency judgment on a house of four or fewer units occupied by the owner as a homestead.',
      'Foreclosure. A termination of every right the borrower holds in the land covered by the mortgage.',
      'Foreclosure. A termination of all rights of the owner in the property covered by the mortgage.',
      'Under the civil code, foreclosure is the process by which the mortgaged land is sold at auction for the payment of the secured loan.',
    ])
      assert.deepEqual(rules(text), [], text);
    // Controls: the same words making the claim.
    assert.deepEqual(rules('The plaintiff may not get a deficiency judgment on any house.'), [
      'deficiency-never',
    ]);
    assert.deepEqual(rules('Foreclosure covers the mortgage in full.'), ['foreclosure-erases-debt']);
  });

  it('set 42: a lender that "also agrees" to forgive, after a definition of the sale, says what the sale does', () => {
    assert.deepEqual(
      rules(
        'A short sale is when the lender lets you sell for less than the loan balance. The lender also agrees to forgive the difference to avoid foreclosure.',
      ),
      ['short-sale-settles-debt'],
    );
    assert.deepEqual(
      rules(
        'A short sale is when the lender lets you sell for less than the loan balance. The lender may also agree to forgive the difference.',
      ),
      [],
    );
  });

  it('set 41: payments not yet due, a bid of the whole debt, a bankruptcy discharge, strict foreclosure, a sale that did not happen, a person paying, "a well-"', () => {
    for (const text of [
      'Owners may sign a deed in lieu to hand the unit back to the resort. This process ends the contract and the obligation to pay future fees.',
      'If a creditor bids in its full amount due at the sheriff sale, courts treat the debt as paid in full.',
      'In a Chapter 7 case the filer lists each secured debt. If you give up the house, your mortgage balance is discharged and you must move out.',
      'There is no deficiency judgment in strict foreclosure cases.',
      'Strict foreclosure is a process in which the lender takes the land to satisfy a debt, without the land being sold at a public auction.',
      'Redemption lets a borrower reclaim a foreclosed home by paying off the full amount of the debt.',
      'A well-drafted deed in lieu includes a release in favor of the lender for any liability claims.',
    ])
      assert.deepEqual(rules(text), [], text);
    // Controls: the same words making the claim.
    assert.deepEqual(rules('A deed in lieu ends any duty to pay the rest of the debt.'), [
      'deed-in-lieu-releases-debt',
    ]);
    assert.deepEqual(rules('After the sheriff sale, courts treat the debt as paid in full.'), [
      'foreclosure-erases-debt',
    ]);
    assert.deepEqual(rules('If you give up the house, your mortgage balance is discharged.'), [
      'losing-home-ends-debt',
    ]);
    assert.deepEqual(rules('Lenders cannot obtain a deficiency judgment after a foreclosure.'), [
      'deficiency-never',
    ]);
    assert.deepEqual(rules('The auction satisfies the loan.'), ['foreclosure-erases-debt']);
  });
});

// From the fourteenth real-page set, read after its one run (tuned): a numbered list the page names as myths,
// and a California statute cited by its usual short form.
describe('real-page sentences set 14 showed are not claims', () => {
  const text = (lines: string[]) => lines.join('\n');

  it('a numbered item in a list of myths sets the myth out to be corrected', () => {
    const page = text([
      'Seven foreclosure myths, corrected',
      'Homeowners hear a lot of things that are not true.',
      '1. Filing papers stops everything. It only pauses the process.',
      '2. Losing the house ends the mortgage. You may still owe the difference after the sale.',
    ]);
    assert.deepEqual(rules(page), []);
    // Control: the same numbered item under a heading that names no myth; its second sentence, on the topic the
    // first set, says the myth again.
    const steps = text(['What happens next', '1. Losing the house ends the mortgage. Nothing else is owed.']);
    assert.deepEqual(rules(steps), ['losing-home-ends-debt', 'losing-home-ends-debt']);
  });

  it('a deficiency judgment defined as an order to collect money from someone whose home was foreclosed', () => {
    assert.deepEqual(
      rules(
        'A deficiency judgment is a court order that allows a lender to collect the remaining balance from a borrower whose house was foreclosed.',
      ),
      [],
    );
    assert.deepEqual(rules('A deficiency judgment is when the lender forecloses on your house.'), [
      'deficiency-is-foreclosure',
    ]);
  });

  it('a statute cited as "CCP 580e" limits the rule to that code', () => {
    assert.deepEqual(rules('CCP 580e: lenders can never pursue a deficiency after a short sale.'), []);
    assert.deepEqual(rules('Lenders can never pursue a deficiency after a short sale.'), [
      'deficiency-never',
    ]);
  });
});

describe('real-page sentences set 15 showed are not claims', () => {
  it('"so long as" states a condition, as "as long as" does', () => {
    assert.deepEqual(
      rules(
        'So long as the first lender sells the house at a trustee sale, you owe that lender nothing after the foreclosure.',
      ),
      [],
    );
    assert.deepEqual(rules('After the foreclosure, you owe that lender nothing.'), [
      'foreclosure-erases-debt',
    ]);
  });

  it('advice to ask the bank for a write-off is a request to make, not what happens', () => {
    assert.deepEqual(
      rules(
        'Talk to your lender about taking a deed in lieu and having them write off whatever balance is left.',
      ),
      [],
    );
    assert.deepEqual(rules('A deed in lieu writes off whatever balance is left.'), [
      'deed-in-lieu-releases-debt',
    ]);
  });

  it('one man\'s or one woman\'s case, told as "he will" or "she was", is not a rule', () => {
    assert.deepEqual(
      rules(
        'She will receive a 1099-C for the cancelled debt, but she will owe no tax because the forgiven debt is never taxed.',
      ),
      [],
    );
    assert.deepEqual(rules('You will receive a 1099-C, but the forgiven debt is never taxed.'), [
      'forgiven-debt-never-taxed',
    ]);
  });

  it('"loan terms" and "loan documents" are not the loan', () => {
    assert.deepEqual(
      rules(
        'Asking for waivers during a loan modification is a talk with the servicer to remove or soften certain loan terms that make repayment harder.',
      ),
      [],
    );
  });

  it('owners who cannot get out from under the debt still owe it', () => {
    assert.deepEqual(
      rules("They can't get out from under the debt because they can't sell the house for what they owe."),
      [],
    );
  });

  it('set 17: an effect on a debt ("it affects the second loan too") is no end of it', () => {
    assert.deepEqual(rules('Once the first loan is foreclosed, it affects the home equity line too.'), []);
    assert.deepEqual(rules('Once the house is foreclosed, the loan goes with it.'), [
      'foreclosure-erases-debt',
    ]);
  });

  it('set 17: a passive "is sought" names no identity, even before "i.e."', () => {
    assert.deepEqual(
      rules(
        'A court gets involved when a deficiency judgment is sought (i.e., the foreclosure sale does not cover the loan).',
      ),
      [],
    );
  });

  it("set 17: heirs of a reverse mortgage, and a business's debts, are not the mortgage borrower's", () => {
    assert.deepEqual(rules('Heirs are never personally liable for the reverse mortgage balance.'), []);
    assert.deepEqual(rules("An owner's creditors can't go after the house to pay business debts."), []);
    assert.deepEqual(rules("Creditors can't go after the borrower for the mortgage shortfall."), [
      'deficiency-never',
    ]);
  });

  it('set 17: paying off a part of the debt by a sale is no claim that the debt is gone', () => {
    assert.deepEqual(
      rules(
        'It is gentler than a foreclosure, since you will be paying off a part of the debt with the sale.',
      ),
      [],
    );
  });

  it('set 18: a risk of a judgment, lenders that will not underwrite, a goal to negotiate, exceptions where', () => {
    assert.deepEqual(
      rules(
        'Since most state laws permit deficiency judgments, there is always the danger of being sued after a foreclosure.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'The snag is that no lenders will underwrite and approve the loan leaving the seller with having to get the lender to correct the credit report.',
      ),
      [],
    );
    assert.deepEqual(
      rules('In a short sale, you must negotiate with the lender to accept the proceeds as payment in full.'),
      [],
    );
    assert.deepEqual(rules('There are a few exceptions where cancelled mortgage debt is not taxable.'), []);
    // Controls: the certainty and the flat rule stay claims.
    assert.deepEqual(rules('A deficiency judgment always follows a foreclosure.'), ['deficiency-automatic']);
    assert.deepEqual(rules('Cancelled mortgage debt is not taxable.'), ['forgiven-debt-never-taxed']);
  });

  it('set 21: a worked example opened with "Let\'s say", and a state\'s code whose abbreviation ends no sentence', () => {
    const example =
      "Let's say you owe $300,000 and sell the home through a short sale for $240,000. " +
      'The lender forgives the remaining $60,000. You then get a 1099-C for that amount.';
    assert.deepEqual(rules(example), []);
    assert.deepEqual(
      rules(
        'The seller must accept whatever the property brings at foreclosure as full payment because the N.C. General Statutes bar a judgment.',
      ),
      [],
    );
    // Controls: a new paragraph is not the supposed case, nor is a claim said plainly after "let's say it".
    assert.deepEqual(rules(`${example}\n\nThe lender forgives the rest in every short sale.`), [
      'short-sale-settles-debt',
    ]);
    assert.deepEqual(rules("Let's say it plainly: a short sale wipes out the whole debt."), [
      'short-sale-settles-debt',
    ]);
  });

  it('set 21: a statute the sentence before cites, as the subject or the ground ("This section…", "Thanks to this act…")', () => {
    assert.deepEqual(
      rules(
        'Section 580e of the Code of Civil Procedure covers some sales. This section bars a deficiency judgment after an approved short sale.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'Thanks to this act, the lender cannot make you pay off the whole mortgage just because you inherited the house.',
      ),
      [],
    );
  });

  it('a negation before a predicate found ahead of its event, and a cause denied, deny the claim', () => {
    assert.deepEqual(rules("You're not off the hook just because the short sale closed."), []);
    assert.deepEqual(rules('Nothing in federal law makes a short sale cancel the whole debt.'), []);
    // Control: without the negation, the claim stands.
    assert.deepEqual(rules("You're off the hook once the short sale closes."), ['short-sale-settles-debt']);
  });
  it('set 22: a worked example opened with "Say", a loss "not tax deductible", a comparison heading before its answer', () => {
    assert.deepEqual(
      rules(
        'Say your lender had to write off $25,000 of the loan after the foreclosure auction. The tax code treats that as $25,000 of income.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'When the value falls below the loan balance, you will have a personal loss after the foreclosure, but this is not tax deductible.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'Pre-Foreclosure vs. Short Sale: Definitions\nWhat Is Pre-Foreclosure?\nPre-foreclosure is the first stage of foreclosure.',
      ),
      [],
    );
    // Control: a short answer to the comparison that names neither of the two still takes them as its subject.
    assert.deepEqual(rules('Short sale vs. foreclosure? Same thing, different paperwork.'), [
      'short-sale-is-foreclosure',
    ]);
  });
  it('set 23: a belief after "thinking", a loan the borrower cannot get, "that resulted in", the difference named, a sale that covers the debt', () => {
    for (const text of [
      'Many owners mailed the bank their keys, thinking they were free of the loan.',
      'Some borrowers went through short sales or loan modifications that resulted in debt forgiveness.',
      'If the house sells for what you owe, there is no deficiency and the lender cannot sue you.',
      'If the lender forecloses on your home and sells it for less than what you owe, the difference is called a deficiency.',
      "Once you are turned down, you find you can't get a loan from any lender for years.",
    ])
      assert.deepEqual(rules(text), [], text);
  });

  it('set 23: HUD\'s "pre-foreclosure sale" is a short sale, not the foreclosure sale inside its name', () => {
    assert.deepEqual(rules('A pre-foreclosure sale the lender approves settles the whole balance.'), [
      'short-sale-settles-debt',
    ]);
  });

  it('set 21: a bracketed aside that ends in a full stop ends its sentence before a heading line', () => {
    const page = [
      'The lender may ask for the rest. (That window will be reduced to five years starting in 2030.)',
      'Deficiency Judgment Following Short Sale',
      'In a short sale, the price falls short of the loan.',
    ].join('\n');
    assert.deepEqual(rules(page), []);
    // Inside a sentence the bracket goes on: "(n.)" is an abbreviation, not the sentence's end.
    assert.deepEqual(
      rules(
        'Short sale (n.) — a sale for less than the loan, in which the lender forgives the remaining debt.',
      ),
      ['short-sale-settles-debt'],
    );
  });

  it('set 22: a release given "in exchange for" the house is asserted, though "a release" is a noun', () => {
    assert.deepEqual(
      rules(
        'A deed in lieu is an arrangement in which the owner signs the house over to the lender in exchange for a release from everything still owed.',
      ),
      ['deed-in-lieu-releases-debt'],
    );
  });

  it('set 15: after "Instead of going to foreclosure,", the lender agreeing tells what the event named before does', () => {
    assert.deepEqual(
      rules(
        "A short sale means selling for less than the balance with the lender's consent. Instead of going to foreclosure, the lender agrees to take the smaller sum and forgive the rest of the loan.",
      ),
      ['short-sale-settles-debt'],
    );
  });

  it('set 25: two outcomes listed, "not every" said as "don\'t happen with every", scammers\' promises, advice to get a release', () => {
    assert.deepEqual(
      rules("Selling below the loan is common when a family's home is foreclosed or short sold."),
      [],
    );
    assert.deepEqual(
      rules("Deficiency judgments don't happen with every foreclosure, but they can follow one."),
      [],
    );
    assert.deepEqual(
      rules('Scammers posing as modification companies promise to erase your late payments.'),
      [],
    );
    assert.deepEqual(
      rules('Before signing a deed in lieu, make sure you get a full release of the remaining debt.'),
      [],
    );
  });

  it('set 26: a statute\'s rule continued after "Specifically,", a state code cited by section, a question inside an aside', () => {
    assert.deepEqual(
      rules(
        'Under the Rural Housing Finance Act of Vermont, a lender that forecloses in court has limited remedies. Specifically, the lender cannot recover a deficiency judgment against the borrower.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'The trial court ruled that 44-2-118, NMSA, bars the lender from recovering a deficiency judgment.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        "After the bank took the house you figured that was the end of it, the leftover debt forgiven (after all that, who'd ask for more? nobody, surely) clean slate for you. Not so fast.",
      ),
      [],
    );
  });

  it('set 27: a share of cases said "most of the times", a chance that the lender may not pursue', () => {
    assert.deepEqual(
      rules(
        'Most of the times, completing a deed in lieu will free the owner from every obligation on the note.',
      ),
      [],
    );
    assert.deepEqual(
      rules('There is a chance the bank may not go after the seller for the remaining balance.'),
      [],
    );
  });

  it('set 28: a bar said of "your state" or "your situation", a dation in payment\'s exchange defined', () => {
    assert.deepEqual(
      rules('No, in your state the lender cannot come after you for the rest of the loan.'),
      [],
    );
    assert.deepEqual(rules("No, in your situation the bank can't pursue you for the remaining balance."), []);
    assert.deepEqual(
      rules(
        'A dation in payment means handing the keys back to the lender, and in exchange the lender will discharge the whole mortgage debt.',
      ),
      [],
    );
    // Controls: every state named with "this state or any other"; the debt said cancelled "in return".
    assert.deepEqual(rules("Deficiency judgments aren't allowed in this state or any other."), [
      'deficiency-never',
    ]);
    assert.deepEqual(rules('You give the house back and, in return, the debt is cancelled.'), [
      'losing-home-ends-debt',
    ]);
  });

  it('set 34: sale money put to the debt, liens cleared from the record, a bill for qualifying debt, a shortfall after "But"', () => {
    assert.deepEqual(
      rules(
        'The money raised at the foreclosure auction is used to pay off the first lender before anyone else.',
      ),
      [],
    );
    assert.deepEqual(
      rules("After a foreclosure, state rules decide which debts are cleared from the property's record."),
      [],
    );
    assert.deepEqual(
      rules(
        'The proposal would make sure qualifying cancelled mortgage debt is not treated as income by extending the relief through next year.',
      ),
      [],
    );
    assert.deepEqual(
      rules(
        'After the foreclosure sale, the bank takes the sale money to pay off your loan. But the price may not cover all of it.',
      ),
      [],
    );
    assert.deepEqual(
      rules("A charge-off is an entry in the lender's books declaring the debt uncollectible."),
      [],
    );
    // Controls: the same event said to erase the debt, with no purpose and no shortfall after it.
    assert.deepEqual(rules('After the foreclosure sale, the rest of your loan is wiped out.'), [
      'foreclosure-erases-debt',
    ]);
  });

  it('set 35: a bare "pay" opening an item, a handful of states, a suit in equity named by its purpose', () => {
    assert.deepEqual(
      rules(
        'During a foreclosure you usually have the right to:\n• Get notice of the foreclosure.\n• Pay off the loan before the sale.\n• Redeem the home in some states.',
      ),
      [],
    );
    assert.deepEqual(rules('A handful of states do not allow lenders to pursue deficiencies.'), []);
    assert.deepEqual(
      rules('A suit on the note is separate from a suit in equity to foreclose and satisfy a mortgage.'),
      [],
    );
    // Control: a list item that states the myth is still read as one.
    assert.deepEqual(
      rules('What we learned:\n- a foreclosure wipes out the whole debt\n- keep every letter'),
      ['foreclosure-erases-debt'],
    );
  });

  it('set 36: the lender giving up its right to foreclose in exchange for the deed', () => {
    assert.deepEqual(
      rules(
        'With a deed in lieu, the owner deeds the house to the lender, and in exchange the lender gives up its right to foreclose.',
      ),
      [],
    );
    // Control: a deed in lieu said to release every debt is still the claim.
    assert.deepEqual(rules('A deed in lieu always releases you from the whole remaining debt.'), [
      'deed-in-lieu-releases-debt',
    ]);
  });

  it('set 37: one writer\'s experience, a hedge "in some instances" and a payment not made "rather than" made', () => {
    for (const text of [
      'I have never known anyone to pursue the deficiency once the short sale has closed.',
      'Bankruptcy complicates lawsuits and foreclosures and in some instances eliminates debt.',
      'A strategic default means walking away from the house rather than pay the mortgage.',
    ])
      assert.deepEqual(rules(text), [], text);
    // Controls: the rule said plainly, and a house given up with the loan said paid.
    assert.deepEqual(rules('Lenders never pursue the deficiency once the short sale has closed.'), [
      'deficiency-never',
    ]);
    assert.deepEqual(rules('Homeowners walk away from the house and the mortgage is paid off.'), [
      'losing-home-ends-debt',
    ]);
  });

  it('set 38: a hedge in an aside about a noun, "not always", "in specific circumstances", a title and an insurer', () => {
    for (const text of [
      'Keep in mind that lenders may not always pursue a deficiency judgment.',
      'In specific circumstances, state law prohibits the lender from getting a deficiency judgment altogether.',
      'Publication 4681, Canceled Debts, Foreclosures, Repossessions and Abandonments, goes into detail about cancelled debt.',
      'If the borrower defaults, the mortgage insurer will pay the loan holder some of the money not recouped in the foreclosure process.',
    ])
      assert.deepEqual(rules(text), [], text);
    // "(usually a bank)" says what the lender is; the claim around it still stands.
    assert.deepEqual(
      rules('In a short sale the lender (usually a bank) accepts less than it is owed, forgiving the rest.'),
      ['short-sale-settles-debt'],
    );
    // Controls: the bar said of every case, and a hedge in an aside about the claim itself.
    assert.deepEqual(rules('State law prohibits the lender from getting a deficiency judgment altogether.'), [
      'deficiency-never',
    ]);
    assert.deepEqual(rules('In a short sale the lender (usually) forgives the rest.'), []);
  });

  it('set 39: "almost never", a sale falling short, what a blog covers, a court\'s finding, one party\'s view, a count of houses lost, a loan kind two sentences back', () => {
    for (const text of [
      "I'm no lawyer, but what I'm hearing is that the banks almost never come after you for the difference.",
      'A recourse loan means the owner is liable for any deficiency when the lender cannot recover the loan amount by selling off the house.',
      'This blog will cover conventional mortgage after short sale and deed-in-lieu of foreclosure.',
      'The trial court entered judgment in favor of the guarantors, finding (1) the debt owed to the bank had been satisfied in full when the bank foreclosed on the senior deed of trust.',
      "Simply put, from the lender's perspective, the foreclosure satisfied the debt.",
      '"People are losing their homes," said one resident, who lost four properties to foreclosure after he failed to make mortgage payments.',
      'A non-recourse loan means the bank has no bite. They have no other option after they take the house. They cannot seek a deficiency judgment.',
    ])
      assert.deepEqual(rules(text), [], text);
    // Controls: the same claims said plainly.
    assert.deepEqual(rules('The banks never come after you for the difference.'), ['deficiency-never']);
    assert.deepEqual(rules('The foreclosure satisfied the debt.'), ['foreclosure-erases-debt']);
    assert.deepEqual(
      rules(
        'The bank has no bite. They have no other option after they take the house. They cannot seek a deficiency judgment.',
      ),
      ['deficiency-never'],
    );
  });
});
