// A learned second reading for the rules' hand-written shapes. Writers put a myth in words no
// pattern lists ("the bank forgives what you were behind on"); a linear model over the sentence's
// lemmas, trained on labelled sentences (`npm run train`), says which rules' myths a sentence likely
// states and which it almost surely does not. The first license a rule's looser patterns (see
// looserPatterns), whose matches pass every context check a pattern's match does: a finding still
// names the concepts that fired, and a negated or hedged one is lifted. The second veto a pattern's
// match (see findClaims).
import { conceptMask } from './conceptBits';
import type { ClaimIndex } from './claimIndex';
import type { FixSpec, PackedScorer, RuleEntry, ScorerModel } from '../glossaryTypes';
import { Gap, wordAt, type Tokens } from '../text/tokens';
import { DEBT_CONCEPTS, MARKERS } from './clauseWords';
import type { CompiledPattern } from './types';

/**
 * A model ready to score, unpacked on first use (start-up does not pay for a model no text needs).
 * Features are read by number, not by name: a sentence's words become units (a lemma, "~" and a
 * lemma after a negation, or "not"), a unit alone and a pair of neighbours each one key (see
 * pairKey), so reading a sentence builds no strings.
 */
export interface Scorer {
  packed: () => PackedScorer | undefined;
  compiled?: CompiledScorer;
}

interface CompiledScorer {
  /** The rule of each column. */
  rules: readonly string[];
  /** The least sum of weights that makes a rule's myth likely: the threshold as a logit. */
  least: number;
  /** The least sum from which the sure patterns may match (Infinity: never). */
  sureLeast: number;
  /** Below this sum a rule's myth is almost surely not stated: the veto as a logit (-Infinity: none). */
  vetoLeast: number;
  bias: Float64Array;
  /** The unit names in sorted order: a unit is its place among them (see placeIn). */
  units: readonly string[];
  keys: Int32Array;
  starts: Int32Array;
  columns: Uint8Array;
  hundredths: Int16Array;
  /**
   * Per word id, at 2 id and 2 id + 1: its unit and its unit after a negation, plus UNIT (0: not
   * read yet; NEGATION: a negation word; UNIT - 1: a word of no weight).
   */
  unitOf: Int32Array;
  /** The unit of a negation word. */
  not: number;
  /** Reused by each reading: the sums per column, and which features it counted (see countedIn). */
  sums: Float64Array;
  /** Per feature key's place, the reading that last counted it (a feature counts once per reading). */
  countedIn: Int32Array;
  reading: number;
}

export function compileScorer(packed: () => PackedScorer | undefined): Scorer {
  return { packed };
}

function compiledOf(scorer: Scorer): CompiledScorer {
  if (scorer.compiled) return scorer.compiled;
  const packed = scorer.packed() ?? NO_MODEL; // a glossary that names a scorer but holds none
  // Unpacked once per model, not once per service: a project and its tests make many services.
  let compiled = compiledModels.get(packed);
  if (!compiled) compiledModels.set(packed, (compiled = unpack(packed)));
  return (scorer.compiled = compiled);
}

const compiledModels = new WeakMap<PackedScorer, CompiledScorer>();

function unpack(packed: PackedScorer): CompiledScorer {
  const units = packed.units === '' ? [] : packed.units.split('\n');
  const keys = new Int32Array(bytesOf(packed.keys).buffer);
  return {
    rules: packed.rules,
    least: logit(packed.threshold),
    sureLeast: packed.sure === undefined ? Infinity : logit(packed.sure),
    vetoLeast: packed.veto === undefined ? -Infinity : logit(packed.veto),
    bias: Float64Array.from(packed.bias),
    units,
    keys,
    starts: new Int32Array(bytesOf(packed.starts).buffer),
    columns: bytesOf(packed.columns),
    hundredths: new Int16Array(bytesOf(packed.hundredths).buffer),
    unitOf: new Int32Array(4096),
    not: placeIn(units, 'not'),
    sums: new Float64Array(packed.rules.length),
    countedIn: new Int32Array(keys.length),
    reading: 0,
  };
}

