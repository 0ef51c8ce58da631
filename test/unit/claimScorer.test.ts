// The learned reading (server/src/core/claims/scorer.ts): myths in words no pattern lists are
// found, still lifted by negation, hedges and titles, without a rewording; a team rule that replaces
// a built-in one is not second-guessed by a model trained for the old one; the committed model is
// what `npm run train` writes. The sentences are written for these tests.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileGlossary } from '../../server/src/glossary/compileGlossary';
import { createLanguageService } from '../../server/src/core/languageService';
import {
  compileScorer,
  packScorer,
  readSentence,
  scorerProblem,
  sentenceFeatures,
} from '../../server/src/core/claims/scorer';
import { buildClaimIndex } from '../../server/src/core/claims/claimIndex';
import { plaintextProse } from '../../server/src/core/text/markup/plaintext';
import { tokenize } from '../../server/src/core/text/tokens';
import type { GlossaryBundle, ScorerModel } from '../../server/src/core/glossaryTypes';
import { SCORER_FILE, trainScorer, trainingWriters, writerFolds } from '../../scripts/train';
import { readSplit } from '../../scripts/corpus';
import { builtInGlossary, documentOf, languageService } from '../helpers';

function findings(text: string, service = languageService()) {
  const document = documentOf(text, 'plaintext');
  return service.analyze(document).findings.map((f) => ({
    rule: f.rule.id,
    text: document.getText().slice(f.start, f.end),
    fixed: f.fix !== undefined,
  }));
}

const UNLISTED = [
  [
    'Once the servicer approves a short sale, it has agreed to forgive whatever the price leaves unpaid.',
    'short-sale-settles-debt',
  ],
  [
    'Your forbearance erased two months of payments, and that is how it works for every borrower.',
    'forbearance-forgives',
  ],
  [
    'With a short sale, the lender treats the account as closed whatever the buyer pays.',
    'short-sale-settles-debt',
  ],
] as const;

