// Whether the words a pattern matched are put together as a claim: a participle that describes a noun,
// a wish, a list, a passive, a relative clause of another noun are not the claim's predicate.
import { Gap, wordAt, wordEnd, type Tokens } from '../text/tokens';
import { verbForm } from '../text/lemmas';
import type { Slot, SlotSpec } from './types';
import {
  CAUSATIVES,
  CLAUSE_OPENERS,
  DEBT_CONCEPTS,
  EVENTS,
  EVENT_LINKS,
  LIST_JOINS,
  MARKERS,
  NOUN_DETERMINERS,
  PAST_AUXILIARIES,
  PRESENT_AUXILIARIES,
  RELATIVE_LEADS,
  USUALLY,
  VERB_NEGATIONS,
} from './clauseWords';

/** The slot that holds word k, if any. */
export function slotAt(slots: readonly Slot[], k: number): Slot | undefined {
  return slots.find((slot) => k >= slot.first && k < slot.first + slot.length);
}

/** The slots with the pattern's subject (its first required concept) first, then in reading order. */
export function subjectFirst(slots: Slot[], pattern: readonly SlotSpec[]): Slot[] {
  const subject = pattern.find((spec) => !spec.optional)?.concept;
  const first = slots.find((slot) => slot.concept === subject);
  return first ? [first, ...slots.filter((slot) => slot !== first)] : slots;
}

/**
 * Whether the words a pattern matched are put together as a claim, rather than merely standing in
 * one sentence (what real pages showed, each kind tested in realPageShapes.test.ts):
 * - a participle after a noun that a preposition governs is a description ("the amount of debt forgiven");
 * - in a pattern of any order, an event named after the predicate is linked to it by a preposition
 *   or a subordinator ("…is wiped out after a foreclosure"), not merely near it ("…and let the house
 *   fall into foreclosure"), and a contrast ("while", "but") does not stand between them.
 * `slots[0]` is the subject in a pattern of any order (see subjectFirst).
 */
