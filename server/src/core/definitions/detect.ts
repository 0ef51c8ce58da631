// Finds where a document defines its own terms. Everything is read from the masked prose (code,
// front matter, HTML and link targets are blanked at the same offsets), one block at a time.
//
// Recognised (double quotes "…" or “…”; single quotes '…' or ‘…’ only with a trigger or in a parenthetical):
//   "Deficiency" means / shall mean / mean / refers to / includes / is defined as / is used to mean
//   "Lender", as used in this Agreement, means …      "X" and "Y" mean …      **"Borrower"** means …
//   "Note" has the meaning given in the Security Instrument      "Term" as defined in the Note
//   Jane Doe (the "Borrower")   (each, a "Borrower" and together, the "Borrowers")   ("Servicer")
//   (hereinafter, the "Lender")   (referred to as the "Lender")   hereinafter referred to as the "Lender"
//   …, collectively, the "Loan Documents"      each of the following is an "Event of Default":
//   the Maturity Date (as defined in the Note)   the Maturity Date, as defined in the Note, …
//   in a Definitions section: an item opening with a bold or quoted term (- **Borrower**: …, 1.1 "Lender" …)
// Pointers to a definition elsewhere in the same document ("Note" has the meaning given in Section 2;
// "Lender" as defined below) are uses, not definitions.
import { BARRIER } from '../text/markup/prose';
import { detached } from '../text/words';
import { lowerBound, spanAt } from '../text/search';
import { endOfLine, type Layout } from './layout';
import type { DefinitionKind, RawDefinition, Span } from './types';

export interface Detected {
  definitions: RawDefinition[];
  pointers: Span[];
  forwardStatement: number;
}

interface Quote {
  /** Offsets of the opening quote and just after the closing one. */
  open: number;
  close: number;
  name: Span;
  single: boolean;
}

const DOUBLE_QUOTED = /["“]([^"“”\r\n]{1,120}?)["”]/g;
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])['‘]([^'‘’"“”\r\n]{1,80}?)['’](?![\p{L}\p{N}])/gu;

/**
 * After a closing quote: the words that make it a definition. Group 1: "means"-like; group 2: "meaning"-like.
 * Each run of blanks can be matched one way only (`\s*(?:,\s*)?`, not `\s*,?\s*`): masked code after
 * a quote is a long run of spaces, and the ambiguous form took minutes on it (cubic backtracking).
 */
const TRIGGER = new RegExp(
  [
    String.raw`[*_]*\s*(?:\([^()\r\n]{0,100}\)\s*)?(?:,\s*)?`,
    String.raw`(?:(?:as|when|wherever)\s+used\s+(?:herein|below|in\s+this\s+[\p{L} ]{1,40}?)\s*(?:,\s*)?)?`,
    String.raw`(?:(?:shall|will|does|also|each|is|are|shall\s+also)\s+)?`,
    String.raw`(?:(means?(?:\s+and\s+includes?)?|refers?\s+to|includes?|(?:is|are|be|shall\s+be)\s+defined\s+as|(?:is|are)\s+used\s+(?:herein\s+)?to\s+mean)`,
    String.raw`|((?:has|have|shall\s+have|will\s+have|bears?)\s+the\s+(?:same\s+)?(?:respective\s+)?meanings?|(?:\(\s*)?as\s+defined\s+in|(?:is|are)\s+defined\s+in))\b`,
  ].join(''),
  'iuy',
);

/** The text after a "meaning" trigger that points inside this document (Section 2, below, herein…). */
const INTERNAL =
  /^\s*(?:(?:given|set\s+forth|assigned|ascribed|provided|specified|stated)\s+(?:to\s+(?:it|them|such\s+terms?|that\s+term)\s+)?)?(?:(?:in|under|at|by)\s+)?(?:(?:section|article|paragraph|clause|subsection|schedule|exhibit|annex|appendix|recital)s?\b|this\b|these\b|herein|hereinafter|hereunder|below|above|the\s+(?:definitions?|recitals?|preamble)\b)/i;
/** "… in Section 2 of the Note": a section of another document. */
const OF_ANOTHER =
  /^[^.;()]*?\b(?:of|in|under)\s+(?:the|that|each|such)\s+(?!(?:definitions?|recitals?|preamble)\b)\p{Lu}/u;

/** Words a definition parenthetical may hold besides the quoted names. */
const PAREN_WORDS = new Set(
  'hereinafter hereafter herein collectively together jointly severally individually separately each respectively and or also referred to as called known designated the a an this these such any all sometimes singly'.split(
    ' ',
  ),
);

/** What may stand between two quoted names defined together: "X" and "Y" mean … */
const CHAINED = /^[*_]*\s*(?:,\s*)?(?:(?:and|or|and\/or)\s+)?[*_]*$/;

const BEFORE_HEREINAFTER =
  /(?:\b(?:hereinafter|hereafter)\b[\s,]*(?:(?:(?:referred\s+to|designated|known)\s+as|called)\s+)?|,\s*(?:collectively|together)\s*,?\s+(?:referred\s+to\s+as\s+)?)(?:(?:the|a|an)\s+)?[*_]*$/i;

/** "… shall constitute a "Default".", "Each of the following is an "Event of Default":" (capitalised names only: "the answer is "no"." is not one) */
const BEFORE_IS_CALLED =
  /\b(?:is|are|constitutes?|shall\s+(?:be|constitute)|will\s+(?:be|constitute))\s+(?:(?:each\s+)?(?:a|an|the)\s+)?(?:(?:called|referred\s+to\s+as|known\s+as)\s+(?:(?:a|an|the)\s+)?)?[*_]*$/i;
const AFTER_IS_CALLED = /^[*_]*(?:[:.](?:\s|$)|:)/;

/** Markers that may open a line before a definition item: lists, numbering, quotes, table cells. */
const ITEM_MARKERS =
  /^[ \t]*(?:(?:>[ \t]*)|(?:[-*+][ \t]+)|(?:\d{1,3}(?:\.\d{1,3})*[.)]?[ \t]+)|(?:\([a-zA-Z0-9]{1,4}\)[ \t]+)|(?:\|[ \t]*))*/;
