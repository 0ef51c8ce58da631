// `check --format github`: one GitHub Actions workflow command per finding, which GitHub shows as an
// annotation on the file and line: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`.
// Errors are `error`, warnings `warning`, information and hints `notice`. Lines and columns are
// 1-based, columns in UTF-16 code units, and endColumn is the column just after the finding (as in
// SARIF). Paths are relative to the current folder, which in a workflow is the repository's root.
import type { CheckReport } from './reports';
import { STDIN } from './analyze';
import { cwdRelative } from './paths';

const COMMANDS = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' } as const;

export function formatGithub(report: CheckReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const properties: [string, string | number][] = [
        ...(file.path === STDIN ? [] : [['file', cwdRelative(file.path)] as [string, string]]),
        ['line', d.range.start.line + 1],
        ['col', d.range.start.character + 1],
        ['endLine', d.range.end.line + 1],
        ['endColumn', d.range.end.character + 1],
        ['title', d.rule],
      ];
      const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
      lines.push(`::${COMMANDS[d.severity]} ${list}::${escapeData(d.message)}`);
    }
  }
  return lines.join('\n');
}

/** The escaping of a command's message, as in @actions/core. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The escaping of a command's property values, which also may not hold `:` or `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
