// How a sentence leans on the ones before it: a subject carried by "it" or "this process", a question
// answered ("Will forbearance forgive my payments? Yes."), a restatement ("In other words, …").
import type { ClaimIndex } from './claimIndex';
import type { TriggerGroup } from '../glossaryTypes';
import {
  Gap,
  gapText,
  isQuestion,
  sentenceAt,
  sentenceFirst,
  startsBlock,
  wordAt,
  wordEnd,
  wordsAt,
  type Sentence,
  type Tokens,
} from '../text/tokens';
import { conceptMask, hasAny } from './conceptBits';
import { readsAsTitle, sentenceLimits, triggersIn } from './context';
import type { ConceptHit, ConceptsAt, Slot } from './types';
import {
  ADVERBS,
  DEBT_CONCEPTS,
  PAST_AUXILIARIES,
  PRESENT_AUXILIARIES,
  REFERS_BACK,
  USUALLY,
  VERB_NEGATIONS,
} from './clauseWords';

/**
 * The subject a sentence takes from the one before it in the same paragraph, where it opens with a
 * word that refers back ("It wipes out the rest", "This process forgives…", "Then your loan is
 * settled", "Yes, …") or answers a question ("A short sale? Your balance is forgiven."): the
 * subject concepts of that sentence, placed on this sentence's first word. Within one paragraph, or
 * from a question to the block that answers it (a re-read after an edit also reads the sentence
 * after the blocks it re-reads).
 */
export function carriedSubject(
  tokens: Tokens,
  index: ClaimIndex,
  i: number,
  question: number,
  conceptsAt: ConceptsAt,
  subjects: ReadonlySet<string>,
  anchors: readonly number[],
  mayTakeTopic: () => boolean,
): Slot[] {
  if (i === 0) return NO_SLOTS;
  const first = sentenceFirst(tokens, i);
  // "**Forbearance.** A pause during which…", "## Short sale" then "A type of…": the term defined.
  const term = labelledBy(tokens, i, conceptsAt, subjects);
  if (term) return [term];
  const asked = question >= 0;
  // Across blocks, only from a question heading to its answer ("## Will forbearance forgive my
  // payments?" then "Yes, they are forgiven.").
  if (!asked && startsBlock(tokens, first)) return NO_SLOTS;
  // "Q: … ? A: It's gone.": the answer's label comes before the word that refers back.
  const opening = answerOpening(tokens, first);
  // "This is called…", "This means that…" points at the whole sentence before, to name or explain it;
  // after a question ("Got a deficiency judgment? That means…") at what the question names.
  if (!asked && definesPrevious(tokens, opening)) return NO_SLOTS;
  // "It is important to note that…": the "it" stands for what follows, not for the sentence before.
  if (expletiveIt(tokens, opening)) return NO_SLOTS;
  // "This amount is called…", "This seller had…": a determiner names its own noun; only a process or
  // an option ("This process wipes out…") is the thing the sentence before described. "That's why…"
  // explains it.
  // "Do a short sale. The unpaid balance is forgiven…", "Take the forbearance! Those months will be forgiven": a
  // sentence whose subject is what is owed tells what becomes of it in the event or program just named.
  const owedFirst = opensWithOwed(tokens, opening, tokens.sentenceEnds[i], conceptsAt);
  if (
    !owedFirst &&
    DEMONSTRATIVES.has(wordAt(tokens, opening)) &&
    namesOwnNoun(tokens, opening + 1, conceptsAt)
  )
    return NO_SLOTS;
  // After a question, "that's where…" or "that's when…" defines what it asks about ("Deed in lieu? That's where you
  // give the house back and…", HF).
  const explains = wordAt(tokens, opening) === "that's" && EXPLAINING.has(wordAt(tokens, opening + 1));
  if (explains && !(asked && DEFINING_WH.has(wordAt(tokens, opening + 1)))) return NO_SLOTS;
  // After a question, a short answer or one that refers back takes its subject; a long answer
  // that starts afresh ("A: When you took out the loan, you gave…") explains, and takes none.
  // "In exchange, the lender releases you…" after a sentence about a deed in lieu is about that deed.
  // "The shortfall on a short sale? Gone.": a bare participle answers what the question names.
  const goneAnswer = asked && GONE_ANSWERS.has(wordAt(tokens, opening)) && !isQuestion(tokens, i);
  // "Cancelled mortgage debt? Tax free." (from the HO–HP misses): a bare verdict on what the question names.
  const taxFreeAnswer =
    asked &&
    !isQuestion(tokens, i) &&
    (TAX_FREE_ANSWERS.has(wordAt(tokens, opening)) ||
      (wordAt(tokens, opening) === 'tax' && wordAt(tokens, opening + 1) === 'free'));
  const refers =
    goneAnswer ||
    taxFreeAnswer ||
    owedFirst ||
    REFERS_BACK.has(wordAt(tokens, opening)) ||
    YES.has(wordAt(tokens, opening)) ||
    (asked && wordAt(tokens, opening) === 'then') ||
    opensWithReference(tokens, opening) ||
    eventOver(tokens, opening);
  // "DIL = full release. The bank takes the house and you're off the hook": a sentence that names the
  // taking only in general words tells the story of the event named just before.
  // (It reads every word's concepts: only where the sentence's anchors say a foreclosure may be named.)
  // "Request forbearance. Your servicer will forgive the payments…": a lender consenting tells what
  // happens in the event or program just named.
  const consents = !refers && !asked && lenderConsents(tokens, index, opening, i, conceptsAt);
  const generic =
    consents ||
    (!refers && !asked && hasAny(anchors, TAKING_MASK) && takesOnlyGenerically(tokens, i, conceptsAt));
  // "Your house is all the bank can take. Once it's gone, so is the debt.": the house lost is the one named.
  if (!refers && !generic && !asked && hasAny(anchors, LOSE_IT_MASK) && losesIt(tokens, i, conceptsAt))
    return propertyOf(sentenceAt(tokens, i - 1), first, conceptsAt);
  // "Step 4: Close the short sale. At closing, your remaining balance is cancelled.": a sentence that names no
  // subject of its own, right after a short one that names an event or program, tells what happens in it.
  const topic = !refers && !generic && !asked && afterTopic(tokens, i) && mayTakeTopic();
  if (!topic && !refers && !generic && (!asked || tokens.sentenceEnds[i] - first > SHORT_ANSWER))
    return NO_SLOTS;
  const previous = sentenceAt(tokens, asked ? question : i - 1);
  // "Pre-Foreclosure vs. Short Sale: Definitions What Is Pre-Foreclosure? Pre-foreclosure is…": an answer
  // that opens by naming one of the two things compared is about that one; none is carried.
  if (asked && comparesTwo(tokens, previous) && holdsWord(tokens, previous, wordAt(tokens, opening)))
    return NO_SLOTS;
  // Every subject it names ("Ask your servicer for forbearance. This process…": the servicer and
  // forbearance); the rules' patterns take the one that fits.
  // After a question, an answer that opens with a pronoun ("What happens to my missed payments?
  // They are forgiven.") also takes what the question asks about: the debt.
  const object = taxFreeAnswer || (asked && OBJECT_PRONOUNS.has(wordAt(tokens, opening)));
  const carried: Slot[] = [];
  for (let k = previous.first; k < previous.end; k++) {
    // "Another alternative to foreclosure is a short sale. This is where you sell…" (a real page, set 46): the event
    // set aside is not what "this" stands for.
    if (setAside(tokens, k)) continue;
    for (const hit of conceptsAt(k, previous.end)) {
      const carries = generic
        ? SPECIFIC_EVENTS.has(hit.concept) || (consents && PROGRAMS.has(hit.concept))
        : topic
          ? TOPICS.has(hit.concept)
          : subjects.has(hit.concept) || (object && DEBT_CONCEPTS.has(hit.concept));
      if (carries && !carried.some((c) => c.concept === hit.concept))
        carried.push({ concept: hit.concept, first, length: 1, match: hit.match, carried: true, topic });
    }
  }
  // The debt the question names, said gone by the answer's first word: "debt gone" across the question mark.
  // "Payments paused under forbearance aren't owed later. They're forgiven.", "A: It's erased the day of the
  // sale.": a pronoun opening the sentence, said forgiven or erased, stands for what was owed ("forgiven" can
  // only be).
  const gone = goneAnswer ? opening : goneByPronoun(tokens, opening);
  const forgiven = !goneAnswer && wordAt(tokens, gone) === 'forgiven';
  if (gone >= 0 && (forgiven || namesDebt(previous, conceptsAt)))
    carried.push({
      concept: 'debt-gone-bare',
      first: gone,
      length: 1,
      match: { concept: 'debt-gone-bare', kind: 'phrase', base: [wordAt(tokens, gone)] },
      carried: false,
    });
  return carried;
}

