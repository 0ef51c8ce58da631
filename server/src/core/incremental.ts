// Re-analysis after an edit: only the blocks around the change are read again; the rest of the
// previous analysis is reused, moved by the length the edit added or removed.
//
// A window of the document can be read alone when it starts and ends at the top level of the
// markup: at the document's start or at a line that begins a block in column 0 after a blank line,
// outside any fence, HTML block or front matter. Nothing before such a line changes how the text
// after it is read, and nothing after it changes the text before. In Markdown, a line that starts
// an item of a top-level list (a marker in column 0) is such a line too, though no blank line comes
// before it: a list of a million items is one top-level block, and a keystroke in it reads a few
// items. A table has neither: an edit inside one of its lines that leaves the line's kind as it was
// reads that line alone (see tableLineWindow). Terms, senses and sentences never cross blocks; a
// sentence's claims also read the next sentence, so the sentence just before the window is read
// again too. The result equals a full analysis of the new text (a property test holds it to
// that); when no such window exists, the whole document is read.
import type { RuleEntry } from './glossaryTypes';
import type { FindingFix } from './findings/finding';
import { frontMatterEnd, markdownBlockMasked, proseOf, windowProseOf, type Prose } from './text/markup';
import { plaintextProse } from './text/markup/plaintext';
import { sameTableLine } from './text/markup/tableRow';
import type { TermMention } from './terms/terms';
import type { BlockDetection } from './definitions/detect';
import { layoutFromHeadings, type Heading, type Layout } from './definitions/layout';
import type { RawDefinition, Span } from './definitions/types';
import { PieceText, prefixOf, type TextSource } from './text/pieceText';
import { spliceArray } from './text/arrays';
import { MaskedText } from './text/maskedText';
import { MentionList } from './terms/mentionList';
import { SpanList } from './text/spanList';
import { lowerBound } from './text/search';
import { directiveMarks } from './findings/suppressions';
import {
  isQuestion,
  reserveTokens,
  sentenceFirst,
  spliceTokens,
  tokenize,
  tokenizeBlocks,
  trimTokens,
  wordEnd,
  type Tokens,
} from './text/tokens';

/** A claim found in the text, before settings and inline comments decide whether it is reported. */
export interface RawClaim {
  rule: RuleEntry;
  start: number;
  end: number;
  /** Already in the finding's shape: an analysis reports it without copying. */
  fix?: FindingFix;
}

/** What the block-local part of the analysis keeps of a document version. */
export interface LocalAnalysis {
  text: TextSource;
  languageId: string;
  /** The prose with non-prose masked (see markup), and its blocks. */
  masked: MaskedText;
  blocks: SpanList;
  tokens: Tokens;
  mentions: MentionList;
  /** Words of terms read in another sense (no claim may use them). */
  otherSense: Set<number>;
  claims: RawClaim[];
  /** Headings and Definitions sections, and what each block defines. */
  headings: Heading[];
  layout: Layout;
  detections: BlockDetection[];
  /** Where inline-control comments may be (see suppressions.ts); none in most documents. */
  marks: number[];
}

/** The readers the language service provides, over a range of words or sentences. */
export interface LocalReaders {
  abbreviations: ReadonlySet<string>;
  mentions(
    tokens: Tokens,
    fromWord: number,
    toWord: number,
  ): { mentions: TermMention[]; otherSense: Set<number> };
  claims(
    tokens: Tokens,
    text: TextSource,
    excluded: (k: number) => boolean,
    fromSentence: number,
    toSentence: number,
  ): RawClaim[];
  headings(prose: Prose, languageId: string, fromBlock: number, toBlock: number): Heading[];
  definitions(prose: Prose, layout: Layout, fromBlock: number, toBlock: number): BlockDetection[];
}

