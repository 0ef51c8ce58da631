// Compiles the language data once per glossary: concept phrases and context triggers, each into a
// phrase trie the claim matcher walks word by word. Concepts are stored as lemmas (see lemmas.ts).
import type { ConceptKind, LanguageData, TriggerGroup } from './glossaryTypes';
import { createLemmatizer, type Lemmatizer } from './lemmas';
import { PhraseTrie } from './phraseTrie';
import { addBit, conceptBit } from './conceptBits';
import { perWord } from './tokens';
import { phraseWords } from './words';

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
  /**
   * The concepts (as a mask, see conceptBits.ts) one of whose phrases cannot occur without the word
   * of this id: a sentence lacking every such word of a concept names no such concept.
   */
  anchorsOf: (id: number) => readonly number[];
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
  /** Conjunctions that start a new clause ("because", "but"). */
  clauseWords: ReadonlySet<string>;
}

export function buildClaimIndex(language: LanguageData): ClaimIndex {
  const phrases = Object.entries(language.concepts).flatMap(([concept, { kind, phrases }]) =>
    phrases.map((phrase) => ({ concept, kind, words: phraseWords(phrase) })),
  );
  const classes = new Map<string, string>();
  for (const [name, words] of Object.entries(language.word_classes)) {
    for (const word of words) classes.set(word.toLowerCase(), `#${name}`);
  }
  const fillerWords = language.fillers.flatMap(phraseWords);
  const vocabulary = new Set(fillerWords);
  for (const { words } of phrases) for (const word of words) vocabulary.add(word);
  const lemma = createLemmatizer(vocabulary, classes);

  const fillers = new Set(fillerWords.map(lemma));
  const concepts = new PhraseTrie<ConceptForm>();
  // A phrase's anchor: any of its words would do, the rarest lets most sentences go. Its longest
  // lemma, preferring one that is neither a word class ("#number" stands for many words) nor one of
  // the commonest words of English.
  const anchors = new Map<string, number[]>();
  for (const { concept, kind, words } of phrases) {
    const base = words.map(lemma);
    concepts.add(base, { concept, kind, base });
    const plain = base.filter((l) => !l.startsWith('#'));
    const rare = plain.filter((l) => !COMMON.has(l));
    const choice = rare.length > 0 ? rare : plain.length > 0 ? plain : base;
    const anchor = choice.reduce((a, b) => (b.length > a.length ? b : a));
    let mask = anchors.get(anchor);
    if (!mask) anchors.set(anchor, (mask = []));
    addBit(mask, conceptBit(concept));
  }
  const triggers = new PhraseTrie<TriggerGroup>();
  for (const group of language.triggers) {
    for (const phrase of group.phrases) triggers.add(phraseWords(phrase), group);
  }
  return {
    concepts,
    startsConcept: perWord((word) => concepts.starts(lemma(word))),
    anchorsOf: perWord((word) => anchors.get(lemma(word)) ?? NO_CONCEPTS),
    triggers,
    lemma,
    lemmaOf: perWord(lemma),
    abbreviations: new Set(language.abbreviations),
    isFiller: perWord((word) => fillers.has(lemma(word))),
    clauseWords: new Set(language.clause_words.flatMap(phraseWords)),
  };
}

const NO_CONCEPTS: readonly number[] = [];

/** Words found in most sentences of any English text (a choice of anchors only: never a finding). */
const COMMON = new Set(
  'the a an is are was were be been being you your it its they them their we our this that these those what which who to of in on at for with from by as and or not no so can will would do does did have has had all'.split(
    ' ',
  ),
);
