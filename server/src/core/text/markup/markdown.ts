// Markdown: markdown-it finds the blocks that hold prose (paragraphs, headings, list items, table
// cells, quotes), so code blocks, HTML blocks, link definitions and front matter are never prose.
// Inside those blocks, inline code, HTML, autolinks, link targets and web addresses are masked.
import MarkdownIt from 'markdown-it';
import { BARE_URL, BLANK, cutLongBlocks, lineStarts, maskInto, maskRegions, type Prose } from './prose';
import { lowerBound } from '../search';

// Block structure only: inline parsing would cost more than the whole analysis and we mask
// inline regions ourselves with offsets intact.
const blockParser = new MarkdownIt('default', { html: true });
blockParser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
// markdown-it first rewrites line breaks to \n and NULs to U+FFFD, two passes that copy the whole
// text even when there is nothing to rewrite; a text with neither goes to a parser without them.
const plainParser = new MarkdownIt('default', { html: true });
plainParser.core.ruler.disable([
  'normalize',
  'inline',
  'linkify',
  'replacements',
  'smartquotes',
  'text_join',
]);
const parserFor = (source: string) =>
  source.includes('\r') || source.includes('\0') ? blockParser : plainParser;

/** What the parse of one text tells the nesting guard, and what it finds nested too deep. */
interface NestingEnv {
  /** The first line after `line` and before `end` that starts a block at the top level, else `end`. */
  topLevelLine(line: number, end: number): number;
  /** Lines [from, to) inside containers nested deeper than the parser follows. */
  tooDeep: [number, number][];
}

// markdown-it stops at maxNesting levels (a list 50 deep) and skips the rest of the innermost
// container, which for a list item is the rest of the document. Instead the deep lines are noted
// and parsing resumes where the document is back at the top level: a line in column 0 after a
// blank line cannot belong to a list item or a quote, so all the containers close there, as they
// would without the limit, and what follows is read as usual.
for (const parser of [blockParser, plainParser]) {
  const tokenize = parser.block.tokenize.bind(parser.block);
  const maxNesting = (parser.options as { maxNesting?: number }).maxNesting ?? 100; // not in its types
  parser.block.tokenize = (state, startLine, endLine) => {
    if (state.level < maxNesting) return tokenize(state, startLine, endLine);
    const line = state.skipEmptyLines(startLine);
    state.line = line;
    if (line >= endLine || state.sCount[line] < state.blkIndent) return;
    const env = state.env as NestingEnv;
    state.line = env.topLevelLine(line, endLine);
    env.tooDeep.push([line, state.line]);
  };
}

export function markdownProse(text: string): Prose {
  return proseOfSource(frontMatterBlanked(text)).prose;
}

// A line after the window, where a new top-level block would start: "x" after a blank line.
const SENTINEL = 'x';

/**
 * The prose of a window of a document: text that starts at the top level of the document (its
 * start, a line after a blank line outside any container, or an item of a list there) and ends
 * with a blank line, or before `nextItem`, the line after it, an item of such a list. Undefined
 * when the window does not also end at the top level, or before an item of a list there (an
 * unclosed fence or HTML block would swallow what follows), so the rest of the document cannot be
 * reused.
 */
export function markdownWindowProse(
  text: string,
  atDocumentStart: boolean,
  atDocumentEnd: boolean,
  nextItem?: string,
): Prose | undefined {
  const blanked = atDocumentStart ? frontMatterBlanked(text) : text;
  if (atDocumentEnd) return proseOfSource(blanked).prose;
  const sentinelStart = text.length;
  // The line after the window read with it: whether it starts an item of a top-level list is then
  // decided on the same lines as in the whole document.
  const itemLine = nextItem === undefined ? undefined : lineStarts(blanked).length - 1;
  const { prose, lastBlockTopLevel, itemAtLine } = proseOfSource(blanked + (nextItem ?? SENTINEL), itemLine);
  const blocks = prose.blocks;
  if (nextItem !== undefined) {
    if (!itemAtLine) return undefined;
    while (blocks.length > 0 && blocks[blocks.length - 1][0] >= sentinelStart) blocks.pop();
  } else {
    const last = blocks[blocks.length - 1];
    if (!last || last[0] !== sentinelStart || !lastBlockTopLevel) return undefined;
    blocks.pop();
  }
  return { masked: prose.masked.slice(0, sentinelStart), blocks };
}