export function readsAsClaim(tokens: Tokens, slots: Slot[], unordered: boolean): boolean {
  const word = (k: number) => wordAt(tokens, k);
  for (const slot of slots) {
    if (slot.carried) continue;
    // "after forbearance ends": the event is what ends, not the debt ("the payments in forbearance
    // are forgiven" keeps the payments as the subject).
    // "Once the auction is over": the auction is what is over.
    const ending =
      EVENT_ENDINGS.has(word(slot.first)) || (slot.length === 2 && OVER.has(word(slot.first + 1)));
    if (slot.concept === 'debt-gone' && ending) {
      const before = slots.find((other) => other.first + other.length === slot.first);
      if (before && EVENTS.has(before.concept)) return false;
    }
    // "the amount of debt forgiven": the verbless phrase is a noun phrase there, not "debt forgiven!".
    if (slot.concept === 'debt-gone-bare' && RELATIVE_PREPOSITIONS.has(word(slot.first - 1))) return false;
    if (slot.concept === 'debt-gone-bare' && !slots.some((s) => s.match.kind === 'verb')) {
      if (describesNoun(tokens, slot.first, slot.first + slot.length)) return false;
    }
    // "paying your debt", "is being paid on time" go on; they do not end the debt ("pays off" does),
    // and "paid from the proceeds" tells where the money comes from, not that it covers the debt.
    if (ENDING_DEBT.has(slot.concept) && paysInPart(tokens, slot)) return false;
    // "the balance (that) the sale didn't cover is cancelled": a negated verb in a clause that describes
    // the debt names the shortfall; the claim's verb comes after it.
    if (ENDING_DEBT.has(slot.concept) && describesDebtNegated(tokens, slots, slot)) return false;
    // "…walks away from the house rather than pay the mortgage": the payment is the course not taken.
    if (ENDING_DEBT.has(slot.concept) && insteadOf(tokens, slot.first)) return false;
    // "you will still have to pay your mortgage": paying that is owed, not a debt paid off.
    if (ENDING_DEBT.has(slot.concept) && PAYS.has(slot.match.base[0]) && obligedTo(tokens, slot.first))
      return false;
    // "involves paying back all of the debt", "the gap between walking away … and paying off…": a
    // gerund governed by a verb or a preposition names an activity; after a comma it may still tell
    // a result ("…, cancelling whatever remains due").
    if (
      ENDING_DEBT.has(slot.concept) &&
      word(slot.first).endsWith('ing') &&
      GERUND_GOVERNORS.has(word(slot.first - 1))
    )
      return false;
    // "before it reaches foreclosure or a similar end": an adjective before it makes the word a noun.
    if (slot.match.kind === 'verb' && NOUN_ADJECTIVES.has(word(slot.first - 1))) return false;
    // "…and then suing for the rest of the loan (called a deficiency judgment)": a name in
    // parentheses names what stands just before it.
    if (NAMING_SLOTS.has(slot.concept) && namesWhatPrecedes(tokens, slots, slot)) return false;
    if (DEBT_CONCEPTS.has(slot.concept) && inRelativeOfAnother(tokens, slots, slot)) return false;
    // "…and the debt goes as well" adds the debt; "as well as" only joins a list.
    if (
      slot.concept === 'so-too' &&
      word(slot.first + slot.length - 1) === 'well' &&
      word(slot.first + slot.length) === 'as'
    )
      return false;
    // "…and the debt goes too" adds the debt; "too bad", "too much" says how much.
    if (
      slot.concept === 'so-too' &&
      word(slot.first) === 'too' &&
      slot.first + 1 < tokens.count &&
      tokens.gaps[slot.first] < Gap.Clause &&
      /^[a-z]/.test(word(slot.first + 1))
    )
      return false;
    if (deniesUniversality(tokens, slot)) return false;
    // "may not be the best year to…": a possibility denied, not a prohibition.
    if (
      slot.concept === 'never-allowed' &&
      MAY.has(word(slot.first)) &&
      word(slot.first + slot.length) === 'be'
    )
      return false;
    // "the proceeds pay off a portion of the balance": a part paid is not the debt ended.
    if (
      slot.concept === 'ends-debt' &&
      PAYS.has(slot.match.base[0]) &&
      partOf(tokens, slot.first + slot.length)
    )
      return false;
    // "you should always be sure you get it": advice, not what always happens.
    if (MARKERS.has(slot.concept) && ADVISING.has(word(slot.first - 1))) return false;
    // "Most short sales only cover the first mortgage": "only" limits what the verb does.
    if (slot.match.kind === 'verb' && word(slot.first - 1) === 'only') return false;
    // "free of charge" is a price.
    if (
      word(slot.first + slot.length - 1) === 'free' &&
      word(slot.first + slot.length) === 'of' &&
      word(slot.first + slot.length + 1) === 'charge'
    )
      return false;
    if (slot.match.kind === 'verb' && inOtherRelative(tokens, slots, slot)) return false;
    if (unordered && slot !== slots[0] && inDeepRelative(tokens, slots, slot)) return false;
    // "in this type of foreclosure" names a kind of foreclosure; it does not call one thing another.
    if (slot.concept === 'also-known-as' && KIND_OPENERS.has(word(slot.first - 1))) return false;
    if (
      slot.concept === 'also-known-as' &&
      NOUN_DETERMINERS.has(word(slot.first)) &&
      word(slot.first) !== 'a'
    )
      return false;
    // "…sells the property to try and satisfy the loan", "in order to give consent": an attempt or a
    // purpose, not what happens.
    if (
      slot.match.kind === 'verb' &&
      ATTEMPTS.some(([a, b]) => word(slot.first - 2) === a && word(slot.first - 1) === b)
    )
      return false;
    // "was dropped from the modification program": a person removed from something, not a debt dropped.
    if (/^drop/.test(word(slot.first + slot.length - 1)) && word(slot.first + slot.length) === 'from')
      return false;
    // "end up defaulting again" is what happens in the end, not an ending.
    if (slot.match.kind === 'verb' && slot.length === 1 && word(slot.first + 1) === 'up') return false;
    // "bankruptcies, foreclosures and settled home loans": a participle before its noun in a list.
    if (
      slot.match.kind === 'verb' &&
      verbForm(word(slot.first + slot.length - 1)) === 'past' &&
      LIST_JOINS.has(word(slot.first - 1)) &&
      slots.some((other) => other.first === slot.first + slot.length && DEBT_CONCEPTS.has(other.concept))
    )
      return false;
    if (slot.match.kind === 'verb' && slot.length === 1 && verbForm(word(slot.first)) === 'past') {
      // "a mortgage loan settled…" where the concept took "a mortgage" only.
      const noun = slots.find(
        (other) =>
          other.match.kind === 'noun' &&
          (other.first + other.length === slot.first ||
            (other.first + other.length === slot.first - 1 && DEBT_HEADS.has(word(slot.first - 1)))),
      );
      if (noun && RELATIVE_PREPOSITIONS.has(word(noun.first - 1))) return false;
      // "A loan settled through a short sale usually lowers…": the sentence's verb comes later.
      const laterVerb = slots.some((other) => other.first > slot.first && other.match.kind === 'verb');
      if (noun && !laterVerb && describesNoun(tokens, noun.first, slot.first + slot.length)) return false;
    }
  }
  const inOrder = slots.filter((slot) => !slot.carried).sort((a, b) => a.first - b.first);
  if (closesAside(tokens, inOrder) || glossesLabel(tokens, inOrder)) return false;
  // "…get in touch with your servicer as soon as you realize you can't make a payment": in any order,
  // a "can't" still negates only what follows it.
  if (unordered) {
    const barred = slots.find((slot) => slot.concept === 'never-allowed');
    const pursuing = slots.find((slot) => slot.concept === 'pursue');
    if (barred && pursuing && pursuing.first < barred.first) return false;
  }
  // "Short sales are contractual—state foreclosure rules…": a dash or colon ends the complement of "is".
  const copula = slots.findIndex((slot) => slot.concept === 'is');
  // "This short sale is completed under…": a passive verb after "is" says what is done, not what it is.
  if (!unordered && copula >= 0) {
    const after = slots[copula].first + slots[copula].length;
    const inSlot = slotAt(slots, after) !== undefined;
    if (!inSlot && /ed$/.test(word(after)) && !CATEGORIZING.has(word(after))) return false;
  }
  if (!unordered && copula >= 0 && copula + 1 < slots.length) {
    const between = tokens.text.slice(
      wordEnd(tokens, slots[copula].first + slots[copula].length - 1),
      tokens.starts[slots[copula + 1].first],
    );
    if (/[—–:]|\s-\s/.test(between)) return false;
  }
  // "…cannot sue you to collect it, the debt is still valid": the object stands in another clause.
  if (!unordered) {
    for (let i = 0; i + 1 < slots.length; i++) {
      const [slot, next] = [slots[i], slots[i + 1]];
      if (slot.match.kind !== 'verb' || !DEBT_CONCEPTS.has(next.concept)) continue;
      for (let k = slot.first + slot.length - 1; k < next.first; k++)
        if (tokens.gaps[k] >= Gap.Clause) return false;
    }
    return true;
  }
  const subject = slots[0];
  const predicate = slots.find((s) => s !== subject && s.match.kind === 'verb') ?? slots[slots.length - 1];
  // Only an event or a thing the claim is about needs the link; a deficiency judgment or a
  // universal marker may stand anywhere ("After the auction the bank always gets a deficiency judgment").
  if (subject.carried || predicate === subject) return true;
  // "After the sheriff sells the house, the lender may seek a deficiency judgment": a verb in a
  // leading clause of time has its own subject there; it tells what happens first, not what the
  // subject does. A marker of universality makes it the rule again ("Whenever …, … always …").
  if (
    predicate.match.kind === 'verb' &&
    predicate.first < subject.first &&
    !slots.some((s) => MARKERS.has(s.concept)) &&
    inTimeClause(tokens, predicate.first, subject.first, true)
  )
    return false;
  // "A deficiency is created when a lender forecloses": the subject comes into being in the event
  // the clause tells; the verb there is the event's, not the subject's.
  // ("A short sale happens when … the lender agrees to settle the debt" defines an event by what it does.)
  if (predicate.match.kind === 'verb' && subject.first < predicate.first && !EVENTS.has(subject.concept)) {
    for (let k = subject.first + subject.length; k < predicate.first; k++)
      if (SUBORDINATE_OPENERS.has(word(k)) && ARISING.has(word(k - 1))) return false;
  }
  // "…first taking the house through foreclosure and then suing for the rest": two steps in turn.
  if (
    slots.some((slot) => slot.concept === 'deficiency-judgment') &&
    slots.some((s) => FORECLOSING.has(s.concept))
  ) {
    const [from, to] = [Math.min(...slots.map((s) => s.first)), Math.max(...slots.map((s) => s.first))];
    for (let k = from; k < to; k++) if (STEPS.has(word(k))) return false;
    // "When your lender forecloses…, the lender can get a judgment for the difference": the taking in
    // a clause of time before the judgment is the first of two steps.
    const taking = slots.find((s) => FORECLOSING.has(s.concept));
    const judgment = slots.find((s) => s.concept === 'deficiency-judgment');
    if (
      taking &&
      judgment &&
      taking.first < judgment.first &&
      inTimeClause(tokens, taking.first, judgment.first) &&
      !namesBetween(tokens, taking.first + taking.length, judgment.first)
    )
      return false;
  }
  // "…when a lender forecloses on your house or approves a short sale": two events in a list.
  const events = slots.filter((slot) => EVENTS.has(slot.concept) || FORECLOSING.has(slot.concept));
  if (events.length >= 2 && !slots.some((slot) => slot.concept === 'same-thing')) {
    const [a, b] = events[0].first < events[1].first ? [events[0], events[1]] : [events[1], events[0]];
    for (let k = a.first + a.length; k < b.first; k++) if (word(k) === 'or') return false;
  }
  if (!EVENTS.has(subject.concept)) return true;
  const [from, to] =
    subject.first < predicate.first ? [subject.first, predicate.first] : [predicate.first, subject.first];
  // "Foreclosure hurts your credit, but at least it zeroes out the debt": after the contrast, "it" is
  // still the event, so the consolation is the claim.
  for (let k = from; k < to; k++) if (CONTRASTS.has(word(k)) && !stillTheEvent(tokens, k + 1)) return false;
  if (predicate.match.kind !== 'verb' || subject.first < predicate.first) return true;
  for (let k = subject.first - 1; k >= Math.max(0, subject.first - 4); k--) {
    // "…released the moment the deed is recorded", "…as soon as the sale closes".
    if (EVENT_LINKS.has(word(k)) || MOMENT_LINKS.has(word(k))) return true;
    if (tokens.gaps[k] >= Gap.Clause) return false;
  }
  return false;
}