const BOLD = /(\*\*|__)(?!\s)([^\r\n]{1,100}?)(?<!\s)\1/y;
const NOT_TERMS = new Set(['example', 'examples', 'important', 'tip', 'warning', 'caution', 'nb', 'n.b']);

/** Cross-references without quotes: the Maturity Date (as defined in the Note). */
const UNQUOTED_CROSS_REFERENCE =
  /(?<![\p{L}\p{N}'’"“*_-])(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:of|and|to|the|in|for|on)\s+){0,3}\p{Lu}[\p{L}\p{N}'’-]*){0,5})\s*(?:\(\s*as\s+(?:such\s+terms?\s+(?:is|are)\s+)?defined\s+in\s+([^()\r\n]{1,120})\)|,\s+as\s+defined\s+in\s+([^,;.()\r\n]{1,120}))/gu;
const LEADING_DETERMINER = /^(?:(?:The|This|That|These|Those|Such|Each|Any|All|A|An)\s+)+/;

const FORWARD_STATEMENT = /\bcapitali[sz]ed\s+terms\b[^.;]{0,200}?\bmeanings?\b/i;

/** What one block defines (only blocks that define or point at something are listed). */
export interface BlockDetection {
  block: number;
  definitions: RawDefinition[];
  pointers: Span[];
  /** Where the block says capitalised terms have the meanings given elsewhere, if it does. */
  forward?: number;
}

/**
 * Definitions of blocks [fromBlock, toBlock). Each block is read alone (a trigger must follow its
 * quoted term in the same block), so a block's result depends only on its text and the sections.
 */
