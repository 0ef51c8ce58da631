// Sentences whose words match a rule's pattern but say something else: two alternatives, a list, a conceded
// fact, a shortfall named, or, the other way, a story that still misnames a term for every reader.
import type { Slot } from './types';
import { Gap, gapText, wordAt, type Tokens } from '../text/tokens';
import { EVENTS } from './clauseWords';
import { clauseAfter } from './context';

/**
 * "They got a deficiency judgment on Marco's place, which means the bank is taking his house", "She got the
 * deficiency judgment, which is the foreclosure": a story that says what the term is misnames it for every
 * reader, as a definition would. Only where the words linking the term to the foreclosure restate it.
 */
export function restatesAsForeclosure(tokens: Tokens, slots: Slot[]): boolean {
  const [subject] = slots;
  const predicate = slots.find((slot) => IDENTITY_PREDICATES.has(slot.concept));
  if (subject.carried || !predicate || predicate.first <= subject.first) return false;
  const from = subject.first + subject.length;
  const link: string[] = [];
  for (let k = from; k < Math.min(predicate.first + 3, predicate.first + predicate.length); k++)
    link.push(wordAt(tokens, k));
  return RESTATING.test(` ${link.join(' ')} `);
}

const IDENTITY_PREDICATES = new Set([
  'foreclosure-event',
  'foreclosure-process',
  'takes-house',
  'refers-is-foreclosure',
  'sale-follows',
]);

const RESTATING =
  / (?:which means|which is|meaning|i e|ie|aka|in other words|namely|that means|that's|thats|that is|which is to say) /;

/**
 * "…demanded that it either commence foreclosure or discharge the mortgage" (a real page): the claim's act is
 * the other of two alternatives, not what the event does.
 */
export function otherAlternative(tokens: Tokens, slots: Slot[]): boolean {
  const [subject] = slots;
  let either = false;
  for (let k = Math.max(0, subject.first - 3); k < subject.first; k++)
    if (wordAt(tokens, k) === 'either') either = true;
  return (
    either && slots.some((slot) => slot.first > subject.first && wordAt(tokens, slot.first - 1) === 'or')
  );
}

/**
 * "It does not matter that you never saw any money, the IRS still views it as income" (a real page): a word of
 * the claim inside the clause a concession opens ("it doesn't matter that", "no matter that") belongs to the
 * conceded fact, not to the claim. Not the claim's subject: "no matter how a foreclosure goes, the debt is gone".
 */
export function insideConcession(tokens: Tokens, slots: Slot[]): boolean {
  return slots.slice(1).some((slot) => {
    if (slot.carried) return false;
    let k = slot.first - 1;
    while (k >= 0 && tokens.gaps[k] < Gap.Clause) k--;
    const opening = clauseAfter(tokens, k + 1, 5).join(' ');
    return CONCESSION.test(` ${opening} `);
  });
}

const CONCESSION =
  /^ (?:it )?(?:does not|doesn't|doesnt|does n't) matter (?:that|if|whether) | ^ no matter (?:that|if|whether) /;

/**
 * "…does not cover the remaining balance? This is called a mortgage deficiency" (a real page): a bare
 * "deficiency" named by "called" or "known as" is the shortfall, not a judgment.
 */
export function namesShortfall(tokens: Tokens, slots: Slot[]): boolean {
  return slots.some((slot) => {
    if (slot.concept !== 'deficiency-judgment') return false;
    for (let k = slot.first; k < slot.first + slot.length; k++)
      if (/^judge?ments?$/.test(wordAt(tokens, k))) return false;
    let k = slot.first - 1;
    while (k > slot.first - 4 && SHORTFALL_LEADS.has(wordAt(tokens, k))) k--;
    return (
      wordAt(tokens, k) === 'called' || (wordAt(tokens, k) === 'as' && wordAt(tokens, k - 1) === 'known')
    );
  });
}

const SHORTFALL_LEADS = new Set(['a', 'an', 'the', 'mortgage', 'loan']);

/**
 * "…anybody who went through a foreclosure, a short sale, a deed in lieu, or a long forbearance…": two events
 * next to each other in a list, with nothing else to the claim, are items of it, not one said to be the other.
 */
export function listedEvents(tokens: Tokens, slots: Slot[]): boolean {
  const isEvent = (slot: Slot) => EVENTS.has(slot.concept) || LISTED_EVENTS.has(slot.concept);
  // "Short sale, foreclosure, same thing": a word that equates them makes the list a claim.
  if (!slots.every(isEvent)) return false;
  const events = [...slots].sort((a, b) => a.first - b.first);
  for (let i = 1; i < events.length; i++) {
    const end = events[i - 1].first + events[i - 1].length;
    const between: string[] = [];
    for (let k = end; k < events[i].first; k++) between.push(wordAt(tokens, k));
    if (!gapText(tokens, end - 1).includes(',') && !between.includes('or')) continue;
    // …and the list goes on after them ("…, a deed in lieu, or…"): "Short sale, foreclosure, potato potahto" is two
    // names set side by side.
    const after = events[i].first + events[i].length - 1;
    if (between.every((word) => LIST_FILLERS.has(word)) && gapText(tokens, after).includes(',')) {
      const next = wordAt(tokens, after + 1);
      if (LIST_FILLERS.has(next) || LISTED_NEXT.has(next)) return true;
    }
  }
  return false;
}

const LISTED_EVENTS = new Set(['been-foreclosed', 'foreclosure-process']);
const LIST_FILLERS = new Set(['a', 'an', 'or', 'and', 'the']);
const LISTED_NEXT = new Set(
  'deed deeds forbearance modification modifications bankruptcy repossession'.split(' '),
);

/**
 * "…but get a waiver of deficiency so your bank can't come after you for the money" (a real page, set 46): a claim in
 * a "so" clause after getting or negotiating something is what that step is for, not what always happens.
 */
export function purposeOfStep(tokens: Tokens, first: number, slots: Slot[]): boolean {
  return slots.some((slot) => {
    if (slot.carried) return false;
    let k = slot.first - 1;
    while (k > first && wordAt(tokens, k) !== 'so' && tokens.gaps[k - 1] < Gap.Clause) k--;
    // "so your bank can't…", "so that they…": a conjunction before a subject, not "so worked up".
    if (wordAt(tokens, k) !== 'so' || k === first || !SO_SUBJECTS.has(wordAt(tokens, k + 1))) return false;
    // The step urged: "critical to get", "you must obtain", or an imperative opening its clause.
    for (let j = k - 1; j >= Math.max(first, k - 12); j--)
      if (
        STEPS.has(wordAt(tokens, j)) &&
        (URGING.has(wordAt(tokens, j - 1)) || j === first || tokens.gaps[j - 1] >= Gap.Clause)
      )
        return true;
    return false;
  });
}

/** Words that open the subject of a "so" clause. */
const SO_SUBJECTS = new Set(
  'that the your their his her my our you they he she it we i lenders banks'.split(' '),
);
const URGING = new Set(['to', 'must', 'should', 'always', 'but', 'and', 'then', 'just']);
const STEPS = new Set(['get', 'obtain', 'negotiate', 'request', 'secure', 'insist', 'demand']);