/**
 * A verbless "debt forgiven" stands for a sentence ("short sale = loan settled") unless a verb
 * governs it or it has a verb of its own: then it is a noun phrase ("collect the debt forgiven in…",
 * "a loan settled through a short sale usually lowers…").
 */
function describesNoun(tokens: Tokens, first: number, end: number): boolean {
  let k = first - 1;
  // "as well as the mortgage debt forgiven in…": determiners and the debt's own modifiers stand between.
  while (
    k >= 0 &&
    tokens.gaps[k] < Gap.Clause &&
    (NOUN_DETERMINERS.has(wordAt(tokens, k)) || DEBT_MODIFIERS.has(wordAt(tokens, k)))
  )
    k--;
  if (k >= 0 && tokens.gaps[k] < Gap.Clause && GOVERNING_WORDS.has(wordAt(tokens, k))) return true;
  return hasVerbAfter(tokens, end) || subjectOfLaterVerb(tokens, end);
}

/**
 * "Debt discharged through a restructuring, as well as debt forgiven in a foreclosure, may qualify…":
 * a verb right after a comma further on takes the phrases before it as its subject.
 */
function subjectOfLaterVerb(tokens: Tokens, from: number): boolean {
  for (let j = from; j < Math.min(tokens.count, from + 25) && tokens.gaps[j - 1] < Gap.Sentence; j++)
    if (tokens.gaps[j - 1] === Gap.Clause && VERBS_AFTER_SUBJECT.has(wordAt(tokens, j))) return true;
  return false;
}

