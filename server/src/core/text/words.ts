// Word-level helpers shared by term and claim matching: one normalisation for the glossary's
// phrases and the document's words, so both sides always compare the same way.

/**
 * Lower case, curly apostrophe folded, possessive 's dropped ("Trustee’s" → "trustee"), and the
 * slips writers make in a hurry spelled out ("dont" → "don't", "forclosure" → "foreclosure"), so a
 * negation or a term reads the same however it was typed.
 */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('’')) w = w.replace(/’/g, "'");
  if (w.endsWith("'s") && !CONTRACTIONS.has(w)) w = w.slice(0, -2);
  return SLIPS.get(w) ?? w;
}

/** Contractions typed without the apostrophe, chat spellings and common misspellings of terms. */
const SLIPS = new Map(
  Object.entries({
    dont: "don't",
    theres: "there's",
    doesnt: "doesn't",
    didnt: "didn't",
    isnt: "isn't",
    arent: "aren't",
    wasnt: "wasn't",
    werent: "weren't",
    wont: "won't",
    wouldnt: "wouldn't",
    couldnt: "couldn't",
    shouldnt: "shouldn't",
    cant: "can't",
    havent: "haven't",
    hasnt: "hasn't",
    // "forgiven debt ain't taxable": read as "isn't", the sense it has in the claims' predicates.
    aint: "isn't",
    "ain't": "isn't",
    youre: "you're",
    // "Short sale? Thats foreclosure.", "whats a deficiency judgment": chat spellings of the openers that refer back
    // and ask (see carriedSubject).
    thats: "that's",
    whats: "what's",
    youll: "you'll",
    theyre: "they're",
    u: 'you',
    '=': 'is',
    '≠': "isn't",
    ur: 'your',
    forclosure: 'foreclosure',
    forclosures: 'foreclosures',
    forclosed: 'foreclosed',
    foreclousre: 'foreclosure',
    foreclosue: 'foreclosure',
    forbearence: 'forbearance',
    forebearance: 'forbearance',
    forbarance: 'forbearance',
    leiu: 'lieu',
    deficency: 'deficiency',
    defficiency: 'deficiency',
    deficiancy: 'deficiency',
    morgage: 'mortgage',
    mortage: 'mortgage',
    mortgauge: 'mortgage',
    modifcation: 'modification',
    judgement: 'judgment',
    judgements: 'judgments',
    // Servicers' and caseworkers' note shorthand (GU, GV): "the fcl sale pays off the loan", "missed pmts".
    fcl: 'foreclosure',
    fcls: 'foreclosures',
    pmt: 'payment',
    pmts: 'payments',
    mtg: 'mortgage',
    mtgs: 'mortgages',
  }),
);

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

const WORD_HERE = new RegExp(WORD.source, 'uy');

/**
 * The next word at or after `from` (not inside a surrogate pair), exactly as WORD finds it, into
 * `span`; false when none is left.
 * Runs of ASCII letters and digits, most words of most documents, are read char by char: the
 * regular expression, and the match array it allocates, serve only from a non-ASCII character or
 * an apostrophe on.
 */
export function nextWord(text: string, from: number, span: { start: number; end: number }): boolean {
  for (let i = from; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!isAsciiWordChar(c)) {
        // "Short sale = foreclosure": an equals sign between spaces is a word, read as "is" (see
        // SLIPS); in a formula or an address ("balance=0", "?a=b") it is not.
        if (c === 61 && isSpaceAround(text, i)) {
          span.start = i;
          span.end = i + 1;
          return true;
        }
        i++;
        continue;
      }
      let end = i + 1;
      while (end < text.length && isAsciiWordChar(text.charCodeAt(end))) end++;
      const after = end < text.length ? text.charCodeAt(end) : 0;
      span.start = i;
      span.end = after < 128 && after !== 39 ? end : wordEndAt(text, i);
      return true;
    }
    // "forbearance ≠ forgiveness": a not-equals sign between spaces reads as "isn't", as "=" reads as "is".
    if (c === 0x2260 && isSpaceAround(text, i)) {
      span.start = i;
      span.end = i + 1;
      return true;
    }
    const end = wordEndAt(text, i);
    if (end > i) {
      span.start = i;
      span.end = end;
      return true;
    }
    // Not a word: step over the character, both halves of a surrogate pair at once (as /u does).
    i += (c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return false;
}

/** The end of the word starting at `at`, or `at` if none starts there. */
function wordEndAt(text: string, at: number): number {
  WORD_HERE.lastIndex = at;
  return WORD_HERE.test(text) ? WORD_HERE.lastIndex : at;
}

function isSpaceAround(text: string, i: number): boolean {
  // Real spaces on both sides: a piece of text read alone (after an edit) reads it as the whole does.
  const space = (k: number) => k >= 0 && k < text.length && text.charCodeAt(k) === 32;
  return space(i - 1) && space(i + 1);
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

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
