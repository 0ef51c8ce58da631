// Compiles the language data once per glossary: concept phrases and context triggers, each into a
// phrase trie the claim matcher walks word by word. Concepts are stored as lemmas (see lemmas.ts).
import type { ConceptKind, LanguageData, TriggerGroup } from '../glossaryTypes';
import { createLemmatizer, type Lemmatizer } from '../text/lemmas';
import { PhraseTrie } from '../text/phraseTrie';
import { addMask, conceptMask } from './conceptBits';
import { perWord } from '../text/tokens';
import { phraseWords } from '../text/words';

export interface ConceptForm {
  concept: string;
  kind: ConceptKind;
  /** The phrase's lemmas; for a verb the first is its base form ("wipe" of "wipe out"). */
  base: string[];
}

export interface ClaimIndex {
  concepts: PhraseTrie<ConceptForm>;
  /** Whether some concept starts with the lemma of the word of this id (see perWord). */
  startsConcept: (id: number) => boolean;
  /** The concept trie's head for the word of this id (see PhraseTrie.head), kept per id. */
  conceptHead: (id: number) => object | undefined;
  /**
   * Adds to `mask` (see conceptBits.ts) each concept that words [first, end) may name: one with a
   * phrase whose two rarest lemmas (see anchorOf) both occur there. A phrase matches only where all
   * its lemmas do, so a sentence whose words add no concept names none.
   */
  anchorsIn: (ids: Int32Array, first: number, end: number, mask: number[]) => void;
  triggers: PhraseTrie<TriggerGroup>;
  lemma: Lemmatizer;
  /** The lemma of the word of this id (see perWord). */
  lemmaOf: (id: number) => string;
  abbreviations: ReadonlySet<string>;
  /**
   * Whether the word of this id is an intensifier a writer may slip into a phrase without changing
   * the claim (see perWord).
   */
  isFiller: (id: number) => boolean;
  /**
   * The fillers of two words ("for good", "in full", "pretty much"), as their lemmas joined by a space: each
   * word is passed over only beside the other ("good" alone is no filler: "is not a good thing").
   */
  fillerPairs: ReadonlySet<string>;
  /** Whether the word of this id is one of a two-word filler's (see fillerPairs): most words are not. */
  inFillerPair: (id: number) => boolean;
  /** Conjunctions that start a new clause ("because", "but"). */
  clauseWords: ReadonlySet<string>;
}

/**
 * The words of the language data as buildClaimIndex reads them: the vocabulary the lemmatizer
 * knows, the lemmas of each concept phrase and of the fillers. Finding them is most of the index's
 * cost; a build makes them ahead for the built-in glossary (see glossary/loadBuiltIn.ts). Plain JSON.
 */
export interface ClaimIndexSeed {
  /** The language data it was made from (see fingerprintOf). */
  fingerprint: string;
  vocabulary: string[];
  /**
   * The concept phrases' lemmas by first lemma, each group in the order of language.concepts: the
   * concept's index in it and the lemmas joined by line breaks (a lemma may hold a space, "be n't",
   * never a line break: words are letters and digits, word classes a to z). Strings, not arrays:
   * start-up parses and keeps thousands fewer objects, and splits only the groups a text reaches.
   */
  phrases: Record<string, [number, string][]>;
  /** Each filler's lemmas, joined by a space ("for good"). */
  fillers: string[];
  /**
   * Each anchor lemma (see anchorOf), a partner lemma ('' for a phrase of one lemma) and the concepts
   * one of whose phrases holds both.
   */
  anchors: [string, string, string[]][];
}

const seeds = new WeakMap<LanguageData, ClaimIndexSeed>();

/** Lets buildClaimIndex use this seed for this language data; false (and unused) if it was made from other data. */
export function seedClaimIndex(language: LanguageData, seed: ClaimIndexSeed): boolean {
  if (seed.fingerprint !== fingerprintOf(language)) return false;
  seeds.set(language, seed);
  return true;
}

export function claimIndexSeed(language: LanguageData): ClaimIndexSeed {
  return { ...wordsOf(language), fingerprint: fingerprintOf(language) };
}

