// Finds the glossary terms a document mentions, in any case, plural, possessive or listed variant.
import type { TermEntry } from '../glossaryTypes';
import { PhraseTrie } from '../text/phraseTrie';
import { Gap, blockFinder, perWord, wordAt, wordEnd, type Tokens } from '../text/tokens';
import { senseReader, type Sense } from './senses';
import { phraseWords, pluralOf } from '../text/words';

export interface TermMention {
  term: TermEntry;
  /** Document offsets of the mention, [start, end). */
  start: number;
  end: number;
  /** Index of its first word in the tokens. */
  word: number;
  /** 'uncertain': the term has other meanings and the paragraph does not settle which one. */
  sense: Exclude<Sense, 'other'>;
}

export interface TermIndex {
  phrases: PhraseTrie<TermEntry>;
  /** Whether some term starts with the word of this id (see perWord). */
  startsTerm: (id: number) => boolean;
}

export function buildTermIndex(terms: readonly TermEntry[]): TermIndex {
  const phrases = new PhraseTrie<TermEntry>();
  for (const term of terms) {
    for (const words of termVariants(term)) phrases.add(words, term);
  }
  return { phrases, startsTerm: perWord((word) => phrases.starts(word)) };
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

/**
 * Longest match wins; mentions never overlap. A term with other meanings is dropped where its
 * paragraph signals the other meaning (see senses.ts).
 */
export function findTermMentions(
  tokens: Tokens,
  index: TermIndex,
  senseCues: PhraseTrie<string>,
  fromWord = 0,
  toWord = tokens.count,
): { mentions: TermMention[]; otherSense: Set<number> } {
  // Terms never cross blocks and senses are read per block: whole blocks can be read alone.
  const found = matchTerms(tokens, index, fromWord, toWord);
  const blockOf = blockFinder(tokens);
  const plainBlocks = new Set<number>();
  for (const m of found) if (!m.term.other_senses?.length) plainBlocks.add(blockOf(m.word));
  const senseOf = senseReader(tokens, senseCues, plainBlocks, blockOf);
  /** Words of mentions read in another sense: no claim about mortgages can use them. */
  const otherSense = new Set<number>();
  // The matches become the mentions, in place: a long document has a hundred thousand.
  let kept = 0;
  for (const match of found) {
    const sense = senseOf(match.term, match.word);
    if (sense === 'other') {
      for (let k = match.word; k <= match.lastWord; k++) otherSense.add(k);
      continue;
    }
    match.sense = sense;
    found[kept++] = match;
  }
  found.length = kept;
  return { mentions: found, otherSense };
}

/** A mention as found, its sense not yet read from its paragraph. */
type Match = TermMention & { lastWord: number };

function matchTerms(tokens: Tokens, index: TermIndex, fromWord: number, toWord: number): Match[] {
  const mentions: Match[] = [];
  const joins = (k: number) => tokens.gaps[k] === Gap.Join;
  const word = (k: number) => wordAt(tokens, k);
  const { ids } = tokens;
  for (let k = fromWord; k < toWord;) {
    if (!index.startsTerm(ids[k])) {
      k++;
      continue;
    }
    const matches = index.phrases.matchesAt(word, k, joins);
    const longest = matches[matches.length - 1];
    if (!longest) {
      k++;
      continue;
    }
    const last = k + longest.length - 1;
    mentions.push({
      term: longest.values[0],
      start: tokens.starts[k],
      end: possessiveEnd(tokens, last),
      word: k,
      sense: 'mortgage',
      lastWord: last,
    });
    k = last + 1;
  }
  return mentions;
}

/** The mention ends before a possessive 's, which is grammar, not part of the term. */
function possessiveEnd(tokens: Tokens, last: number): number {
  const end = wordEnd(tokens, last);
  return wordAt(tokens, last).length + 2 === end - tokens.starts[last] ? end - 2 : end;
}
