// The CLI's reports: the JSON contract documented in the README, and the text format.
import { createColors } from 'picocolors';
import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity } from '../core/glossaryTypes';
import type { FindingFix } from '../core/findings/finding';
import type { LanguageService } from '../core/languageService';

export interface InputFile {
  path: string;
  languageId: string;
  /** The text without a byte order mark, as editors show it. */
  text: string;
  /** The bytes as read, to refuse writing over a file that changed since. */
  raw?: Buffer;
  bom?: boolean;
}

export interface FixEdit {
  replacement: string;
  range: Range;
}

/** A fix: every edit it makes; `replacement` and `range` repeat the edit when there is only one. */
export type ReportFix = { title: string; edits: FixEdit[] } & Partial<FixEdit>;

export interface CheckReport {
  files: {
    path: string;
    diagnostics: {
      rule: string;
      severity: Severity;
      message: string;
      range: Range;
      fixes: ReportFix[];
    }[];
  }[];
}

export interface TermsReport {
  files: { path: string; terms: { term: string; id: string; text: string; range: Range }[] }[];
}

type Input = InputFile & { document: TextDocument };

/** Every rule's findings, in document order, as the editor shows them. */
export function checkReport(service: LanguageService, inputs: Input[]): CheckReport {
  return {
    files: inputs.map(({ path, document }) => ({
      path,
      diagnostics: service.analyze(document).findings.map(({ rule, severity, message, start, end, fix }) => ({
        rule: rule.id,
        severity,
        message,
        range: rangeOf(document, start, end),
        fixes: fix ? [reportFix(document, fix)] : [],
      })),
    })),
  };
}

/** `replacement` and `range` repeat the edit when there is only one. */
function reportFix(document: TextDocument, fix: FindingFix): ReportFix {
  const edits = fix.edits.map((e) => ({ replacement: e.newText, range: rangeOf(document, e.start, e.end) }));
  return edits.length === 1 ? { title: fix.title, edits, ...edits[0] } : { title: fix.title, edits };
}

export function termsReport(service: LanguageService, inputs: Input[]): TermsReport {
  return {
    files: inputs.map(({ path, document, text }) => ({
      path,
      terms: service
        .analyze(document)
        .mentions.toArray()
        .map((m) => ({
          term: m.term.term.toLowerCase(),
          id: m.term.id,
          text: text.slice(m.start, m.end),
          range: rangeOf(document, m.start, m.end),
        })),
    })),
  };
}

const SEVERITY_COLOURS = { error: 'red', warning: 'yellow', information: 'cyan', hint: 'dim' } as const;

/**
 * `file:line:col severity message rule`, 1-based like compilers, then a count. With `colour`, the
 * severity is coloured (red errors, yellow warnings, cyan information, dim hints).
 */
export function formatCheckText(report: CheckReport, options: { colour?: boolean } = {}): string {
  const lines: string[] = [];
  let count = 0;
  const colours = createColors(options.colour ?? false);
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      count++;
      const { line, character } = d.range.start;
      const severity = colours[SEVERITY_COLOURS[d.severity]](d.severity);
      lines.push(`${file.path}:${line + 1}:${character + 1} ${severity} ${d.message} ${d.rule}`);
    }
  }
  if (count > 0)
    lines.push(
      `${count} finding${count === 1 ? '' : 's'} in ${report.files.filter((f) => f.diagnostics.length).length} file(s)`,
    );
  return lines.join('\n');
}

/** `file:line:col term (text as written)`, one line per mention. */
export function formatTermsText(report: TermsReport): string {
  return report.files
    .flatMap((f) =>
      f.terms.map(
        (t) => `${f.path}:${t.range.start.line + 1}:${t.range.start.character + 1} ${t.term} (${t.text})`,
      ),
    )
    .join('\n');
}

function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}
