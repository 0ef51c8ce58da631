// A learned second reading for the rules' hand-written shapes. Writers put a myth in words no
// pattern lists ("the bank forgives what you were behind on"); a linear model over the sentence's
// lemmas, trained on labelled sentences (`npm run train`), says which rules' myths a sentence
// likely states. It only licenses a looser match (the rule's subject and one of its predicates
// anywhere in one sentence, see pairPatterns), which then passes every context check a pattern's
// match does: a finding still names the concepts that fired, and a negated or hedged one is lifted.
import { conceptMask } from '../conceptBits';
import type { ClaimIndex } from '../claimIndex';
import type { FixSpec, RuleEntry, ScorerModel } from '../glossaryTypes';
import { Gap, wordAt, type Tokens } from '../tokens';
import { DEBT_CONCEPTS, MARKERS } from './clauseWords';
import type { CompiledPattern } from './types';

/**
 * A model ready to score, compiled on first use (start-up does not pay for a model no text needs).
 * Features are read by number, not by name: a sentence's words become units (a lemma, "~" and a
 * lemma after a negation, or "not"), and a pair of neighbours one number (see pairKey), so reading
 * a sentence builds no strings.
 */
export interface Scorer {
  /** Read on first use: a glossary loaded lean reads the weights then (see leanGlossary.ts). */
  model: () => ScorerModel;
  compiled?: CompiledScorer;
}

interface CompiledScorer {
  /** The rule of each column. */
  rules: readonly string[];
  /** The least sum of weights that makes a rule's myth likely: the threshold as a logit. */
  least: number;
  /** Below this sum a rule's myth is almost surely not stated: the veto as a logit (-Infinity: none). */
  vetoLeast: number;
  bias: Float64Array;
  /** Per unit name, its number. */
  units: Map<string, number>;
  /** Weights of a unit alone and of a pair of units, as [column, weight, column, weight…]. */
  single: (Float64Array | undefined)[];
  pairs: Map<number, Float64Array>;
  /**
   * Per word id, at 2 id and 2 id + 1: its unit and its unit after a negation, plus UNIT (0: not
   * read yet; NEGATION: a negation word; UNIT - 1: a word of no weight).
   */
  unitOf: Int32Array;
  /** The unit of a negation word. */
  not: number;
  /** Reused by each reading: the sums per column, the features counted. */
  sums: Float64Array;
  seen: number[];
}

export function compileScorer(model: () => ScorerModel): Scorer {
  return { model };
}

function compiledOf(scorer: Scorer): CompiledScorer {
  if (scorer.compiled) return scorer.compiled;
  const model = scorer.model() ?? NO_MODEL; // a glossary that names a scorer but holds none
  // Compiled once per model, not once per service: a project and its tests make many services.
  let compiled = compiledModels.get(model);
  if (!compiled) compiledModels.set(model, (compiled = compile(model)));
  return (scorer.compiled = compiled);
}

const compiledModels = new WeakMap<ScorerModel, CompiledScorer>();

function compile(model: ScorerModel): CompiledScorer {
  const units = new Map<string, number>();
  const unit = (name: string) => {
    let id = units.get(name);
    if (id === undefined) units.set(name, (id = units.size));
    return id;
  };
  const single: (Float64Array | undefined)[] = [];
  const pairs = new Map<number, Float64Array>();
  for (const [feature, list] of Object.entries(model.weights)) {
    const weights = Float64Array.from(list.flat());
    const space = feature.indexOf(' ');
    if (space < 0) single[unit(feature)] = weights;
    else pairs.set(pairKey(unit(feature.slice(0, space)), unit(feature.slice(space + 1))), weights);
  }
  return {
    rules: model.rules,
    least: logit(model.threshold),
    vetoLeast: model.veto === undefined ? -Infinity : logit(model.veto),
    bias: Float64Array.from(model.bias),
    units,
    single,
    pairs,
    unitOf: new Int32Array(4096),
    not: units.get('not') ?? -1,
    sums: new Float64Array(model.rules.length),
    seen: [],
  };
}

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/**
 * One number for two units. Under 2^30, a small integer V8 keeps unboxed, for fewer than
 * MAX_UNITS units (a model has some thousands; scorerProblem refuses more).
 */
function pairKey(a: number, b: number): number {
  return a * MAX_UNITS + b;
}

const MAX_UNITS = 32768;

const NO_MODEL: ScorerModel = { about: '', threshold: 0.5, rules: [], bias: [], weights: {} };