/**
 * Whether sentence i may take its topic from the short sentence before it in its block ("Honestly just let them
 * foreclose. The mortgage gets erased…", "Thread pt 4: deed in lieu. You're released from the note…"): it is no
 * table cell, title or line of contents ("Canceled Debts ........ 2"), and the sentence before denies nothing
 * ("Moving out doesn't stop the foreclosure. If you leave…" is about leaving). A longer sentence before it mentions
 * an event in passing more often than it sets the topic. The topic yields to an event the sentence names itself
 * (see topicYields).
 */
function afterTopic(tokens: Tokens, i: number): boolean {
  const previousFirst = sentenceFirst(tokens, i - 1);
  if (tokens.sentenceEnds[i - 1] - previousFirst > TOPIC_WORDS) return false;
  for (let k = previousFirst; k < tokens.sentenceEnds[i - 1]; k++)
    if (VERB_NEGATIONS.has(wordAt(tokens, k))) return false;
  const first = sentenceFirst(tokens, i);
  const end = tokens.sentenceEnds[i];
  return (
    !gapText(tokens, first - 1).includes('|') &&
    !gapText(tokens, end - 1).includes('...') &&
    !readsAsTitle(tokens, first, end)
  );
}

/** The most words of a sentence that sets the topic of the next. */
const TOPIC_WORDS = 12;

/** The subjects a sentence may take from a short one before it: the events and programs the myths are about. */
const TOPICS = new Set([
  'deed-in-lieu-event',
  'short-sale-event',
  'lose-home',
  'foreclosure-event',
  'forbearance',
  'loan-modification',
]);

/** The topics as concept bits, for the anchors test of a sentence that may take one (see findClaims). */
export const TOPIC_MASK = conceptMask([...TOPICS]);

/** The events and programs that, named in a sentence, replace the topic carried into it: losing the home may be
 * how it tells the event ("Just let them foreclose. You lose the house but the mortgage is erased"). */
const OWN_TOPICS = [...TOPICS].filter((concept) => concept !== 'lose-home');

/** Whether a sentence's own concepts name an event or program, so that a topic carried into it yields. */
export function topicYields(hits: ReadonlyMap<string, readonly Slot[]>): boolean {
  return OWN_TOPICS.some((concept) => hits.get(concept)?.some((slot) => !slot.carried));
}

/**
 * The word saying it gone in "They're forgiven", "it is simply erased", "they were wiped out" at k, or -1. Not
 * "it's gone": after "What happens to my house?" that is the house.
 */
