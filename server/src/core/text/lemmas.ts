// Claims are matched on lemmas, not surface forms: "erased", "erases" and "erasing" all read as
// "erase", "is" and "were" as "be", "balances" as "balance", and words of one class ("your",
// "their", "the") as the class ("#det"). The glossary's phrases and the document's words go
// through the same function, so both sides always agree.

// A Map, not an object: a word such as "constructor" or "toString" is not one of its keys.
const IRREGULAR = new Map<string, string>(
  Object.entries({
    is: 'be',
    are: 'be',
    was: 'be',
    were: 'be',
    am: 'be',
    been: 'be',
    being: 'be',
    "isn't": "be n't",
    has: 'have',
    had: 'have',
    having: 'have',
    does: 'do',
    did: 'do',
    done: 'do',
    doing: 'do',
    paid: 'pay',
    lost: 'lose',
    left: 'leave',
    took: 'take',
    taken: 'take',
    gave: 'give',
    given: 'give',
    got: 'get',
    gotten: 'get',
    went: 'go',
    goes: 'go',
    forgave: 'forgive',
    forgiven: 'forgive',
    sold: 'sell',
    sent: 'send',
    made: 'make',
    came: 'come',
    brought: 'bring',
    held: 'hold',
    kept: 'keep',
    let: 'let',
    put: 'put',
    wrote: 'write',
    written: 'write',
    won: 'win',
    meant: 'mean',
    fell: 'fall',
    fallen: 'fall',
    ran: 'run',
    told: 'tell',
    said: 'say',
    thought: 'think',
    felt: 'feel',
    found: 'find',
  }),
);

/** Regular-suffix candidates for the base of a word, most specific first. */
function candidates(word: string): string[] {
  const out: string[] = [];
  const cut = (n: number, add = '') => out.push(word.slice(0, -n) + add);
  if (word.endsWith('ies') || word.endsWith('ied')) cut(3, 'y');
  if (word.endsWith('es')) cut(2);
  if (word.endsWith('s') && !word.endsWith('ss')) cut(1);
  if (word.endsWith('ed')) {
    cut(1); // erased → erase
    // cleared → clear; but "deed" is not the past of "de" (a Spanish word a phrase may hold)
    if (word.length > 4) cut(2);
    if (word.length > 4 && word[word.length - 3] === word[word.length - 4]) cut(3); // stopped → stop
  }
  if (word.endsWith('ing')) {
    cut(3); // clearing → clear
    cut(3, 'e'); // erasing → erase
    if (word.length > 5 && word[word.length - 4] === word[word.length - 5]) cut(4); // stopping → stop
  }
  return out;
}

export type Lemmatizer = (word: string) => string;

export function createLemmatizer(
  vocabulary: ReadonlySet<string>,
  classes: ReadonlyMap<string, string>,
  /** Common misspellings and their words ("morgage" → "mortgage"): read as the word they stand for. */
  spellings: ReadonlyMap<string, string> = new Map(),
): Lemmatizer {
  const cache = new Map<string, string>();
  // Cached by the word as written: a word seen before costs one lookup, misspelt or not.
  return (written) => {
    let lemma = cache.get(written);
    if (lemma === undefined) {
      const word = spellings.get(written) ?? written;
      const base = IRREGULAR.get(word) ?? candidates(word).find((c) => vocabulary.has(c)) ?? word;
      // A word of a class stays in it ("its" is a determiner, not the plural of "it").
      lemma = classes.get(word) ?? classes.get(base) ?? willContracted(word, classes) ?? base;
      cache.set(written, lemma);
    }
    return lemma;
  };
}

/** "they'll", "you’ll": the pronoun's class, the modal left aside as other modals are ("they will get" → "they get"). */
function willContracted(word: string, classes: ReadonlyMap<string, string>): string | undefined {
  const stem = /^(\p{L}+)['’]ll$/u.exec(word);
  return stem ? classes.get(stem[1]) : undefined;
}

export type VerbForm = 'base' | 'third' | 'past' | 'gerund';

/** The inflection of a verb as written, so a rewording keeps its tense and agreement. */
export function verbForm(word: string): VerbForm {
  if (word === 'is' || word === 'has' || word === 'does') return 'third';
  if (word === 'are' || word === 'am' || word === 'be' || word === 'have' || word === 'do') return 'base';
  if (word.endsWith('ing')) return 'gerund';
  if (word.endsWith('ed') || (IRREGULAR.has(word) && IRREGULAR.get(word) !== word && !word.endsWith('s'))) {
    return 'past';
  }
  return word.endsWith('s') && !word.endsWith('ss') ? 'third' : 'base';
}