function frontMatterBlanked(text: string): string {
  const frontMatterEnd = frontMatterLength(text);
  return frontMatterEnd > 0 ? blank(text, frontMatterEnd) : text;
}

/**
 * `source` is the text with front matter blanked (and perhaps the sentinel after it); `itemLine`, a
 * line where an item of a top-level list should start (itemAtLine says whether one does).
 */
function proseOfSource(
  source: string,
  itemLine = -1,
): { prose: Prose; lastBlockTopLevel: boolean; itemAtLine: boolean } {
  const starts = lineStarts(source);
  const lineEnd = (line: number) => (line < starts.length ? starts[line] : source.length);
  const isBlank = (line: number) =>
    /^[ \t]*(?:\r\n?|\n)?$/.test(source.slice(starts[line], lineEnd(line + 1)));
  const env: NestingEnv = {
    topLevelLine(line, end) {
      for (let l = line + 1; l < end; l++) {
        const c = source[starts[l]] as string | undefined;
        if (c !== undefined && !/\s/.test(c) && isBlank(l - 1)) return l;
      }
      return end;
    },
    tooDeep: [],
  };

  const blocks: [number, number][] = [];
  let lastBlockTopLevel = false;
  let itemAtLine = false;
  for (const token of parserFor(source).parse(source, env)) {
    if (token.type === 'list_item_open' && token.level === 1 && token.map?.[0] === itemLine)
      itemAtLine = true;
    // Inline tokens carry the lines of paragraphs and headings; table cells carry none, so a
    // table row's lines come from its tr_open token.
    if ((token.type !== 'inline' && token.type !== 'tr_open') || !token.map) continue;
    const from = starts[token.map[0]];
    const to = lineEnd(token.map[1]);
    blocks.push([from, to]);
    lastBlockTopLevel = token.level === 1;
  }
  if (env.tooDeep.length > 0) {
    const deep = deepBlocks(env.tooDeep, source, starts, isBlank, lineEnd);
    // A window that ends inside deep nesting does not end at the top level.
    if (deep.length > 0 && deep[deep.length - 1][0] > (blocks[blocks.length - 1]?.[0] ?? -1))
      lastBlockTopLevel = false;
    blocks.push(...deep);
    blocks.sort((a, b) => a[0] - b[0]);
  }

  const pieces = cutLongBlocks(source, blocks);
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of pieces) {
    maskInto(parts, source, at, from, BLANK);
    parts.push(markdownBlockMasked(source.slice(from, to)));
    at = to;
  }
  maskInto(parts, source, at, source.length, BLANK);
  return { prose: { masked: parts.join(''), blocks: pieces }, lastBlockTopLevel, itemAtLine };
}

/** One prose block with its inline regions masked: each block is masked alone. */
export function markdownBlockMasked(block: string): string {
  return maskRegions(block, inlineRegions(block));
}

const ITEM_START = /^[ \t>]*(?:[-+*]|\d{1,9}[.)]|#{1,6})(?=\s|$)/;

/**
 * Blocks for lines nested too deep to parse: a list item, heading or paragraph starts a block, so
 * a sentence does not run from one item into the next, as in the rest of the document.
 */
function deepBlocks(
  ranges: [number, number][],
  source: string,
  starts: number[],
  isBlank: (line: number) => boolean,
  lineEnd: (line: number) => number,
): [number, number][] {
  const blocks: [number, number][] = [];
  for (const [first, end] of ranges) {
    let open = -1;
    for (let line = first; line <= end; line++) {
      const blank = line === end || isBlank(line);
      const starting = !blank && (open < 0 || ITEM_START.test(source.slice(starts[line], lineEnd(line + 1))));
      if (open >= 0 && (blank || starting)) {
        blocks.push([starts[open], lineEnd(line)]);
        open = -1;
      }
      if (starting) open = line;
    }
  }
  return blocks;
}

