// Splits the prose of a document into words, and records what separates each word from the next:
// nothing but spaces or a hyphen (a term may span it), other marks, a clause break or a sentence break.
import { detached, nextWord, normalizeWord } from './words';
import type { Prose } from './markup/prose';
import type { TextSource } from './pieceText';
import { lowerBound } from './search';

export const enum Gap {
  /** Spaces, one line break or hyphens: words of one term may span it. */
  Join = 0,
  /** Other marks (quotes, emphasis, masked code): same clause, but no term spans it. */
  Soft = 1,
  /** , ; : dashes and brackets. */
  Clause = 2,
  /** . ! ? before a space, a blank line, a table cell, the end of a block. */
  Sentence = 3,
}

export interface Tokens {
  /** The prose with non-prose masked, at the document's offsets. */
  text: TextSource;
  count: number;
  starts: Int32Array;
  /**
   * Word k ends at starts[k] + lengths[k] (see wordEnd): an edit then moves the starts of the words
   * after it, not their ends as well (half the work of a keystroke on a long document).
   */
  lengths: Int32Array;
  /** Word k normalised (see normalizeWord), as an id (see wordOf); the same for every occurrence. */
  ids: Int32Array;
  /** gaps[k]: what separates word k from word k + 1. */
  gaps: Uint8Array;
  /** blocks[k]: the index of the prose block (paragraph, heading, list item…) word k is in. */
  blocks: Int32Array;
  /** Sentences as [first word, last word + 1), and whether each ends with a question mark. */
  sentences: { first: number; end: number; question: boolean }[];
}

// Each distinct normalised word once, and words as ids into it: a long document repeats a few
// thousand words millions of times. Ids sit in a typed array beside the offsets, which neither the
// garbage collector walks nor a growing JS array copies (a 50 MB document's 8 million words did).
// The table keeps every distinct word seen while the process runs; words already normalised are
// found by their written form in a bounded cache.
const vocabulary: string[] = [];
const idOfWord = new Map<string, number>();
const idOfWritten = new Map<string, number>();
function idOf(written: string): number {
  const known = idOfWritten.get(written);
  if (known !== undefined) return known;
  if (idOfWritten.size >= 200_000) idOfWritten.clear();
  const word = normalizeWord(written);
  let id = idOfWord.get(word);
  if (id === undefined) {
    id = vocabulary.push(detached(word)) - 1;
    idOfWord.set(vocabulary[id], id);
  }
  idOfWritten.set(detached(written), id);
  return id;
}

/** The normalised word with this id. */
export function wordOf(id: number): string {
  return vocabulary[id];
}

/**
 * Something computed of a word once per distinct word, then read by id from an array: "may a
 * glossary phrase start here" and "what is its lemma" are asked of every word of a document, and a
 * document repeats a few thousand words.
 */
export function perWord<T>(compute: (word: string) => T): (id: number) => T {
  const known: (T | undefined)[] = [];
  return (id) => {
    let value = known[id];
    if (value === undefined) {
      while (known.length <= id) known.push(undefined); // filled in order: a sparse array is slow
      known[id] = value = compute(vocabulary[id]);
    }
    return value;
  };
}

/** The offset just after word k. */
export function wordEnd(tokens: Tokens, k: number): number {
  return tokens.starts[k] + tokens.lengths[k];
}

/** Word k of `tokens` (normalised), or '' outside them. */
export function wordAt(tokens: Tokens, k: number): string {
  return k >= 0 && k < tokens.count ? vocabulary[tokens.ids[k]] : '';
}

export function tokenize(prose: Prose, abbreviations: ReadonlySet<string>): Tokens {
  return tokenizeBlocks(prose, abbreviations, 0, prose.blocks.length);
}

/**
 * The words of blocks [fromBlock, toBlock) only, at document offsets, with `blocks` holding the
 * document's block indexes; sentences index these words. Blocks are whole sentences, so the result
 * is a slice of what tokenize gives for the whole document (see spliceTokens).
 */
export function tokenizeBlocks(
  prose: Prose,
  abbreviations: ReadonlySet<string>,
  fromBlock: number,
  toBlock: number,
): Tokens {
  const { masked, blocks } = prose;
  // Typed arrays from the start, grown as needed (reserveTokens): a long document has millions of words.
  const tokens: Tokens = {
    text: masked,
    count: 0,
    starts: new Int32Array(64),
    lengths: new Int32Array(64),
    ids: new Int32Array(64),
    gaps: new Uint8Array(64),
    blocks: new Int32Array(64),
    sentences: [],
  };
  let { starts, lengths, blocks: blockOf, ids } = tokens;
  let count = 0;
  // The word found past a block's end is the first at or after the next block's start too (blocks
  // are in order): searching again from each start would rescan wordless blocks ("|" rows) to the
  // next word, quadratic in the number of blocks.
  const word = { start: 0, end: 0 };
  let found = false;
  for (let b = fromBlock; b < toBlock; b++) {
    const [from, to] = blocks[b];
    if (!found || word.start < from) found = nextWord(masked, from, word);
    while (found && word.start < to) {
      const k = count++;
      if (k === starts.length) {
        tokens.count = k;
        reserveTokens(tokens, 2 * k);
        ({ starts, lengths, blocks: blockOf, ids } = tokens);
      }
      starts[k] = word.start;
      lengths[k] = word.end - word.start;
      blockOf[k] = b;
      ids[k] = idOf(masked.slice(word.start, word.end));
      found = nextWord(masked, word.end, word);
    }
    if (!found) break; // no word left in the document
  }
  tokens.count = count;
  const { gaps } = tokens;
  for (let k = 0; k < count; k++) {
    gaps[k] =
      k + 1 === count || blockOf[k] !== blockOf[k + 1]
        ? Gap.Sentence
        : classifyGap(masked, starts[k] + lengths[k], starts[k + 1], vocabulary[ids[k]], abbreviations);
  }
  tokens.sentences = sentencesOf(masked, starts, lengths, gaps, count);
  return tokens;
}