const VERBS_AFTER_SUBJECT = new Set(
  'may might can could will would should must is are was were qualifies qualify remains remain'.split(' '),
);

/** Whether an auxiliary, or an adverb before a verb ("usually lowers"), follows word `from` in its clause. */
function hasVerbAfter(tokens: Tokens, from: number): boolean {
  for (let j = from; j < tokens.count && tokens.gaps[j - 1] < Gap.Clause; j++) {
    const after = wordAt(tokens, j);
    if (CLAUSE_OPENERS.has(after)) return false;
    if (PRESENT_AUXILIARIES.has(after) || PAST_AUXILIARIES.has(after) || USUALLY.has(after)) return true;
  }
  return false;
}

/** Verbs whose object, and list words whose item, a debt named before a participle is: "collect the debt forgiven in…", "as well as debt cancelled…". */
const GOVERNING_WORDS = new Set(
  'as including like collect collects collected collecting pursue pursues pursuing chase chases chasing recover recovers recovering report reports reporting tax taxes taxing owe owes include includes including exclude excludes excluding seek seeks seeking'.split(
    ' ',
  ),
);

const DEBT_HEADS = new Set(['loan', 'loans', 'debt', 'balance', 'note']);

/** Whether the words before k make paying an obligation: "have to", "must", "still need to". */
function obligedTo(tokens: Tokens, k: number): boolean {
  const one = wordAt(tokens, k - 1);
  const two = wordAt(tokens, k - 2);
  return one === 'must' || (one === 'to' && OBLIGING.has(two));
}

