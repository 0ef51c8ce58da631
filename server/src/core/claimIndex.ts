// Compiles the language data once per glossary: concept phrases with their inflections, and
// context triggers, each into a phrase trie the claim matcher walks word by word.
import type { ConceptKind, LanguageData, TriggerGroup } from './glossaryTypes';
import { PhraseTrie } from './phraseTrie';
import { inflect, phraseWords, pluralOf, type VerbForm } from './words';

export interface ConceptForm {
  concept: string;
  kind: ConceptKind;
  /** For verbs: which inflection matched, and the phrase's base form ("wipe out"). */
  form?: VerbForm;
  base?: string[];
}

export interface ClaimIndex {
  concepts: PhraseTrie<ConceptForm>;
  triggers: PhraseTrie<TriggerGroup>;
  abbreviations: ReadonlySet<string>;
  /** Intensifiers a writer may slip into a phrase without changing the claim. */
  fillers: ReadonlySet<string>;
  /** Conjunctions that start a new clause ("because", "but"). */
  clauseWords: ReadonlySet<string>;
}

export function buildClaimIndex(language: LanguageData): ClaimIndex {
  const concepts = new PhraseTrie<ConceptForm>();
  for (const [concept, { kind, phrases }] of Object.entries(language.concepts)) {
    for (const phrase of phrases) {
      const words = phraseWords(phrase);
      if (kind === 'verb') {
        const [verb, ...rest] = words;
        for (const [form, spellings] of Object.entries(inflect(verb)) as [VerbForm, string[]][]) {
          const entry: ConceptForm = { concept, kind, form, base: words };
          for (const spelling of spellings) concepts.add([spelling, ...rest], entry);
        }
      } else {
        concepts.add(words, { concept, kind });
        if (kind === 'noun')
          concepts.add([...words.slice(0, -1), pluralOf(words[words.length - 1])], { concept, kind });
      }
    }
  }
  const triggers = new PhraseTrie<TriggerGroup>();
  for (const group of language.triggers) {
    for (const phrase of group.phrases) triggers.add(phraseWords(phrase), group);
  }
  return {
    concepts,
    triggers,
    abbreviations: new Set(language.abbreviations),
    fillers: new Set(language.fillers.flatMap(phraseWords)),
    clauseWords: new Set(language.clause_words.flatMap(phraseWords)),
  };
}