function classifyGap(
  text: string,
  from: number,
  to: number,
  before: string,
  abbreviations: ReadonlySet<string>,
): Gap {
  if (to === from + 1 && text.charCodeAt(from) === 32) return Gap.Join; // the common case: one space
  let gap = Gap.Join;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') {
      if (++newlines > 1) return Gap.Sentence;
    } else if (c === '.' || c === '!' || c === '?') {
      const next = text[i + 1];
      const closes =
        i + 1 >= to || next === ' ' || next === '\n' || next === '\r' || next === '"' || next === '”';
      if (closes && !(c === '.' && abbreviations.has(before))) return Gap.Sentence;
      gap = Math.max(gap, Gap.Soft);
    } else if (c === '|') {
      return Gap.Sentence;
    } else if (c === ',' || c === ';' || c === ':' || c === '—' || c === '–' || c === '(' || c === ')') {
      gap = Gap.Clause;
    } else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '-') {
      gap = Math.max(gap, Gap.Soft);
    }
  }
  return gap;
}

function sentencesOf(
  text: string,
  starts: Int32Array,
  lengths: Int32Array,
  gaps: Uint8Array,
  count: number,
): Tokens['sentences'] {
  const sentences: Tokens['sentences'] = [];
  let first = 0;
  for (let k = 0; k < count; k++) {
    if (gaps[k] !== Gap.Sentence) continue;
    const end = starts[k] + lengths[k];
    sentences.push({ first, end: k + 1, question: text[end] === '?' || text[end + 1] === '?' });
    first = k + 1;
  }
  return sentences;
}

/**
 * Updates `tokens` in place for a document whose blocks changed: `before` words are kept, the next
 * `removed` are replaced by `middle` (tokenizeBlocks of the new blocks), and the rest move by
 * `offsetDelta` characters and `blockDelta` blocks. Sentences never cross blocks, so they splice
 * too. The arrays keep room to grow: only the first `count` entries are words.
 */
export function spliceTokens(
  tokens: Tokens,
  text: TextSource,
  before: number,
  removed: number,
  middle: Tokens,
  offsetDelta: number,
  blockDelta: number,
): Tokens {
  const tail = before + removed;
  const after = tokens.count - tail;
  const count = before + middle.count + after;
  const into = before + middle.count;
  if (count > tokens.starts.length) reserveTokens(tokens, Math.ceil(count * 1.25) + 64);
  const { starts, lengths, blocks, gaps, ids } = tokens;
  if (into !== tail) {
    starts.copyWithin(into, tail, tokens.count);
    lengths.copyWithin(into, tail, tokens.count);
    blocks.copyWithin(into, tail, tokens.count);
    gaps.copyWithin(into, tail, tokens.count);
    ids.copyWithin(into, tail, tokens.count);
  }
  starts.set(middle.starts.subarray(0, middle.count), before);
  lengths.set(middle.lengths.subarray(0, middle.count), before);
  blocks.set(middle.blocks.subarray(0, middle.count), before);
  gaps.set(middle.gaps.subarray(0, middle.count), before);
  ids.set(middle.ids.subarray(0, middle.count), before);
  if (offsetDelta !== 0) for (let k = into; k < count; k++) starts[k] += offsetDelta;
  if (blockDelta !== 0) for (let k = into; k < count; k++) blocks[k] += blockDelta;

  const wordDelta = middle.count - removed;
  const { sentences } = tokens;
  const first = lowerBound(sentences.length, (i) => sentences[i].end > before);
  const last = lowerBound(sentences.length, (i) => sentences[i].first >= tail);
  for (let i = last; i < sentences.length; i++) {
    sentences[i].first += wordDelta;
    sentences[i].end += wordDelta;
  }
  for (const s of middle.sentences) {
    s.first += before;
    s.end += before;
  }
  spliceArray(sentences, first, last - first, middle.sentences);
  tokens.text = text;
  tokens.count = count;
  return tokens;
}

/**
 * Room for `capacity` words. A long document read in steps reserves its estimated size at once:
 * growing the arrays step by step allocated them again and again, and the garbage collector,
 * pressed by so much memory outside the heap, paused for up to 160 ms at a time.
 */
export function reserveTokens(tokens: Tokens, capacity: number): void {
  if (capacity <= tokens.starts.length) return;
  tokens.starts = grown(tokens.starts, new Int32Array(capacity), tokens.count);
  tokens.lengths = grown(tokens.lengths, new Int32Array(capacity), tokens.count);
  tokens.blocks = grown(tokens.blocks, new Int32Array(capacity), tokens.count);
  tokens.gaps = grown(tokens.gaps, new Uint8Array(capacity), tokens.count);
  tokens.ids = grown(tokens.ids, new Int32Array(capacity), tokens.count);
}

function grown<T extends Int32Array | Uint8Array>(from: T, to: T, count: number): T {
  to.set(from.subarray(0, count));
  return to;
}

/** array.splice(start, removed, ...items), also for more items than a call takes arguments. */
export function spliceArray<T>(array: T[], start: number, removed: number, items: readonly T[]): void {
  if (items.length < 10_000) {
    array.splice(start, removed, ...items);
    return;
  }
  const tail = array.slice(start + removed);
  array.length = start;
  for (const item of items) array.push(item);
  for (const item of tail) array.push(item);
}
