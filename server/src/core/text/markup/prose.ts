// The prose of a document, whatever its markup: the text with everything that is not prose
// masked out at the same length (so offsets stay the document's), and the blocks (paragraphs,
// headings, list items, table rows) that no sentence crosses.

export interface Prose {
  masked: string;
  /** [start, end) offsets of prose blocks, in document order. */
  blocks: [number, number][];
}

/** Masks a block-level region (code, front matter): spaces, line breaks kept. */
export const BLANK = ' ';
/** Masks an inline region (code span, URL): a mark that ends a term but not a sentence. */
export const BARRIER = '\u0001';

/** Offsets where lines start, after \n, \r\n or a lone \r; found by indexOf, not char by char. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    if (cr < 0 || (lf >= 0 && lf < cr)) {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
      continue;
    }
    const end = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1; // \r\n is one break
    starts.push(end);
    if (end === cr + 2) lf = text.indexOf('\n', end);
    cr = text.indexOf('\r', end);
  }
  return starts;
}

/** Replaces text[from, to) by `mark`, keeping line breaks, into the parts array being built. */
export function maskInto(parts: string[], text: string, from: number, to: number, mark: string): void {
  let run = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (i > run) parts.push(mark.repeat(i - run));
      parts.push(text[i]);
      run = i + 1;
    }
  }
  if (to > run) parts.push(mark.repeat(to - run));
}

/** Inline regions that are never prose in any format: web addresses and site paths ("/help/short-sales"). */
const URL = /\b(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>"'`]+[^\s<>"'`.,;:!?)\]]/;
const PATH = /(?<![\w/.])\/[\w.~%-]+(?:\/[\w.~%-]+)+\/?|(?<![\w/.])\/[a-z0-9]+(?:-[a-z0-9]+){2,}\/?/;
export const BARE_URL = new RegExp(`${URL.source}|${PATH.source}`, 'g');

/** Masks `regions` (sorted, non-overlapping [from, to), optionally with their own mark; BARRIER by default). */
export function maskRegions(text: string, regions: ([number, number] | [number, number, string])[]): string {
  if (regions.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [from, to, mark] of regions) {
    parts.push(text.slice(at, from));
    maskInto(parts, text, from, to, mark ?? BARRIER);
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * How many lines a prose block holds at most (tests lower it). A longer block (a paragraph of a
 * million short lines) is cut into pieces of this many lines, counted from its first line, and
 * each piece is a block of its own: its words, sentences and inline masking are read alone. The
 * cuts depend on nothing but line numbers within the block, so typing within a line never moves
 * one, and a keystroke re-reads the piece it falls in (see paragraphLineWindow in incremental.ts).
 * 256 lines of ordinary prose are about 16 KB, far longer than any real sentence; a sentence or
 * inline construct (code span, comment) that crosses a cut is read as two.
 */
export const blockLimit = { lines: 256 };

/** `blocks` with every block of more than blockLimit.lines lines cut into pieces of that many lines. */
export function cutLongBlocks(text: string, blocks: [number, number][]): [number, number][] {
  const most = blockLimit.lines;
  let out: [number, number][] | undefined;
  for (let b = 0; b < blocks.length; b++) {
    const [from, to] = blocks[b];
    // Every line holds at least its line break: a block this short cannot have too many lines.
    const cuts = to - from > most ? lineCuts(text, from, to, most) : [];
    if (cuts.length === 0) {
      out?.push(blocks[b]);
      continue;
    }
    out ??= blocks.slice(0, b);
    let at = from;
    for (const cut of cuts) {
      out.push([at, cut]);
      at = cut;
    }
    out.push([at, to]);
  }
  return out ?? blocks;
}

/** Starts of lines `most`, 2 × `most`, … of text[from, to) (line breaks as in lineStarts), before `to`. */
function lineCuts(text: string, from: number, to: number, most: number): number[] {
  const cuts: number[] = [];
  let lines = 0;
  let lf = text.indexOf('\n', from);
  let cr = text.indexOf('\r', from);
  for (;;) {
    let end: number;
    if (lf >= 0 && (cr < 0 || lf < cr)) end = lf + 1;
    else if (cr >= 0) end = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
    else break;
    if (end >= to) break;
    if (++lines % most === 0) cuts.push(end);
    if (lf >= 0 && lf < end) lf = text.indexOf('\n', end);
    if (cr >= 0 && cr < end) cr = text.indexOf('\r', end);
  }
  return cuts;
}
