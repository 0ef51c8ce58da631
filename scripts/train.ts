// `npm run train`: fits the claim scorer (server/src/core/claims/scorer.ts) on the labelled sentences
// of the train and spent writers and writes glossary/scorer.json. One logistic regression per rule
// (the rule's myth or not), fitted by AdaGrad over the items in file order: the same data gives the
// same file, byte for byte. Dev writers stay out (they measure it), and so do sealed and reserved ones.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildClaimIndex } from '../server/src/core/claims/claimIndex';
import { packScorer, sentenceFeatures } from '../server/src/core/claims/scorer';
import { createLanguageService } from '../server/src/core/languageService';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { GlossaryBundle, ScorerModel } from '../server/src/core/glossaryTypes';
import { plaintextProse } from '../server/src/core/text/markup/plaintext';
import { sentenceFirst, tokenize } from '../server/src/core/text/tokens';
import { loadBuiltInGlossary } from '../server/src/glossary/loadBuiltIn';
import { countItem, readSplit, readWriter, root, type Item } from './corpus';

const EPOCHS = 30;
const LEARNING_RATE = 0.5;
const L2 = 1e-4;
/** A feature seen in fewer items than this says more about one writer than about the myth. */
const MIN_COUNT = 2;
/** Weights smaller than this change no decision; leaving them out keeps the file small. */
const MIN_WEIGHT = 0.2;
/** Chosen on the dev writers (see README "Risky claims"): the probability a finding needs. */
const THRESHOLD = 0.95;
/**
 * Chosen on the dev writers and the real page sets already read: a pattern's match the model gives
 * less than this is dropped, unless a negation carries it (dev P 0.966 → 0.973 at R 0.902 → 0.901).
 */
const VETO = 0.001;
/**
 * Chosen on the dev writers and the real page sets already read: from this probability a pattern's
 * subject and predicate make a finding in any order (see claims/scorer.ts surePatterns); dev R
 * 0.902 → 0.913 at the same precision, no new finding on the pages; 0.98 added one wrong finding there.
 */
const SURE = 0.99;

/** The writers a model learns from: train and spent (dev, sealed and reserved ones measure it). */
export function trainingWriters(): string[] {
  const split = readSplit();
  return [...(split.train ?? []), ...(split.spent ?? [])];
}

/** The model the corpus and the glossary give, the same on every run. */
export function trainScorer(
  glossary: GlossaryBundle = loadBuiltInGlossary(),
  writers: readonly string[] = trainingWriters(),
): ScorerModel {
  const index = buildClaimIndex(glossary.language);
  const items: Item[] = writers.flatMap((writer) => {
    const corpus = readWriter(writer);
    if (!corpus) throw new Error(`writer ${writer} (split.yaml) has no data`);
    return corpus.items;
  });
  const rules = glossary.rules
    .map((rule) => rule.id)
    .filter((id) => items.some((item) => item.family === id));

  const tokensOf = (text: string) => tokenize(plaintextProse(text), index.abbreviations);
  // A writer's item is one example however many sentences it has; the glossary's prose (see
  // accurateTexts) is one example per sentence.
  const examples = [
    ...items.map((item) => {
      const tokens = tokensOf(item.text);
      return { family: item.family, features: sentenceFeatures(tokens, index, 0, tokens.count) };
    }),
    ...accurateTexts(glossary).flatMap((text) => {
      const tokens = tokensOf(text);
      return Array.from({ length: tokens.sentenceCount }, (_, i) => ({
        family: null,
        features: sentenceFeatures(tokens, index, sentenceFirst(tokens, i), tokens.sentenceEnds[i]),
      }));
    }),
  ];
  const accurate = examples.length - items.length;
  const raw = examples.map((example) => example.features);
  const counts = new Map<string, number>();
  for (const features of raw) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts.keys()].filter((f) => counts.get(f)! >= MIN_COUNT).sort();
  const column = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = raw.map((features) => features.filter((f) => column.has(f)).map((f) => column.get(f)!));

  const weights = rules.map(() => new Float64Array(vocabulary.length));
  const squares = rules.map(() => new Float64Array(vocabulary.length).fill(1e-8));
  const bias = rules.map(() => 0);
  const biasSquares = rules.map(() => 1e-8);
  for (let epoch = 0; epoch < EPOCHS; epoch++)
    for (let n = 0; n < examples.length; n++)
      rules.forEach((rule, r) => {
        let sum = bias[r];
        for (const j of rows[n]) sum += weights[r][j];
        const error = 1 / (1 + Math.exp(-sum)) - (examples[n].family === rule ? 1 : 0);
        biasSquares[r] += error * error;
        bias[r] -= (LEARNING_RATE * error) / Math.sqrt(biasSquares[r]);
        for (const j of rows[n]) {
          const gradient = error + L2 * weights[r][j];
          squares[r][j] += gradient * gradient;
          weights[r][j] -= (LEARNING_RATE * gradient) / Math.sqrt(squares[r][j]);
        }
      });

  const round = (x: number) => Math.round(x * 100) / 100;
  const sparse: ScorerModel['weights'] = {};
  vocabulary.forEach((feature, j) => {
    const kept: [number, number][] = [];
    rules.forEach((_, r) => {
      if (Math.abs(weights[r][j]) >= MIN_WEIGHT) kept.push([r, round(weights[r][j])]);
    });
    if (kept.length > 0) sparse[feature] = kept;
  });
  return {
    about:
      `Written by npm run train (scripts/train.ts) from ${items.length} labelled items of ` +
      `writers ${writers.join(', ')} and ${accurate} sentences of the glossary's own prose; ${EPOCHS} epochs, learning rate ${LEARNING_RATE}, L2 ${L2}, features in ` +
      `at least ${MIN_COUNT} items. Do not edit: train again.`,
    threshold: THRESHOLD,
    veto: VETO,
    sure: SURE,
    rules,
    bias: bias.map(round),
    weights: sparse,
  };
}

