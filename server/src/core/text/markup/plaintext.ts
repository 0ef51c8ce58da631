// Plain text: every paragraph is prose; web addresses and inline-control lines
// ("mortgage-lens-disable-next-line …") are masked.
import { BARE_URL, BARRIER, BLANK, cutLongBlocks, maskRegions, type Prose } from './prose';

// One way to match the blanks before the words (see suppressions.ts): linear on a line of spaces.
const DIRECTIVE_LINE = /^[ \t]*(?:(?:#|\/\/|--|;)[ \t]*)?mortgage-lens-(?:disable|enable)[^\r\n]*/gm;

export function plaintextProse(text: string): Prose {
  return plaintextProseAndEnd(text).prose;
}

/**
 * The prose of a window of a document that starts where a paragraph starts; undefined unless the
 * window also ends with a paragraph break, so that what follows starts a paragraph too.
 */
export function plaintextWindowProse(text: string): Prose | undefined {
  const { prose, lastBreakEnd } = plaintextProseAndEnd(text);
  return lastBreakEnd === text.length ? prose : undefined;
}

function plaintextProseAndEnd(text: string): { prose: Prose; lastBreakEnd: number } {
  const regions: [number, number, string][] = [];
  for (const m of text.matchAll(BARE_URL)) regions.push([m.index, m.index + m[0].length, BARRIER]);
  for (const m of text.matchAll(DIRECTIVE_LINE)) regions.push([m.index, m.index + m[0].length, BLANK]);
  const masked = maskRegions(text, mergeRegions(regions));
  const blocks: [number, number][] = [];
  const paragraphBreak = /(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/g;
  let start = 0;
  for (const m of masked.matchAll(paragraphBreak)) {
    if (m.index > start) blocks.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (masked.length > start) blocks.push([start, masked.length]);
  return { prose: { masked, blocks: cutLongBlocks(masked, blocks) }, lastBreakEnd: start };
}

/** Sorted, non-overlapping regions; where a URL lies inside a directive line, the line wins. */
function mergeRegions(regions: [number, number, string][]): [number, number, string][] {
  const sorted = regions.sort((a, b) => a[0] - b[0]);
  const merged: [number, number, string][] = [];
  for (const region of sorted) {
    const last = merged[merged.length - 1];
    if (last && region[0] < last[1]) {
      last[1] = Math.max(last[1], region[1]);
      if (region[2] === BLANK) last[2] = BLANK;
    } else merged.push([...region]);
  }
  return merged;
}