const OBLIGING = new Set([
  'have',
  'has',
  'had',
  'need',
  'needs',
  'required',
  'obligated',
  'continue',
  'continues',
]);

const DEBT_MODIFIERS = new Set(['mortgage', 'home', 'housing', 'loan', 'remaining', 'unpaid']);

function paysInPart(tokens: Tokens, slot: Slot): boolean {
  const end = slot.first + slot.length;
  const last = wordAt(tokens, end - 1);
  // "…is the same as paying the loan off": the particle after the object ends the debt.
  if (last === 'paying') return !particleOffAfter(tokens, end);
  if (last === 'paid' && wordAt(tokens, end - 2) === 'being') return true;
  return last === 'paid' && (wordAt(tokens, end) === 'from' || wordAt(tokens, end) === 'out');
}

/** "paying the loan off", "paying it off": "off" within three words, in the same clause. */
function particleOffAfter(tokens: Tokens, k: number): boolean {
  for (let j = k; j < k + 4 && j < tokens.count; j++) {
    if (wordAt(tokens, j) === 'off') return true;
    if (tokens.gaps[j] >= Gap.Clause) return false;
  }
  return false;
}

/** Concepts that say the debt ends. */
const ENDING_DEBT = new Set(['ends-debt', 'debt-gone']);

/** Whether word k follows "rather than" or "instead of". */
function insteadOf(tokens: Tokens, k: number): boolean {
  const before = wordAt(tokens, k - 1);
  return (
    (before === 'than' && wordAt(tokens, k - 2) === 'rather') ||
    (before === 'of' && wordAt(tokens, k - 2) === 'instead')
  );
}

/** "are not allowed in every state": the negation denies that the rule is universal. */
function deniesUniversality(tokens: Tokens, slot: Slot): boolean {
  let negated = false;
  for (let k = slot.first; k < slot.first + slot.length; k++)
    if (wordAt(tokens, k) === 'not' || wordAt(tokens, k).endsWith("n't")) negated = true;
  if (!negated) return false;
  for (let k = slot.first + slot.length; k + 1 < tokens.count && tokens.gaps[k - 1] < Gap.Clause; k++) {
    const [here, next] = [wordAt(tokens, k), wordAt(tokens, k + 1)];
    if (
      here === 'everywhere' ||
      (SCOPES.has(here) && (next === 'every' || next === 'all' || next === 'each'))
    )
      return true;
  }
  return false;
}

/** Whether the clause at k, past "at least" or "still", has "it" for its subject (the event before the contrast). */
function stillTheEvent(tokens: Tokens, k: number): boolean {
  let j = k;
  if (wordAt(tokens, j) === 'at' && wordAt(tokens, j + 1) === 'least') j += 2;
  if (wordAt(tokens, j) === 'still') j++;
  if (j > k && wordAt(tokens, j) === 'it') return true;
  // "…will hurt your credit, but it does wipe the debt clean": the emphatic "does" concedes the harm
  // and asserts the rest of the event.
  return (wordAt(tokens, j) === 'it' && EMPHATIC.has(wordAt(tokens, j + 1))) || wordAt(tokens, j) === "it'll";
}

const EMPHATIC = new Set(['does', 'will', 'did']);

const SCOPES = new Set(['in', 'across', 'for', 'under']);

const ADVISING = new Set(['should', 'must', 'please', 'to']);

