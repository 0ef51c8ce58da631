// Word-level helpers shared by term and claim matching: one normalisation for the glossary's
// phrases and the document's words, so both sides always compare the same way.

/** Lower case, curly apostrophe folded, possessive 's dropped ("Trustee’s" → "trustee"). */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('’')) w = w.replace(/’/g, "'");
  if (w.endsWith("'s") && !CONTRACTIONS.has(w)) w = w.slice(0, -2);
  return w;
}

const CONTRACTIONS = new Set([
  "it's",
  "that's",
  "there's",
  "what's",
  "he's",
  "she's",
  "let's",
  "here's",
  "who's",
]);

/** Splits a glossary phrase into normalised words; hyphens separate words as spaces do. */
export function phraseWords(phrase: string): string[] {
  return (phrase.match(WORD) ?? []).map(normalizeWord);
}

/** A word: letters or digits, with inner apostrophes (don't, trustee’s). */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function pluralOf(noun: string): string {
  if (/(s|x|z|ch|sh)$/.test(noun)) return noun + 'es';
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  return noun + 's';
}

/**
 * A copy of `s` that shares no storage with the text it was cut from. A slice of a long string
 * may keep the whole string alive; what an analysis keeps across document versions (see
 * incremental.ts) must not hold on to every old version's text.
 */
export function detached(s: string): string {
  return (s + ' ').slice(0, -1);
}