/**
 * The glossary's own accurate prose, as text that states no myth: the writers' sentences are mostly
 * claims or their near misses, and without it the model takes definitions ("Foreclosure is the legal
 * process by which a lender takes the home") for claims.
 */
function accurateTexts(glossary: GlossaryBundle): string[] {
  const texts: string[] = [];
  for (const term of glossary.terms) {
    texts.push(term.definition, term.why_it_matters, term.where_it_appears);
    if (term.varies_by_jurisdiction) texts.push(term.varies_by_jurisdiction);
    if (term.example) texts.push(term.example);
    for (const { why } of term.when_risk_appears ?? []) texts.push(why);
    for (const { note } of term.differs_from) texts.push(note);
    for (const { answer } of term.knowledge_check) texts.push(answer);
  }
  for (const rule of glossary.rules) {
    texts.push(rule.message);
    for (const example of rule.examples.flags) if (example.fixed) texts.push(example.fixed);
    texts.push(...rule.examples.allows);
  }
  return texts;
}

/** Where the build reads the model (see scripts/buildGlossary.ts). */
export const SCORER_FILE = path.join(root, 'glossary', 'scorer.json');

/**
 * `npm run train:cv`: the engine with a model that never saw the writers it reads. The
 * training writers are dealt into FOLDS groups; each group is read with a model fitted on the
 * others. The patterns were written reading these writers, so the figures flatter the engine; they
 * compare settings of the model without spending the dev writers. Nothing is written.
 */
function crossValidate(): void {
  const glossary = loadBuiltInGlossary();
  const writers = trainingWriters();
  const tally = { without: { tp: 0, fp: 0, fn: 0 }, with: { tp: 0, fp: 0, fn: 0 } };
  const plain = createLanguageService({ ...glossary, scorer: undefined });
  let version = 0;
  const rulesOf = (service: ReturnType<typeof createLanguageService>, text: string) =>
    service
      .analyze(TextDocument.create(`cv:///${++version}`, 'plaintext', 1, text))
      .findings.filter((finding) => finding.rule.kind === 'claim')
      .map((finding) => finding.rule.id);
  for (const { held, rest } of writerFolds(writers, FOLDS)) {
    const model = trainScorer(glossary, rest);
    const service = createLanguageService({ ...glossary, scorer: packScorer(model) });
    for (const writer of held)
      for (const item of readWriter(writer)!.items) {
        countItem(tally.with, item.family, rulesOf(service, item.text));
        countItem(tally.without, item.family, rulesOf(plain, item.text));
      }
  }
  for (const [name, t] of Object.entries(tally))
    console.log(
      `${name} the model: precision ${(t.tp / (t.tp + t.fp)).toFixed(3)}  recall ${(t.tp / (t.tp + t.fn)).toFixed(3)}` +
        `  (TP ${t.tp}, FP ${t.fp}, FN ${t.fn})`,
    );
  console.log(`${writers.length} writers in ${FOLDS} folds: ${writers.join(', ')}`);
}

const FOLDS = 5;

/** The writers dealt into `count` folds: each fold's writers are held out, the rest train. */
export function writerFolds(writers: readonly string[], count: number): { held: string[]; rest: string[] }[] {
  return Array.from({ length: count }, (_, fold) => ({
    held: writers.filter((_, i) => i % count === fold),
    rest: writers.filter((_, i) => i % count !== fold),
  }));
}

if (require.main === module && process.argv.includes('--cv')) crossValidate();
else if (require.main === module) {
  const model = trainScorer();
  fs.writeFileSync(SCORER_FILE, JSON.stringify(model) + '\n');
  console.log(
    `scorer: ${model.rules.length} rules, ${Object.keys(model.weights).length} features, ` +
      `${(fs.statSync(SCORER_FILE).size / 1024).toFixed(0)} KB: ${path.relative(root, SCORER_FILE)}\n${model.about}`,
  );
}
