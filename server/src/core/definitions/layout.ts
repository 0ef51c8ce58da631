// Headings and Definitions sections, read from the masked prose so code blocks and front matter
// never count.
// Markdown: ATX headings (# …), a paragraph that is all bold (**Definitions**), and run-in bold
// headings numbered inside the bold (**1. Definitions.** …) or after an unindented ordered-list
// marker (1. **Definitions.** …). A Definitions section runs to the next heading of its level or above.
// Plain text: title lines in capitals (1. DEFINITIONS), "Article I …" / "Section 2 …" lines,
// numbered Title Case lines (2. Modified Terms) and run-in numbered titles (1. Definitions. As used…).
// A plain-text section runs to the next heading of the same rank or above (Article > capitals > numbered).
import type { Span } from './types';

export interface Layout {
  headings: Span[];
  sections: Span[];
}

export interface Heading extends Span {
  /** Lower is higher: Markdown 1–6 for #…######, 7 for bold headings; plain text 1–3. */
  level: number;
  /** Whether its title names a Definitions section ("Definitions", "1. Defined Terms"). */
  opensDefinitions: boolean;
}

/** A heading as read from its line, before its title is judged. */
type TitledHeading = Omit<Heading, 'opensDefinitions'> & { title: string };

const DEFINITIONS_TITLE = /\b(?:definitions|defined\s+terms)\b/i;

/** The headings of blocks [fromBlock, toBlock): each block's are its own (see incremental.ts). */
export function headingsOf(
  masked: string,
  blocks: readonly [number, number][],
  languageId: string,
  fromBlock: number,
  toBlock: number,
): Heading[] {
  const some = blocks.slice(fromBlock, toBlock);
  const found = languageId === 'markdown' ? markdownHeadings(masked, some) : plaintextHeadings(masked, some);
  // The title is judged once here; headings are kept across versions (see incremental.ts).
  return found.map(({ start, end, level, title }) => ({
    start,
    end,
    level,
    opensDefinitions: DEFINITIONS_TITLE.test(title) && title.split(/\s+/).length <= 8,
  }));
}

/** Headings and the Definitions sections they open, in a document of `length` characters. */
export function layoutFromHeadings(headings: readonly Heading[], length: number): Layout {
  const sections: Span[] = [];
  for (let h = 0; h < headings.length; h++) {
    const heading = headings[h];
    if (!heading.opensDefinitions) continue;
    let end = length;
    for (let next = h + 1; next < headings.length; next++) {
      if (headings[next].level <= heading.level) {
        end = headings[next].start;
        break;
      }
    }
    if (sections.length && sections[sections.length - 1].end > heading.start) continue; // nested: the outer one holds it
    sections.push({ start: heading.start, end });
  }
  return { headings: headings.map(({ start, end }) => ({ start, end })), sections };
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
/** A bold run at the start of a line, after an optional unindented ordered-list marker. */
const BOLD_START = /^(\d{1,3}[.)][ \t]+)?(\*\*|__)(.+?)\2/;
const NUMBERED_TITLE = /^(?:(?:section|article)\s+)?[\dIVXLC]+(?:\.\d+)*\.?\s+\S/i;

function markdownHeadings(masked: string, blocks: readonly [number, number][]): TitledHeading[] {
  const headings: TitledHeading[] = [];
  for (const [from, to] of blocks) {
    const lineEnd = endOfLine(masked, from, to);
    const line = masked.slice(from, lineEnd);
    const atx = ATX.exec(line);
    if (atx) {
      headings.push({ start: from, end: lineEnd, level: atx[1].length, title: atx[2] });
      continue;
    }
    const bold = BOLD_START.exec(line);
    if (!bold) continue;
    const content = bold[3].trim();
    const rest = masked.slice(from + bold[0].length, to).trim();
    const wholeBlock = !bold[1] && /^[.:]?$/.test(rest);
    const runIn =
      content.split(/\s+/).length <= 8 &&
      (NUMBERED_TITLE.test(content) || (bold[1] && /[.:]$/.test(content)));
    if (wholeBlock || runIn) {
      headings.push({
        start: from,
        end: from + bold[0].length,
        level: 7,
        title: content.replace(/^[\dIVXLC.]+\s+/, ''),
      });
    }
  }
  return headings;
}

const ARTICLE_LINE = /^[ \t]*(?:ARTICLE|Article|SECTION|Section)[ \t]+[\dIVXLC]+\b/;
const CONNECTOR = '(?:of|and|the|to|for|in|on|or|a|an)';
const TITLE_WORD = `(?:[A-Z][\\w'’&-]*|${CONNECTOR})`;
const NUMBERED_LINE = new RegExp(
  `^[ \\t]*\\d{1,3}\\.[ \\t]+[A-Z][\\w'’&-]*(?:[ \\t]+${TITLE_WORD}){0,6}[ \\t]*\\.?[ \\t]*$`,
);
const RUN_IN = new RegExp(
  `^[ \\t]*\\d{1,3}\\.[ \\t]+([A-Z][\\w'’&-]*(?:[ \\t]+${TITLE_WORD}){0,6})\\.(?=[ \\t]|$)`,
);

function plaintextHeadings(masked: string, blocks: readonly [number, number][]): TitledHeading[] {
  const headings: TitledHeading[] = [];
  for (const [from, to] of blocks) {
    for (let at = from; at < to;) {
      const end = endOfLine(masked, at, to);
      const heading = plaintextHeading(masked.slice(at, end), at);
      if (heading) headings.push(heading);
      at = nextLine(masked, end, to);
    }
  }
  return headings;
}

function plaintextHeading(line: string, at: number): TitledHeading | undefined {
  const text = line.trim();
  if (!text || text.length > 80) return undefined;
  const whole = { start: at, end: at + line.length };
  if (ARTICLE_LINE.test(line)) return { ...whole, level: 1, title: text };
  if (!/[a-z]/.test(text) && capitalsHeading(text)) return { ...whole, level: 2, title: text };
  if (NUMBERED_LINE.test(line)) return { ...whole, level: 3, title: text };
  const runIn = RUN_IN.exec(line);
  if (runIn) return { start: at, end: at + runIn[0].length, level: 3, title: runIn[1] };
  return undefined;
}

/**
 * A short line in capitals ("EVENTS OF DEFAULT"). Asked only of lines without an ASCII lower-case
 * letter, which could not be one: most lines of a plain-text document, read one by one.
 */
function capitalsHeading(text: string): boolean {
  const words = text.split(/\s+/).length;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 3 &&
    letters === letters.toUpperCase() &&
    !/^["“'‘]/.test(text) &&
    words <= 10 &&
    (!text.endsWith('.') || words <= 4)
  );
}

export function endOfLine(text: string, from: number, to: number): number {
  const newline = text.indexOf('\n', from);
  const end = newline < 0 || newline > to ? to : newline;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}

function nextLine(text: string, end: number, to: number): number {
  if (text[end] === '\r') end++;
  return end < to ? end + 1 : to;
}