describe('claims read by the learned scorer', () => {
  it('finds myths in wordings no pattern lists, on the words of the concepts that fired, with no rewording', () => {
    for (const [text, rule] of UNLISTED) {
      const found = findings(text);
      assert.deepEqual(
        found.map((f) => f.rule),
        [rule],
        text,
      );
      assert.equal(found[0].fixed, false, `no rewording is offered for: ${text}`);
    }
    assert.deepEqual(findings(UNLISTED[1][0])[0].text, 'Your forbearance erased');
  });

  it('without the model the same sentences hold no finding: the model, not a pattern, found them', () => {
    const { scorer, ...withoutScorer } = builtInGlossary();
    assert.ok(scorer, 'the built-in glossary carries the model');
    const service = createLanguageService(withoutScorer);
    for (const [text] of UNLISTED) assert.deepEqual(findings(text, service), [], text);
  });

  it('a negated, hedged or conditional wording of the same myths is not a finding', () => {
    for (const text of [
      'Once the servicer approves a short sale, it has not agreed to forgive whatever the price leaves unpaid.',
      'Your forbearance may have paused two months of payments, but none of them were erased.',
      'With a short sale, the lender may treat the account as closed if the written approval says so.',
      'If the lender agrees in writing, it may treat the account as closed after a short sale, whatever the buyer pays.',
    ])
      assert.deepEqual(findings(text), [], text);
  });

  it("drops a pattern's match the model reads as almost surely no claim, unless a negation carries the myth", () => {
    const { scorer, ...rest } = builtInGlossary();
    const withoutVeto = createLanguageService({ ...rest, scorer: { ...scorer!, veto: undefined } });
    for (const text of [
      'No federal statute makes a deficiency judgment automatic after a foreclosure sale.',
      'Before the auction, the right of redemption lets the family keep the house by paying off the whole debt.',
      'In most modifications the missed payments are added to the balance instead of being forgiven.',
    ]) {
      assert.deepEqual(findings(text), [], text);
      assert.equal(findings(text, withoutVeto).length, 1, `a pattern matches without the veto: ${text}`);
    }
    assert.deepEqual(
      findings('There is no difference between a deficiency judgment and the foreclosure.').map(
        (f) => f.rule,
      ),
      ['deficiency-is-foreclosure'],
    );
  });

  it('where the model is sure, what a pattern is about and what it asserts make the claim in any order', () => {
    const text = 'Homeowners will never face a deficiency judgment on a primary residence.';
    const found = findings(text);
    assert.deepEqual(
      found.map((f) => [f.rule, f.text, f.fixed]),
      [['deficiency-never', 'will never face a deficiency judgment', false]],
    );
    const { scorer, ...rest } = builtInGlossary();
    const unsure = createLanguageService({ ...rest, scorer: { ...scorer!, sure: undefined } });
    assert.deepEqual(findings(text, unsure), [], 'without a sure reading no pattern holds it');
    // Limited, conditional, denied and hedged wordings stay quiet all the same.
    for (const quiet of [
      'In some states homeowners will never face a deficiency judgment on a primary residence.',
      'Homeowners will never face a deficiency judgment on a primary residence if their state bars them.',
      'It is not true that homeowners will never face a deficiency judgment on a primary residence.',
      'Homeowners might never face a deficiency judgment on a primary residence.',
    ])
      assert.deepEqual(findings(quiet), [], quiet);
  });

  it('a title that names the topic is not a claim', () => {
    assert.deepEqual(findings('The Deficiency Judgment That Follows Foreclosure'), []);
    // Nearly the same words as a sentence that says it happens every time are one.
    assert.deepEqual(
      findings('The deficiency judgment always follows foreclosure.').map((f) => f.rule),
      ['deficiency-automatic'],
    );
  });

  it('a team rule that replaces a built-in one keeps only its own patterns', () => {
    const schema = (name: string) =>
      JSON.parse(
        fs.readFileSync(path.resolve(__dirname, '../../../glossary/schema', name), 'utf8'),
      ) as object;
    const text = [
      'id: forbearance-forgives',
      'title: Forbearance wording our team reviews',
      'severity: warning',
      'entry: forbearance',
      'message: Our team reviews every sentence that says forbearance forgives payments.',
      'patterns:',
      '  - [forbearance, forgiveness-noun]',
      'fix: { strategy: none }',
      'examples:',
      '  flags: [{ text: Forbearance is payment forgiveness., fixed: null }]',
      '  allows: [Forbearance pauses payments.]',
      '',
    ].join('\n');
    const { bundle } = compileGlossary(
      { terms: [], rules: [{ path: 'team/rules/forbearance-forgives.yaml', text }], base: builtInGlossary() },
      {
        term: schema('term.schema.json'),
        rule: schema('rule.schema.json'),
        language: schema('language.schema.json'),
      },
    );
    const service = createLanguageService(bundle as GlossaryBundle);
    assert.deepEqual(findings(UNLISTED[1][0], service), []);
    // The model still reads the rules the team left alone.
    assert.deepEqual(
      findings(UNLISTED[2][0], service).map((f) => f.rule),
      ['short-sale-settles-debt'],
    );
  });

  it('the build refuses a model that does not fit the glossary, saying what is wrong', () => {
    const rules = builtInGlossary().rules;
    const model = JSON.parse(fs.readFileSync(SCORER_FILE, 'utf8')) as Record<string, unknown>;
    assert.equal(scorerProblem(model, rules), undefined);
    assert.match(scorerProblem({ ...model, threshold: 2 }, rules)!, /threshold/);
    assert.match(scorerProblem({ ...model, rules: ['no-such-rule'], bias: [0] }, rules)!, /no-such-rule/);
    assert.match(scorerProblem({ ...model, bias: [] }, rules)!, /same length/);
    assert.match(scorerProblem({ ...model, weights: { owe: [[99, 1]] } }, rules)!, /"owe"/);
    assert.match(scorerProblem('nonsense', rules)!, /object/);
    assert.match(
      scorerProblem({ ...model, sure: 0.5 }, rules)!,
      /"sure" must be a number between the threshold and 1/,
    );
  });

  it('reads a sentence at run time with the same features it was trained on', () => {
    const glossary = builtInGlossary();
    const model = JSON.parse(fs.readFileSync(SCORER_FILE, 'utf8')) as ScorerModel;
    const index = buildClaimIndex(glossary.language);
    const scorer = compileScorer(() => packScorer(model));
    const least = Math.log(model.threshold / (1 - model.threshold));
    const texts = [
      ...UNLISTED.map(([text]) => text),
      ...glossary.rules.flatMap((rule) => [
        ...rule.examples.flags.map((f) => f.text),
        ...rule.examples.allows,
      ]),
      "You won't owe a dime once the short sale closes, not ever.",
      'Forbearance: the servicer forgives nothing; the months are owed (see the agreement).',
    ];
    let licensed = 0;
    for (const text of texts) {
      const tokens = tokenize(plaintextProse(text), index.abbreviations);
      for (let i = 0, first = 0; i < tokens.sentenceCount; first = tokens.sentenceEnds[i++]) {
        const end = tokens.sentenceEnds[i];
        const sums = [...model.bias];
        for (const feature of sentenceFeatures(tokens, index, first, end))
          for (const [column, weight] of model.weights[feature] ?? []) sums[column] += weight;
        const expected = sums.reduce((mask, sum, column) => (sum >= least ? mask | (1 << column) : mask), 0);
        assert.equal(readSentence(scorer, tokens, index, first, end).likely, expected, text);
        if (expected !== 0) licensed++;
      }
    }
    assert.ok(licensed > 10, `the texts exercise licensed readings too (${licensed})`);
  });

  it('glossary/scorer.json is what npm run train writes from the corpus today', function () {
    // Training on every train and spent writer takes about ten seconds here; a slower machine needs more.
    this.timeout(120_000);
    const committed = fs.readFileSync(SCORER_FILE, 'utf8');
    assert.ok(
      committed === JSON.stringify(trainScorer()) + '\n',
      'glossary/scorer.json is out of date with the corpus or the glossary: run npm run train',
    );
  });

  it('cross-validation holds every training writer out exactly once, never trained on while held', () => {
    const writers = trainingWriters();
    const folds = writerFolds(writers, 5);
    assert.deepEqual(folds.flatMap((fold) => fold.held).sort(), [...writers].sort());
    for (const { held, rest } of folds) {
      assert.ok(held.length > 0);
      assert.deepEqual([...held, ...rest].sort(), [...writers].sort());
      assert.ok(held.every((writer) => !rest.includes(writer)));
    }
    const split = readSplit();
    for (const measured of [...(split.dev ?? []), ...(split.sealed ?? []), ...(split.reserved ?? [])])
      assert.ok(!writers.includes(measured), `${measured} measures the model and must not train it`);
  });
});