export function analyzeLocal(text: TextSource, languageId: string, read: LocalReaders): LocalAnalysis {
  const flat = String(text);
  const prose = chunkedProse(flat, languageId);
  const tokens = tokenize(prose, read.abbreviations);
  const found = read.mentions(tokens, 0, tokens.count);
  const { otherSense } = found;
  const mentions = new MentionList(found.mentions);
  const claims = read.claims(tokens, text, (k) => otherSense.has(k), 0, tokens.sentenceCount);
  const headings = read.headings(prose, languageId, 0, prose.blocks.length);
  const layout = layoutFromHeadings(headings, text.length);
  const detections = read.definitions(prose, layout, 0, prose.blocks.length);
  const masked = new MaskedText(text, prose.masked, flat);
  tokens.text = masked;
  trimTokens(tokens);
  const blocks = new SpanList(prose.blocks);
  const marks = directiveMarks(flat, 0);
  return {
    text,
    languageId,
    masked,
    blocks,
    tokens,
    mentions,
    otherSense,
    claims,
    headings,
    layout,
    detections,
    marks,
  };
}

/**
 * The analysis of `text`, reusing `old` (of the same document, before an edit) where it can; or,
 * when that would read more than `most` characters at once (a long paste, a fence opened above
 * megabytes of text), undefined and `old` untouched: the caller reads the text in steps instead.
 */
export function updateLocal(old: LocalAnalysis, text: TextSource, read: LocalReaders): LocalAnalysis;
export function updateLocal(
  old: LocalAnalysis,
  text: TextSource,
  read: LocalReaders,
  most: number,
): LocalAnalysis | undefined;
export function updateLocal(
  old: LocalAnalysis,
  text: TextSource,
  read: LocalReaders,
  most = Infinity,
): LocalAnalysis | undefined {
  if (old.text === text) return old;
  const reused = reuse(old, text, read, commonPrefix(old.text, text), most);
  if (reused) return reused;
  return text.length <= most ? analyzeLocal(text, old.languageId, read) : undefined;
}

/**
 * `prefix`: the length of old.text and text's common start. Undefined, with `old` untouched, where
 * the blocks around the change cannot be read alone or would be more than `most` characters.
 */
