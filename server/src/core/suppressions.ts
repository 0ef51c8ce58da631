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

const MARKDOWN = /<!--\s*mortgage-lens-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/g;
const PLAINTEXT =
  /^[ \t]*(?:#|\/\/|--|;)?[ \t]*mortgage-lens-(disable-next-line|disable-line|disable|enable)\b(.*)$/gm;

function directives(document: TextDocument): Directive[] {
  const text = document.getText();
  if (!text.includes('mortgage-lens-')) return [];
  const pattern = document.languageId === 'markdown' ? MARKDOWN : PLAINTEXT;
  return [...text.matchAll(pattern)].map((m) => {
    const names = m[2]
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean);
    return {
      kind: m[1] as Kind,
      line: document.positionAt(m.index).line,
      rules: names.length > 0 ? new Set(names) : undefined,
    };
  });
}

/** A predicate telling whether a finding of `rule` starting on `line` is switched off inline. */
export function suppressionsOf(document: TextDocument): (rule: string, line: number) => boolean {
  const list = directives(document);
  if (list.length === 0) return () => false;
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
