// Rewordings for risky claims, chosen by the rule (glossary/rules/*.yaml):
// - hedge-predicate negates the claim's verb, keeping tense and agreement: "erases" → "does not
//   always erase", "will cancel" → "will not always cancel", "is gone" → "is not always gone";
// - replace puts the rule's modal wording ("may still owe part of the balance") in place of slots.
import type { ClaimMatch, Slot } from './claims';
import { capitalize } from './markdownText';
import { verbForm } from './lemmas';
import { wordAt, wordEnd, type Tokens } from './tokens';
import type { TextSource } from './pieceText';

export interface Fix {
  title: string;
  /** Document offsets replaced, [start, end). */
  start: number;
  end: number;
  replacement: string;
}

const MODALS = new Set(['will', 'would', 'shall', 'should', 'must', 'can', 'could']);
/** Auxiliaries that take "not" directly before a participle: "is not always wiped out". */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

export function fixFor(claim: ClaimMatch, tokens: Tokens, text: TextSource): Fix | undefined {
  const spec = claim.fix;
  const edit =
    spec.strategy === 'replace'
      ? replaceSlots(claim, spec)
      : spec.strategy === 'prefix'
        ? prefixSentence(claim, tokens, text, spec.with)
        : hedgePredicate(claim, tokens, text, spec);
  if (!edit) return undefined;
  let { replacement } = edit;
  const start = tokens.starts[edit.first];
  if (edit.first === claim.sentence.first && /^\p{Lu}/u.test(text.charAt(start)))
    replacement = capitalize(replacement);
  return { title: `Reword as “${replacement}”`, start, end: wordEnd(tokens, edit.last), replacement };
}

interface Edit {
  /** First and last word replaced. */
  first: number;
  last: number;
  replacement: string;
}

function replaceSlots(
  claim: ClaimMatch,
  spec: { from: string; to?: string; with: string },
): Edit | undefined {
  const from = claim.slots.find((s) => s.concept === spec.from);
  const to = claim.slots.find((s) => s.concept === (spec.to ?? spec.from));
  if (!from || !to) return undefined;
  // An any-order pattern may find the object before the verb ("anything … you won't owe"): the span
  // from one to the other would run backwards, and applying it would delete the words between. No
  // rewording then; the finding keeps its other actions.
  if (lastWord(to) < from.first) return undefined;
  return { first: from.first, last: lastWord(to), replacement: spec.with };
}

/** "Depending on state law, " before the sentence; its first word lower-cased unless an acronym or "I". */
function prefixSentence(claim: ClaimMatch, tokens: Tokens, text: TextSource, prefix: string): Edit {
  const first = claim.sentence.first;
  const word = text.slice(tokens.starts[first], wordEnd(tokens, first));
  const keepCase = word === 'I' || /^\p{Lu}\p{Lu}/u.test(word);
  return { first, last: first, replacement: `${prefix.trimEnd()} ${keepCase ? word : lowerFirst(word)}` };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function hedgePredicate(
  claim: ClaimMatch,
  tokens: Tokens,
  text: TextSource,
  spec: { slot?: string; adverb?: string },
): Edit | undefined {
  const at = claim.slots.findIndex((s) => (spec.slot ? s.concept === spec.slot : s.match.kind === 'verb'));
  const verb = claim.slots[at];
  if (!verb) return undefined;
  const word = (k: number) => text.slice(tokens.starts[k], wordEnd(tokens, k));
  // The rest of the predicate as written ("out" in "wipes out"), so its spelling and case stay.
  const rest = text.slice(wordEnd(tokens, verb.first), wordEnd(tokens, lastWord(verb)));
  // An absolute adverb written right before the verb ("automatically follows") becomes the hedge.
  const previous = claim.slots[at - 1];
  const adverbBefore =
    previous && isAbsolute(previous) && lastWord(previous) + 1 === verb.first ? previous : undefined;
  const adverb =
    adverbBefore && spec.adverb !== '' ? word(adverbBefore.first).toLowerCase() : (spec.adverb ?? 'always');
  const not = adverb ? `not ${adverb}` : 'not';
  let first = adverbBefore ? adverbBefore.first : verb.first;
  const auxiliary = first > claim.sentence.first ? wordAt(tokens, first - 1) : '';

  const form = verbForm(wordAt(tokens, verb.first));
  if (MODALS.has(auxiliary) || (AUXILIARIES.has(auxiliary) && form !== 'third')) {
    first--; // "will cancel" → "will not always cancel"; "is wiped out" → "is not always wiped out"
    return { first, last: lastWord(verb), replacement: `${word(first)} ${not} ${word(verb.first)}${rest}` };
  }
  if (verb.match.base[0] === 'be') {
    return { first, last: lastWord(verb), replacement: `${word(verb.first)} ${not}${rest}` };
  }
  const base = verb.match.base[0];
  const does = form === 'third' ? 'does' : form === 'past' ? 'did' : 'do';
  return { first, last: lastWord(verb), replacement: `${does} ${not} ${base}${rest}` };
}

function isAbsolute(slot: Slot): boolean {
  return slot.concept === 'absolutely' || slot.concept === 'universally';
}

function lastWord(slot: Slot): number {
  return slot.first + slot.length - 1;
}