/** What is wrong with a model for these rules, if anything (the build refuses such a model). */
export function scorerProblem(model: unknown, rules: readonly RuleEntry[]): string | undefined {
  const m = model as Partial<ScorerModel>;
  if (typeof m !== 'object' || m === null) return 'not a JSON object';
  if (typeof m.threshold !== 'number' || !(m.threshold > 0 && m.threshold < 1))
    return '"threshold" must be a number between 0 and 1';
  if (m.veto !== undefined && (typeof m.veto !== 'number' || !(m.veto > 0 && m.veto < m.threshold)))
    return '"veto" must be a number between 0 and the threshold';
  if (!Array.isArray(m.rules) || !Array.isArray(m.bias) || m.bias.length !== m.rules.length)
    return '"rules" and "bias" must be lists of the same length';
  if (m.rules.length > 31) return `"rules" lists ${m.rules.length} rules; a model reads at most 31`;
  const ids = new Set(rules.map((rule) => rule.id));
  const unknown = m.rules.find((id) => !ids.has(id));
  if (unknown !== undefined)
    return `"rules" names ${JSON.stringify(unknown)}, which is no rule of the glossary`;
  if (typeof m.weights !== 'object' || m.weights === null) return '"weights" must be an object';
  const units = new Set(Object.keys(m.weights).flatMap((feature) => feature.split(' ')));
  if (units.size > MAX_UNITS) return `"weights" name ${units.size} words; a model reads at most ${MAX_UNITS}`;
  for (const [feature, list] of Object.entries(m.weights))
    if (!Array.isArray(list) || list.some((w) => !Array.isArray(w) || !(w[0] >= 0 && w[0] < m.rules!.length)))
      return `the weights of ${JSON.stringify(feature)} must be [rule column, weight] pairs`;
  return undefined;
}

/** The model without the columns of these rules (a team glossary replaced them: the model knew others). */
export function withoutRules(model: ScorerModel, ids: ReadonlySet<string>): ScorerModel | undefined {
  const kept = model.rules.map((id, column) => (ids.has(id) ? -1 : column));
  const columns = kept.filter((column) => column >= 0);
  if (columns.length === 0) return undefined;
  if (columns.length === model.rules.length) return model;
  const weights: ScorerModel['weights'] = {};
  for (const [feature, list] of Object.entries(model.weights)) {
    const moved = list
      .filter(([c]) => kept[c] >= 0)
      .map(([c, w]): [number, number] => [columns.indexOf(c), w]);
    if (moved.length > 0) weights[feature] = moved;
  }
  return {
    ...model,
    rules: columns.map((c) => model.rules[c]),
    bias: columns.map((c) => model.bias[c]),
    weights,
  };
}

/**
 * The features of words [first, end): each lemma, and each pair of neighbours within a clause.
 * After a negation, up to the clause's end, lemmas are marked ("~owe"): "you owe" and "you don't
 * owe" must weigh differently.
 */
export function sentenceFeatures(tokens: Tokens, index: ClaimIndex, first: number, end: number): string[] {
  const features = new Set<string>();
  let negated = false;
  let previous: string | undefined;
  for (let k = first; k < end; k++) {
    const word = wordAt(tokens, k);
    let feature: string;
    if (NEGATIONS.has(word) || word.endsWith("n't")) {
      negated = true;
      feature = 'not';
    } else feature = (negated ? '~' : '') + unitName(index, tokens.ids[k]);
    features.add(feature);
    if (previous !== undefined) features.add(`${previous} ${feature}`);
    previous = feature;
    if (tokens.gaps[k] >= Gap.Clause) {
      negated = false;
      previous = undefined;
    }
  }
  return [...features];
}

const NEGATIONS = new Set(['not', 'no', 'never', 'cannot', 'nothing', 'without', 'neither', 'nor']);

/** A sentence as the model reads it, as masks of its columns (see columnOf). */
export interface Reading {
  /** The rules whose myth the sentence likely states: their looser pairs may match. */
  likely: number;
  /** The rules whose myth it almost surely does not state: a pattern's match of them is dropped. */
  unlikely: number;
}

/**
 * How the model reads words [first, end): the features of sentenceFeatures, read by number (a test
 * holds the two readings equal).
 */
