// The one shape of a finding, whatever rule made it (a risky claim, a defined-term check): what the
// editor shows as a diagnostic with its quick fixes, and what every CLI format reports.
import type { Severity } from '../glossaryTypes';

export interface Span {
  /** Document offsets, [start, end). */
  start: number;
  end: number;
}

export interface Edit extends Span {
  newText: string;
}

export interface FindingFix {
  title: string;
  edits: Edit[];
  /** The fix an editor applies first, and the one `--fix` and "fix all" apply for claim rules. */
  preferred: boolean;
}

/** A rule as reports and settings know it: claim rules come from the glossary, defined-term rules from the core. */
export interface RuleInfo {
  id: string;
  kind: 'claim' | 'defined-term';
  /** One line saying what the rule finds. */
  title: string;
  /** The default severity; settings may change it or turn the rule off. */
  severity: Severity;
  /** The one message every finding of a claim rule has. */
  message?: string;
  /** The glossary entry a claim rule rests on. */
  entry?: string;
}

export interface Finding extends Span {
  rule: RuleInfo;
  /** The rule's severity, or the one the settings give it. */
  severity: Severity;
  message: string;
  /** Other places in the document the finding refers to (a definition, the first definition). */
  related: (Span & { message: string })[];
  /** The glossary entry the finding links to. */
  entry?: { id: string; name: string };
  /** Shown faded by editors that support it (an unused definition). */
  unnecessary?: boolean;
  fix?: FindingFix;
}