function goneByPronoun(tokens: Tokens, k: number): number {
  const pronoun = wordAt(tokens, k);
  let j = k + 1;
  if (BARE_PRONOUNS.has(pronoun)) {
    if (!BE_FORMS.has(wordAt(tokens, j))) return -1;
    j++;
  } else if (!PRONOUNS_WITH_BE.has(pronoun)) return -1;
  if (GONE_ADVERBS.has(wordAt(tokens, j))) j++;
  for (let g = k; g < j; g++) if (tokens.gaps[g] > Gap.Soft) return -1;
  return SAID_GONE.has(wordAt(tokens, j)) ? j : -1;
}

const BARE_PRONOUNS = new Set(['it', 'they']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'get', 'gets', 'got']);
const PRONOUNS_WITH_BE = new Set(["it's", 'it’s', "they're", 'they’re', 'theyre']);
const GONE_ADVERBS = new Set('simply just all automatically completely fully totally entirely'.split(' '));
const SAID_GONE = new Set(['forgiven', 'erased', 'wiped', 'cancelled', 'canceled']);

/**
 * The subject a sentence takes from a tail after it that names the kind of event it described: "The bank takes
 * less and forgives the rest. That's what a short sale is." (the sentence before is the claim). Only where that
 * sentence names no subject of its own.
 */
export function tailSubject(
  tokens: Tokens,
  i: number,
  conceptsAt: ConceptsAt,
  subjects: ReadonlySet<string>,
  own: readonly Slot[],
): Slot[] {
  const next = i + 1;
  if (next >= tokens.sentenceCount || own.length > 0) return NO_SLOTS;
  const first = sentenceFirst(tokens, i);
  const nextFirst = sentenceFirst(tokens, next);
  // Most sentences are followed by no tail: one word rules them out before any text is built.
  if (!TAIL_OPENERS.has(wordAt(tokens, nextFirst))) return NO_SLOTS;
  const nextEnd = tokens.sentenceEnds[next];
  const head: string[] = [];
  for (let k = nextFirst; k < Math.min(nextEnd, nextFirst + 6); k++) head.push(wordAt(tokens, k));
  if (startsBlock(tokens, nextFirst) || !NAMING_TAIL.test(`${head.join(' ')} `)) return NO_SLOTS;
  // The sentence names its own subject: the tail only generalises it.
  for (let k = first; k < tokens.sentenceEnds[i]; k++)
    if (
      conceptsAt(k, tokens.sentenceEnds[i]).some(
        (hit) => subjects.has(hit.concept) && EVENT_SUBJECTS.has(hit.concept),
      )
    )
      return NO_SLOTS;
  const carried: Slot[] = [];
  for (let k = nextFirst; k < nextEnd; k++)
    for (const hit of conceptsAt(k, nextEnd))
      if (EVENT_SUBJECTS.has(hit.concept) && !carried.some((c) => c.concept === hit.concept))
        carried.push({ concept: hit.concept, first, length: 1, match: hit.match, carried: true });
  return carried.length > 0 ? carried : NO_SLOTS;
}