export function detectInBlocks(
  masked: string,
  blocks: readonly [number, number][],
  layout: Layout,
  abbreviations: ReadonlySet<string>,
  fromBlock: number,
  toBlock: number,
): BlockDetection[] {
  const found: BlockDetection[] = [];
  const sectionOf = (offset: number) => spanAt(layout.sections, offset);

  for (let b = fromBlock; b < toBlock; b++) {
    const [from, to] = blocks[b];
    const block = masked.slice(from, to);
    const forward = FORWARD_STATEMENT.exec(block);
    if (!/["“'‘*_(]|\bas\s+defined\b/i.test(block)) {
      if (forward) found.push({ block: b, definitions: [], pointers: [], forward: from + forward.index });
      continue;
    }
    const definitions: RawDefinition[] = [];
    const pointers: Span[] = [];
    const taken = new Set<number>();
    const add = (d: RawDefinition) => {
      if (taken.has(d.start)) return;
      taken.add(d.start);
      definitions.push(d);
    };
    const sentences = new Sentences(masked, from, to, abbreviations);
    const quotes = quotesIn(masked, from, to);
    const inParenthetical = new Set<Quote>();

    // (the "Property"), (each, a "Borrower" and together, the "Borrowers")
    for (let i = block.indexOf('('); i >= 0; i = block.indexOf('(', i + 1)) {
      const at = from + i;
      const parsed = parenthetical(masked, at, to, quotes);
      if (!parsed) continue;
      const sentence = sentences.around(at);
      for (const q of parsed.quotes) {
        inParenthetical.add(q);
        add(
          definition(q, 'parenthetical', sentence, sectionOf(q.open), {
            own: { start: sentence.start, end: parsed.end },
            removal:
              parsed.quotes.length === 1 && !parsed.qualified
                ? withSpaceBefore(masked, at, parsed.end)
                : undefined,
          }),
        );
      }
    }

    // Quotes joined by "and", "or" or commas share the trigger after the last of them.
    const chainLast = new Int32Array(quotes.length);
    for (let k = quotes.length - 1; k >= 0; k--) {
      const joined =
        k + 1 < quotes.length &&
        quotes[k + 1].open - quotes[k].close <= 20 &&
        CHAINED.test(masked.slice(quotes[k].close, quotes[k + 1].open));
      chainLast[k] = joined ? chainLast[k + 1] : k;
    }
    const triggers = new Map<number, Trigger | undefined>();
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes[i];
      if (inParenthetical.has(q)) continue;
      const section = sectionOf(q.open);
      const item = section >= 0 && !q.single ? itemAt(masked, q.open, from, to) : undefined;
      // "X" means …, "X" and "Y" mean …, "X" has the meaning given in the Note
      const last = chainLast[i];
      if (!triggers.has(last)) triggers.set(last, triggerAfter(masked, quotes[last].close, to));
      const trigger = triggers.get(last);
      if (trigger) {
        const statement = item ?? sentences.around(q.open);
        const chain = quotes.slice(i, last + 1);
        for (const c of chain) {
          if (trigger.kind === 'pointer') {
            pointers.push(c.name);
            taken.add(c.name.start);
            continue;
          }
          const kind: DefinitionKind =
            trigger.kind === 'external' ? 'cross-reference' : item ? 'section' : 'means';
          add(
            definition(c, kind, statement, section, {
              body: kind === 'cross-reference' ? undefined : { start: trigger.end, end: statement.end },
              removal: chain.length === 1 ? wholeLines(masked, statement, from, to) : undefined,
            }),
          );
        }
        i = last;
        continue;
      }
      // A Definitions-section item opening with the quoted term, without a trigger ("Borrower": …).
      if (item) {
        add(
          definition(q, 'section', item, section, {
            body: { start: bodyStart(masked, q.close, item.end), end: item.end },
            removal: wholeLines(masked, item, from, to),
          }),
        );
        continue;
      }
      // hereinafter the "Lender"; …, collectively, the "Loan Documents"; … is an "Event of Default":
      const before = masked.slice(Math.max(from, q.open - 80), q.open);
      if (
        BEFORE_HEREINAFTER.test(before) ||
        (/^\p{Lu}/u.test(masked[q.name.start]) &&
          BEFORE_IS_CALLED.test(before) &&
          AFTER_IS_CALLED.test(masked.slice(q.close, q.close + 4)))
      ) {
        const sentence = sentences.around(q.open);
        add(definition(q, 'naming', sentence, section, { own: { start: sentence.start, end: q.close } }));
      }
    }

    // Bold terms opening an item of a Definitions section: - **Borrower**: …, **Lender.** …
    if (sectionOf(from) >= 0 || sectionOf(to - 1) >= 0) {
      for (let line = from; line < to;) {
        const lineEnd = endOfLine(masked, line, to);
        const markers = ITEM_MARKERS.exec(masked.slice(line, lineEnd))![0];
        const at = line + markers.length;
        BOLD.lastIndex = at;
        const bold = sectionOf(at) >= 0 ? BOLD.exec(masked) : null;
        if (bold && bold.index === at) {
          const name = nameSpan(masked, at + 2, at + 2 + bold[2].length);
          if (name && !NOT_TERMS.has(masked.slice(name.start, name.end).toLowerCase())) {
            const item = itemAt(masked, at, from, to)!;
            add({
              ...name,
              name: masked.slice(name.start, name.end),
              kind: 'section',
              statement: item,
              own: item,
              body: { start: bodyStart(masked, at + bold[0].length, item.end), end: item.end },
              removal: wholeLines(masked, item, from, to),
              section: sectionOf(at),
            });
          }
        }
        line = lineEnd < to ? lineEnd + (masked[lineEnd] === '\r' ? 2 : 1) : to;
      }
    }

    // the Maturity Date (as defined in the Note)
    if (/\bas\s+(?:such\s+terms?\s+(?:is|are)\s+)?defined\s+in\b/i.test(block)) {
      for (const m of matchesIn(UNQUOTED_CROSS_REFERENCE, masked, from, to)) {
        const where = m[2] ?? m[3];
        const lead = LEADING_DETERMINER.exec(m[1])?.[0].length ?? 0;
        const name = { start: m.index + lead, end: m.index + m[1].length };
        if (name.end <= name.start) continue;
        if (isInternal(where)) {
          pointers.push(name);
          taken.add(name.start);
          continue;
        }
        const sentence = sentences.around(m.index);
        const parenStart = masked.indexOf('(', name.end);
        add({
          ...name,
          name: masked.slice(name.start, name.end),
          kind: 'cross-reference',
          statement: sentence,
          own: sentence,
          removal:
            m[2] !== undefined && parenStart >= 0
              ? withSpaceBefore(masked, parenStart, m.index + m[0].length)
              : undefined,
          section: sectionOf(name.start),
        });
      }
    }

    if (definitions.length === 0 && pointers.length === 0 && !forward) continue;
    // Kept across versions (see incremental.ts): no slice of this version's text.
    for (const d of definitions) d.name = detached(d.name || masked.slice(d.start, d.end));
    found.push({ block: b, definitions, pointers, forward: forward ? from + forward.index : undefined });
  }
  return found;
}