function reuse(
  old: LocalAnalysis,
  text: TextSource,
  read: LocalReaders,
  prefix: number,
  most = Infinity,
): LocalAnalysis | undefined {
  const { languageId } = old;
  const blocks = old.blocks;
  const suffix = commonSuffix(old.text, text, Math.min(old.text.length, text.length) - prefix);
  const delta = text.length - old.text.length;
  const changeEnd = old.text.length - suffix;
  const around =
    tableLineWindow(old, text, prefix, changeEnd, delta) ??
    proseLineWindow(old, text, prefix, changeEnd, delta) ??
    blockWindow(old, text, prefix, changeEnd, delta, most);
  if (!around) return undefined;
  const { first, from, end, to, windowText, window } = around;

  // The window's blocks are read on its own text (offsets from `from`, blocks from `first`) and
  // moved into place: reading them in the new whole text would copy all of it into one string.
  const count = window.blocks.length;

  // From here on the old analysis is updated in place: it belongs to the previous version only.
  // Prose: the window's masked text in place of the old, the blocks likewise.
  const masked = old.masked;
  masked.update(text, from, to, windowText, window.masked);
  const tokens = old.tokens;
  const wordsBefore = firstWordFrom(tokens, from);
  const wordsTail = firstWordFrom(tokens, to);
  blocks.splice(first, end, window.blocks, from, delta);

  // Words: those of the window's blocks are read again.
  const middle = tokenizeBlocks(window, read.abbreviations, 0, count);
  for (let k = 0; k < middle.count; k++) middle.starts[k] += from;
  const blockDelta = count - (end - first);
  spliceTokens(tokens, masked, wordsBefore, wordsTail - wordsBefore, middle, delta);
  const wordDelta = middle.count - (wordsTail - wordsBefore);
  const middleEnd = wordsBefore + middle.count;

  // Terms and their senses: per block.
  const found = read.mentions(tokens, wordsBefore, middleEnd);
  const mentions = old.mentions;
  const firstMention = mentions.indexFromWord(wordsBefore);
  const tailMention = mentions.indexFromWord(wordsTail);
  mentions.splice(firstMention, tailMention, found.mentions, delta, wordDelta);
  const otherSense = found.otherSense;
  for (const k of old.otherSense) {
    if (k < wordsBefore) otherSense.add(k);
    else if (k >= wordsTail) otherSense.add(k + wordDelta);
  }

  // Claims: the window's sentences and the one before it, whose next sentence may have changed...
  let sentence = firstSentenceFrom(tokens, wordsBefore);
  const sentenceEnd = sentence + middle.sentenceCount;
  if (sentence > 0) sentence--;
  const readFrom = Math.min(
    from,
    sentence < tokens.sentenceCount ? tokens.starts[sentenceFirst(tokens, sentence)] : from,
  );
  const claims = old.claims;
  const firstClaim = lowerBound(claims.length, (i) => claims[i].start >= readFrom);
  const tailClaim = lowerBound(claims.length, (i) => claims[i].start >= to);
  for (let i = tailClaim; i < claims.length; i++) {
    const c = claims[i];
    c.start += delta;
    c.end += delta;
    if (c.fix)
      for (const edit of c.fix.edits) {
        edit.start += delta;
        edit.end += delta;
      }
  }
  // ...and the one after it, which may take its subject from the window's last sentence (a
  // question heading and its answer: see carriedSubject in claims.ts).
  let readTo = Math.min(sentenceEnd + 1, tokens.sentenceCount);
  // A question read again needs its answer too: a "No." or a "Yes." reports its claim on the question's
  // words, found only when the answer is read (see denialClaims and the affirmed claims in claims/index.ts).
  if (readTo > sentenceEnd && readTo < tokens.sentenceCount && isQuestion(tokens, readTo - 1)) readTo++;
  let tail = tailClaim;
  if (readTo > sentenceEnd) {
    const readEnd = wordEnd(tokens, tokens.sentenceEnds[readTo - 1] - 1);
    while (tail < claims.length && claims[tail].start < readEnd) tail++;
  }
  const reread = read.claims(tokens, text, (k) => otherSense.has(k), sentence, readTo);
  spliceArray(claims, firstClaim, tail - firstClaim, reread);

  // Definitions: each block is read alone, given the Definitions sections. The window's blocks are
  // read again, and so are the blocks of any section that changed other than by moving.
  const headings = old.headings;
  const firstHeading = lowerBound(headings.length, (i) => headings[i].start >= from);
  const tailHeading = lowerBound(headings.length, (i) => headings[i].start >= to);
  for (let i = tailHeading; i < headings.length; i++) {
    headings[i].start += delta;
    headings[i].end += delta;
  }
  const windowHeadings = read.headings(window, languageId, 0, count).map((h) => moved(h, from));
  spliceArray(headings, firstHeading, tailHeading - firstHeading, windowHeadings);
  const layout = layoutFromHeadings(headings, text.length);
  const changed = changedSpan(old.layout.sections, layout.sections, from, to, delta);
  let detectFrom = first;
  let detectTo = first + count;
  if (changed) {
    detectFrom = Math.min(detectFrom, Math.max(0, blocks.lastStartingAtOrBefore(changed.start)));
    detectTo = Math.max(detectTo, blocks.lastStartingAtOrBefore(changed.end - 1) + 1);
  }
  const at = detectFrom < first ? blocks.start(detectFrom) : from;
  const part =
    detectFrom === first && detectTo === first + count
      ? window
      : {
          masked: masked.slice(at, detectTo < blocks.length ? blocks.start(detectTo) : text.length),
          blocks: blocks.pairs(detectFrom, detectTo, -at),
        };
  const detections = old.detections.filter((d) => d.block < detectFrom);
  const sections = layout.sections.map((s) => moved(s, -at));
  for (const d of read.definitions(part, { headings: [], sections }, 0, detectTo - detectFrom))
    detections.push(movedDetection(d, detectFrom, at));
  // Definitions remember their section by index: past the changed sections, the index moves too.
  const section = (index: number) => (changed && index >= changed.head ? index + changed.shift : index);
  for (const d of old.detections) {
    if (d.block >= end && d.block + blockDelta >= detectTo)
      detections.push(movedDetection(d, blockDelta, delta, section));
  }

  // Inline-control marks: those of the window found again, the rest moved.
  const marks = old.marks.filter((m) => m < from);
  marks.push(...directiveMarks(windowText, from));
  for (const m of old.marks) if (m >= to) marks.push(m + delta);
  // The prose, words, mentions, claims and headings were updated in place above.
  return { ...old, text, otherSense, layout, detections, marks };
}

