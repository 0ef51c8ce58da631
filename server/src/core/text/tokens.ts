// Splits the prose of a document into words, and records what separates each word from the next:
// nothing but spaces or a hyphen (a term may span it), other marks, a clause break or a sentence break.
import { detached, nextWord, normalizeWord } from './words';
import type { Prose } from './markup/prose';
import type { TextSource } from './pieceText';
import { lowerBound } from './search';
import { resized } from './arrays';

export const enum Gap {
  /** Spaces, one line break or hyphens: words of one term may span it. */
  Join = 0,
  /** Other marks (quotes, emphasis, masked code): same clause, but no term spans it. */
  Soft = 1,
  /** , ; : dashes and brackets. */
  Clause = 2,
  /** . ! ? before a space, a blank line, a table cell. */
  Sentence = 3,
  /** The end of a prose block (paragraph, heading, list item…): a sentence ends there too. */
  Block = 4,
}

export interface Tokens {
  /** The prose with non-prose masked, at the document's offsets. */
  text: TextSource;
  count: number;
  starts: Int32Array;
  /**
   * Word k ends at starts[k] + lengths[k] (see wordEnd): an edit then moves the starts of the words
   * after it, not their ends as well (half the work of a keystroke on a long document). One byte
   * each: a word of LONG_WORD characters or more is measured again when asked.
   */
  lengths: Uint8Array;
  /** Word k normalised (see normalizeWord), as an id (see wordOf); the same for every occurrence. */
  ids: Int32Array;
  /** gaps[k]: what separates word k from word k + 1 (Gap.Block after a block's last word). */
  gaps: Uint8Array;
  /**
   * Sentence i is words [sentenceEnds[i - 1], sentenceEnds[i]) (from 0 for the first): sentences
   * cover the words, one after the other. See sentenceAt.
   */
  sentenceEnds: Int32Array;
  sentenceCount: number;
}

/** A sentence as [first word, last word + 1), and whether it ends with a question mark. */
export interface Sentence {
  first: number;
  end: number;
  question: boolean;
}

/** Lengths from here on are not stored (see Tokens.lengths). */
const LONG_WORD = 255;

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

/** What is written between word k and word k + 1 (spaces and punctuation: ", ", "; ", ": "). */
export function gapText(tokens: Tokens, k: number): string {
  return tokens.text.slice(wordEnd(tokens, k), tokens.starts[k + 1]);
}

/** The offset just after word k. */
export function wordEnd(tokens: Tokens, k: number): number {
  // Before the first word ("the word before" a claim that opens the text) is the text's start.
  if (k < 0) return 0;
  const length = tokens.lengths[k];
  return length < LONG_WORD ? tokens.starts[k] + length : wordEndFrom(tokens.text, tokens.starts[k]);
}

/** The text of words [first, end): from the first's start to the last's end, in `text` (by default the tokens'). */
export function wordsText(
  tokens: Tokens,
  first: number,
  end: number,
  text: TextSource = tokens.text,
): string {
  return text.slice(tokens.starts[first], wordEnd(tokens, end - 1));
}

/** Word k of `tokens` (normalised), or '' outside them. */
export function wordAt(tokens: Tokens, k: number): string {
  return k >= 0 && k < tokens.count ? vocabulary[tokens.ids[k]] : '';
}

/** Whether the words from k are `phrase` ("in", "other", "words"), each normalised as wordAt gives it. */
export function wordsAt(tokens: Tokens, k: number, phrase: readonly string[]): boolean {
  return phrase.every((w, j) => wordAt(tokens, k + j) === w);
}

/** Sentence i of `tokens`. */
export function sentenceAt(tokens: Tokens, i: number): Sentence {
  return { first: sentenceFirst(tokens, i), end: tokens.sentenceEnds[i], question: isQuestion(tokens, i) };
}

/** Whether sentence i ends with a question mark (without making its object). */
export function isQuestion(tokens: Tokens, i: number): boolean {
  return questionMarkAfter(tokens, tokens.sentenceEnds[i] - 1);
}

/** Whether a question mark follows word k, right after it or after one closing quote or bracket. */
export function questionMarkAfter(tokens: Tokens, k: number): boolean {
  const after = wordEnd(tokens, k);
  return tokens.text.charCodeAt(after) === QUESTION || tokens.text.charCodeAt(after + 1) === QUESTION;
}

const QUESTION = 63;

/** The first word of sentence i. */
export function sentenceFirst(tokens: Tokens, i: number): number {
  return i > 0 ? tokens.sentenceEnds[i - 1] : 0;
}

/** Whether word k is the first of a sentence. */
export function startsSentence(tokens: Tokens, k: number): boolean {
  return k === 0 || tokens.gaps[k - 1] >= Gap.Sentence;
}