/** The document's definitions and pointers, in order, from its blocks' detections. */
export function assembleDetected(perBlock: readonly BlockDetection[]): Detected {
  const definitions = perBlock.flatMap((b) => b.definitions).sort((a, b) => a.start - b.start);
  const pointers = perBlock.flatMap((b) => b.pointers).sort((a, b) => a.start - b.start);
  const forward = perBlock.find((b) => b.forward !== undefined)?.forward ?? Infinity;
  return { definitions, pointers, forwardStatement: forward };
}

function definition(
  q: Quote,
  kind: DefinitionKind,
  statement: Span,
  section: number,
  extra: Partial<RawDefinition>,
): RawDefinition {
  return {
    start: q.name.start,
    end: q.name.end,
    name: '',
    kind,
    statement,
    own: statement,
    section,
    ...extra,
  };
}

/** Matches of a global pattern inside [from, to) only, at document offsets: no scan runs past the block. */
function* matchesIn(pattern: RegExp, text: string, from: number, to: number): Generator<RegExpExecArray> {
  const slice = text.slice(from, to);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    if (m[0] === '') pattern.lastIndex++;
    m.index += from;
    yield m;
  }
}

/** Quoted strings of a block, in order, whose content can name a term. */
function quotesIn(masked: string, from: number, to: number): Quote[] {
  const found: Quote[] = [];
  for (const [pattern, single] of [
    [DOUBLE_QUOTED, false],
    [SINGLE_QUOTED, true],
  ] as const) {
    for (const m of matchesIn(pattern, masked, from, to)) {
      const close = m.index + m[0].length;
      const name = nameSpan(masked, m.index + 1, close - 1);
      if (name) found.push({ open: m.index, close, name, single });
    }
  }
  found.sort((a, b) => a.open - b.open);
  // Double quotes win where a single-quoted span overlaps them.
  return found.filter((q, k) => k === 0 || q.open >= found[k - 1].close || !q.single);
}

