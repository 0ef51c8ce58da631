// Words with meanings outside mortgages ("short sale" of stock, a software "default"): each mention
// is read in its paragraph. Cues of the other meaning without mortgage context: not a mention at all.
// Mortgage context without such cues: a plain mention. Otherwise the hover says it assumes mortgage usage.
import type { LanguageData, TermEntry } from '../glossaryTypes';
import { PhraseTrie } from '../text/phraseTrie';
import { Gap, wordAt, type Tokens } from '../text/tokens';
import { phraseWords, pluralOf } from '../text/words';

export type Sense = 'mortgage' | 'uncertain' | 'other';

const MORTGAGE = '';

/** Cue phrases labelled with the id of the term whose other meaning they signal, or MORTGAGE. */
export function buildSenseCues(terms: readonly TermEntry[], language: LanguageData): PhraseTrie<string> {
  const cues = new PhraseTrie<string>();
  const add = (phrase: string, label: string) => {
    const words = phraseWords(phrase);
    cues.add(words, label);
    cues.add([...words.slice(0, -1), pluralOf(words[words.length - 1])], label);
  };
  for (const phrase of language.mortgage_cues) add(phrase, MORTGAGE);
  for (const term of terms)
    for (const sense of term.other_senses ?? []) for (const cue of sense.cues) add(cue, term.id);
  return cues;
}

/**
 * Reads the cues of each block once, on demand. Blocks are named by their first word, as
 * `blockOf` (see blockFinder) gives it.
 */
export function senseReader(
  tokens: Tokens,
  cues: PhraseTrie<string>,
  unambiguousMentionBlocks: ReadonlySet<number>,
  blockOf: (k: number) => number,
) {
  const labelsByBlock = new Map<number, Set<string>>();
  const joins = (k: number) => tokens.gaps[k] === Gap.Join;
  const word = (k: number) => wordAt(tokens, k);
  const labelsOf = (block: number): Set<string> => {
    let labels = labelsByBlock.get(block);
    if (labels) return labels;
    labels = new Set();
    // `block` is its first word; its last is followed by Gap.Block.
    for (let k = block; k < tokens.count; k++) {
      for (const match of cues.matchesAt(word, k, joins)) for (const label of match.values) labels.add(label);
      if (tokens.gaps[k] === Gap.Block) break;
    }
    labelsByBlock.set(block, labels);
    return labels;
  };
  return (term: TermEntry, word: number): Sense => {
    if (!term.other_senses?.length) return 'mortgage';
    const block = blockOf(word);
    const labels = labelsOf(block);
    const mortgage = labels.has(MORTGAGE) || unambiguousMentionBlocks.has(block);
    const other = labels.has(term.id);
    if (other && !mortgage) return 'other';
    return mortgage && !other ? 'mortgage' : 'uncertain';
  };
}