/** "That's how a deed in lieu works", "That's what a short sale is", "That's what every short sale is." */
const NAMING_TAIL =
  /^(?:that['’]?s|thats|that is|this is|which is)\s+(?:just\s+|exactly\s+|simply\s+|basically\s+)?(?:how|what)\s+(?:a|an|the|every|all|any)\s/i;

/** The first words NAMING_TAIL may open with. */
const TAIL_OPENERS = new Set(["that's", 'that’s', 'thats', 'that', 'this', 'which']);

/** The events and judgments a naming tail may supply as the subject. */
const EVENT_SUBJECTS = new Set([
  'deed-in-lieu-event',
  'short-sale-event',
  'foreclosure-event',
  'deficiency-judgment',
  'forbearance',
  'loan-modification',
]);

/** "X vs. Y", "X versus Y". */
function comparesTwo(tokens: Tokens, sentence: Sentence): boolean {
  for (let k = sentence.first; k < sentence.end; k++)
    if (wordAt(tokens, k) === 'vs' || wordAt(tokens, k) === 'versus') return true;
  return false;
}

function holdsWord(tokens: Tokens, sentence: Sentence, word: string): boolean {
  for (let k = sentence.first; k < sentence.end; k++) if (wordAt(tokens, k) === word) return true;
  return false;
}

const GONE_ANSWERS = new Set([
  'gone',
  'forgiven',
  'erased',
  'wiped',
  'cancelled',
  'canceled',
  'vanished',
  'poof',
]);

function namesDebt(sentence: Sentence, conceptsAt: ConceptsAt): boolean {
  for (let k = sentence.first; k < sentence.end; k++)
    if (conceptsAt(k, sentence.end).some((hit) => DEBT_CONCEPTS.has(hit.concept))) return true;
  return false;
}

/**
 * The term that the sentence before sentence i consists of, as a glossary or a heading names what
 * follows ("**Deficiency judgment.**", "## Short sale"), carried onto sentence i's first word; across
 * blocks only from a block that holds the term alone.
 */
function labelledBy(
  tokens: Tokens,
  i: number,
  conceptsAt: ConceptsAt,
  subjects: ReadonlySet<string>,
): Slot | undefined {
  const label = sentenceAt(tokens, i - 1);
  const first = sentenceFirst(tokens, i);
  if (label.question || label.end - label.first > 6) return undefined;
  // A definition opens with its noun phrase ("A pause…", "The court order…"); "After foreclosing, the
  // lender…" under a heading tells the process, with subjects of its own.
  if (!ARTICLES.has(wordAt(tokens, first))) return undefined;
  if (startsBlock(tokens, first) && !startsBlock(tokens, label.first)) return undefined;
  let k = label.first;
  while (k < label.end && ARTICLES.has(wordAt(tokens, k))) k++;
  for (const hit of conceptsAt(k, label.end))
    if (subjects.has(hit.concept) && k + hit.length === label.end)
      return { concept: hit.concept, first, length: 1, match: hit.match, carried: true };
  return undefined;
}

/** The articles: what opens a definition's noun phrase, or stands before an event set aside. */
const ARTICLES = new Set(['a', 'an', 'the']);

/** Whether the words at k open with a determiner and what is owed ("the unpaid balance", "those months"). */
function opensWithOwed(tokens: Tokens, k: number, end: number, conceptsAt: ConceptsAt): boolean {
  if (!OWED_DETERMINERS.has(wordAt(tokens, k))) return false;
  for (let j = k; j < Math.min(end, k + OWED_WITHIN); j++) {
    const hits = conceptsAt(j, end);
    if (hits.some((hit) => DEBT_CONCEPTS.has(hit.concept))) return true;
    // "The lender accepts the shortfall…": the lender is the subject, what is owed its object.
    if (hits.some((hit) => hit.concept === 'creditor')) return false;
  }
  return false;
}

const OWED_DETERMINERS = new Set([
  'the',
  'those',
  'these',
  'your',
  'whatever',
  "whatever's",
  'any',
  'all',
  'every',
]);

/** How far after its determiner the owed noun may come ("the remaining mortgage balance"). */
const OWED_WITHIN = 3;

/** "Once it's over, …", "After it closes, …": the event the sentence before named, finished. */
function eventOver(tokens: Tokens, k: number): boolean {
  if (!TIME_OPENERS.has(wordAt(tokens, k))) return false;
  const pronoun = wordAt(tokens, k + 1);
  const next = pronoun === 'it' && wordAt(tokens, k + 2) === 'is' ? k + 3 : k + 2;
  return (pronoun === "it's" || pronoun === 'it') && FINISHED.has(wordAt(tokens, next));
}

const TIME_OPENERS = new Set(['once', 'after', 'when']);

const FINISHED = new Set([
  'over',
  'done',
  'complete',
  'completed',
  'final',
  'finished',
  'closes',
  'closed',
  'ends',
]);

const LOSE_IT_MASK = conceptMask(['lose-it']);

/** Whether sentence i says "it" is lost or taken without naming what "it" is. */
function losesIt(tokens: Tokens, i: number, conceptsAt: ConceptsAt): boolean {
  const sentence = sentenceAt(tokens, i);
  return (
    hitOf(sentence, 'lose-it', conceptsAt) !== undefined && !hitOf(sentence, 'property-word', conceptsAt)
  );
}

/** The house or property a sentence names, carried onto word `first` of the next one. */
function propertyOf(previous: Sentence, first: number, conceptsAt: ConceptsAt): Slot[] {
  const hit = hitOf(previous, 'property-word', conceptsAt);
  return hit ? [{ concept: hit.concept, first, length: 1, match: hit.match, carried: true }] : NO_SLOTS;
}

/** The first hit of a concept in a sentence. */
function hitOf(sentence: Sentence, concept: string, conceptsAt: ConceptsAt): ConceptHit | undefined {
  for (let k = sentence.first; k < sentence.end; k++)
    for (const hit of conceptsAt(k, sentence.end)) if (hit.concept === concept) return hit;
  return undefined;
}

const OBJECT_PRONOUNS = new Set(['it', "it's", 'they', "they're", 'them', 'those', 'these', 'that']);

/** Sentences read back for what a word refers to (see referredTo); concept lookups start that far back. */
export const LOOKBACK = 3;

/**
 * The question sentence i answers, or -1: the sentence before it ("Do I owe the rest? No, …"), or
 * the one before a bare "No." or "Yes." in the same block ("Q: …? A: No. The lender forgives it.").
 */
export function questionAnswered(tokens: Tokens, i: number): number {
  if (i === 0) return -1;
  if (isQuestion(tokens, i - 1)) return i - 1;
  if (i < 2 || !isQuestion(tokens, i - 2) || startsBlock(tokens, sentenceFirst(tokens, i))) return -1;
  const opening = answerOpening(tokens, sentenceFirst(tokens, i - 1));
  const bare = opening + 1 === tokens.sentenceEnds[i - 1];
  const word = wordAt(tokens, opening);
  return bare && (YES.has(word) || NO.has(word) || NOTHING.has(word)) ? i - 2 : -1;
}

const NO = new Set(['no', 'nope', 'nah']);

/** "What's left after a short sale? Nothing. The lender wipes it out…": the sentence after a one-word answer
 * goes on answering. */
const NOTHING = new Set(['nothing', 'nada', 'zero', 'zilch']);

/**
 * Slots on words of sentence i that refer back within its block, standing for what they refer to:
 * - "this judgment" or "that judgment" for a deficiency judgment an earlier sentence names;
 * - "the sale" (or "this sale", "that sale") for the foreclosure or short sale an earlier sentence
 *   names ("**Trustee's sale** — The public auction … The sale satisfies the mortgage in full."), and
 *   "this process" or "this option" for that or a deed in lieu ("A deed in lieu hands the house
 *   over. Though you lose it through this process, you are released from the debt.");
 * - in an answer, "it" or "them" after its first word for the debt the question asks about ("Do I
 *   owe the difference after a short sale? No, the lender forgives it.").
 */
export function referredTo(tokens: Tokens, i: number, question: number, conceptsAt: ConceptsAt): Slot[] {
  if (i === 0) return NO_SLOTS;
  const first = sentenceFirst(tokens, i);
  const end = tokens.sentenceEnds[i];
  let referred: Slot[] | undefined;
  const add = (slot: Slot) => (referred ??= []).push(slot);
  // "A deed in lieu of foreclosure" names one event: a hit inside a longer one is not another.
  const namesIn = (j: number, concepts: ReadonlySet<string>) => {
    const found = new Map<string, ConceptHit>();
    let coveredTo = 0;
    for (let k = sentenceFirst(tokens, j); k < tokens.sentenceEnds[j]; k++)
      for (const hit of conceptsAt(k, tokens.sentenceEnds[j]))
        if (concepts.has(hit.concept) && k >= coveredTo) {
          found.set(hit.concept, hit);
          coveredTo = Math.max(coveredTo, k + hit.length);
        }
    return found;
  };
  for (let k = first; k + 1 < end; k++) {
    const referent = referentsOf(wordAt(tokens, k), wordAt(tokens, k + 1));
    if (!referent) continue;
    if (namesIn(i, referent).size > 0) break; // the sentence names its own sale or event
    // The nearest sentence before, in the same block, that names one of them only.
    for (let j = i - 1; j >= Math.max(0, i - LOOKBACK); j--) {
      const named = namesIn(j, referent);
      if (named.size === 1) {
        const [hit] = named.values();
        add({ concept: hit.concept, first: k, length: 2, match: hit.match, carried: true, refersBack: true });
      }
      if (named.size > 0 || startsBlock(tokens, sentenceFirst(tokens, j))) break;
    }
    break;
  }
  // "Those skipped payments? Forbearance forgives them.", "…the gap? Bank forgives it.": an object pronoun
  // after a forgiving verb stands for the debt named just before, in this sentence or the ones before it.
  // (An answer to a question takes the question's debt below.)
  for (let k = first + 1; k < end && question < 0; k++) {
    if (!ANSWER_OBJECTS.has(wordAt(tokens, k)) || !FORGIVING.has(wordAt(tokens, k - 1))) continue;
    if (!debtNamedBefore(tokens, i, k, conceptsAt)) break;
    for (const concept of DEBT_CONCEPTS)
      add({
        concept,
        first: k,
        length: 1,
        match: { concept, kind: 'noun', base: [wordAt(tokens, k)] },
        carried: true,
      });
    break;
  }
  if (question >= 0) {
    const opening = answerOpening(tokens, first);
    const asked = namesIn(question, DEBT_CONCEPTS);
    // Near the answer's start: further on, "it" may stand for something the answer named itself.
    for (let k = opening + 1; k < Math.min(end, opening + SHORT_ANSWER) && asked.size > 0; k++) {
      if (!ANSWER_OBJECTS.has(wordAt(tokens, k))) continue;
      // "the difference" or "the forbearance months": the pronoun stands for a debt either way.
      for (const concept of DEBT_CONCEPTS)
        add({
          concept,
          first: k,
          length: 1,
          match: { concept, kind: 'noun', base: [wordAt(tokens, k)] },
          carried: true,
        });
      break;
    }
  }
  return referred ?? NO_SLOTS;
}

/** Verbs whose object pronoun, said of a debt named before, is that debt (see referredTo). */
const FORGIVING = new Set(
  'forgive forgives forgave cancel cancels cancelled canceled erase erases erased wipe wipes wiped waive waives waived absorb absorbs absorbed'.split(
    ' ',
  ),
);

/** Whether a debt is named in sentence i before word k, or in the sentences before it in its block. */
function debtNamedBefore(tokens: Tokens, i: number, k: number, conceptsAt: ConceptsAt): boolean {
  const first = sentenceFirst(tokens, i);
  if (namesDebt({ first, end: k, question: false }, conceptsAt)) return true;
  if (startsBlock(tokens, first)) return false;
  for (let j = i - 1; j >= Math.max(0, i - LOOKBACK + 1); j--) {
    if (namesDebt(sentenceAt(tokens, j), conceptsAt)) return true;
    if (startsBlock(tokens, sentenceFirst(tokens, j))) break;
  }
  return false;
}

/**
 * What a determiner and noun may refer back to: "the sale" to a foreclosure or short sale; "this
 * process" or "this option" (not "the process", which may be any) also to a deed in lieu.
 */
function referentsOf(determiner: string, noun: string): ReadonlySet<string> | undefined {
  if (noun === 'sale') return SALE_DETERMINERS.has(determiner) ? SALES : undefined;
  // "…asks the court for a deficiency judgment. That judgment is the foreclosure."
  if (noun === 'judgment' || noun === 'judgement')
    return DEMONSTRATIVES.has(determiner) ? JUDGMENTS : undefined;
  // "…to offer principal forgiveness as well, few homeowners could use this program": a program is no sale.
  return DEMONSTRATIVES.has(determiner) && PROCESS_NOUNS.has(noun) && noun !== 'program'
    ? EVENTS_REFERRED
    : undefined;
}

const SALE_DETERMINERS = new Set(['the', 'this', 'that']);

const SALES = new Set(['foreclosure-event', 'short-sale-event']);

const EVENTS_REFERRED = new Set([...SALES, 'deed-in-lieu-event']);

const JUDGMENTS = new Set(['deficiency-judgment']);

const ANSWER_OBJECTS = new Set(['it', "it's", 'them']);

/** Labels of a question and its answer in a Q&A ("Q: Does…? A: No."), read past to the first word. */
const ANSWER_LABELS = new Set(['a', 'answer', 'q', 'question', 'key']);

const SHORT_ANSWER = 12;

function definesPrevious(tokens: Tokens, k: number): boolean {
  if (!DEFINING_THIS.has(wordAt(tokens, k))) return false;
  const verb = wordAt(tokens, k + 1);
  return (
    verb === 'means' ||
    verb === 'meant' ||
    ((verb === 'is' || verb === 'was') && NAMING.has(wordAt(tokens, k + 2)))
  );
}

/** Whether word k, after "this" or "these", is a noun of its own rather than a verb or a word for a process. */
function namesOwnNoun(tokens: Tokens, k: number, conceptsAt: ConceptsAt): boolean {
  const word = wordAt(tokens, k);
  if (PRESENT_AUXILIARIES.has(word) || PAST_AUXILIARIES.has(word) || PROCESS_NOUNS.has(word)) return false;
  // "Deficiency judgments? Those don't exist for houses.": a negated verb follows a pronoun, not a determiner.
  if (ADVERBS.has(word) || USUALLY.has(word) || VERB_NEGATIONS.has(word) || !/^[a-z]/.test(word))
    return false;
  return !conceptsAt(k, tokens.count).some((hit) => hit.match.kind === 'verb');
}

const DEMONSTRATIVES = new Set(['this', 'these', 'that', 'those']);

const PROCESS_NOUNS = new Set(
  'process option options route path step approach arrangement method procedure solution move way deal transaction alternative program'.split(
    ' ',
  ),
);

const EXPLAINING = new Set(['why', 'how', 'what', 'because', 'where', 'when']);

const DEFINING_WH = new Set(['where', 'when']);

function expletiveIt(tokens: Tokens, k: number): boolean {
  const it = wordAt(tokens, k);
  if (it === "it's") return EXPLETIVE_ADJECTIVES.has(wordAt(tokens, k + 1));
  return it === 'it' && BE.has(wordAt(tokens, k + 1)) && EXPLETIVE_ADJECTIVES.has(wordAt(tokens, k + 2));
}

const BE = new Set(['is', 'was', 'seems', 'appears']);

const EXPLETIVE_ADJECTIVES = new Set(
  'important worth true possible impossible likely unlikely clear essential critical crucial necessary wise best better easy hard difficult common rare fair reasonable helpful vital key advisable understandable tempting natural normal'.split(
    ' ',
  ),
);

const DEFINING_THIS = new Set(['this', 'that']);

const NAMING = new Set(['called', 'referred', 'known', 'termed', 'named']);

/** The first word of an answer after its label ("A: Yes, …"), or the sentence's first word. */
export function answerOpening(tokens: Tokens, first: number): number {
  if (tokens.gaps[first] !== Gap.Clause || first + 1 >= tokens.count) return first;
  // "Q11: …? A: No, never.", "Key: They are forgiven.": numbered labels and an answer key's.
  const label = wordAt(tokens, first);
  if (ANSWER_LABELS.has(label) || /^[qa]\d{1,3}$/.test(label)) return first + 1;
  // A speaker's name in capitals before a colon ("HOST: Yep, …"), as transcripts and chats write it.
  const written = tokens.text.slice(tokens.starts[first], wordEnd(tokens, first));
  const colon = gapText(tokens, first).trim() === ':';
  return colon && /^\p{Lu}{2,}$/u.test(written) ? first + 1 : first;
}

const NO_SLOTS: Slot[] = [];

export const YES = new Set(['yes', 'yep', 'yeah', 'absolutely', 'definitely', 'correct']);

/** Phrases that tie a sentence to the one before: "In exchange, …", "Under this agreement, …". */
function opensWithReference(tokens: Tokens, k: number): boolean {
  // Set off by a comma: "In exchange for a deed…" is a phrase about the deal, not a reference to it.
  return REFERRING_OPENINGS.some(
    (phrase) => wordsAt(tokens, k, phrase) && tokens.gaps[k + phrase.length - 1] >= Gap.Clause,
  );
}

/**
 * "Arizona limits deficiencies after a trustee's sale. In other words, the bank can't come after
 * them": a restatement keeps the state, the program or the condition of the sentence it restates.
 */
export function restatesQualified(tokens: Tokens, index: ClaimIndex, i: number): boolean {
  const first = sentenceFirst(tokens, i);
  // A paragraph may open by restating the one before ("If you live in a non-recourse state, you are
  // protected." then "That means that returning the home…").
  if (i === 0) return false;
  const opens = RESTATING.some((phrase) => wordsAt(tokens, first, phrase));
  if (!opens) return false;
  // Across a paragraph only "That means…" or "That's because…" points back, and not at a question heading.
  if (
    startsBlock(tokens, first) &&
    (!POINTING_BACK.some((phrase) => wordsAt(tokens, first, phrase)) || sentenceAt(tokens, i - 1).question)
  )
    return false;
  const previous = sentenceAt(tokens, i - 1);
  // Qualified by its words, or limited to one statute, program or period (see sentenceLimits).
  return (
    triggersIn(tokens, index, previous, () => false).some((t) => QUALIFYING.has(t.group.reason)) ||
    sentenceLimits(tokens, previous).notGeneral
  );
}

const POINTING_BACK = [
  ['that', 'means'],
  ['this', 'means'],
  ["that's", 'because'],
  ['that', 'is', 'because'],
  ['this', 'is', 'because'],
];

const RESTATING = [
  ['in', 'other', 'words'],
  ['that', 'is'],
  ['put', 'simply'],
  ['simply', 'put'],
  ['in', 'short'],
  ['in', 'effect'],
  // "That means…", and "That's because the lender knows…", which explains the sentence before within its
  // condition.
  ...POINTING_BACK,
  // "If a lender fails to ask, it may not recover the rest. For instance, it may not sue…": an example
  // of the rule before keeps its condition.
  ['for', 'instance'],
  ['for', 'example'],
  // "…under the Small Tract Financing Act. Specifically, the lender may not recover…": the detail of the rule before.
  ['specifically'],
  ['more', 'specifically'],
  ['in', 'particular'],
  ['namely'],
];

const QUALIFYING = new Set<TriggerGroup['reason']>(['specific', 'conditional', 'hedged']);

const REFERRING_OPENINGS = [
  ['in', 'exchange'],
  ['in', 'return'],
  ['under', 'this', 'agreement'],
  ['under', 'this', 'arrangement'],
  ['with', 'this', 'option'],
  ['as', 'part', 'of', 'the', 'deal'],
  // "Walking away works. Once you do it, the loan is finished.": the act just named.
  ['once', 'you', 'do', 'it'],
  ['once', 'you', 'do', 'that'],
  ['after', 'you', 'do', 'it'],
  ['after', 'you', 'do', 'that'],
  ['once', 'it', 'is', 'done'],
  ['once', "it's", 'done'],
  ['once', 'that', 'happens'],
  ['once', 'it', 'happens'],
  // "Do a short sale. After that, whatever's left is forgiven." (FI–FJ)
  ['after', 'that'],
  ['after', 'this'],
  ['once', 'it', 'closes'],
  ['after', 'it', 'closes'],
];

/** Events a general "the bank takes the house" may stand for. */
const SPECIFIC_EVENTS = new Set(['deed-in-lieu-event', 'short-sale-event', 'lose-home']);

/** Whether a sentence's concepts name a deed in lieu, a short sale or a home given up, apart from `besides`. */
export function namesSpecificEvent(hits: ReadonlyMap<string, readonly Slot[]>, besides: Slot): boolean {
  const apart = (slot: Slot) =>
    slot.first >= besides.first + besides.length || slot.first + slot.length <= besides.first;
  for (const concept of SPECIFIC_EVENTS) if (hits.get(concept)?.some(apart)) return true;
  return false;
}

/** A foreclosure named only as the lender taking the house ("the bank takes the house back"). */
export function isGenericTaking(tokens: Tokens, slot: Slot): boolean {
  return slot.concept === 'foreclosure-event' && !slot.carried && saysAny(tokens, slot, TAKING);
}

/** Whether one of a slot's words is in `words`. */
function saysAny(tokens: Tokens, slot: Slot, words: ReadonlySet<string>): boolean {
  for (let k = slot.first; k < slot.first + slot.length; k++) if (words.has(wordAt(tokens, k))) return true;
  return false;
}
const TAKING = new Set(['take', 'takes', 'took', 'taking', 'repossess', 'repossesses', 'repossessed']);

/**
 * A house given up only in words of the lender taking it ("the bank takes the house") while the sentence,
 * or the one before through its subject, names a foreclosure, a short sale or a deed in lieu: the taking
 * is that event's, and so is the claim ("The way foreclosure works, the bank takes the property and…").
 */
export function takingBesideEvent(
  tokens: Tokens,
  hits: ReadonlyMap<string, readonly Slot[]>,
  slot: Slot,
  i: number,
  conceptsAt: ConceptsAt,
): boolean {
  if (slot.concept !== 'lose-home' || slot.carried || !saysAny(tokens, slot, HOLDING)) return false;
  // "Foreclosure wipes out the debt. The bank takes the house as payment in full.": one of the two sentences
  // before, in the same paragraph, names the event.
  for (let j = i - 1; j >= Math.max(0, i - 2) && !startsBlock(tokens, sentenceFirst(tokens, j + 1)); j--) {
    const end = tokens.sentenceEnds[j];
    for (let k = sentenceFirst(tokens, j); k < end; k++)
      if (conceptsAt(k, end).some((hit) => NAMED_EVENTS.includes(hit.concept))) return true;
  }
  const apart = (other: Slot) =>
    other.first >= slot.first + slot.length || other.first + other.length <= slot.first;
  for (const concept of NAMED_EVENTS) if (hits.get(concept)?.some(apart)) return true;
  return false;
}

/** Words of a lender taking or holding the house. */
const HOLDING = new Set([...TAKING, 'gets', 'get', 'got', 'has', 'possession']);

const NAMED_EVENTS = ['foreclosure-event', 'short-sale-event', 'deed-in-lieu-event'];

/** Whether sentence i names a foreclosure only as a taking, and no other event. */
function takesOnlyGenerically(tokens: Tokens, i: number, conceptsAt: ConceptsAt): boolean {
  const end = tokens.sentenceEnds[i];
  let taking = false; // a word of taking first: the concept lookup below reads every word
  for (let k = sentenceFirst(tokens, i); k < end && !taking; k++) taking = TAKING.has(wordAt(tokens, k));
  if (!taking) return false;
  let generic = false;
  for (let k = sentenceFirst(tokens, i); k < end; k++)
    for (const hit of conceptsAt(k, end)) {
      const slot = { ...hit, first: k, length: hit.length, match: hit.match };
      // The house given up in words of taking is the same taking, no event of its own.
      if (
        SPECIFIC_EVENTS.has(hit.concept) &&
        !(hit.concept === 'lose-home' && saysAny(tokens, slot, HOLDING))
      )
        return false;
      if (hit.concept === 'foreclosure-event') generic ||= isGenericTaking(tokens, slot);
    }
  return generic;
}

const TAKING_MASK = conceptMask(['foreclosure-event']);

/**
 * "A short sale is a sale for less than the balance. The lender agrees to take the lower price and
 * forgive the rest": a sentence that opens with the lender consenting, and names no event of its
 * own, tells what happens in the event named just before (see carriedSubject).
 */
function lenderConsents(
  tokens: Tokens,
  index: ClaimIndex,
  opening: number,
  i: number,
  conceptsAt: ConceptsAt,
): boolean {
  const end = tokens.sentenceEnds[i];
  // "Instead of going to foreclosure, the lender agrees…": the event avoided opens the sentence.
  const start = avoidedLeadInEnd(tokens, opening, end);
  let k = start;
  if (LENDER_DETERMINERS.has(wordAt(tokens, k))) k++;
  if (!namesLender(index, wordAt(tokens, k))) return false;
  // "The lender agrees…", "The lender also agrees…" (a real page, set 42), or with a plain future: "Your servicer
  // will forgive…".
  if (CONSENT_ADVERBS.has(wordAt(tokens, k + 1))) k++;
  const verb = wordAt(tokens, k + 1) === 'will' ? wordAt(tokens, k + 2) : wordAt(tokens, k + 1);
  if (!CONSENTS.has(verb)) return false;
  for (let j = start; j < end; j++) {
    // "…accepts the shortfall as payment in full (or negotiates a repayment plan)": one of its options.
    if (wordAt(tokens, j) === 'or') return false;
    // "…forgive the difference to avoid foreclosure": the event avoided is none the sentence tells of.
    if (AVOIDING_EVENT.has(wordAt(tokens, j - 1))) continue;
    if (
      conceptsAt(j, end).some(
        (hit) => SPECIFIC_EVENTS.has(hit.concept) || hit.concept === 'foreclosure-event',
      )
    )
      return false;
  }
  return true;
}

/** Whether word k follows "alternative(s) to", "instead of" or "rather than": an event set aside. */
function setAside(tokens: Tokens, k: number): boolean {
  const at = ARTICLES.has(wordAt(tokens, k - 1)) ? k - 1 : k;
  const [a, b] = [wordAt(tokens, at - 2), wordAt(tokens, at - 1)];
  return (
    (b === 'to' && /^alternatives?$/.test(a)) ||
    (a === 'instead' && b === 'of') ||
    (a === 'rather' && b === 'than')
  );
}

/** One-word verdicts that say the debt a question names is not taxed ("Tax free." also reads as one). */
const TAX_FREE_ANSWERS = new Set(['tax-free', 'taxfree', 'untaxed', 'nontaxable', 'non-taxable']);

/** Adverbs between the lender and its consent that leave the consent whole. */
const CONSENT_ADVERBS = new Set(['also', 'then', 'simply', 'just']);

/** Verbs whose object is an event that does not happen ("to avoid foreclosure"). */
const AVOIDING_EVENT = new Set(['avoid', 'avoiding', 'prevent', 'preventing', 'stop', 'stopping']);

/** Whether a word names the lender: one of the language's lender class ("bank", "servicer"…), or "mortgagee". */
export function namesLender(index: ClaimIndex, word: string): boolean {
  return index.lemma(word) === '#lender' || word === 'mortgagee';
}

/** Where an "Instead of …," or "Rather than …," lead-in ends (after its comma), or `opening` if there is none. */
function avoidedLeadInEnd(tokens: Tokens, opening: number, end: number): number {
  const first = wordAt(tokens, opening);
  const second = wordAt(tokens, opening + 1);
  if (!((first === 'instead' && second === 'of') || (first === 'rather' && second === 'than')))
    return opening;
  for (let k = opening + 2; k + 1 < end; k++)
    if (tokens.gaps[k] === Gap.Clause && gapText(tokens, k).includes(',')) return k + 1;
  return opening;
}

const LENDER_DETERMINERS = new Set(['the', 'your', 'their', 'his', 'her', 'our', 'my']);
const CONSENTS = new Set([
  'agrees',
  'accepts',
  'consents',
  'forgives',
  'releases',
  'cancels',
  'waives',
  'absorbs',
  'writes',
  'agree',
  'accept',
  'forgive',
  'release',
  'cancel',
  'waive',
  'absorb',
  'write',
]);

/** What a lender's consent may also speak of, besides a deed in lieu or short sale. */
const PROGRAMS = new Set(['forbearance', 'loan-modification']);

/**
 * "Foreclosure, then a deficiency judgment. Always.", "… every time. no way around it": where the sentence right
 * after sentence i, in its block, is made only of words that say "in every case", the end of that tag; else -1.
 */
export function universalTagAfter(tokens: Tokens, i: number): number {
  if (i + 1 >= tokens.sentenceCount) return -1;
  const first = sentenceFirst(tokens, i + 1);
  const end = tokens.sentenceEnds[i + 1];
  if (startsBlock(tokens, first) || end - first > UNIVERSAL_TAG_LENGTH) return -1;
  const word = wordAt(tokens, first);
  if (word === 'no' ? !/^exceptions?$/.test(wordAt(tokens, first + 1)) : !UNIVERSAL_TAG_HEADS.has(word))
    return -1;
  for (let k = first; k < end; k++) if (!UNIVERSAL_TAG_WORDS.has(wordAt(tokens, k))) return -1;
  return end;
}

const UNIVERSAL_TAG_LENGTH = 4;
const UNIVERSAL_TAG_HEADS = new Set([
  'always',
  'every',
  'automatic',
  'automatically',
  'guaranteed',
  'no',
  'each',
]);
const UNIVERSAL_TAG_WORDS = new Set([
  ...UNIVERSAL_TAG_HEADS,
  'single',
  'time',
  'times',
  'exception',
  'exceptions',
  'case',
  'one',
  'of',
  'them',
]);