/** The bundle's form of a model (see PackedScorer), made by the build from glossary/scorer.json. */
export function packScorer(model: ScorerModel): PackedScorer {
  const names = [...new Set(Object.keys(model.weights).flatMap((feature) => feature.split(' ')))].sort();
  const unit = new Map(names.map((name, i) => [name, i]));
  const entries = Object.entries(model.weights)
    .map(([feature, list]): [number, [number, number][]] => {
      const [a, b] = feature.split(' ');
      return [b === undefined ? singleKey(unit.get(a)!) : pairKey(unit.get(a)!, unit.get(b)!), list];
    })
    .sort((x, y) => x[0] - y[0]);
  const keys = new Int32Array(entries.length);
  const starts = new Int32Array(entries.length + 1);
  const count = entries.reduce((n, [, list]) => n + list.length, 0);
  const columns = new Uint8Array(count);
  const hundredths = new Int16Array(count);
  let at = 0;
  entries.forEach(([key, list], i) => {
    keys[i] = key;
    starts[i] = at;
    for (const [column, weight] of list) {
      columns[at] = column;
      hundredths[at++] = Math.round(weight * 100);
    }
  });
  starts[entries.length] = at;
  return {
    threshold: model.threshold,
    ...(model.veto !== undefined && { veto: model.veto }),
    ...(model.sure !== undefined && { sure: model.sure }),
    rules: model.rules,
    bias: model.bias,
    units: names.join('\n'),
    keys: base64Of(new Uint8Array(keys.buffer)),
    starts: base64Of(new Uint8Array(starts.buffer)),
    columns: base64Of(columns),
    hundredths: base64Of(new Uint8Array(hundredths.buffer)),
  };
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function bytesOf(base64: string): Uint8Array {
  // Node's Buffer decodes in a tenth of the time; a browser worker has only atob. A fresh copy
  // either way: a typed array over it must start at offset 0.
  const buffer = (globalThis as { Buffer?: { from(s: string, encoding: 'base64'): Uint8Array } }).Buffer;
  if (buffer) return Uint8Array.from(buffer.from(base64, 'base64'));
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/**
 * One key for two units and one for a unit alone, all under 2^31 (an Int32) for fewer than MAX_UNITS
 * units (a model has some thousands; scorerProblem refuses more).
 */
function pairKey(a: number, b: number): number {
  return a * MAX_UNITS + b;
}

function singleKey(unit: number): number {
  return MAX_UNITS * MAX_UNITS + unit;
}

const MAX_UNITS = 32768;

/** No rules, no features: `starts` holds the one zero that ends an empty list of keys. */
const NO_MODEL: PackedScorer = {
  threshold: 0.5,
  rules: [],
  bias: [],
  units: '',
  keys: '',
  starts: 'AAAAAA==',
  columns: '',
  hundredths: '',
};

/** What is wrong with a model for these rules, if anything (the build refuses such a model). */
export function scorerProblem(model: unknown, rules: readonly RuleEntry[]): string | undefined {
  const m = model as Partial<ScorerModel>;
  if (typeof m !== 'object' || m === null) return 'not a JSON object';
  if (typeof m.threshold !== 'number' || !(m.threshold > 0 && m.threshold < 1))
    return '"threshold" must be a number between 0 and 1';
  if (m.veto !== undefined && (typeof m.veto !== 'number' || !(m.veto > 0 && m.veto < m.threshold)))
    return '"veto" must be a number between 0 and the threshold';
  if (m.sure !== undefined && (typeof m.sure !== 'number' || !(m.sure > m.threshold && m.sure < 1)))
    return '"sure" must be a number between the threshold and 1';
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

/**
 * The model without the columns of these rules (a team glossary replaced them: the model knew
 * other rules), undefined when none is left.
 */
export function withoutRules(packed: PackedScorer, ids: ReadonlySet<string>): PackedScorer | undefined {
  const rules = packed.rules.map((id) => (ids.has(id) ? '' : id));
  if (rules.every((id) => id === '')) return undefined;
  return rules.some((id, i) => id !== packed.rules[i]) ? { ...packed, rules } : packed;
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
    if (isNegation(word)) {
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

function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || word.endsWith("n't");
}

/** A sentence as the model reads it, as masks of its columns (see columnOf). */
export interface Reading {
  /** The rules whose myth the sentence likely states: their looser patterns may match. */
  likely: number;
  /** The rules whose myth it almost surely does not state: a pattern's match of them is dropped. */
  unlikely: number;
  /** The rules whose myth it almost surely states: their sure patterns may match (see surePatterns). */
  sure: number;
}

/**
 * How the model reads words [first, end): the features of sentenceFeatures, read by number (a test
 * holds the two readings equal).
 */
export function readSentence(
  scorer: Scorer,
  tokens: Tokens,
  index: ClaimIndex,
  first: number,
  end: number,
): Reading {
  const compiled = compiledOf(scorer);
  const { sums } = compiled;
  sums.set(compiled.bias);
  // A feature counts once, as in training; the stamps start again before the counter could wrap.
  if (++compiled.reading === 0x7fffffff) {
    compiled.countedIn.fill(0);
    compiled.reading = 1;
  }
  let negated = false;
  let previous = -1; // the unit before, in this clause; -1: none, or one of no weight
  for (let k = first; k < end; k++) {
    let unit = unitOf(compiled, index, tokens, k, negated);
    if (unit === NEGATION) {
      negated = true;
      unit = compiled.not;
    }
    if (unit >= 0) {
      addWeights(compiled, singleKey(unit));
      if (previous >= 0) addWeights(compiled, pairKey(previous, unit));
    }
    previous = unit;
    if (tokens.gaps[k] >= Gap.Clause) {
      negated = false;
      previous = -1;
    }
  }
  let likely = 0;
  let unlikely = 0;
  let sure = 0;
  for (let column = 0; column < sums.length; column++) {
    if (sums[column] >= compiled.least) likely |= 1 << column;
    if (sums[column] >= compiled.sureLeast) sure |= 1 << column;
    if (sums[column] < compiled.vetoLeast) unlikely |= 1 << column;
  }
  return { likely, unlikely, sure };
}

/** Adds the weights of a feature's key, once per reading, if the model has any. */
function addWeights(compiled: CompiledScorer, key: number): void {
  const { starts, columns, hundredths, sums, countedIn, reading } = compiled;
  const at = placeIn(compiled.keys, key);
  if (at < 0 || countedIn[at] === reading) return;
  countedIn[at] = reading;
  for (let i = starts[at]; i < starts[at + 1]; i++) sums[columns[i]] += hundredths[i] / 100;
}

/** The place of a value in a list sorted in ascending order, or -1. */
function placeIn<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else if (sorted[middle] > value) high = middle - 1;
    else return middle;
  }
  return -1;
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
    if (isNegation(word)) scorer.unitOf[2 * id] = scorer.unitOf[2 * id + 1] = 1;
    else {
      const lemma = unitName(index, id);
      scorer.unitOf[2 * id] = placeIn(scorer.units, lemma) + UNIT;
      scorer.unitOf[2 * id + 1] = placeIn(scorer.units, `~${lemma}`) + UNIT;
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
export function looserPatterns(compiled: readonly CompiledPattern[]): CompiledPattern[] {
  return unorderedPatterns(compiled, (concepts, telling) =>
    new Set(telling).size < 2 ? undefined : concepts,
  );
}

/**
 * A rule's sure patterns: of each pattern, the first and the last of its telling concepts (what
 * the claim is about and what it asserts), in any order and at any distance within the sentence.
 * Only a sure reading licenses them (see Reading.sure); they offer no rewording either.
 */
export function surePatterns(compiled: readonly CompiledPattern[]): CompiledPattern[] {
  return unorderedPatterns(compiled, (_, telling) => {
    const ends = [...new Set([telling[0], telling[telling.length - 1]])];
    return ends.length < 2 ? undefined : ends;
  });
}

/**
 * One unordered pattern without a rewording per pattern of a rule, of the concepts `pick` keeps
 * from its required ones (without the debt object and the markers), and of those the telling ones
 * (without WEAK); none where `pick` keeps none, and one for patterns that keep the same.
 */
function unorderedPatterns(
  compiled: readonly CompiledPattern[],
  pick: (concepts: string[], telling: string[]) => string[] | undefined,
): CompiledPattern[] {
  const found = new Map<string, CompiledPattern>();
  for (const { slots } of compiled) {
    const concepts = slots
      .filter((slot) => !slot.optional && !MARKERS.has(slot.concept) && !DEBT_CONCEPTS.has(slot.concept))
      .map((slot) => slot.concept);
    const kept = pick(
      concepts,
      concepts.filter((concept) => !WEAK.has(concept)),
    );
    const key = kept && [...new Set(kept)].sort().join(' ');
    if (!kept || !key || found.has(key)) continue;
    found.set(key, {
      slots: kept.map((concept) => ({ concept, optional: false })),
      fix: NO_FIX,
      ordered: false,
      required: conceptMask(kept),
    });
  }
  return [...found.values()];
}

/** Concepts of a claim's frame that say nothing alone: "is", "you", "for", "the home". */
const WEAK = new Set(['is', 'you', 'for', 'as-a', 'property-word']);

const NO_FIX: FixSpec = { strategy: 'none' };
