// The rule catalog: every rule a glossary's documents can be checked by, the claim rules of the
// glossary and the core's defined-term rules, as settings, reports and "did you mean" know them.
import type { RuleEntry } from '../glossaryTypes';
import { DEFINED_TERM_RULE_INFO } from '../definitions/rules';
import type { RuleInfo } from './finding';

export function claimRuleInfo(rule: RuleEntry): RuleInfo {
  const { id, title, severity, message, entry } = rule;
  return { id, kind: 'claim', title, severity, message, entry };
}

export function ruleCatalog(claimRules: readonly RuleEntry[]): RuleInfo[] {
  return [...claimRules.map(claimRuleInfo), ...Object.values(DEFINED_TERM_RULE_INFO)];
}
