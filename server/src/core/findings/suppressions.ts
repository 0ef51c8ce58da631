// Inline control of findings, as writers know it from Vale and textlint:
//   <!-- mortgage-lens-disable rule-a rule-b -->      off from here (all rules when none is named)
//   <!-- mortgage-lens-enable rule-a -->              on again
//   <!-- mortgage-lens-disable-next-line rule-a -->   off for the next line
//   <!-- mortgage-lens-disable-line rule-a -->        off for this line
// In plain text the same words stand on a line of their own, optionally after a comment mark (# // --).
import type { TextDocument } from 'vscode-languageserver-textdocument';

type Kind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

interface Directive {
  kind: Kind;
  line: number;
  /** Rule ids, or undefined for every rule. */
  rules?: Set<string>;
}

// Documents are untrusted input: every pattern here runs in linear time. The comment's end is
// found by a scan, not by a lazy `[^>]*?\s*-->` (quadratic on an unclosed comment full of spaces),
// and the plain-text prefix has one way to match its blanks (`[ \t]*(?:#)?[ \t]*` had n of them).
const MARKDOWN_OPEN = /<!--\s*mortgage-lens-(disable-next-line|disable-line|disable|enable)\b/g;
const PLAINTEXT =
  /^[ \t]*(?:(?:#|\/\/|--|;)[ \t]*)?mortgage-lens-(disable-next-line|disable-line|disable|enable)\b(.*)$/gm;

/** [offset, kind, rule names as written] of each directive. */
type Found = [number, string, string];

/** `<!-- mortgage-lens-kind names -->`: the names run to the comment's first `>`, which must end `-->`. */
function markdownDirectives(text: string): Found[] {
  const found: Found[] = [];
  let close = -1;
  MARKDOWN_OPEN.lastIndex = 0;
  for (let m = MARKDOWN_OPEN.exec(text); m; m = MARKDOWN_OPEN.exec(text)) {
    const from = m.index + m[0].length;
    if (close < from) close = text.indexOf('>', from);
    if (close < 0) break; // no '>' left: no later comment can close either
    if (close - 2 >= from && text.startsWith('--', close - 2)) {
      found.push([m.index, m[1], text.slice(from, close - 2)]);
      MARKDOWN_OPEN.lastIndex = close + 1;
    }
  }
  return found;
}

const MARK = 'mortgage-lens-';

/**
 * Offsets (plus `base`) of the text where a directive could be: every directive has these words,
 * and most documents have none, which an incremental analysis can then know without a scan.
 */
export function directiveMarks(text: string, base: number): number[] {
  const marks: number[] = [];
  for (let at = text.indexOf(MARK); at >= 0; at = text.indexOf(MARK, at + MARK.length)) marks.push(base + at);
  return marks;
}

function directives(document: TextDocument): Directive[] {
  const text = document.getText(); // whole: only documents with a directive mark get here
  if (!text.includes(MARK)) return [];
  const found: Found[] =
    document.languageId === 'markdown'
      ? markdownDirectives(text)
      : [...text.matchAll(PLAINTEXT)].map((m) => [m.index, m[1], m[2]]);
  return found.map(([offset, kind, written]) => {
    const names = written
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean);
    return {
      kind: kind as Kind,
      line: document.positionAt(offset).line,
      rules: names.length > 0 ? new Set(names) : undefined,
    };
  });
}

/** A predicate telling whether a finding of `rule` starting on `line` is switched off inline. */
export function suppressionsOf(
  document: TextDocument,
  mayHaveDirectives = true,
): ((rule: string, line: number) => boolean) | undefined {
  const list = mayHaveDirectives ? directives(document) : [];
  if (list.length === 0) return undefined;
  const covers = (d: Directive, rule: string) => !d.rules || d.rules.has(rule);
  return (rule, line) => {
    let off = false;
    for (const d of list) {
      if (d.line > line) break;
      if (d.kind === 'disable' && covers(d, rule)) off = true;
      else if (d.kind === 'enable' && covers(d, rule)) off = false;
    }
    return (
      off ||
      list.some(
        (d) =>
          covers(d, rule) &&
          ((d.kind === 'disable-line' && d.line === line) ||
            (d.kind === 'disable-next-line' && d.line === line - 1)),
      )
    );
  };
}

/** The text that switches `rule` off for the finding's line, in the document's own syntax. */
export function ignoreDirective(languageId: string, rule: string): { text: string; sameLine: boolean } {
  return languageId === 'markdown'
    ? { text: ` <!-- mortgage-lens-disable-line ${rule} -->`, sameLine: true }
    : { text: `mortgage-lens-disable-next-line ${rule}`, sameLine: false };
}