/** Whether word k is the first of its prose block. */
export function startsBlock(tokens: Tokens, k: number): boolean {
  return k === 0 || tokens.gaps[k - 1] === Gap.Block;
}

/**
 * The first word of word k's block, as a function of k: asked in document order, mostly of words
 * in one block, it remembers the last block found.
 */
export function blockFinder(tokens: Tokens): (k: number) => number {
  let first = 0;
  let end = 0;
  return (k) => {
    if (k < first || k >= end) {
      for (first = k; !startsBlock(tokens, first);) first--;
      for (end = k + 1; end < tokens.count && !startsBlock(tokens, end);) end++;
    }
    return first;
  };
}

export function tokenize(prose: Prose, abbreviations: ReadonlySet<string>): Tokens {
  return tokenizeBlocks(prose, abbreviations, 0, prose.blocks.length);
}

/**
 * The words of blocks [fromBlock, toBlock) only, at document offsets; sentences index these words.
 * Blocks are whole sentences, so the result is a slice of what tokenize gives for the whole
 * document (see spliceTokens).
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
    lengths: new Uint8Array(64),
    ids: new Int32Array(64),
    gaps: new Uint8Array(64),
    sentenceEnds: new Int32Array(16),
    sentenceCount: 0,
  };
  let { starts, lengths, ids, gaps } = tokens;
  let count = 0;
  // The word found past a block's end is the first at or after the next block's start too (blocks
  // are in order): searching again from each start would rescan wordless blocks ("|" rows) to the
  // next word, quadratic in the number of blocks.
  const word = { start: 0, end: 0 };
  let found = false;
  for (let b = fromBlock; b < toBlock; b++) {
    const [from, to] = blocks[b];
    if (!found || word.start < from) found = nextWord(masked, from, word);
    const blockFirst = count;
    while (found && word.start < to) {
      const k = count++;
      if (k === starts.length) {
        tokens.count = k;
        reserveTokens(tokens, 2 * k);
        ({ starts, lengths, ids, gaps } = tokens);
      }
      starts[k] = word.start;
      lengths[k] = Math.min(word.end - word.start, LONG_WORD);
      ids[k] = idOf(masked.slice(word.start, word.end));
      gaps[k] = Gap.Join;
      found = nextWord(masked, word.end, word);
    }
    if (count > blockFirst) gaps[count - 1] = Gap.Block;
    if (!found) break; // no word left in the document
  }
  tokens.count = count;
  for (let k = 0; k < count; k++) {
    if (gaps[k] !== Gap.Block)
      gaps[k] = classifyGap(masked, wordEnd(tokens, k), starts[k + 1], vocabulary[ids[k]], abbreviations);
    if (gaps[k] >= Gap.Sentence) pushSentence(tokens, k + 1);
  }
  return tokens;
}

/** Measures a word again from its start (see Tokens.lengths), reading a longer slice until it ends. */
function wordEndFrom(text: TextSource, start: number): number {
  const span = { start: 0, end: 0 };
  for (let length = 4 * LONG_WORD; ; length *= 2) {
    const part = text.slice(start, start + length);
    nextWord(part, 0, span);
    if (span.end < part.length || start + part.length >= text.length) return start + span.end;
  }
}

/** A label opening a line: bold up to a colon ("**Ana (agent):**", "**Q:**"), or one to four words and a colon. */
const LABELLED_LINE =
  /^[ \t]*(?:(?:\*\*|__)[^\n*_]{1,80}?(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:)|\p{Lu}[\p{L}'’.()-]*(?: [\p{L}'’.()-]+){0,3}:[ \t])/u;

/**
 * A stop after a one-letter word that is part of an initialism ("U.S. law", "the U.K. rules"): before
 * another letter, or before a lower-case word, it ends no sentence.
 */
function inInitialism(text: string, stop: number, next: number, to: number): boolean {
  if (!isLetter(text.charAt(stop - 1)) || isLetter(text.charAt(stop - 2))) return false;
  if (next >= to) return isLetter(text.charAt(next)) && text.charAt(next + 1) === '.';
  return text.charAt(next) === ' ' && next + 1 >= to && /^\p{Ll}/u.test(text.charAt(to));
}

/** "n.c" of "the N.C. General Statutes", ending at the stop at `stop`: a dotted abbreviation read whole. */
function dottedBefore(text: string, stop: number): string {
  let start = stop;
  while (
    start > 0 &&
    stop - start < 8 &&
    (isLetter(text.charAt(start - 1)) || text.charAt(start - 1) === '.')
  )
    start--;
  return text.slice(start, stop).toLowerCase();
}

