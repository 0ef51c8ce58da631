// Markdown: markdown-it finds the blocks that hold prose (paragraphs, headings, list items, table
// cells, quotes), so code blocks, HTML blocks, link definitions and front matter are never prose.
// Inside those blocks, inline code, HTML, autolinks, link targets and web addresses are masked.
import MarkdownIt from 'markdown-it';
import { BARE_URL, BLANK, lineStarts, maskInto, maskRegions, type Prose } from './prose';

// Block structure only: inline parsing would cost more than the whole analysis and we mask
// inline regions ourselves with offsets intact.
const blockParser = new MarkdownIt('default', { html: true });
blockParser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

export function markdownProse(text: string): Prose {
  const frontMatterEnd = frontMatterLength(text);
  const source = frontMatterEnd > 0 ? blank(text, frontMatterEnd) : text;
  const starts = lineStarts(text);
  const lineEnd = (line: number) => (line < starts.length ? starts[line] : text.length);

  const blocks: [number, number][] = [];
  for (const token of blockParser.parse(source, {})) {
    // Inline tokens carry the lines of paragraphs and headings; table cells carry none, so a
    // table row's lines come from its tr_open token.
    if ((token.type !== 'inline' && token.type !== 'tr_open') || !token.map) continue;
    const from = starts[token.map[0]];
    const to = lineEnd(token.map[1]);
    blocks.push([from, to]);
  }

  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of blocks) {
    maskInto(parts, text, at, from, BLANK);
    parts.push(maskRegions(text.slice(from, to), inlineRegions(text.slice(from, to))));
    at = to;
  }
  maskInto(parts, text, at, text.length, BLANK);
  return { masked: parts.join(''), blocks };
}

/** Length of a YAML (---) or TOML (+++) front matter block at the very start, or 0. */
function frontMatterLength(text: string): number {
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

/** Regions of one block's text that are not prose: code spans, HTML, autolinks, link targets, URLs. */
function inlineRegions(block: string): [number, number][] {
  const regions: [number, number][] = [];
  INLINE_START.lastIndex = 0;
  for (let m = INLINE_START.exec(block); m; m = INLINE_START.exec(block)) {
    const at = m.index;
    const end = regionEnd(block, at, m[0]);
    if (end > at) {
      regions.push([at, end]);
      INLINE_START.lastIndex = end;
    }
  }
  return regions;
}

function regionEnd(block: string, at: number, start: string): number {
  if (start[0] === '`') return codeSpanEnd(block, at, start.length);
  if (start === '<!--') {
    const close = block.indexOf('-->', at + 4);
    return close < 0 ? block.length : close + 3;
  }
  if (start === '<') return stickyEnd(AUTOLINK, block, at) || stickyEnd(HTML_TAG, block, at);
  if (start === '](') return closingBracket(block, at + 1, '(', ')');
  if (start === '][') return closingBracket(block, at + 1, '[', ']');
  return stickyEnd(STICKY_URL, block, at);
}

/** A code span closes at the next run of exactly as many backticks; an unclosed run is literal text. */
function codeSpanEnd(block: string, at: number, length: number): number {
  const runs = /`+/g;
  runs.lastIndex = at + length;
  for (let m = runs.exec(block); m; m = runs.exec(block)) {
    if (m[0].length === length) return m.index + length;
  }
  return at + length;
}

function stickyEnd(pattern: RegExp, block: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(block) ? pattern.lastIndex : 0;
}

/** End of a bracketed link target or label that opens at `at`, allowing nested brackets. */
function closingBracket(block: string, at: number, open: string, close: string): number {
  let depth = 0;
  for (let i = at; i < block.length; i++) {
    const c = block[i];
    if (c === '\\') i++;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
    else if (c === '\n' && block[i + 1] === '\n') break;
  }
  return 0;
}