/** Verbs after "is" that name a kind: "is considered a foreclosure" still calls it one. */
const CATEGORIZING = new Set(
  'considered treated deemed called classified viewed regarded counted labeled labelled defined termed named recorded listed'.split(
    ' ',
  ),
);

/**
 * Whether the verb slot is negated inside a relative clause of a debt slot just before it: the debt,
 * an optional "that" or "which", a short subject, then the negation ("…the loan the house didn't cover").
 */
function describesDebtNegated(tokens: Tokens, slots: Slot[], slot: Slot): boolean {
  const negation = slot.first - 1;
  if (!VERB_NEGATIONS.has(wordAt(tokens, negation))) return false;
  const debt = slots.find((other) => DEBT_CONCEPTS.has(other.concept) && other.first < negation);
  if (!debt) return false;
  const from = debt.first + debt.length;
  if (negation - from < 1 || negation - from > 4) return false;
  for (let k = from - 1; k < negation; k++) if (tokens.gaps[k] >= Gap.Clause) return false;
  return true;
}

const COORDINATORS = new Set(['and', 'but', 'or', 'so']);

/**
 * "…three scenarios that cover liability…": a verb right after "that" or "which" whose noun is
 * not a word of the claim belongs to that noun's clause.
 */
function inOtherRelative(tokens: Tokens, slots: Slot[], slot: Slot): boolean {
  const relative = slot.first - 1;
  if (!RELATIVE_PRONOUNS.has(wordAt(tokens, relative)) || tokens.gaps[relative - 1] >= Gap.Clause)
    return false;
  // "…sign a deed in lieu, and that takes care of the debt": after a conjunction, "that" is the subject.
  if (COORDINATORS.has(wordAt(tokens, relative - 1))) return false;
  if (!antecedentIsAnother(tokens, slots, relative)) return false;
  const antecedent = relative - 1;
  // "A deficiency judgment is the court order that forecloses…": the noun is the subject's complement.
  for (let k = antecedent - 1; k >= 0 && tokens.gaps[k] < Gap.Clause; k--)
    if (COPULA_WORDS.has(wordAt(tokens, k)) && wordAt(tokens, k - 1) !== 'there') return false;
  return !/[—–:]|\s-\s/.test(tokens.text.slice(tokens.starts[slots[0].first], tokens.starts[relative]));
}

/**
 * "A deficiency judgment is a legal document a judge signs demanding payment from a person who … had the
 * house foreclosed on": a slot in a relative clause of a noun deep in the complement of the subject's
 * "is", not of the complement's head ("is the court order that forecloses…" stays the claim).
 */
function inDeepRelative(tokens: Tokens, slots: Slot[], slot: Slot): boolean {
  let relative = slot.first - 1;
  for (let words = 0; ; words++, relative--) {
    if (relative < 1 || words > 14 || tokens.gaps[relative] >= Gap.Clause || slotAt(slots, relative))
      return false;
    if (DEEP_RELATIVES.has(wordAt(tokens, relative))) break;
  }
  // "the court order by which…": the preposition goes with the relative pronoun.
  const opening = DEPTH_PREPOSITIONS.has(wordAt(tokens, relative - 1)) ? relative - 1 : relative;
  if (!antecedentIsAnother(tokens, slots, opening)) return false;
  // The copula that opens the subject's complement, and a preposition between it and the antecedent
  // ("is a document … from a person who…", "is given to a lender that…"): the noun is not the head.
  let deep = false;
  for (let k = opening - 2; k >= slots[0].first + slots[0].length && tokens.gaps[k] < Gap.Clause; k--) {
    if (COPULA_WORDS.has(wordAt(tokens, k))) return deep;
    if (DEPTH_PREPOSITIONS.has(wordAt(tokens, k))) deep = true;
  }
  return false;
}

/** Prepositions that put a noun a level below the complement's head ("of" stays inside it). */
const DEPTH_PREPOSITIONS = new Set([
  'from',
  'to',
  'by',
  'with',
  'for',
  'against',
  'on',
  'in',
  'through',
  'under',
]);

const DEEP_RELATIVES = new Set(['who', 'whom', 'that', 'which']);

/** Whether the word before a relative pronoun at `relative` is a noun of another thing than the claim's. */
function antecedentIsAnother(tokens: Tokens, slots: Slot[], relative: number): boolean {
  const antecedent = relative - 1;
  return slotAt(slots, antecedent) === undefined && !NOT_ANTECEDENTS.has(wordAt(tokens, antecedent));
}

