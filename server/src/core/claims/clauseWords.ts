// Word classes shared by the parts of claim reading (see index.ts).
import type { TriggerGroup } from '../glossaryTypes';

export const REFERS_BACK = new Set(
  "it it's its this that that's these they they're yes yep yeah sure absolutely".split(' '),
);

export const CLAUSE_OPENERS = new Set(
  'when whenever if once where after because since and but that which who while'.split(' '),
);

export const USUALLY = new Set(
  'usually typically often generally normally always never still also'.split(' '),
);

export const LIST_JOINS = new Set(['and', 'or', 'nor']);

export const DEBT_CONCEPTS = new Set(['debt', 'anything-owed']);

export const EVENTS = new Set([
  'foreclosure-event',
  'short-sale-event',
  'deed-in-lieu-event',
  'lose-home',
  'forbearance',
  'loan-modification',
]);

/** Words that tie an event named after the predicate to it: "…is wiped out after a foreclosure". */
export const EVENT_LINKS = new Set(
  'after by through with in when once upon following via at from during under if whenever since'.split(' '),
);

export const PAST_AUXILIARIES = new Set([
  'was',
  'were',
  'had',
  'did',
  "didn't",
  "wasn't",
  "weren't",
  "hadn't",
]);

export const PRESENT_AUXILIARIES = new Set(
  "is are am be been being has have will would can could shall should must may might do does isn't aren't won't can't cannot hasn't haven't you're we're they're it's you'll we'll they'll it'll you've we've they've".split(
    ' ',
  ),
);

export const ADVERBS = new Set([
  'always',
  'automatically',
  'never',
  'not',
  'completely',
  'just',
  'simply',
  'all',
]);

export const NOUN_DETERMINERS = new Set('a an the your my our their his her its every each'.split(' '));

export const MARKERS = new Set([
  'absolutely',
  'universally',
  'all-of',
  'every',
  'every-disposition',
  'so-too',
]);

export const ANSWERS = new Set<TriggerGroup['reason']>([
  'negated',
  'hedged',
  'conditional',
  'refuted',
  'contrast',
]);

/** Prepositions that may lead a relative pronoun ("…, in which …", "A pause during which …"). */
export const RELATIVE_LEADS = new Set(['in', 'under', 'by', 'through', 'after', 'for', 'during']);

/** Words that open a relative clause after a comma ("…, which…", "…, where your debt is…"). */
export const RELATIVE_OPENERS = new Set(['which', 'where', 'whereby', 'who', 'whom', 'whose']);

/** A negation that stands just before the verb it negates ("didn't cover", "dont get", "can't owe"). */
export const VERB_NEGATIONS = new Set([
  "don't",
  "doesn't",
  "didn't",
  "won't",
  "wasn't",
  "can't",
  "isn't",
  "aren't",
  'not',
  'dont',
  'never',
  'cannot',
]);

/** Verbs that put an object before its participle: "had their arrears wiped out", "have their payments forgiven". */
export const CAUSATIVES = new Set(['had', 'have', 'has', 'got', 'get', 'gets', 'see', 'sees']);
