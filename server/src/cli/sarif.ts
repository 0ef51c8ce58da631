// `check --format sarif`: the report as SARIF 2.1.0 (the OASIS standard GitHub code scanning and
// other tools read). One run; the rules that have results, with their title, message and default
// level; each result with its level, location and fix. Regions are 1-based and count UTF-16 code
// units, as the run's columnKind says; an end column is the column just after the finding.
import type * as Sarif from 'sarif';
import type { Range } from 'vscode-languageserver-types';
import type { Severity } from '../core/glossaryTypes';
import type { CheckReport } from './reports';
import { STDIN } from './analyze';
import { uriReference } from './paths';

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export function sarifLevel(severity: Severity): Sarif.ReportingConfiguration.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** What SARIF says of a rule: a claim rule's glossary entry, or a defined-term rule's title. */
export interface RuleDescriptor {
  title: string;
  /** The one message every finding of the rule has (claim rules). */
  message?: string;
  severity: Severity;
}

/** `ruleOf` describes a rule id (from the project of the file it was found in). */
export function formatSarif(
  report: CheckReport,
  ruleOf: (id: string) => RuleDescriptor | undefined,
  version: string,
): string {
  const ids = [...new Set(report.files.flatMap((f) => f.diagnostics.map((d) => d.rule)))].sort();
  const rules: Sarif.ReportingDescriptor[] = ids.map((id) => {
    const rule = ruleOf(id);
    return {
      id,
      ...(rule && {
        shortDescription: { text: rule.title },
        ...(rule.message && { fullDescription: { text: rule.message } }),
        defaultConfiguration: { level: sarifLevel(rule.severity) },
      }),
    };
  });
  const results: Sarif.Result[] = report.files.flatMap((file) => {
    const artifactLocation: Sarif.ArtifactLocation =
      file.path === STDIN ? { description: { text: 'standard input' } } : { uri: uriReference(file.path) };
    return file.diagnostics.map((d) => ({
      ruleId: d.rule,
      ruleIndex: ids.indexOf(d.rule),
      level: sarifLevel(d.severity),
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation, region: regionOf(d.range) } }],
      ...(d.fixes.length > 0 && {
        fixes: d.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [
            {
              artifactLocation,
              replacements: fix.edits.map((e) => ({
                deletedRegion: regionOf(e.range),
                insertedContent: { text: e.replacement },
              })),
            },
          ],
        })),
      }),
    }));
  });
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Mortgage Lens', version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

function regionOf(range: Range): Sarif.Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}