const MOMENT_LINKS = new Set(['soon', 'moment', 'minute', 'instant', 'second', 'day']);

const COPULA_WORDS = new Set(['is', 'are', 'was', 'were', "it's", 'means', '=']);

const RELATIVE_PRONOUNS = new Set(['that', 'which']);

/** Words before "that" that report or state what follows ("says that", "is that", "so that"). */
const NOT_ANTECEDENTS = new Set(
  'is are was were means mean meant says say said know knows knew think thinks believe believes show shows found so such now than fact truth'.split(
    ' ',
  ),
);

const SUBORDINATE_OPENERS = new Set(['when', 'whenever', 'if', 'once', 'where', 'after']);

const ARISING = new Set(
  'created arises arise arose occurs occur occurred happens happen results result exists exist appears emerges formed triggered left'.split(
    ' ',
  ),
);

/**
 * Whether word k stands in a clause opened by a word of time ("after", "once") that ends before word
 * `before`; `leading`: only one that opens its sentence.
 */
function inTimeClause(tokens: Tokens, k: number, before: number, leading = false): boolean {
  let start = k;
  while (start > 0 && tokens.gaps[start - 1] < Gap.Clause) start--;
  if (!TIME_OPENERS.has(wordAt(tokens, start))) return false;
  if (leading && start > 0 && tokens.gaps[start - 1] < Gap.Sentence) return false;
  for (let j = k; j < before; j++) if (tokens.gaps[j] >= Gap.Clause) return true;
  return false;
}

/** Whether a copula between two words names the second as the first ("…, that is the deficiency judgment"). */
function namesBetween(tokens: Tokens, from: number, to: number): boolean {
  // Within the judgment's own clause: "…is less than what you owe, the lender can get a judgment" names nothing.
  let clause = to;
  while (clause > from && tokens.gaps[clause - 1] < Gap.Clause) clause--;
  for (let j = clause; j < to; j++)
    if (COPULA_WORDS.has(wordAt(tokens, j)) || wordAt(tokens, j) === "that's") return true;
  return false;
}

const TIME_OPENERS = new Set(['after', 'once', 'when', 'before', 'until']);

const OVER = new Set(['over', 'done', 'finished', 'complete', 'completed']);

/** What a period of forbearance or a process does when it is over. */
const EVENT_ENDINGS = new Set(
  'end ends ended ending stop stops stopped finish finishes finished expire expires expired close closes closed conclude concludes concluded lapse lapses lapsed'.split(
    ' ',
  ),
);

const KIND_OPENERS = new Set(['in', 'of', 'for', 'with', 'under', 'at', 'from', 'to', 'by']);

const RELATIVE_PREPOSITIONS = new Set(['of', 'any', 'on', 'for', 'from', 'about']);

const CONTRASTS = new Set(['while', 'whereas', 'but', 'although', 'though', 'yet', 'however', 'unlike']);

/** Words whose object a gerund is ("involves paying back…", "between walking away … and paying off…"). */
const GERUND_GOVERNORS = new Set(
  'involves involve involved requires require required includes include included means of in on about between and or without than like from'.split(
    ' ',
  ),
);
const NOUN_ADJECTIVES = new Set(
  'similar final same natural bitter happy different early abrupt logical'.split(' '),
);
const NAMING_SLOTS = new Set(['called', 'also-known-as']);
const ATTEMPTS = [
  ['try', 'and'],
  ['try', 'to'],
  ['tries', 'to'],
  ['trying', 'to'],
  ['attempt', 'to'],
  ['attempts', 'to'],
  ['order', 'to'],
];
const FORECLOSING = new Set(['lender-forecloses', 'takes-house']);
const STEPS = new Set(['then', 'afterwards', 'afterward', 'later', 'subsequently']);

/**
 * "For deed-only lots (no mortgage, dues unpaid), the resort forecloses…": words inside an aside
 * that closes before the claim's other words go with the aside, not with the sentence around it.
 * Only what a claim says of its subject: the event itself may be named in one ("If the house is sold
 * (at a foreclosure auction), the debt is gone").
 */