export function licensedRules(
  scorer: Scorer,
  tokens: Tokens,
  index: ClaimIndex,
  first: number,
  end: number,
): Reading {
  const compiled = compiledOf(scorer);
  const { sums, seen } = compiled;
  sums.set(compiled.bias);
  seen.length = 0; // a feature counts once, as in training
  let negated = false;
  let previous = -1; // the unit before, in this clause; -1: none, or one of no weight
  for (let k = first; k < end; k++) {
    let unit = unitOf(compiled, index, tokens, k, negated);
    if (unit === NEGATION) {
      negated = true;
      unit = compiled.not;
    }
    if (unit >= 0) {
      addWeights(sums, seen, compiled.single[unit], -1 - unit);
      if (previous >= 0) {
        const key = pairKey(previous, unit);
        addWeights(sums, seen, compiled.pairs.get(key), key);
      }
    }
    previous = unit;
    if (tokens.gaps[k] >= Gap.Clause) {
      negated = false;
      previous = -1;
    }
  }
  let likely = 0;
  let unlikely = 0;
  for (let column = 0; column < sums.length; column++) {
    if (sums[column] >= compiled.least) likely |= 1 << column;
    if (sums[column] < compiled.vetoLeast) unlikely |= 1 << column;
  }
  return { likely, unlikely };
}

function addWeights(
  sums: Float64Array,
  seen: number[],
  weights: Float64Array | undefined,
  key: number,
): void {
  if (!weights || seen.includes(key)) return;
  seen.push(key);
  for (let i = 0; i < weights.length; i += 2) sums[weights[i]] += weights[i + 1];
}

/** The model's column for a rule, or -1. */
export function columnOf(scorer: Scorer, ruleId: string): number {
  return compiledOf(scorer).rules.indexOf(ruleId);
}

/** A word's lemma as a unit: one token, as a space separates the two of a pair ("be n't"). */
function unitName(index: ClaimIndex, id: number): string {
  return index.lemmaOf(id).replaceAll(' ', '_');
}

const UNIT = 3;
const NEGATION = 1 - UNIT;

/** The unit of word k (-1: of no weight), or NEGATION for a negation word. */
function unitOf(
  scorer: CompiledScorer,
  index: ClaimIndex,
  tokens: Tokens,
  k: number,
  negated: boolean,
): number {
  const id = tokens.ids[k];
  if (2 * id + 1 >= scorer.unitOf.length) {
    const grown = new Int32Array(Math.max(2 * id + 2, 2 * scorer.unitOf.length));
    grown.set(scorer.unitOf);
    scorer.unitOf = grown;
  }
  if (scorer.unitOf[2 * id] === 0) {
    const word = wordAt(tokens, k);
    if (NEGATIONS.has(word) || word.endsWith("n't")) scorer.unitOf[2 * id] = scorer.unitOf[2 * id + 1] = 1;
    else {
      const lemma = unitName(index, id);
      scorer.unitOf[2 * id] = (scorer.units.get(lemma) ?? -1) + UNIT;
      scorer.unitOf[2 * id + 1] = (scorer.units.get(`~${lemma}`) ?? -1) + UNIT;
    }
  }
  return scorer.unitOf[2 * id + (negated ? 1 : 0)] - UNIT;
}

/**
 * A rule's looser patterns: each pattern's required concepts in any order and at any distance
 * within the sentence, without its debt object and its universal markers ("the bank forgives what
 * you were behind on" has the forbearance and the forgiving, not a debt noun the pattern lists).
 * No rewording: a finding read this way has no shape a fix could follow.
 */
export function pairPatterns(compiled: readonly CompiledPattern[]): CompiledPattern[] {
  const looser = new Map<string, CompiledPattern>();
  for (const { slots } of compiled) {
    const concepts = slots
      .filter((slot) => !slot.optional && !MARKERS.has(slot.concept) && !DEBT_CONCEPTS.has(slot.concept))
      .map((slot) => slot.concept);
    const key = [...new Set(concepts)].sort().join(' ');
    const telling = new Set(concepts.filter((concept) => !WEAK.has(concept)));
    if (telling.size < 2 || looser.has(key)) continue;
    looser.set(key, {
      slots: concepts.map((concept) => ({ concept, optional: false })),
      fix: NO_FIX,
      ordered: false,
      required: conceptMask(concepts),
    });
  }
  return [...looser.values()];
}

/** Concepts of a claim's frame that say nothing alone: "is", "you", "for", "the home". */
const WEAK = new Set(['is', 'you', 'for', 'as-a', 'property-word']);

const NO_FIX: FixSpec = { strategy: 'none' };