interface Window {
  /** The old blocks [first, end) are read again, [from, to) of the old text. */
  first: number;
  end: number;
  from: number;
  to: number;
  /** The new text of the window and its prose. */
  windowText: string;
  window: Prose;
}

/**
 * The blocks around a change that can be read alone: from the last safe block start at or before
 * it to the first after it (see the top of this file); undefined where they cannot be read alone
 * or would be more than `most` characters.
 */
function blockWindow(
  old: LocalAnalysis,
  text: TextSource,
  prefix: number,
  changeEnd: number,
  delta: number,
  most: number,
): Window | undefined {
  const { languageId, blocks } = old;
  const items = languageId === 'markdown';
  // A block start where both versions are at the top level (after the change, moved by its length),
  // or start an item of a top-level list there. Before the change, that item's first line must be
  // the same in both: what it holds decides whether it starts an item.
  const safe = (b: number, shift: number) =>
    (topLevelStart(old.text, b) && topLevelStart(text, b + shift)) ||
    (items &&
      itemLineStart(old.text, b) &&
      itemLineStart(text, b + shift) &&
      (shift !== 0 || lineBreakAt(old.text, b) < prefix));

  // The window starts at the last safe block start at or before the change…
  let first = blocks.lastStartingAtOrBefore(prefix);
  while (first >= 0 && !safe(blocks.start(first), 0)) first--;
  let from = first < 0 ? 0 : blocks.start(first);
  const frontMatter = frontMatterEnd(text, languageId);
  if (first < 0 || frontMatter > from) [first, from] = [0, 0];
  // …and ends at the first safe block start at or after it.
  let end = blocks.lastStartingAtOrBefore(changeEnd - 1) + 1;
  while (end < blocks.length && (blocks.start(end) < changeEnd || !safe(blocks.start(end), delta))) end++;
  const to = end < blocks.length ? blocks.start(end) : old.text.length;

  if (frontMatter > to + delta) return undefined; // front matter now reaches past the window
  if (to + delta - from > most) return undefined;
  const atEnd = end === blocks.length;
  const windowText = text.slice(from, atEnd ? text.length : to + delta);
  const window = windowProseOf(windowText, languageId, from === 0, atEnd, nextItemAt(text, to + delta));
  return window && { first, end, from, to, windowText, window };
}

/** Lines longer than this are not looked at for a table line's edit. */
const LONG_LINE = 64 * 1024;

/**
 * For an edit inside one Markdown line that starts with "|" and was a prose block of its own (a
 * table's row, most often): that line alone, where the edit leaves it the same kind of line (see
 * text/markup/tableRow.ts). A table has no blank line and no list item to cut it at.
 */
function tableLineWindow(
  old: LocalAnalysis,
  text: TextSource,
  prefix: number,
  changeEnd: number,
  delta: number,
): Window | undefined {
  if (old.languageId !== 'markdown' || prefix === 0) return undefined;
  const line = editedLine(old, text, prefix, changeEnd, delta);
  if (!line || line.before.charCodeAt(0) !== 124 /* | */) return undefined;
  const { from, lineEnd, before, after } = line;
  const crlf = old.text.charCodeAt(lineEnd) === 13 && old.text.charCodeAt(lineEnd + 1) === 10;
  const to = lineEnd + (crlf ? 2 : lineEnd < old.text.length ? 1 : 0);
  const blocks = old.blocks;
  const first = blocks.lastStartingAtOrBefore(from);
  if (first < 0 || blocks.start(first) !== from || blocks.end(first) !== to) return undefined;
  const removed = old.text.slice(prefix, changeEnd);
  const inserted = text.slice(prefix, changeEnd + delta);
  if (!sameTableLine(before, after, removed, inserted)) return undefined;
  const windowText = text.slice(from, to + delta);
  const window = proseOf(windowText, 'markdown');
  const [block] = window.blocks;
  if (window.blocks.length !== 1 || block[0] !== 0 || block[1] !== windowText.length) return undefined;
  return { first, end: first + 1, from, to, windowText, window };
}