/**
 * Whether offset `at` lies inside a parenthesis opened shortly before it and closed shortly after, on
 * the same line: an aside that holds its own question ("…(did you know? most don't) …").
 */
function insideParenthesis(text: string, at: number): boolean {
  let open = at - 1;
  for (; open >= 0 && at - open <= 200; open--) {
    const c = text[open];
    if (c === '(') break;
    if (c === ')' || c === '\n') return false;
  }
  if (open < 0 || text[open] !== '(') return false;
  for (let close = at + 1; close < text.length && close - at <= 120; close++) {
    const c = text[close];
    if (c === ')') return true;
    if (c === '(' || c === '\n') return false;
  }
  return false;
}

function isLetter(c: string): boolean {
  return c !== '' && /\p{L}/u.test(c);
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
  let lineStart = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') {
      if (++newlines > 1) return Gap.Sentence;
      lineStart = i + 1;
    } else if (c === '.' || c === '!' || c === '?') {
      // Emphasis or a bracket closing after the stop belongs to the sentence: "payments?**", "_done._",
      // "(The rule changes in 2030.)".
      let j = i + 1;
      while (j < to && (CLOSING_MARKS.includes(text[j]) || CLOSING_BRACKETS.includes(text[j]))) j++;
      const next = text[j];
      // After a bracket, only where a capital follows: "Short sale (n.) — a sale…" goes on.
      let bracketed = false; // checked per stop: no array or string made for it
      for (let m = i + 1; m < j; m++) if (CLOSING_BRACKETS.includes(text[m])) bracketed = true;
      if (bracketed && to < text.length && !isUpper(text.charCodeAt(to))) {
        gap = Math.max(gap, Gap.Clause);
        i = j - 1;
        continue;
      }
      // "(I mean, after all that? Right?) clean slate…": a question inside a parenthesis ends no sentence.
      if (c !== '.' && !bracketed && insideParenthesis(text, i)) {
        gap = Math.max(gap, Gap.Clause);
        i = j - 1;
        continue;
      }
      // A period between digits is a decimal point or a section number ("RCW 61.24.100").
      const closes =
        (j >= to && (j > i + 1 || !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(to))))) ||
        next === ' ' ||
        next === '\n' ||
        next === '\r' ||
        next === '"' ||
        next === '”';
      if (
        closes &&
        !(
          c === '.' &&
          (abbreviations.has(before) ||
            inInitialism(text, i, j, to) ||
            abbreviations.has(dottedBefore(text, i)))
        )
      )
        return Gap.Sentence;
      gap = Math.max(gap, Gap.Soft);
    } else if (c === '|') {
      return Gap.Sentence;
    } else if (
      c === ',' &&
      to === from + 1 &&
      isDigit(text.charCodeAt(i - 1)) &&
      isDigit(text.charCodeAt(to))
    ) {
      gap = Math.max(gap, Gap.Soft); // a thousands separator: "$50,000 debt" is one phrase
    } else if (c === ',' || c === ';' || c === ':' || c === '—' || c === '–' || c === '(' || c === ')') {
      gap = Gap.Clause;
    } else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '-') {
      gap = Math.max(gap, Gap.Soft);
    }
  }
  if (newlines === 1 && gap === Gap.Join && endsHeadingLine(text, from, to, before)) return Gap.Sentence;
  // A line that opens with a speaker's or a field's label ("**[6/11 7:41 PM] Ana:** …", "Agent: …") is a
  // message of its own, though no stop ends the line before it (a chat export, a transcript).
  if (newlines === 1 && gap < Gap.Clause && LABELLED_LINE.test(text.slice(lineStart, lineStart + 100)))
    return Gap.Sentence;
  return gap;
}

/**
 * A short capitalised line with no closing stop, followed by a longer line that starts with a
 * capital, is a heading over its paragraph ("How short sales affect credit" then "A short sale…"),
 * not the first half of a sentence: pages pasted as plain text keep their headings that way.
 */
function endsHeadingLine(text: string, from: number, to: number, before: string): boolean {
  if (!isUpper(text.charCodeAt(to)) || HEADING_CANNOT_END.has(before)) return false;
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  if (from - lineStart > 80 || !isUpper(text.charCodeAt(lineStart))) return false;
  const line = text.slice(lineStart, from);
  if (line.split(' ').length > 10) return false;
  let nextEnd = text.indexOf('\n', to);
  if (nextEnd < 0) nextEnd = text.length;
  // A line that opens a list or a formula ("Lenders compute interest as:") is the heading's paragraph too.
  return nextEnd - to > 2 * (from - lineStart) || text.charCodeAt(nextEnd - 1) === COLON;
}
const COLON = 58;
const isUpper = (c: number) => c >= 65 && c <= 90;
/** A line that ends on one of these words goes on in the next. */
const HEADING_CANNOT_END = new Set(
  'the a an of and or to in on for with by from at as that which who your their its our my is are was were be'.split(
    ' ',
  ),
);

