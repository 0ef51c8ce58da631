// Rewordings for risky claims. hedge-predicate turns the claim's verb into an accurate, hedged
// form with the same tense and agreement: "erases" → "does not always erase", "will cancel" →
// "will not always cancel", "is wiped out" → "is not always wiped out".
import type { ClaimMatch, Slot } from './claims';
import type { Tokens } from './tokens';

export interface Fix {
  title: string;
  /** Document offsets replaced, [start, end). */
  start: number;
  end: number;
  replacement: string;
}

const MODALS = new Set(['will', 'would', 'shall', 'should', 'must']);
const BE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'gets',
  'get',
  'got',
  'becomes',
  'become',
]);

export function fixFor(claim: ClaimMatch, tokens: Tokens, text: string): Fix | undefined {
  if (claim.rule.fix.strategy !== 'hedge-predicate') return undefined;
  const verbAt = claim.slots.findIndex((slot) => slot.match.kind === 'verb');
  if (verbAt < 0) return undefined;
  const verb = claim.slots[verbAt];
  const previous = claim.slots[verbAt - 1];
  // An absolute adverb right before the verb ("always erases") is replaced by the hedge's own "always".
  let first =
    previous && previous.concept === 'absolutely' && previous.first + previous.length === verb.first
      ? previous.first
      : verb.first;
  const auxiliary = first > claim.sentence.first ? tokens.words[first - 1] : '';
  const rest = text.slice(tokens.ends[verb.first], tokens.ends[verb.first + verb.length - 1]);
  let replacement: string;
  if (
    MODALS.has(auxiliary) ||
    (BE.has(auxiliary) && (verb.match.form === 'past' || verb.match.form === 'gerund'))
  ) {
    first--;
    replacement = `${wordAt(tokens, text, first)} not always ${wordAt(tokens, text, verb.first)}${rest}`;
  } else {
    const base = verb.match.base?.[0] ?? tokens.words[verb.first];
    const does = verb.match.form === 'third' ? 'does' : verb.match.form === 'past' ? 'did' : 'do';
    replacement = `${does} not always ${base}${rest}`;
  }
  const start = tokens.starts[first];
  if (first === claim.sentence.first && /^\p{Lu}/u.test(text[start])) replacement = capitalize(replacement);
  return {
    title: `Reword as “${replacement}”`,
    start,
    end: slotEnd(verb, tokens),
    replacement,
  };
}

function slotEnd(slot: Slot, tokens: Tokens): number {
  return tokens.ends[slot.first + slot.length - 1];
}

function wordAt(tokens: Tokens, text: string, k: number): string {
  return text.slice(tokens.starts[k], tokens.ends[k]);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