/**
 * For an edit inside one line of prose that leaves it a line of the same kind: the block that holds
 * the line, alone (a paragraph of a million lines is cut into blocks of a few hundred, see
 * blockLimit in text/markup/prose.ts; each block is masked alone). In plain text, any line that is not
 * blank before or after. In Markdown, a line that starts with a letter after the same indentation
 * before and after, and holds none of the characters that may make it or other lines part of a
 * table ("|"), a link reference definition ("[", "]", quotes, parentheses) or escape one ("\"):
 * such a line cannot start or end a block, nor change how the lines around it are read; one line
 * after a definition's "]:" may be its destination, so that line and lines closer than a label's
 * length after a line that starts with "[" are left out.
 */
function proseLineWindow(
  old: LocalAnalysis,
  text: TextSource,
  prefix: number,
  changeEnd: number,
  delta: number,
): Window | undefined {
  if (changeEnd - prefix > LONG_LINE || changeEnd + delta - prefix > LONG_LINE) return undefined;
  const markdown = old.languageId === 'markdown';
  const inserted = text.slice(prefix, changeEnd + delta);
  if (/[\r\n]/.test(inserted)) return undefined;
  const line = editedLine(old, text, prefix, changeEnd, delta);
  if (!line) return undefined;
  const { from, lineEnd, before, after } = line;
  if (markdown ? !sameProseLine(before, after) : !/\S/.test(before) || !/\S/.test(after)) return undefined;
  if (markdown && mayBeReference(old.text, from)) return undefined;
  const blocks = old.blocks;
  const b = blocks.lastStartingAtOrBefore(from);
  if (b < 0 || blocks.end(b) < lineEnd) return undefined;
  const start = blocks.start(b);
  const end = blocks.end(b);
  const windowText = text.slice(start, end + delta);
  const masked = markdown ? markdownBlockMasked(windowText) : plaintextProse(windowText).masked;
  return {
    first: b,
    end: b + 1,
    from: start,
    to: end,
    windowText,
    window: { masked, blocks: [[0, windowText.length]] },
  };
}

