// Plain text: every paragraph is prose; only web addresses are masked.
import { BARE_URL, maskRegions, type Prose } from './prose';

export function plaintextProse(text: string): Prose {
  const urls: [number, number][] = [];
  for (const m of text.matchAll(BARE_URL)) urls.push([m.index, m.index + m[0].length]);
  const blocks: [number, number][] = [];
  const paragraphBreak = /(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/g;
  let start = 0;
  for (const m of text.matchAll(paragraphBreak)) {
    if (m.index > start) blocks.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (text.length > start) blocks.push([start, text.length]);
  return { masked: maskRegions(text, urls), blocks };
}