/** Length of a YAML (---) or TOML (+++) front matter block at the very start, or 0. */
export function frontMatterLength(text: string): number {
  const open = /^(---|\+\+\+)[ \t]*(?:\r\n?|\n)/.exec(text);
  if (!open) return 0;
  const fence = open[1] === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+';
  const close = new RegExp(`(?:\\r\\n?|\\n)${fence}[ \\t]*(?:\\r\\n?|\\n|$)`, 'g');
  close.lastIndex = open[0].length - 1;
  const m = close.exec(text);
  return m ? m.index + m[0].length : 0;
}

function blank(text: string, end: number): string {
  const parts: string[] = [];
  maskInto(parts, text, 0, end, BLANK);
  parts.push(text.slice(end));
  return parts.join('');
}

const INLINE_START = /`+|<!--|<|\]\(|\]\[|\b(?:https?:\/\/|ftp:\/\/|mailto:|www\.)|\//g;
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/y;
const HTML_TAG =
  /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/y;
const STICKY_URL = new RegExp(BARE_URL.source, 'y');

/**
 * Regions of one block's text that are not prose: code spans, HTML, autolinks, link targets, URLs.
 * Linear in the block's length: where a region's end needs a search ahead (the closing backticks
 * or bracket), every such end is found in one pass over the block, never by a scan from each
 * start ("](](](…" or unclosed backtick runs made that quadratic).
 */
function inlineRegions(block: string): [number, number][] {
  const regions: [number, number][] = [];
  const ends = new BlockEnds(block);
  INLINE_START.lastIndex = 0;
  for (let m = INLINE_START.exec(block); m; m = INLINE_START.exec(block)) {
    const at = m.index;
    const end = regionEnd(block, at, m[0], ends);
    if (end > at) {
      regions.push([at, end]);
      INLINE_START.lastIndex = end;
    }
  }
  return regions;
}

function regionEnd(block: string, at: number, start: string, ends: BlockEnds): number {
  if (start[0] === '`') return ends.codeSpan(at, start.length);
  if (start === '<!--') {
    const close = block.indexOf('-->', at + 4);
    return close < 0 ? block.length : close + 3;
  }
  if (start === '<') return stickyEnd(AUTOLINK, block, at) || stickyEnd(HTML_TAG, block, at);
  if (start === '](') return ends.bracket(at + 1, '(', ')');
  if (start === '][') return ends.bracket(at + 1, '[', ']');
  return stickyEnd(STICKY_URL, block, at);
}

/** The ends of code spans and bracketed targets in one block, each table built on first use. */
class BlockEnds {
  /** Positions of the backtick runs of each length, in order. */
  private runs?: Map<number, number[]>;
  private readonly closings = new Map<string, Map<number, number>>();

  constructor(private readonly block: string) {}

  /** A code span closes at the next run of exactly as many backticks; an unclosed run is literal text. */
  codeSpan(at: number, length: number): number {
    if (!this.runs) {
      this.runs = new Map();
      for (const m of this.block.matchAll(/`+/g)) {
        const list = this.runs.get(m[0].length);
        if (list) list.push(m.index);
        else this.runs.set(m[0].length, [m.index]);
      }
    }
    const list = this.runs.get(length) ?? [];
    // The first run of this length at or after at + length.
    const low = lowerBound(list.length, (i) => list[i] >= at + length);
    return low < list.length ? list[low] + length : at + length;
  }

  /** End of a bracketed link target or label that opens at `at`, allowing nested brackets; 0 if none. */
  bracket(at: number, open: string, close: string): number {
    let closing = this.closings.get(open);
    if (!closing) this.closings.set(open, (closing = matchBrackets(this.block, open, close)));
    return closing.get(at) ?? 0;
  }
}

/**
 * For every `open` of the block, the offset after its matching `close`, as a scan from that
 * bracket would find it: backslash escapes skip a character, nesting counts, and a blank line
 * ends the search (an open bracket before it is never closed).
 */
function matchBrackets(block: string, open: string, close: string): Map<number, number> {
  const closing = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < block.length; i++) {
    const c = block[i];
    if (c === '\\') i++;
    else if (c === open) stack.push(i);
    else if (c === close) {
      const from = stack.pop();
      if (from !== undefined) closing.set(from, i + 1);
    } else if (c === '\n' && block[i + 1] === '\n') stack.length = 0;
  }
  return closing;
}

function stickyEnd(pattern: RegExp, block: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(block) ? pattern.lastIndex : 0;
}