const PROSE_LINE = /^([ \t]*)\p{L}[^|\\[\]()"'\r\n]*$/u;

/** Whether a Markdown line, before and after an edit within it, is a prose line (see proseLineWindow). */
function sameProseLine(before: string, after: string): boolean {
  const a = PROSE_LINE.exec(before);
  const b = a && PROSE_LINE.exec(after);
  return !!b && a[1] === b[1];
}

/** A label is at most 999 characters, escaped at most twice that (as markdown-it reads it). */
const LABEL_REACH = 2048;
const OPENS_LABEL = /(?:^|[\r\n])[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*\[/;

/**
 * Whether the line at `from` may be read as part of a link reference definition that starts before
 * it: a line that starts with "[" (after quote and list markers) less than a label's length
 * before, or a line just before that ends with ":" (after a label's "]", its destination may follow).
 */
function mayBeReference(text: TextSource, from: number): boolean {
  const head = text.slice(Math.max(0, from - LABEL_REACH), from);
  return OPENS_LABEL.test(head) || /:[ \t]*(?:\r\n?|\n)$/.test(head);
}

/**
 * The old line that holds an edit of [prefix, changeEnd), and the same line after it, where the edit
 * stays inside one line shorter than LONG_LINE.
 */
function editedLine(
  old: LocalAnalysis,
  text: TextSource,
  prefix: number,
  changeEnd: number,
  delta: number,
): { from: number; lineEnd: number; before: string; after: string } | undefined {
  const from = lineStartBefore(old.text, prefix);
  if (from < 0) return undefined;
  const lineEnd = lineBreakAt(old.text, changeEnd);
  if (lineEnd - from > LONG_LINE) return undefined;
  const before = old.text.slice(from, lineEnd);
  if (/[\r\n]/.test(before)) return undefined;
  return { from, lineEnd, before, after: text.slice(from, lineEnd + delta) };
}

/** The start of the line that holds offset `at` - 1, if it starts less than LONG_LINE before; else -1. */
function lineStartBefore(text: TextSource, at: number): number {
  for (let length = 256; ; length *= 4) {
    const from = Math.max(0, at - length);
    const part = text.slice(from, at);
    const i = Math.max(part.lastIndexOf('\n'), part.lastIndexOf('\r'));
    if (i >= 0) return from + i + 1;
    if (from === 0) return 0;
    if (length >= LONG_LINE) return -1;
  }
}

/**
 * Room for the words, sentences, mentions and blocks of all of `text`, estimated from those of its
 * first step, a little over: too little and the arrays are copied as they grow, too much and the
 * words' room is trimmed at the end (see trimTokens); either leaves holes the size of the arrays in
 * the process's memory, which it does not give back.
 */
function reserveRoom(first: LocalAnalysis, text: TextSource): void {
  const scale = (1.03 * text.length) / Math.max(1, first.text.length);
  const room = (found: number) => Math.ceil(found * scale) + 1024;
  reserveTokens(first.tokens, room(first.tokens.count), room(first.tokens.sentenceCount));
  first.mentions.reserve(room(first.mentions.length));
  first.blocks.reserve(room(first.blocks.length));
}

/**
 * How far a step reads where blocks are `perBlock` characters long on average. Each block costs
 * the parser and the readers about as much, however short: a list of one-word items holds eight
 * times the blocks of prose in as many characters, so a step there reads fewer characters.
 */
function denseStep(step: number, perBlock: number): number {
  const DENSE_BLOCK = 32;
  // At least one character: a step that reads nothing never ends (steps of under 16 characters).
  return perBlock < DENSE_BLOCK ? Math.max(1, step >> 4, Math.round((step * perBlock) / DENSE_BLOCK)) : step;
}

/**
 * One step of reading a long document in parts: the analysis of a longer start of `text`, ending
 * at a top-level block start about `step` characters further on, or at the text's end. `partial`
 * is the analysis of an earlier start, of this text or of an earlier version (`known`: how much of
 * it is known to agree with `text`). Where an edit changed what was read, reading resumes before it.
 */
export function stepLocal(
  partial: LocalAnalysis | undefined,
  text: TextSource,
  languageId: string,
  read: LocalReaders,
  step: number,
  known = partial ? commonPrefix(partial.text, text) : 0,
): LocalAnalysis {
  if (!partial || partial.languageId !== languageId) {
    // Before any block is read, lines stand for them (see denseStep).
    const head = text.slice(0, step);
    let lines = 1;
    for (let i = head.indexOf('\n'); i >= 0; i = head.indexOf('\n', i + 1)) lines++;
    const length = denseStep(step, head.length / lines);
    const start = analyzeLocal(prefixOf(text, nextCut(text, length, languageId)), languageId, read);
    reserveRoom(start, text);
    return start;
  }
  let base = partial;
  if (known < base.text.length) {
    // Keep what was read before the change: cutting the text there is an edit at its end.
    const shorter = prefixOf(text, known);
    base = reuse(base, shorter, read, known) ?? analyzeLocal(shorter, languageId, read);
  }
  // A step reads again from the last prose block: after megabytes without one (an unclosed
  // fence swallows the rest), every step would read all of them again, so the rest is read at once.
  const lastBlock = base.blocks.length > 0 ? base.blocks.start(base.blocks.length - 1) : 0;
  if (base.text.length - lastBlock > 8 * step) return analyzeLocal(text, languageId, read);
  const perBlock = base.text.length / Math.max(1, base.blocks.length);
  const end = nextCut(text, base.text.length + denseStep(step, perBlock), languageId);
  const longer = prefixOf(text, end);
  const next = reuse(base, longer, read, base.text.length) ?? analyzeLocal(longer, languageId, read);
  if (end === text.length) trimTokens(next.tokens);
  return next;
}

/**
 * Where the Definitions sections differ from `before` with every boundary after the window moved
 * by the edit's length (new offsets), or undefined where they do not; and how the index of a
 * section after that span changed.
 */
function changedSpan(
  before: readonly Span[],
  now: readonly Span[],
  from: number,
  to: number,
  delta: number,
): (Span & { head: number; shift: number }) | undefined {
  // Old boundaries inside the window become its bounds: the window is read again anyway.
  const map = (x: number) => (x <= from ? x : x >= to ? x + delta : x - from < to - x ? from : to + delta);
  const old = before.map((s) => ({ start: map(s.start), end: map(s.end) }));
  const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
  let head = 0;
  while (head < old.length && head < now.length && same(old[head], now[head])) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < now.length - head &&
    same(old[old.length - 1 - tail], now[now.length - 1 - tail])
  )
    tail++;
  const differing = [...old.slice(head, old.length - tail), ...now.slice(head, now.length - tail)];
  if (differing.length === 0) return undefined;
  return {
    start: Math.min(...differing.map((s) => s.start)),
    end: Math.max(...differing.map((s) => s.end)),
    // Sections from `head` on are the changed ones and those after them, one index further per
    // section added.
    head,
    shift: now.length - old.length,
  };
}

function moved<T extends Span>(span: T, delta: number): T {
  return { ...span, start: span.start + delta, end: span.end + delta };
}

/** A block's detection `blocks` blocks and `delta` characters further on. */
function movedDetection(
  d: BlockDetection,
  blocks: number,
  delta: number,
  section: (index: number) => number = (index) => index,
): BlockDetection {
  return {
    block: d.block + blocks,
    definitions: d.definitions.map((definition) => ({
      ...movedDefinition(definition, delta),
      section: definition.section < 0 ? definition.section : section(definition.section),
    })),
    pointers: d.pointers.map((p) => moved(p, delta)),
    forward: d.forward === undefined ? undefined : d.forward + delta,
  };
}

function movedDefinition(d: RawDefinition, delta: number): RawDefinition {
  return {
    ...moved(d, delta),
    statement: moved(d.statement, delta),
    own: moved(d.own, delta),
    body: d.body && moved(d.body, delta),
    removal: d.removal && moved(d.removal, delta),
  };
}

/**
 * The prose of a document read in windows of about `chunk` characters, each ending at a top-level
 * block start or list item (as in reuse), so the Markdown parser never holds the structure of a
 * whole long document at once. Equal to proseOf(text, languageId).
 */
export function chunkedProse(text: string, languageId: string, chunk = 256 * 1024): Prose {
  if (text.length <= 2 * chunk) return proseOf(text, languageId);
  const frontMatter = frontMatterEnd(text, languageId);
  const masked: string[] = [];
  const blocks: [number, number][] = [];
  for (let from = 0; from < text.length;) {
    let target = Math.max(from + chunk, frontMatter);
    for (;;) {
      const to = nextCut(text, target, languageId);
      const atEnd = to >= text.length;
      const next = nextItemAt(text, to);
      const window = windowProseOf(text.slice(from, to), languageId, from === 0, atEnd, next);
      if (window) {
        masked.push(window.masked);
        for (const [a, b] of window.blocks) blocks.push([a + from, b + from]);
        from = to;
        break;
      }
      target = from + 2 * (to - from); // it ends inside a fence or HTML block: take more
    }
  }
  return { masked: masked.join(''), blocks };
}

const BLANK_LINE_THEN_TEXT = /(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)(?=[^ \t\r\n])/g;
// In Markdown, also a line break before what may be a list marker in column 0.
const LINE_THEN_TEXT = /(?:\r\n?|\n)(?:[ \t]*(?:\r\n?|\n)(?=[^ \t\r\n])|(?=[-*+\d]))/g;

/**
 * The first place at or after `at` where a window may end (a top-level block start or, in
 * Markdown, a line that starts a list item), or the text's length. Windows that end there are
 * checked when read (see windowProseOf). The text is searched a slice at a time, each slice
 * reaching a little into the next, so a blank line across a cut is seen (one of hundreds of spaces
 * might not be: then a later start is found, which is as correct).
 */
function nextCut(text: TextSource, at: number, languageId: string): number {
  const SLICE = 64 * 1024;
  const items = languageId === 'markdown';
  const candidates = items ? LINE_THEN_TEXT : BLANK_LINE_THEN_TEXT;
  for (let from = Math.max(0, at - 1); from < text.length; from += SLICE) {
    const part = text.slice(from, from + SLICE + 256);
    candidates.lastIndex = 0;
    for (let m = candidates.exec(part); m; m = candidates.exec(part)) {
      const start = from + m.index + m[0].length;
      if (start >= at && (topLevelStart(text, start) || (items && itemLineStart(text, start)))) return start;
    }
  }
  return text.length;
}

/**
 * A line in column 0 that starts an item of a list, by its text: a marker, a space and more (an
 * empty item may not start a list after a paragraph), and not a thematic break ("- - -"). Whether
 * it does depends on what comes before (a fence may hold it), which the caller checks.
 */
function itemLineStart(text: TextSource, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before !== 10 && (before !== 13 || text.charCodeAt(at) === 10)) return false;
  const head = text.slice(at, at + 256);
  if (!ITEM_LINE.test(head)) return false;
  const end = head.search(/[\r\n]/);
  // A line too long to tell from its start is not taken for an item: reading more is as correct.
  return end >= 0 ? !THEMATIC_BREAK.test(head.slice(0, end)) : head.length === text.length - at;
}

const ITEM_LINE = /^(?:[-*+]|\d{1,9}[.)])[ \t]+[^ \t\r\n]/;
const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** The offset of the first line break at or after `at` (the text's length if none). */
function lineBreakAt(text: TextSource, at: number): number {
  for (let from = at, length = 256; from < text.length; from += length, length *= 2) {
    const end = text.slice(from, from + length).search(/[\r\n]/);
    if (end >= 0) return from + end;
  }
  return text.length;
}

/**
 * For a window that ends at `at` before a list item (not at a top-level block start, nor at the
 * text's end): that item's line, with its line break, which the window is read with.
 */
function nextItemAt(text: TextSource, at: number): string | undefined {
  if (at >= text.length || topLevelStart(text, at)) return undefined;
  let end = lineBreakAt(text, at);
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) end += 2;
  else if (end < text.length) end++;
  return text.slice(at, end);
}

