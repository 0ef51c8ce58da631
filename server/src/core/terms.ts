// Finds the glossary terms a document mentions, in any case, plural, possessive or listed variant.
import type { TermEntry } from './glossaryTypes';
import { PhraseTrie } from './phraseTrie';
import { Gap, type Tokens } from './tokens';
import { phraseWords, pluralOf } from './words';

export interface TermMention {
  term: TermEntry;
  /** Document offsets of the mention, [start, end). */
  start: number;
  end: number;
}

export function buildTermIndex(terms: readonly TermEntry[]): PhraseTrie<TermEntry> {
  const trie = new PhraseTrie<TermEntry>();
  for (const term of terms) {
    for (const words of termVariants(term)) trie.add(words, term);
  }
  return trie;
}

/** Every word sequence that names the term: the term, its aliases, and their plurals. */
export function termVariants(term: TermEntry): string[][] {
  const variants: string[][] = [];
  for (const name of [term.term, ...(term.aliases ?? [])]) {
    const words = phraseWords(name);
    variants.push(words);
    if (term.plural !== false && name !== term.plural) {
      variants.push([...words.slice(0, -1), pluralOf(words[words.length - 1])]);
    }
  }
  if (typeof term.plural === 'string') variants.push(phraseWords(term.plural));
  return variants;
}

/** Longest match wins; mentions never overlap. */
export function findTermMentions(tokens: Tokens, index: PhraseTrie<TermEntry>): TermMention[] {
  const mentions: TermMention[] = [];
  const joins = (k: number) => tokens.gaps[k] === Gap.Join;
  for (let k = 0; k < tokens.count;) {
    const matches = index.matchesAt(tokens.words, k, joins);
    const longest = matches[matches.length - 1];
    if (!longest) {
      k++;
      continue;
    }
    const last = k + longest.length - 1;
    mentions.push({ term: longest.values[0], start: tokens.starts[k], end: possessiveEnd(tokens, last) });
    k = last + 1;
  }
  return mentions;
}

/** The mention ends before a possessive 's, which is grammar, not part of the term. */
function possessiveEnd(tokens: Tokens, last: number): number {
  const end = tokens.ends[last];
  return tokens.words[last].length + 2 === end - tokens.starts[last] ? end - 2 : end;
}
