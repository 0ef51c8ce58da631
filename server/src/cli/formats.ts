// The report formats of each command, in one registry: the usage text lists them, --format is
// checked against them, and the report is printed by them (after a run and after --merge).
import type { TermEntry } from '../core/glossaryTypes';
import { formatAppendix } from '../core/render/appendix';
import { formatGithub } from './github';
import { formatCheckText, formatTermsText, type CheckReport, type TermsReport } from './reports';
import { formatSarif, type RuleDescriptor } from './sarif';

export interface FormatContext {
  /** Whether the text report may colour its severities (see colour.ts). */
  colour: boolean;
  /** What SARIF says of a rule id. */
  ruleOf(id: string): RuleDescriptor | undefined;
  version: string;
  /** The distinct terms a terms report uses, for the glossary appendix. */
  usedTerms(): TermEntry[];
}

type Formats<R> = Record<string, (report: R, context: FormatContext) => string>;

/** In the order error messages list them; `text` is every command's default. */
export const FORMATS: { check: Formats<CheckReport>; terms: Formats<TermsReport> } = {
  check: {
    text: (report, context) => formatCheckText(report, { colour: context.colour }),
    json: (report) => JSON.stringify(report),
    sarif: (report, context) => formatSarif(report, context.ruleOf, context.version),
    github: (report) => formatGithub(report),
  },
  terms: {
    json: (report) => JSON.stringify(report),
    text: (report) => formatTermsText(report),
    markdown: (_report, context) => formatAppendix(context.usedTerms()),
  },
};

export const DEFAULT_FORMAT = 'text';

/** `text|json|…` for the usage text: the default first. */
export function formatChoices(command: keyof typeof FORMATS): string {
  const names = Object.keys(FORMATS[command]);
  return [DEFAULT_FORMAT, ...names.filter((n) => n !== DEFAULT_FORMAT)].join('|');
}