/**
 * A line that starts a block at the top level: the document's start, or a line after a blank line
 * whose first character is not white space (an indented line may continue a list item or be code).
 */
function topLevelStart(text: TextSource, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at);
  if (Number.isNaN(c) || c === 32 || c === 9 || c === 10 || c === 13) return false;
  // Step back over the line break before `at` (LF, CRLF or CR)…
  let i = at - 1;
  const end = text.charCodeAt(i);
  if (end === 10) i -= text.charCodeAt(i - 1) === 13 ? 2 : 1;
  else if (end === 13) i--;
  else return false;
  // …then the line before must hold nothing but spaces and tabs.
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i >= 0 && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13);
}

/**
 * Length of the common start of a and b. Slices are compared (a string comparison is a memcmp),
 * in long chunks while they agree and in halves once one differs.
 */
function commonPrefix(a: TextSource, b: TextSource): number {
  const n = Math.min(a.length, b.length);
  let i =
    a instanceof PieceText && b instanceof PieceText ? Math.min(n, sharedLength(a.parts, b.parts, false)) : 0;
  for (let chunk = 65536; chunk >= 64; chunk >>= 1)
    while (i + chunk <= n && a.slice(i, i + chunk) === b.slice(i, i + chunk)) i += chunk;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of a and b, at most `max`; compared as commonPrefix does. */
function commonSuffix(a: TextSource, b: TextSource, max: number): number {
  let i =
    a instanceof PieceText && b instanceof PieceText
      ? Math.min(max, sharedLength(a.parts, b.parts, true))
      : 0;
  for (let chunk = 65536; chunk >= 64; chunk >>= 1)
    while (
      i + chunk <= max &&
      a.slice(a.length - i - chunk, a.length - i) === b.slice(b.length - i - chunk, b.length - i)
    )
      i += chunk;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Index of the first word at or after `offset` (the word count if none). */
function firstWordFrom(tokens: Tokens, offset: number): number {
  return lowerBound(tokens.count, (k) => tokens.starts[k] >= offset);
}

function firstSentenceFrom(tokens: Tokens, word: number): number {
  return lowerBound(tokens.sentenceCount, (i) => sentenceFirst(tokens, i) >= word);
}

/** Total length of the pieces both lists start (or, `fromEnd`, end) with: the same pieces of one text. */
function sharedLength(x: readonly string[], y: readonly string[], fromEnd: boolean): number {
  let length = 0;
  for (let i = 0; i < x.length && i < y.length; i++) {
    const p = x[fromEnd ? x.length - 1 - i : i];
    if (p !== y[fromEnd ? y.length - 1 - i : i]) break;
    length += p.length;
  }
  return length;
}