/** The name inside quotes or bold: emphasis, quotes, spaces and trailing punctuation trimmed; undefined unless it reads as a term. */
function nameSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /[\s*_"“'‘]/.test(text[start])) start++;
  while (end > start && /[\s*_"”'’,.;:]/.test(text[end - 1])) end--;
  const name = text.slice(start, end);
  if (!/^[\p{L}\p{N}]/u.test(name) || !/\p{L}/u.test(name) || name.length > 80) return undefined;
  if (name.includes(BARRIER) || /[()[\]{}<>|…]|[.!?;:]\s|\.\.\.|['’]s$/u.test(name)) return undefined;
  if (name.split(/\s+/).length > 8) return undefined;
  return { start, end };
}

interface Trigger {
  end: number;
  kind: 'means' | 'external' | 'pointer';
}

/** The trigger right after a quoted term, read up to `to` (the end of its block or item). */
function triggerAfter(masked: string, at: number, to: number): Trigger | undefined {
  const text = masked.slice(at, to);
  TRIGGER.lastIndex = 0;
  const m = TRIGGER.exec(text);
  if (!m) return undefined;
  const end = at + m[0].length;
  if (m[1] !== undefined) return { end, kind: 'means' };
  const rest = masked.slice(end, Math.min(to, end + 160));
  return { end, kind: isInternal(rest) ? 'pointer' : 'external' };
}

function isInternal(where: string): boolean {
  return INTERNAL.test(where) && !OF_ANOTHER.test(where);
}

/** A parenthetical made only of quoted names and the words around them: ("Lender"), (each, a "Borrower"). */
function parenthetical(
  masked: string,
  open: number,
  to: number,
  quotes: readonly Quote[],
): { end: number; quotes: Quote[]; qualified?: true } | undefined {
  const found: Quote[] = [];
  // Each name must follow a word such as "the", "each" or "or"; bare names after the first one read as a
  // list of examples (hedged ("may", "in some states")), and a bare first name must be capitalised.
  let introduced = false;
  let q = lowerBound(quotes.length, (i) => quotes[i].open >= open);
  for (let at = open + 1; at < to && at - open < 300;) {
    const c = masked[at];
    if (c === ')') return found.length ? { end: at + 1, quotes: found } : undefined;
    if (/[\s,;*_]/.test(c)) {
      at++;
      continue;
    }
    if (q < quotes.length && quotes[q].open === at) {
      const quote = quotes[q];
      const bare = !introduced && (found.length > 0 || !/^\p{Lu}|^\d/u.test(masked[quote.name.start]));
      if (bare) return undefined;
      found.push(quote);
      introduced = false;
      at = quote.close;
      q++;
      continue;
    }
    const word = /^[A-Za-z]+/.exec(masked.slice(at, at + 20));
    if (!word || !PAREN_WORDS.has(word[0].toLowerCase()))
      return qualifiedParenthetical(masked, open, to, quotes);
    introduced = true;
    at += word[0].length;
  }
  return undefined;
}

/** Words may qualify the thing named before a final quoted name: (as amended from time to time, the "Note"). */
const QUALIFIED_LEAD =
  /^[^()"“”\r\n]{1,160},\s*(?:(?:collectively|together|each|jointly|individually|hereinafter)\s*,?\s*)?(?:(?:referred\s+to\s+as|called)\s+)?(?:(?:the|a|an|this|these)\s+)?[*_]*$/i;

function qualifiedParenthetical(
  masked: string,
  open: number,
  to: number,
  quotes: readonly Quote[],
): { end: number; quotes: Quote[]; qualified: true } | undefined {
  const close = masked.indexOf(')', open);
  if (close < 0 || close >= to || close - open > 300) return undefined;
  const q = lowerBound(quotes.length, (i) => quotes[i].open >= open + 1);
  const quote = quotes[q];
  if (!quote || quote.close > close || (q + 1 < quotes.length && quotes[q + 1].open < close))
    return undefined;
  if (!/^[*_\s]*$/.test(masked.slice(quote.close, close))) return undefined;
  if (!QUALIFIED_LEAD.test(masked.slice(open + 1, quote.open))) return undefined;
  return { end: close + 1, quotes: [quote], qualified: true };
}

/** The Definitions-section item that opens at `at` (only markers before it on its line), up to the next item. */
function itemAt(masked: string, at: number, from: number, to: number): Span | undefined {
  const lineStart = nearLineStart(masked, at, from);
  if (lineStart < 0) return undefined;
  const prefix = masked.slice(lineStart, at);
  const markers = ITEM_MARKERS.exec(prefix)![0].length;
  if (!/^(?:\*\*|__|\*|_)?$/.test(prefix.slice(markers))) return undefined;
  // The item ends at the next line that opens another quoted or bold term, or at the block's end.
  let end = to;
  for (let line = endOfLine(masked, at, to); line < to;) {
    const next = line + (masked[line] === '\r' ? 2 : 1);
    if (next >= to) break;
    const lineEnd = endOfLine(masked, next, to);
    const markers = ITEM_MARKERS.exec(masked.slice(next, lineEnd))![0];
    if (/^(?:["“]|\*\*|__)/.test(masked.slice(next + markers.length, next + markers.length + 2))) {
      end = line;
      break;
    }
    line = lineEnd;
  }
  while (end > at && /\s/.test(masked[end - 1])) end--;
  return { start: lineStart + markers, end };
}

/** Where the defining text starts after a term: past closing marks, a colon, dash or period, and a trigger. */
function bodyStart(masked: string, at: number, end: number): number {
  const trigger = triggerAfter(masked, at, end);
  if (trigger) return trigger.end;
  const m = /^[*_"”'’]*\s*[:.—–-]?\s*/.exec(masked.slice(at, end))!;
  return at + m[0].length;
}

/** Start of the line holding `at` when it is at most 40 characters back (item markers are short), else -1. */
function nearLineStart(masked: string, at: number, from: number): number {
  for (let i = at - 1; i >= from && at - i <= 41; i--) if (masked[i] === '\n') return i + 1;
  return at - from <= 40 ? from : -1;
}

/** `span` widened to whole lines when it fills them (markers aside): what removing an item deletes. */
function wholeLines(masked: string, span: Span, from: number, to: number): Span | undefined {
  const lineStart = nearLineStart(masked, span.start, from);
  if (lineStart < 0) return undefined;
  if (ITEM_MARKERS.exec(masked.slice(lineStart, span.start))![0].length !== span.start - lineStart)
    return undefined;
  const lineEnd = endOfLine(masked, span.end, to);
  if (masked.slice(span.end, lineEnd).trim() !== '') return undefined;
  let end = lineEnd;
  if (masked[end] === '\r') end++;
  if (masked[end] === '\n') end++;
  // The blank line after a paragraph goes with it, so no double blank line is left behind.
  if (end >= to && followsBlankLine(masked, lineStart)) {
    const blank = /^[ \t]*\r?\n/.exec(masked.slice(end));
    if (blank) end += blank[0].length;
  }
  return { start: lineStart, end: Math.max(end, from) };
}

/** Whether the line starting at `lineStart` opens the text or follows a blank line. */
function followsBlankLine(text: string, lineStart: number): boolean {
  if (lineStart === 0) return true;
  let i = lineStart - 1;
  if (text[i] === '\n') i--;
  if (text[i] === '\r') i--;
  for (; i >= 0 && text[i] !== '\n'; i--) if (!/\s/.test(text[i])) return false;
  return true;
}

function withSpaceBefore(masked: string, start: number, end: number): Span {
  while (start > 0 && (masked[start - 1] === ' ' || masked[start - 1] === '\t')) start--;
  return { start, end };
}

/**
 * Sentence bounds inside one block: a sentence ends at . ! ? before a space (not after an
 * abbreviation or an initial), at a semicolon before the next quoted term, or at a line that opens
 * a new list item.
 */
class Sentences {
  private breaks: number[] | undefined;

  constructor(
    private readonly masked: string,
    private readonly from: number,
    private readonly to: number,
    private readonly abbreviations: ReadonlySet<string>,
  ) {}

  around(offset: number): Span {
    const breaks = (this.breaks ??= this.compute());
    const low = lowerBound(breaks.length, (i) => breaks[i] > offset);
    let start = low > 0 ? breaks[low - 1] : this.from;
    let end = low < breaks.length ? breaks[low] : this.to;
    while (start < end && /\s/.test(this.masked[start])) start++;
    while (end > start && /\s/.test(this.masked[end - 1])) end--;
    return { start, end };
  }

  private compute(): number[] {
    const breaks: number[] = [];
    const pattern =
      /([.!?])["”’')\]*_]*(?=\s)|;(?=\s*(?:and\s+|or\s+)?[*_]*["“])|\r?\n(?=[ \t]*(?:\d{1,3}(?:\.\d{1,3})*[.)]?|\([a-zA-Z0-9]{1,4}\)|[-*+])[ \t])/g;
    for (const m of matchesIn(pattern, this.masked, this.from, this.to)) {
      if (m[1] === '.') {
        const word =
          /([\p{L}.]+)$/u.exec(this.masked.slice(Math.max(this.from, m.index - 12), m.index))?.[1] ?? '';
        const lower = word.toLowerCase();
        if (word.length === 1 || /^(?:\p{L}\.)+\p{L}$/u.test(word) || this.abbreviations.has(lower)) continue;
      }
      breaks.push(m.index + m[0].length);
    }
    return breaks;
  }
}
