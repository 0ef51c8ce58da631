// Finds risky claims: a rule's pattern of concept classes matched inside one sentence, then lifted
// when context says the claim is negated, hedged, conditional, attributed or refuted (NegEx/ConText).
import type { ClaimIndex, ConceptForm } from './claimIndex';
import type { RuleEntry, TriggerGroup } from './glossaryTypes';
import { Gap, type Tokens } from './tokens';

export interface Slot {
  concept: string;
  /** First word index and number of words. */
  first: number;
  length: number;
  match: ConceptForm;
}

export interface ClaimMatch {
  rule: RuleEntry;
  slots: Slot[];
  sentence: Tokens['sentences'][number];
}

interface SlotSpec {
  concept: string;
  optional: boolean;
}

export function findClaims(tokens: Tokens, rules: readonly RuleEntry[], index: ClaimIndex): ClaimMatch[] {
  const compiled = rules.map((rule) => ({
    rule,
    patterns: rule.patterns.map((pattern) =>
      pattern.map((name) => ({ concept: name.replace(/\?$/, ''), optional: name.endsWith('?') })),
    ),
  }));
  const claims: ClaimMatch[] = [];
  const conceptsAt = conceptLookup(tokens, index);
  for (const sentence of tokens.sentences) {
    for (const { rule, patterns } of compiled) {
      const slots = matchSentence(sentence, patterns, rule.max_gap ?? 3, conceptsAt);
      if (slots && !liftedBy(tokens, index, sentence, slots)) claims.push({ rule, slots, sentence });
    }
  }
  return claims;
}

type ConceptsAt = (k: number, sentenceEnd: number) => Map<string, { length: number; match: ConceptForm }>;

/** Concept matches starting at each word, computed once per word and shared by every rule. */
function conceptLookup(tokens: Tokens, index: ClaimIndex): ConceptsAt {
  const cache = new Map<number, Map<string, { length: number; match: ConceptForm }>>();
  const none = new Map<string, { length: number; match: ConceptForm }>();
  let sentenceEnd = 0;
  const joins = (j: number) => j + 1 < sentenceEnd && tokens.gaps[j] <= Gap.Soft;
  return (k, end) => {
    if (!index.concepts.starts(tokens.words[k])) return none;
    let found = cache.get(k);
    if (!found) {
      sentenceEnd = end;
      const matches = index.concepts.matchesAt(tokens.words, k, joins);
      found = matches.length === 0 ? none : new Map();
      for (const { length, values } of matches) {
        for (const match of values) found.set(match.concept, { length, match }); // longest last wins
      }
      cache.set(k, found);
    }
    return found;
  };
}

function matchSentence(
  sentence: Tokens['sentences'][number],
  patterns: SlotSpec[][],
  maxGap: number,
  conceptsAt: ConceptsAt,
): Slot[] | undefined {
  for (const pattern of patterns) {
    for (let k = sentence.first; k < sentence.end; k++) {
      const slots = matchFrom(pattern, 0, k, true, sentence.end, maxGap, conceptsAt);
      if (slots) return slots;
    }
  }
  return undefined;
}

/** Matches pattern[i..] with its first slot at `from` (exact) or within maxGap words after it. */
function matchFrom(
  pattern: SlotSpec[],
  i: number,
  from: number,
  exact: boolean,
  end: number,
  maxGap: number,
  conceptsAt: ConceptsAt,
): Slot[] | undefined {
  if (i === pattern.length) return [];
  const spec = pattern[i];
  const last = exact ? from : Math.min(end - 1, from + maxGap);
  for (let k = from; k <= last; k++) {
    const hit = conceptsAt(k, end).get(spec.concept);
    if (!hit) continue;
    const rest = matchFrom(pattern, i + 1, k + hit.length, false, end, maxGap, conceptsAt);
    if (rest) return [{ concept: spec.concept, first: k, length: hit.length, match: hit.match }, ...rest];
  }
  if (spec.optional && !exact) return matchFrom(pattern, i + 1, from, false, end, maxGap, conceptsAt);
  return undefined;
}

/** The reason a claim is lifted by its context, if any. */
export function liftedBy(
  tokens: Tokens,
  index: ClaimIndex,
  sentence: Tokens['sentences'][number],
  slots: Slot[],
): TriggerGroup['reason'] | 'question' | undefined {
  if (sentence.question) return 'question';
  const first = slots[0].first;
  const lastSlot = slots[slots.length - 1];
  const end = lastSlot.first + lastSlot.length;
  const inSlot = (k: number) => slots.some((s) => k >= s.first && k < s.first + s.length);
  const clauseStart = clauseBoundaryBefore(tokens, first, sentence.first);
  const joins = (k: number) => k + 1 < sentence.end && tokens.gaps[k] <= Gap.Soft;
  for (let k = sentence.first; k < sentence.end; k++) {
    if (inSlot(k)) continue;
    for (const { length, values } of index.triggers.matchesAt(tokens.words, k, joins)) {
      if (inSlot(k + length - 1)) continue;
      for (const group of values) {
        const before = k < end;
        const after = k >= first;
        const inDirection = group.direction === 'any' || (group.direction === 'before' ? before : after);
        const inScope = group.scope === 'sentence' || k >= clauseStart;
        if (inDirection && inScope) return group.reason;
      }
    }
  }
  return undefined;
}

function clauseBoundaryBefore(tokens: Tokens, k: number, sentenceFirst: number): number {
  for (let j = k - 1; j >= sentenceFirst; j--) if (tokens.gaps[j] >= Gap.Clause) return j + 1;
  return sentenceFirst;
}