function wordsOf(language: LanguageData): Omit<ClaimIndexSeed, 'fingerprint'> {
  const phrases = Object.values(language.concepts).flatMap(({ phrases }) => phrases.map(phraseWords));
  const fillerWords = language.fillers.flatMap(phraseWords);
  const fillerLemmas = (filler: string) => phraseWords(filler).map(lemma).join(' ');
  const vocabulary = new Set([...phrases.flat(), ...fillerWords]);
  const lemma = createLemmatizer(vocabulary, wordClasses(language), spellingsOf(language));
  const bases = phrases.map((words) => words.map(lemma));
  // Each phrase's lemmas, and its passive where it has one, with the index of its concept.
  // A verb concept's forms open with their verb (fixes and shapes read it there): its phrases get no passive.
  const forms: [number, string[]][] = [];
  const seen = new Set<string>();
  let next = 0;
  Object.values(language.concepts).forEach(({ phrases, kind }, concept) => {
    for (let p = 0; p < phrases.length; p++) {
      const base = bases[next++];
      forms.push([concept, base]);
      const passive = kind === 'verb' ? undefined : passiveOf(base);
      if (passive === undefined) continue;
      const key = `${concept}\n${passive.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      forms.push([concept, passive]);
    }
  });
  // No prototype: a first lemma such as "constructor" is a key like any other.
  const byFirst: Record<string, [number, string][]> = Object.create(null);
  for (const [concept, base] of forms) (byFirst[base[0] ?? ''] ??= []).push([concept, base.join('\n')]);
  return {
    vocabulary: [...vocabulary],
    phrases: byFirst,
    fillers: language.fillers.map(fillerLemmas),
    anchors: anchorsOf(Object.keys(language.concepts), forms),
  };
}

/**
 * A verb phrase's passive: "hand the keys back" or "hand back the keys" is also "the keys are handed
 * back", "surrender the house" also "the house is surrendered" (lemmas: the object, "be", the verb, the
 * particle). Only a verb with a determiner and a one-word object, and at most a particle.
 */
function passiveOf(base: readonly string[]): string[] | undefined {
  const [verb, second] = base;
  if (base.length < 3 || base.length > 4 || !isVerbLike(verb)) return undefined;
  const particle = PARTICLES.has(second) ? second : base.length === 4 ? base[3] : undefined;
  const object = PARTICLES.has(second) ? base.slice(2) : base.slice(1, 3);
  if (object[0] !== '#det' || object.length !== 2 || object[1].startsWith('#det')) return undefined;
  if (base.length === 4 && (particle === undefined || !PARTICLES.has(particle))) return undefined;
  if (PREPOSITIONS.has(object[1]) || PARTICLES.has(object[1])) return undefined;
  return particle ? [...object, 'be', verb, particle] : [...object, 'be', verb];
}

/** Whether a phrase's first lemma may be a verb: not a word class, a particle, a preposition, an adverb or a function word. */
function isVerbLike(lemma: string): boolean {
  return (
    !lemma.startsWith('#') &&
    !PARTICLES.has(lemma) &&
    !PREPOSITIONS.has(lemma) &&
    !NOT_VERBS.has(lemma) &&
    !lemma.endsWith('ly')
  );
}

const NOT_VERBS = new Set([
  'be',
  'have',
  'not',
  'no',
  'never',
  'all',
  'but',
  'and',
  'or',
  'just',
  'only',
  'even',
  'so',
]);

/** Which concepts each anchor and partner lemma anchor (`forms`: each phrase's lemmas and its concept's index). */
function anchorsOf(
  concepts: readonly string[],
  forms: readonly [number, string[]][],
): [string, string, string[]][] {
  const anchors = new Map<string, [string, string, Set<string>]>();
  for (const [index, base] of forms) {
    const anchor = anchorOf(base);
    const partner = base.length > 1 ? anchorOf(withoutOne(base, anchor)) : '';
    const key = `${anchor}\n${partner}`;
    let entry = anchors.get(key);
    if (!entry) anchors.set(key, (entry = [anchor, partner, new Set()]));
    entry[2].add(concepts[index]);
  }
  return [...anchors.values()].map(([anchor, partner, concepts]) => [anchor, partner, [...concepts]]);
}

/** The lemmas without the first occurrence of one of them. */
function withoutOne(base: readonly string[], lemma: string): string[] {
  const at = base.indexOf(lemma);
  return [...base.slice(0, at), ...base.slice(at + 1)];
}

/**
 * The data a seed is made from, as JSON: compared whole, it cannot collide, and V8 writes it in a
 * fraction of the time a hash loop over the same characters takes at start-up.
 */
function fingerprintOf(language: LanguageData): string {
  return JSON.stringify([
    SEED_FORMAT,
    language.concepts,
    language.fillers,
    language.word_classes,
    language.misspellings ?? {},
  ]);
}

/** Changed with the seed's shape: a seed of another shape is made again, not misread. */
const SEED_FORMAT = 4;

function spellingsOf(language: LanguageData): Map<string, string> {
  return new Map(Object.entries(language.misspellings ?? {}));
}

function wordClasses(language: LanguageData): Map<string, string> {
  const classes = new Map<string, string>();
  for (const [name, words] of Object.entries(language.word_classes)) {
    for (const word of words) classes.set(word.toLowerCase(), `#${name}`);
  }
  return classes;
}

export function buildClaimIndex(language: LanguageData): ClaimIndex {
  const seed = seeds.get(language) ?? wordsOf(language);
  const lemma = createLemmatizer(new Set(seed.vocabulary), wordClasses(language), spellingsOf(language));
  const fillers = new Set(seed.fillers.filter((filler) => !filler.includes(' ')));
  const fillerPairs = new Set(seed.fillers.filter((filler) => filler.includes(' ')));
  const pairWords = new Set([...fillerPairs].flatMap((pair) => pair.split(' ')));
  const concepts = new PhraseTrie<ConceptForm>();
  const anchorsIn = sentenceAnchors(seed.anchors, lemma);
  // Each group of phrases is split into lemmas and added to the trie when a text first reaches its
  // first lemma (a phrase of no words, which the glossary build refuses, is under '' and added now).
  const kinds = Object.entries(language.concepts).map(([concept, { kind }]) => ({ concept, kind }));
  for (const [first, group] of Object.entries(seed.phrases)) {
    const forms = () =>
      group.flatMap(([index, lemmas]) => {
        const base = lemmas === '' ? [] : lemmas.split('\n');
        const value = { ...kinds[index], base };
        const moved = particleMoved(base);
        return moved
          ? [
              { words: base, value },
              { words: moved, value },
            ]
          : [{ words: base, value }];
      });
    if (first === '') for (const { words, value } of forms()) concepts.add(words, value);
    else concepts.addLater(first, forms);
  }
  const triggers = new PhraseTrie<TriggerGroup>();
  for (const group of language.triggers) {
    for (const phrase of group.phrases) triggers.add(phraseWords(phrase), group);
  }
  return {
    concepts,
    startsConcept: perWord((word) => concepts.starts(lemma(word))),
    conceptHead: perWord((word) => concepts.head(lemma(word)) ?? NO_HEAD),
    anchorsIn,
    triggers,
    lemma,
    lemmaOf: perWord(lemma),
    abbreviations: new Set(language.abbreviations),
    isFiller: perWord((word) => fillers.has(lemma(word))),
    fillerPairs,
    inFillerPair: perWord((word) => pairWords.has(lemma(word))),
    clauseWords: new Set(language.clause_words.flatMap(phraseWords)),
  };
}

/**
 * A phrasal verb's particle may follow its object: "hand back the keys" is also "hand the keys back",
 * "wipe out the debt" also "wipe the debt out". The variant of a phrase of verb, particle and a short
 * object (not a prepositional phrase: "walk away from the house" keeps its order), or undefined.
 */
function particleMoved(base: readonly string[]): string[] | undefined {
  if (base.length < 3 || base.length > 5 || !PARTICLES.has(base[1])) return undefined;
  const object = base.slice(2);
  if (object.some((word) => PARTICLES.has(word) || PREPOSITIONS.has(word))) return undefined;
  return [base[0], ...object, base[1]];
}

const PARTICLES = new Set(['back', 'over', 'up', 'in', 'out', 'off', 'away', 'down']);
const PREPOSITIONS = new Set(['from', 'to', 'with', 'of', 'on', 'at', 'for', 'by', 'into', 'as', 'than']);

/**
 * A phrase's anchor: its longest lemma (the first of equal length), preferring one that is neither
 * a word class ("#number" stands for many words), nor one of the commonest words of English, nor one
 * that most sentences about mortgages hold ("deed in lieu of foreclosure" is anchored by "lieu").
 */
function anchorOf(base: readonly string[]): string {
  let anchor = base[0];
  let best = -1;
  // An index, not for-of: cold code makes an iterator result per step.
  for (let i = 0; i < base.length; i++) {
    const lemma = base[i];
    const kind = lemma.startsWith('#') ? 0 : COMMON.has(lemma) ? 1 : TOPICAL.has(lemma) ? 2 : 3;
    if (kind > best || (kind === best && lemma.length > anchor.length)) {
      anchor = lemma;
      best = kind;
    }
  }
  return anchor;
}

interface AnchorEntry {
  /** Concepts of phrases of this anchor alone. */
  alone: number[];
  /** Concepts of phrases of this anchor and a partner, by the partner's number (see partnerOf). */
  partners: { partner: number; mask: number[] }[];
}

const NO_ENTRY: AnchorEntry = { alone: [], partners: [] };

/**
 * anchorsIn for these anchors (see ClaimIndex.anchorsIn). A phrase's anchor and partner: any two of
 * its lemmas would do, the rarest two let most sentences go (one anchor alone let half the sentences
 * of a text about mortgages through: "take" and "house" are each in many). The build's seed has
 * them; start-up makes one mask per anchor and partner, not a step per phrase.
 */
function sentenceAnchors(anchors: ClaimIndexSeed['anchors'], lemma: Lemmatizer): ClaimIndex['anchorsIn'] {
  const partners = new Map<string, number>();
  const entries = new Map<string, AnchorEntry>();
  for (const [anchor, partnerLemma, names] of anchors) {
    let entry = entries.get(anchor);
    if (!entry) entries.set(anchor, (entry = { alone: [], partners: [] }));
    if (partnerLemma === '') {
      addMask(entry.alone, conceptMask(names));
      continue;
    }
    let partner = partners.get(partnerLemma);
    if (partner === undefined) partners.set(partnerLemma, (partner = partners.size));
    entry.partners.push({ partner, mask: conceptMask(names) });
  }
  const partnerOf = perWord((word) => partners.get(lemma(word)) ?? -1);
  const entryOf = perWord((word) => entries.get(lemma(word)) ?? NO_ENTRY);
  // seen[partner] === stamp: the partner occurs in the sentence being read (one stamp per call).
  const seen = new Int32Array(partners.size);
  let stamp = 0;
  return (ids, first, end, mask) => {
    if (++stamp === 0x7fffffff) {
      seen.fill(0);
      stamp = 1;
    }
    for (let k = first; k < end; k++) {
      const partner = partnerOf(ids[k]);
      if (partner >= 0) seen[partner] = stamp;
    }
    for (let k = first; k < end; k++) {
      const entry = entryOf(ids[k]);
      if (entry === NO_ENTRY) continue;
      if (entry.alone.length > 0) addMask(mask, entry.alone);
      for (const { partner, mask: concepts } of entry.partners)
        if (seen[partner] === stamp) addMask(mask, concepts);
    }
  };
}
/** perWord keeps no undefined: a word that starts no concept has this head, which matches nothing. */
const NO_HEAD = { next: new Map(), values: [] };

/** Lemmas of the topic itself: in most sentences of a text about mortgages (anchors only, never a finding). */
const TOPICAL = new Set(
  'loan mortgage home house property pay payment month year lender bank servicer foreclosure sale sell debt balance owe take have get make go after with sign closing approval option state'.split(
    ' ',
  ),
);

/** Words found in most sentences of any English text (a choice of anchors only: never a finding). */
const COMMON = new Set(
  'the a an is are was were be been being you your it its they them their we our this that these those what which who to of in on at for with from by as and or not no so can will would do does did have has had all'.split(
    ' ',
  ),
);