const CLOSING_MARKS = '*_';
const CLOSING_BRACKETS = ')]';

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function pushSentence(tokens: Tokens, end: number): void {
  if (tokens.sentenceCount === tokens.sentenceEnds.length) reserveSentences(tokens, 2 * tokens.sentenceCount);
  tokens.sentenceEnds[tokens.sentenceCount++] = end;
}

/**
 * Updates `tokens` in place for a document whose blocks changed: `before` words are kept, the next
 * `removed` are replaced by `middle` (tokenizeBlocks of the new blocks), and the rest move by
 * `offsetDelta` characters. Sentences never cross blocks, so they splice too. The arrays keep room
 * to grow: only the first `count` words and `sentenceCount` sentences are the document's.
 */
export function spliceTokens(
  tokens: Tokens,
  text: TextSource,
  before: number,
  removed: number,
  middle: Tokens,
  offsetDelta: number,
): Tokens {
  const tail = before + removed;
  const count = before + middle.count + tokens.count - tail;
  const into = before + middle.count;
  if (count > tokens.starts.length) reserveTokens(tokens, Math.ceil(count * 1.25) + 64);
  const { starts, lengths, gaps, ids } = tokens;
  if (into !== tail) {
    starts.copyWithin(into, tail, tokens.count);
    lengths.copyWithin(into, tail, tokens.count);
    gaps.copyWithin(into, tail, tokens.count);
    ids.copyWithin(into, tail, tokens.count);
  }
  starts.set(middle.starts.subarray(0, middle.count), before);
  lengths.set(middle.lengths.subarray(0, middle.count), before);
  gaps.set(middle.gaps.subarray(0, middle.count), before);
  ids.set(middle.ids.subarray(0, middle.count), before);
  if (offsetDelta !== 0) for (let k = into; k < count; k++) starts[k] += offsetDelta;

  // Sentences [first, last) held the removed words; those after them move by the words added.
  const first = lowerBound(tokens.sentenceCount, (i) => tokens.sentenceEnds[i] > before);
  const last = lowerBound(tokens.sentenceCount, (i) => sentenceFirst(tokens, i) >= tail);
  const sentenceCount = tokens.sentenceCount - (last - first) + middle.sentenceCount;
  reserveSentences(tokens, sentenceCount);
  const ends = tokens.sentenceEnds;
  const movedTo = first + middle.sentenceCount;
  ends.copyWithin(movedTo, last, tokens.sentenceCount);
  const wordDelta = middle.count - removed;
  if (wordDelta !== 0) for (let i = movedTo; i < sentenceCount; i++) ends[i] += wordDelta;
  for (let i = 0; i < middle.sentenceCount; i++) ends[first + i] = middle.sentenceEnds[i] + before;
  tokens.sentenceCount = sentenceCount;
  tokens.text = text;
  tokens.count = count;
  return tokens;
}

/**
 * Room for `capacity` words. A long document read in steps reserves its estimated size at once:
 * growing the arrays step by step allocated them again and again, and the garbage collector,
 * pressed by so much memory outside the heap, paused for up to 160 ms at a time.
 */
export function reserveTokens(tokens: Tokens, capacity: number, sentences = 0): void {
  if (capacity > tokens.starts.length) resizeTokens(tokens, capacity);
  reserveSentences(tokens, sentences);
}

/**
 * Gives back the room reserved beyond the words and sentences there are, but for a little for the
 * edits to come: the estimate a long document reserves may be a fifth too large.
 */
export function trimTokens(tokens: Tokens): void {
  const room = (used: number) => used + (used >> 5) + 64;
  if (tokens.starts.length > room(tokens.count) + (tokens.count >> 5))
    resizeTokens(tokens, room(tokens.count));
  if (tokens.sentenceEnds.length > 2 * room(tokens.sentenceCount))
    tokens.sentenceEnds = tokens.sentenceEnds.slice(0, room(tokens.sentenceCount));
}

function resizeTokens(tokens: Tokens, capacity: number): void {
  const { count } = tokens;
  tokens.starts = resized(tokens.starts, capacity, count);
  tokens.lengths = resized(tokens.lengths, capacity, count);
  tokens.gaps = resized(tokens.gaps, capacity, count);
  tokens.ids = resized(tokens.ids, capacity, count);
}

function reserveSentences(tokens: Tokens, capacity: number): void {
  if (capacity <= tokens.sentenceEnds.length) return;
  const size = Math.ceil(capacity * 1.25) + 16;
  tokens.sentenceEnds = resized(tokens.sentenceEnds, size, tokens.sentenceCount);
}
