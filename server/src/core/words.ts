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

export type VerbForm = 'base' | 'third' | 'past' | 'gerund';

/** English inflections of a verb, enough for the claim verbs the rules use (both spellings of "cancelled"). */
export function inflect(verb: string): Record<VerbForm, string[]> {
  if (verb === 'be')
    return { base: ['be', 'are'], third: ['is'], past: ['was', 'were', 'been'], gerund: ['being'] };
  const consonantY = /[^aeiou]y$/.test(verb);
  const stem = /[^aeiou]e$/.test(verb) ? verb.slice(0, -1) : verb;
  const third = /(s|x|z|ch|sh|o)$/.test(verb)
    ? verb + 'es'
    : consonantY
      ? verb.slice(0, -1) + 'ies'
      : verb + 's';
  const regularPast = consonantY ? verb.slice(0, -1) + 'ied' : verb.endsWith('e') ? verb + 'd' : verb + 'ed';
  const past = IRREGULAR_PAST[verb] ?? [regularPast];
  const gerund = [stem + 'ing'];
  if (DOUBLED.test(verb)) {
    past.push(verb + verb.slice(-1) + 'ed');
    gerund.push(verb + verb.slice(-1) + 'ing');
  }
  return { base: [verb], third: [third], past, gerund };
}

const IRREGULAR_PAST: Record<string, string[]> = {
  pay: ['paid'],
  forgive: ['forgave', 'forgiven'],
  take: ['took', 'taken'],
  give: ['gave', 'given'],
  leave: ['left'],
  get: ['got', 'gotten'],
};
/** Verbs whose final l or p doubles in British or American spelling: cancelled, travelling. */
const DOUBLED = /^(cancel|label|signal|total|level)$/;
