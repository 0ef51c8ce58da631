// One policy for every rule's findings: the severity the settings give a rule (or its default),
// "off", and the inline comments that switch rules off on a line (suppressions.ts).
import type { Severity } from '../glossaryTypes';

export type RuleSettings = Readonly<Record<string, Severity | 'off'>> | undefined;

/** The severity a finding of `rule` at `offset` is shown with, or undefined when it is not shown. */
export type Policy = (rule: { id: string; severity: Severity }, offset: number) => Severity | undefined;

export function createPolicy(
  settings: RuleSettings,
  /** Whether inline control switches a rule off on a line; undefined when the document has none. */
  suppressed: ((rule: string, line: number) => boolean) | undefined,
  lineOf: (offset: number) => number,
): Policy {
  return (rule, offset) => {
    const severity = settings?.[rule.id] ?? rule.severity;
    if (severity === 'off' || suppressed?.(rule.id, lineOf(offset))) return undefined;
    return severity;
  };
}