function closesAside(tokens: Tokens, ordered: readonly Slot[]): boolean {
  for (let i = 0; i + 1 < ordered.length; i++) {
    const [slot, next] = [ordered[i], ordered[i + 1]];
    if (EVENTS.has(slot.concept) || next.first < slot.first + slot.length) continue;
    const between = tokens.text.slice(
      wordEnd(tokens, slot.first + slot.length - 1),
      tokens.starts[next.first],
    );
    const close = between.indexOf(')');
    if (close >= 0 && !between.slice(0, close).includes('(')) return true;
  }
  return false;
}

/**
 * "- Short Sale (sell and resolve the debt)": a label with its gloss in parentheses, ending the line,
 * names an option; the gloss is no claim about every such sale.
 */
function glossesLabel(tokens: Tokens, ordered: readonly Slot[]): boolean {
  if (ordered.length < 2) return false;
  const [label, next] = [ordered[0], ordered[1]];
  const last = ordered[ordered.length - 1];
  const opens = tokens.text.slice(wordEnd(tokens, label.first + label.length - 1), tokens.starts[next.first]);
  const lastEnd = wordEnd(tokens, last.first + last.length - 1);
  const after = tokens.text.slice(lastEnd, lastEnd + 200);
  return /^[^()]*\([^()]*$/.test(opens) && /^[^()\n]*\)[\s.;:,]*(?:\n|$)/.test(after);
}

/** Whether a naming word opens a parenthesis more than a few words after the claim's other slots. */
function namesWhatPrecedes(tokens: Tokens, slots: Slot[], slot: Slot): boolean {
  if (!tokens.text.slice(wordEnd(tokens, slot.first - 1), tokens.starts[slot.first]).includes('('))
    return false;
  const before = slots.filter((other) => other.first + other.length <= slot.first);
  if (before.length === 0) return false;
  const nearest = Math.max(...before.map((other) => other.first + other.length));
  return slot.first - nearest > 3;
}

/** "Judgment liens that were recorded after the mortgage are wiped out": the debt word is in the relative clause. */
function inRelativeOfAnother(tokens: Tokens, slots: Slot[], slot: Slot): boolean {
  if (!slots.some((other) => other.first > slot.first && other.match.kind === 'verb')) return false;
  for (let k = slot.first - 1; k > 0 && tokens.gaps[k] < Gap.Clause; k--) {
    // "Borrowers who enter forbearance have their payments forgiven": the main clause resumes at
    // "have their", so the debt stands outside the relative clause.
    if (CAUSATIVES.has(wordAt(tokens, k)) && POSSESSIVES.has(wordAt(tokens, k + 1))) return false;
    if (RELATIVE_PRONOUNS.has(wordAt(tokens, k)) || wordAt(tokens, k) === 'who')
      return !definesLabel(tokens, slots, k) && antecedentIsAnother(tokens, slots, k);
  }
  return false;
}

const POSSESSIVES = new Set(['their', 'your', 'his', 'her', 'its', 'our', 'my']);

/**
 * "**Forbearance.** A pause during which the skipped payments are forgiven.": under a label, a short
 * verbless opening before the relative pronoun at k is the labelled term itself, which the clause defines.
 */
function definesLabel(tokens: Tokens, slots: Slot[], k: number): boolean {
  if (!slots.some((slot) => slot.carried)) return false;
  let start = k;
  while (start > 0 && tokens.gaps[start - 1] < Gap.Sentence) start--;
  // "during which", "in which": the preposition belongs to the relative clause.
  const opening = RELATIVE_LEADS.has(wordAt(tokens, k - 1)) ? k - 1 : k;
  return opening - start <= 3 && DETERMINERS.has(wordAt(tokens, start));
}

const DETERMINERS = new Set(['a', 'an', 'the']);

const MAY = new Set(['may', 'might']);
const PAYS = new Set(['pay', 'cover', 'satisfy', 'reduce']);
/** "a portion of", "part of", "some of" at word k. */
function partOf(tokens: Tokens, k: number): boolean {
  const [a, b, c] = [wordAt(tokens, k), wordAt(tokens, k + 1), wordAt(tokens, k + 2)];
  return (
    ((a === 'part' || a === 'some' || a === 'most') && b === 'of') ||
    ((a === 'a' || a === 'one') && (b === 'portion' || b === 'part') && c === 'of')
  );
}
