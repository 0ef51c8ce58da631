// What lifts a matched claim (NegEx/ConText): negation, hedges, conditions, attribution, one story,
// one agreement, a purpose; triggers come from the language data, their reach from the clause.
import type { ClaimIndex } from './claimIndex';
import type { TriggerGroup } from '../glossaryTypes';
import {
  Gap,
  gapText,
  startsBlock,
  wordAt,
  questionMarkAfter,
  wordEnd,
  wordsAt,
  wordsText,
  type Sentence,
  type Tokens,
} from '../text/tokens';
import { verbForm } from '../text/lemmas';
import { slotAt } from './shape';
import type { Slot } from './types';
import {
  DEBT_CONCEPTS,
  EVENTS,
  ADVERBS,
  ANSWERS,
  CAUSATIVES,
  CLAUSE_OPENERS,
  LIST_JOINS,
  MARKERS,
  NOUN_DETERMINERS,
  PAST_AUXILIARIES,
  PRESENT_AUXILIARIES,
  RELATIVE_OPENERS,
  REFERS_BACK,
  VERB_NEGATIONS,
} from './clauseWords';

/**
 * "is forbearance the one where they forgive the payments", "does a judgment always come after a deed in
 * lieu or no": a chat question without its mark, told by its word order (an auxiliary before its
 * subject). "Should the sale fall short, …" inverts a condition, which asserts nothing either.
 */
function asksByWordOrder(tokens: Tokens, sentence: Sentence): boolean {
  if (sentence.end - sentence.first < 3) return false;
  // A question mark is read already; a question re-read for its answer ("…? Yes, …") is not lifted here.
  if (questionMarkAfter(tokens, sentence.end - 1)) return false;
  // "…is the mortgage paid off or what": a tag that asks, at the end of a chat line typed without "?".
  if (ASKING_TAGS.has(`${wordAt(tokens, sentence.end - 2)} ${wordAt(tokens, sentence.end - 1)}`)) return true;
  // "wait is a short sale the same as…": an interjection before the inverted auxiliary.
  const opening = INTERJECTIONS.has(wordAt(tokens, sentence.first)) ? sentence.first + 1 : sentence.first;
  const [auxiliary, subject] = [wordAt(tokens, opening), wordAt(tokens, opening + 1)];
  // "Do a short sale and …" is an imperative, "Should the house go to foreclosure, …" a condition: those
  // auxiliaries ask only before a pronoun.
  if (PRONOUN_ONLY_AUXILIARIES.has(auxiliary)) return PRONOUN_SUBJECTS.has(subject);
  // "Does homeowners insurance pay off your mortgage if the house is lost", a heading without its question mark (a
  // real page, set 43): "does" and "did" open no statement, whatever their subject, in a line without a full stop.
  // Not "Did taxes at H&R Block for a decade: …", a statement that drops its "I" and ends with a full stop.
  if (auxiliary === 'does' || auxiliary === 'did') {
    const after = wordEnd(tokens, sentence.end - 1);
    return !/[.!]/.test(tokens.text.slice(after, after + 2));
  }
  return INVERTED_AUXILIARIES.has(auxiliary) && (PRONOUN_SUBJECTS.has(subject) || NOUN_SUBJECTS.has(subject));
}

const ASKING_TAGS = new Set(['or what', 'or nah']);
const INTERJECTIONS = new Set('wait ok okay hmm um uh hey'.split(' '));
const INVERTED_AUXILIARIES = new Set('is are was does did can will has have'.split(' '));
const PRONOUN_ONLY_AUXILIARIES = new Set('do should could would were had'.split(' '));
const PRONOUN_SUBJECTS = new Set('it this that there he she they we i you'.split(' '));
const NOUN_SUBJECTS = new Set(
  'a an the my your our their his her its these those forbearance foreclosure modification'.split(' '),
);

/** Whether words [from, to) name a true-or-false prompt: "True or false", "T/F". */
function namesTrueFalse(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = wordAt(tokens, k);
    if (word === 'true' && wordAt(tokens, k + 1) === 'or' && wordAt(tokens, k + 2) === 'false') return true;
    if (word === 't' && wordAt(tokens, k + 1) === 'f') return true;
  }
  return false;
}

/**
 * "True or false: a short sale is a foreclosure.", "Q5 (T/F): …", or an item of a list under a "True
 * or False" heading: a statement set out to be judged, which the quiz asserts no more than a question.
 */
function promptedTrueFalse(tokens: Tokens, sentence: Sentence, next?: Sentence): boolean {
  // "… Answer key: TRUE." after the prompt asserts it.
  if (next && !startsBlock(tokens, next.first)) {
    for (let k = next.first; k < Math.min(next.end, next.first + 4); k++)
      if (wordAt(tokens, k) === 'true') return false;
  }
  if (namesTrueFalse(tokens, sentence.first, Math.min(sentence.end, sentence.first + 4))) return true;
  // The sentence opens its list item, after the item's number at most ("1.", "Q5.").
  let end = sentence.first;
  while (end > 0 && sentence.first - end < 3 && !startsBlock(tokens, end)) end--;
  if (!startsBlock(tokens, end)) return false;
  // Back over the list's items, each one statement, to the line that heads them.
  for (let items = 0; items < 16 && end > 0; items++) {
    let first = end - 1;
    // A list item or a heading is short: a block of thousands of words ends the search, and keeps it linear.
    while (!startsBlock(tokens, first) && end - first < 2000) first--;
    if (!startsBlock(tokens, first)) return false;
    // A short line without a closing stop is a heading: the one that heads the list, or another that
    // ends the search.
    const closing = tokens.text.slice(wordEnd(tokens, end - 1), wordEnd(tokens, end - 1) + 1);
    if (end - first <= 8 && !/[.!?]/.test(closing)) return namesTrueFalse(tokens, first, end);
    let statements = 0;
    for (let k = first, from = first; k < end; k++)
      if (tokens.gaps[k] >= Gap.Sentence) {
        if (k + 1 - from > 2) statements++;
        from = k + 1;
      }
    if (statements > 1) return false;
    end = first;
  }
  return false;
}

/**
 * "Beware these 12 foreclosure myths … 6. Your involvement ends once the bank takes the house back. After
 * foreclosure, you may still owe…": a numbered item of a list that the text before names as myths or
 * misconceptions sets a myth out to be corrected; it is not the writer's claim.
 */
function inNumberedMythList(tokens: Tokens, sentence: Sentence): boolean {
  const label = sentence.first - 1;
  if (label < 0 || !/^\d{1,2}$/.test(wordAt(tokens, label)) || tokens.gaps[label] < Gap.Clause) return false;
  if (label > 0 && tokens.gaps[label - 1] < Gap.Sentence) return false;
  // Back over at most sixty sentences for the line that names the list's items as myths.
  let k = label;
  for (let sentences = 0; k > 0 && sentences < 60 && sentence.first - k < 3000; k--) {
    if (MYTH_WORDS.has(wordAt(tokens, k - 1))) return true;
    if (tokens.gaps[k - 1] >= Gap.Sentence) sentences++;
  }
  return false;
}

const MYTH_WORDS = new Set(['myth', 'myths', 'misconception', 'misconceptions', 'misbeliefs', 'fallacies']);

/**
 * "A short sale is just a foreclosure with extra paperwork, so why go through it?": the question is a clause
 * of its own after the claim's, asked on the claim's strength; the claim is stated.
 */
function askedAfterClaim(tokens: Tokens, sentence: Sentence, slots: Slot[]): boolean {
  const last = slots[slots.length - 1];
  for (let j = last.first + last.length - 1; j < sentence.end - 1; j++) {
    if (tokens.gaps[j] < Gap.Clause) continue;
    let k = j + 1;
    if (QUESTION_JOINS.has(wordAt(tokens, k))) k++;
    // "…, what do you think?" asks about the claim itself.
    if (wordAt(tokens, k + 1) === 'do' && /^(?:think|say|reckon)$/.test(wordAt(tokens, k + 3))) return false;
    return WH_WORDS.has(wordAt(tokens, k));
  }
  return false;
}

/**
 * "Do you people not realize that…??", "Don't you know that…?": a question that asks nothing; what follows "that"
 * is asserted.
 */
function rhetorical(tokens: Tokens, sentence: Sentence): boolean {
  return RHETORICAL.test(
    wordsText(tokens, sentence.first, Math.min(sentence.end, sentence.first + RHETORICAL_WORDS)),
  );
}

const RHETORICAL =
  /^(?:(?:don't|doesn't|didn't)\s+(?:you|people|folks|they|y'all)(?:\s+\S+)?|(?:do|does|did)\s+(?:you|people|folks|they|y'all)(?:\s+\S+)?\s+not)\s+(?:know|realize|realise|understand|get|see)\s+that\b/i;
const RHETORICAL_WORDS = 7;

/** Hedges that count people, not cases. */
const COUNTING_HEDGES = new Set(['many', 'some', 'most', 'plenty', 'lots']);

/** "calling it even", "call it quits": idioms of settling. */
const CALL_IT = new Set(['even', 'quits', 'square', 'done']);

/** "The way to think…", "how to think…": words that make "to think" a framing. */
const FRAMINGS = new Set(['way', 'how']);

const QUESTION_JOINS = new Set(['so', 'but', 'and', 'then']);
// "…AND forgives them, what's not to love?": a tag that asks nothing of the claim.
const WH_WORDS = new Set(['why', 'what', "what's", 'how', 'who']);

/** Whether ", which" opens right after `subject` and the predicate at `predicateFirst` stands inside that clause. */
function whichClauseAfter(tokens: Tokens, subject: Slot, predicateFirst: number): boolean {
  if (subject.carried) return false;
  const after = subject.first + subject.length;
  if (after >= predicateFirst || wordAt(tokens, after) !== 'which') return false;
  if (tokens.gaps[after - 1] !== Gap.Clause || !gapText(tokens, after - 1).includes(',')) return false;
  for (let k = after; k < predicateFirst; k++) if (tokens.gaps[k] >= Gap.Clause) return false;
  return true;
}

/** The reason a claim is lifted by its context, if any. */
export function liftedBy(
  tokens: Tokens,
  index: ClaimIndex,
  sentence: Sentence,
  slots: Slot[],
  next?: Sentence,
  nounAt: (k: number) => number = () => 0,
): TriggerGroup['reason'] | 'question' | undefined {
  if (
    (sentence.question && !askedAfterClaim(tokens, sentence, slots) && !rhetorical(tokens, sentence)) ||
    asksByWordOrder(tokens, sentence) ||
    promptedTrueFalse(tokens, sentence, next)
  )
    return 'question';
  if (inNumberedMythList(tokens, sentence)) return 'attributed';
  // Read once per claim, and only where a condition may lift it (see ruleForEveryCase).
  let saidOfEveryCase: boolean | undefined;
  const everyCase = () =>
    (saidOfEveryCase ??= ruleForEveryCase(wordsText(tokens, sentence.first, sentence.end)));
  // "If you can get a short sale done you're off the hook for the difference, every time": where no comma ends the
  // premise, a rule said of every case asserts what follows it (train misses).
  if (inPremise(tokens, index, sentence, slots, nounAt) && !everyCase()) return 'conditional';
  if (conditionOnCarried(tokens, index, sentence, slots)) return 'conditional';
  if (next && limitedByNext(tokens, next)) return 'conditional';
  if (next && refutedByNext(tokens, next)) return 'refuted';
  const first = slots[0].first;
  const lastSlot = slots[slots.length - 1];
  const end = lastSlot.first + lastSlot.length;
  // "…walks away from the house and the mortgage; although, in reality, many homeowners…" (a real page, set 31):
  // the rest of the sentence says the claim is not what happens.
  if (REALITY_AFTER.test(wordsText(tokens, end - 1, Math.min(sentence.end, end + 8)))) return 'refuted';
  // "The deficiency balance is forgiven, typically, although…" (a real page, set 26): a hedge set off by itself right
  // after the claim limits it as one before it would ("…automatically, usually within a few weeks" only times it).
  if (HEDGE_AFTER.test(wordsText(tokens, end - 1, Math.min(sentence.end, end + 4)))) return 'hedged';
  // A negation or hedge counts before the end of the predicate: in "wipe out whatever the sale
  // didn't cover" the "didn't" belongs to the object, not to the claim.
  // Without a verb, the last slot that names no event: in "You're not off the hook because the short sale
  // closed" the predicate is "off the hook", not the short sale an any-order pattern found after it.
  // Nor the debt it is said of: in "A mod is not debt forgiveness, it rewrites the terms of the loan" the
  // predicate is "debt forgiveness".
  const predicate =
    slots.find((s) => s.match.kind === 'verb') ??
    [...slots]
      .reverse()
      .find((s) => !EVENTS.has(s.concept) && !DEBT_CONCEPTS.has(s.concept) && s.concept !== 'so-too') ??
    [...slots].reverse().find((s) => !EVENTS.has(s.concept)) ??
    lastSlot;
  // After an auxiliary the negation follows it: "are not foreclosures", "is not really".
  const auxiliary = predicate.length === 1 && AUXILIARIES.has(wordAt(tokens, predicate.first));
  // Not past the claim's last word: in "short sales ARE foreclosures, dont let anyone tell u different"
  // the "dont" opens another clause.
  const predicateEnd =
    predicate.first +
    predicate.length +
    (auxiliary ? Math.min(2, Math.max(0, end - predicate.first - 1)) : 0);
  // A slot carried from the sentence before stands on this one's first word as a placeholder only:
  // that word ("When the sale price exceeds the debt, …") still qualifies the claim.
  const own = slots.filter((slot) => !slot.carried);
  const inSlot = (k: number) => slotAt(own, k) !== undefined;
  // A clause-scoped trigger counts from the start of the subject's clause, but never across a
  // conjunction that opens the predicate's clause ("..., so sellers finish debt-free").
  const conjunction = conjunctionBefore(tokens, index, predicate.first, sentence.first);
  const clauseStart = listOpening(
    tokens,
    index,
    sentence.first,
    Math.max(clauseBoundaryBefore(tokens, index, first, sentence.first), conjunction),
  );
  for (const { k, length, group } of triggersIn(tokens, index, sentence, inSlot)) {
    const before = k < (group.scope === 'clause' ? predicateEnd : end);
    const after = k >= first;
    const inDirection = group.direction === 'any' || (group.direction === 'before' ? before : after);
    // A hedge in the phrase that opens the sentence ("In many cases, a deed in lieu releases…")
    // qualifies the whole claim, though a comma stands between them.
    // Not a clause of its own with its subject and modal ("You can toss the form, the IRS never taxes…"), nor
    // a label the claim follows after a colon ("Good news for many applicants: forbearance forgives…").
    const leadingHedge =
      group.reason === 'hedged' &&
      k < first &&
      inLeadingPhrase(tokens, sentence.first, k, first) &&
      !(LEADING_MODALS.has(wordAt(tokens, k)) && SUBJECT_PRONOUNS.has(wordAt(tokens, k - 1))) &&
      !gapText(tokens, first - 1).includes(':');
    // A conjunction after the claim opens another clause, whose qualifiers are its own ("…, so the
    // waiver is a formality").
    let laterClause = false;
    let consequence = false;
    for (let j = end; j < k; j++) {
      if (index.clauseWords.has(wordAt(tokens, j))) laterClause = true;
      if (tokens.gaps[j - 1] >= Gap.Clause && opensConsequence(tokens, j)) consequence = true;
    }
    // "…, so most of our short sale sellers can skip the form": what follows from the claim names
    // particular people or papers without making the claim one agreement's.
    // Nor does any word there unsay the claim it follows from ("There's always a judgment after a deed in
    // lieu, so it doesn't actually save you").
    if (consequence && k >= end) continue;
    if (inWhetherOr(tokens, sentence, k, inSlot, own)) continue;
    const inScope = group.scope === 'sentence' || ((k >= clauseStart || leadingHedge) && !laterClause);
    if (!inDirection || !inScope) continue;
    if (
      group.reason === 'conditional' &&
      length === 1 &&
      statesPremise(tokens, index, k, sentence, slots, predicate)
    )
      continue;
    // "…resets the loan as if the default never happened", "…wipes out the debt even if the sale
    // brings less": a comparison or a concession, not a condition of the claim before it. A claim
    // inside it ("the loan continues as if the default never happened") is only supposed.
    if (
      group.reason === 'conditional' &&
      length === 1 &&
      CONCESSIVE_IF.has(wordAt(tokens, k - 1)) &&
      own.every((slot) => slot.first + slot.length <= k)
    )
      continue;
    // "Whatever the sale doesn't cover is forgiven", "the money you didn't pay is forgiven": the
    // negation belongs to a clause inside the subject, which ends at the predicate's own verb.
    if (group.reason === 'negated' && negatesSubjectClause(tokens, k + length, predicate.first)) continue;
    // "Occasionally a homeowner asks for forbearance, which forgives the payments they skip": the hedge counts
    // how often one asks; the ", which" clause after the event says what it always does.
    if (
      group.reason === 'hedged' &&
      k < slots[0].first &&
      whichClauseAfter(tokens, slots[0], predicate.first)
    )
      continue;
    if (group.reason === 'hedged' && canRulesOut(tokens, sentence.first, k, length)) continue;
    // "You can count on a judgment", "you can bet on it": certainty, not a possibility.
    if (group.reason === 'hedged' && CERTAIN_AFTER_CAN.has(wordAt(tokens, k + length))) continue;
    // "Forbearance doesn't just pause payments, it forgives them": "not just" grants the first act and
    // adds the claim in a clause of its own.
    if (group.reason === 'negated' && notJustBefore(tokens, k + length, predicate.first)) continue;
    // "You need not worry about a deficiency, since lenders are barred…": a worry denied is reassurance,
    // and the claim is the writer's own.
    if (group.reason === 'attributed' && worryDenied(tokens, k, sentence.first)) continue;
    // "my neighbor keeps telling me dont stress and hes right, …": the writer endorses what is said.
    if (
      group.reason === 'attributed' &&
      k < predicate.first &&
      (ENDORSED.test(wordsText(tokens, k, predicate.first)) ||
        ENDORSED_AFTER.test(wordsText(tokens, k, sentence.end)))
    )
      continue;
    // "Many owners just walk away, and the mortgage is over for them": "many" counts who give up the home; what
    // follows in the next clause is said of every one of them.
    if (
      group.reason === 'hedged' &&
      COUNTING_HEDGES.has(wordAt(tokens, k)) &&
      slots[0].concept === 'lose-home' &&
      slots[0].first > k &&
      !clauseBreakIn(tokens, k, slots[0].first) &&
      clauseBreakIn(tokens, slots[0].first + slots[0].length - 1, predicate.first)
    )
      continue;
    // "…the bank's way of calling it even": an idiom of settling, not someone's words.
    if (
      group.reason === 'attributed' &&
      /^call/.test(wordAt(tokens, k)) &&
      CALL_IT.has(wordAt(tokens, k + 2))
    )
      continue;
    // "ppl think a DIL avoids it, but the deficiency judgment comes automatically after a DIL": the belief ends
    // at "but"; what follows is the writer's own answer to it.
    if (group.reason === 'attributed' && k < predicate.first && butBetween(tokens, k, predicate.first))
      continue;
    // "The way to think about it is that a short sale is…": the writer's own framing, not someone's belief.
    if (
      group.reason === 'attributed' &&
      /^think/.test(wordAt(tokens, k)) &&
      wordAt(tokens, k - 1) === 'to' &&
      FRAMINGS.has(wordAt(tokens, k - 2))
    )
      continue;
    // "…the arrearage is forgiven, it doesn't get tacked on anywhere": a pronoun's denial that goes on to
    // another act agrees with the claim; one that ends there, or repeats the claim's verb, refutes it.
    if (group.reason === 'refuted' && k >= end && !deniesClaim(tokens, index, k, length, predicate)) continue;
    // "Dear Ms. Okoro, …", "Hi Mr. Wen, …": a greeting names whom the writer addresses, not whose deal it is.
    if (group.reason === 'specific' && inGreeting(tokens, sentence.first, k)) continue;
    // "…cancelled automatically (ask Ms. Delgado abt timeline)": an aside after the claim that sends the reader to
    // someone names no one's deal (from the HM–HN misses).
    if (group.reason === 'specific' && k >= end && inDirectingAside(tokens, k)) continue;
    // "Short sales cancel the rest of the debt; the approval letter is a formality": past a semicolon
    // after the claim, a clause of its own names the letter.
    if (group.reason === 'specific' && k >= end && semicolonBetween(tokens, end - 1, k)) continue;
    // "**Reader (Georgia):** …", "CALLER, OHIO: …": a speaker's label names who speaks and from where, not the
    // state whose law the claim is limited to.
    if (group.reason === 'specific' && inSpeakerLabel(tokens, sentence.first, k)) continue;
    // "Mortgages in America are non-recourse, so…": said of every mortgage, it is the myth, not a limit.
    if (group.reason === 'specific' && everyLoanNonRecourse(tokens, k, sentence.first)) continue;
    // "Don't do a deed in lieu, a judgment comes right after it", "Don't let the 1099-C scare you; forgiven
    // debt never counts": a negated imperative opening the sentence governs its own clause only.
    if (group.reason === 'negated' && negatedImperative(tokens, sentence.first, k, predicate.first)) continue;
    // "forbearance months dont get added back, the bank just forgives them": a negated verb of its own in a
    // clause before the predicate's negates that verb, not the claim.
    if (group.reason === 'negated' && negatesOwnClause(tokens, k, length, predicate.first)) continue;
    // "Where the lender accepts the deed in full satisfaction, …" opens a condition; "a foreclosure where the
    // bank accepts a lower bid" describes one.
    if (
      group.reason === 'conditional' &&
      wordAt(tokens, k) === 'where' &&
      k !== answerStart(tokens, sentence.first)
    )
      continue;
    // "Deed in lieu or not, a judgment follows": "or not" means whether or not, and negates nothing.
    if (group.reason === 'negated' && wordAt(tokens, k) === 'not' && wordAt(tokens, k - 1) === 'or') continue;
    // "You can just hand the keys back and the loan is over": the "can" offers the act; the claim is
    // what follows it, after "and".
    if (group.reason === 'hedged' && offersTheAct(tokens, k, length, slots)) continue;
    // "If it goes all the way, the sheriff sale pays off the whole loan": a condition that names
    // nothing that could make the claim true (consent, a writing, the law, a program, a sale that
    // covers the debt) only sets the scene.
    if (group.reason === 'conditional' && setsTheScene(tokens, k, own)) continue;
    // "…are the same thing, just called different names depending on the state": what varies is the name.
    if (group.reason === 'conditional' && namingVaries(tokens, k)) continue;
    // "If you do a short sale the leftover is forgiven, every time", "Once the sale is over the loan is history,
    // period": a condition the writer says makes no difference, or a rule said of every case, is no condition.
    if (group.reason === 'conditional' && TEMPORAL_OR_IF.has(wordAt(tokens, k)) && everyCase()) continue;
    // "If you do a short sale you are off the hook": a condition of the event alone, ended by a new
    // subject though no comma marks it.
    if (
      group.reason === 'conditional' &&
      wordAt(tokens, k) === 'if' &&
      premiseEndsUnmarked(tokens, index, k, sentence.end, own) &&
      !clauseAfter(tokens, k + 1, 8).some((word) => QUALIFYING_WORDS.test(word))
    )
      continue;
    // A condition in another clause governs that clause: "…; it forgives the payments" after
    // "If you're in a pinch, ask…", or "X, but if you can't afford it, Y".
    if (group.reason === 'conditional' && !conditionReaches(tokens, index, k, predicate.first, end)) continue;
    // A contrast ("but", "in fact") only answers reported speech; on its own it lifts nothing.
    if (group.reason === 'contrast') continue;
    // "The flyer said X": reported speech lifts a claim only when it is answered after it, in the
    // rest of the sentence or the next one ("...; it does not.", "Is that right?", "Many states allow it.").
    if (
      group.reason === 'reported' &&
      !answeredAfter(
        tokens,
        index,
        sentence,
        end,
        next,
        k,
        slots.some((slot) => carriesNegation(tokens, slot)),
      )
    )
      continue;
    return group.reason;
  }
  return undefined;
}

/**
 * "…cannot sue for any deficiency. This only applies to purchase money loans.": the next sentence
 * limits the one before to some loans or cases.
 */
function limitedByNext(tokens: Tokens, next: Sentence): boolean {
  if (startsBlock(tokens, next.first)) return false;
  // "…the bank cancels your remaining debt. However, the bank is not obligated to agree.": the next
  // sentence makes it the lender's choice.
  if (
    CONTRASTS.has(wordAt(tokens, next.first)) &&
    notObliged(wordsText(tokens, next.first, Math.min(next.end, next.first + 10)))
  )
    return true;
  if (!REFERS_BACK.has(wordAt(tokens, next.first))) return false;
  let only = false;
  for (let k = next.first + 1; k < Math.min(next.end, next.first + 6); k++) {
    const word = wordAt(tokens, k);
    if (word === 'only') only = true;
    else if (APPLIES.has(word)) return only || NOT.has(wordAt(tokens, k - 1));
  }
  return false;
}

/**
 * "…once they have left the house their liability ends. However, this is not the case.": the next sentence, in
 * the same paragraph, says the one before is untrue (a real page, set 27).
 */
function refutedByNext(tokens: Tokens, next: Sentence): boolean {
  if (startsBlock(tokens, next.first)) return false;
  const opening = wordsText(tokens, next.first, Math.min(next.end, next.first + 10));
  // "…the lender takes the sale proceeds to pay off your debt. However, the sale price may not cover your
  // entire loan." (a real page, set 34): the next sentence sets a shortfall against it.
  return (
    REFUTING_NEXT.test(opening) || (CONTRASTS.has(wordAt(tokens, next.first)) && SHORTFALL_NEXT.test(opening))
  );
}

/** A sale said to fall short, in a sentence that opens with a contrast (see refutedByNext). */
const SHORTFALL_NEXT =
  /\b(?:sale|price|auction|proceeds|bid|it)\s+(?:may|might|can|could|often|will|does|do|did)(?:\s+not|n't)\s+(?:cover|be\s+enough|pay\s+off)\b|\b(?:sale|price|auction|proceeds|bid|it)\s+(?:may|might|can|could|often)\s+(?:fall|come|be)\s+(?:up\s+)?(?:short|less)\b/i;

/** A clause after the claim that sets the reality against it ("; although, in reality, …", ", but in fact …"). */
const HEDGE_AFTER =
  /^\S+,\s*(?:typically|usually|generally|normally|often|sometimes|mostly|in most cases|in many cases|in some cases)\s*(?:[,;.!]|$)/i;

const REALITY_AFTER =
  /[,;:—–]\s*(?:although|though|but|however|yet),?\s+(?:in reality|in fact|actually|the reality is)\b/i;

const REFUTING_NEXT =
  /^(?:however,?\s+|but\s+)?(?:this|that|it)(?:['’]s|\s+is|\s+was)\s+(?:simply\s+|just\s+)?(?:not\s+(?:the\s+case|true|correct|accurate|so)|(?:a\s+|an\s+)?(?:myth|misconception|false|untrue|incorrect|wrong)\b)|^(?:not\s+true|false|wrong|untrue|busted|debunked)\W*$|^(?:a\s+)?(?:different|separate|distinct)\s+(?:process|thing|things|proceeding|procedure)\b/i;

const APPLIES = new Set(['applies', 'apply', 'covers', 'cover']);

const CONTRASTS = new Set(['however', 'but', 'still']);

const notObliged = (text: string) =>
  /\b(?:(?:is|are)(?:n't| not) (?:obligated|obliged|required)|under no obligation|(?:does|do)(?:n't| not) have to (?:agree|accept|approve|offer|forgive))\b/i.test(
    text,
  );

const CONCESSIVE_IF = new Set(['as', 'even']);

/** Whether "just", "only" or "merely" follows a negation at k and a clause break comes before `predicate`. */
function notJustBefore(tokens: Tokens, k: number, predicate: number): boolean {
  return NOT_JUST.has(wordAt(tokens, k)) && clauseBreakIn(tokens, k, predicate);
}

/** Whether a clause break (a comma, a semicolon, a dash…) follows any word from `from` up to `to`. */
function clauseBreakIn(tokens: Tokens, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (tokens.gaps[j] >= Gap.Clause) return true;
  return false;
}

/**
 * Whether the negation at k (not followed by a comma: "does not, by itself, end…" negates the claim)
 * ends its clause before `predicate`, and the predicate's clause is no relative clause of the negated one
 * ("…isn't the same as forgiveness, where your debt is erased").
 */
function negatesOwnClause(tokens: Tokens, k: number, length: number, predicate: number): boolean {
  const last = k + length - 1;
  if (k >= predicate || tokens.gaps[last] >= Gap.Clause || !VERB_NEGATIONS.has(wordAt(tokens, last)))
    return false;
  let opening = -1;
  for (let j = last + 1; j < predicate; j++) if (tokens.gaps[j - 1] >= Gap.Clause) opening = j;
  return opening >= 0 && !RELATIVE_OPENERS.has(wordAt(tokens, opening));
}

/** Whether word k opens the sentence with "Don't …" and a clause break comes before `predicate`. */
function negatedImperative(tokens: Tokens, first: number, k: number, predicate: number): boolean {
  const start = answerStart(tokens, first);
  const opens =
    (k === start && (wordAt(tokens, k) === "don't" || wordAt(tokens, k) === 'dont')) ||
    (k === start + 1 && wordAt(tokens, start) === 'do' && wordAt(tokens, k) === 'not');
  return opens && clauseBreakIn(tokens, k, predicate);
}

const NOT_JUST = new Set(['just', 'only', 'merely', 'simply']);

/** Whether word k is in a parenthesis that opens by sending the reader to someone: "(ask Ms. Delgado…)". */
function inDirectingAside(tokens: Tokens, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--)
    if (DIRECTING.has(wordAt(tokens, j)) && j > 0 && gapText(tokens, j - 1).includes('(')) return true;
  return false;
}

const DIRECTING = new Set(['ask', 'see', 'call', 'email', 'e-mail', 'text', 'check', 'contact', 'talk']);

/** Whether word k is in a greeting that opens the sentence and ends at a comma: "Hi Mr. Wen,". */
function inGreeting(tokens: Tokens, first: number, k: number): boolean {
  if (GREETINGS.has(wordAt(tokens, first))) return k - first <= 3 && clauseBreakIn(tokens, k, first + 5);
  // "Mrs. Yates, a loan modification forgives…", "So here's the good news, Mr. Alvarez: a foreclosure…", "Good
  // afternoon Mr. Patel, …": a title and a name set off by a comma or a colon address the reader.
  if (!TITLES.has(wordAt(tokens, k))) return false;
  const opens =
    k === first ||
    (k > first && tokens.gaps[k - 1] >= Gap.Clause) ||
    (k - 2 >= first && wordAt(tokens, k - 2) === 'good' && DAY_PARTS.has(wordAt(tokens, k - 1)));
  if (!opens) return false;
  for (let j = k + 1; j <= k + 2; j++)
    if (tokens.gaps[j] >= Gap.Clause) return /^[,:]$/.test(gapText(tokens, j).trim());
  return false;
}

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening']);

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);

/**
 * Whether word k stands in a short label that opens the sentence and ends at a colon ("Reader (Georgia):",
 * "CALLER, OHIO:"): who speaks and from where. "In Georgia: …" and "Arizona law: …" are no labels; they limit
 * the claim to a place.
 */
function inSpeakerLabel(tokens: Tokens, first: number, k: number): boolean {
  if (PLACE_LEADS.has(wordAt(tokens, first))) return false;
  for (let j = first; j < first + SPEAKER_LABEL_WORDS && j < tokens.count; j++) {
    if (LAW_WORDS.has(wordAt(tokens, j))) return false;
    if (tokens.gaps[j] >= Gap.Clause && gapText(tokens, j).includes(':')) return k <= j;
  }
  return false;
}

const PLACE_LEADS = new Set([
  'in',
  'under',
  'for',
  'per',
  'within',
  'across',
  'throughout',
  'outside',
  'according',
]);
const LAW_WORDS = new Set(['law', 'laws', 'rule', 'rules', 'statute', 'statutes', 'code', 'courts', 'court']);

/** At most this many words before the colon of a speaker's label. */
const SPEAKER_LABEL_WORDS = 4;

/**
 * Whether a refuting "it doesn't", "they are not" at k (of `length` words) denies the claim: it ends its clause
 * ("It doesn't."), goes on in words that deny ("it doesn't work that way", "it is not automatic") or repeats
 * the claim's predicate ("it is not forgiven"). Other refuting phrases always deny.
 */
function deniesClaim(tokens: Tokens, index: ClaimIndex, k: number, length: number, predicate: Slot): boolean {
  if (!DENYING_PRONOUNS.has(wordAt(tokens, k))) return true;
  const after = k + length;
  if (tokens.gaps[after - 1] >= Gap.Clause || after >= tokens.count) return true;
  const word = wordAt(tokens, after);
  if (DENYING_AFTER.has(word)) return true;
  const lemma = index.lemma(word);
  for (let j = predicate.first; j < predicate.first + predicate.length; j++)
    if (index.lemma(wordAt(tokens, j)) === lemma) return true;
  return false;
}

const DENYING_PRONOUNS = new Set(['it', 'they']);
const DENYING_AFTER = new Set(
  'always necessarily really actually work works happen happens automatically apply applies mean means quite that so the true how like exactly entirely'.split(
    ' ',
  ),
);

const GREETINGS = new Set(['dear', 'hi', 'hello', 'hey', 'attn', 'attention']);

const CERTAIN_AFTER_CAN = new Set(['count', 'bet', 'expect', 'rest', 'confirm']);

/**
 * Whether "can" or "could" at k (a trigger of `length` words) says what is impossible, hedging nothing: "No lender
 * can ever sue…" ("can ever" after a denial), "…can never be counted as income" and, in a second-language
 * writer's order, "banks NEVER can pursue…"; "No lender in America can legally chase…", "nobody can collect the
 * leftover" (a denial in its clause) and "a lender can not collect".
 */
function canRulesOut(tokens: Tokens, first: number, k: number, length: number): boolean {
  const word = wordAt(tokens, k);
  if (!CAN.has(word)) return false;
  const next = wordAt(tokens, k + length);
  if (next === 'ever') return true;
  if (word === 'can' && (next === 'never' || wordAt(tokens, k - 1) === 'never')) return true;
  return length === 1 && (wordAt(tokens, k + 1) === 'not' || deniedBefore(tokens, first, k));
}

/** Whether a word that denies all ("no", "nobody", "never") stands in the clause before word k. */
function deniedBefore(tokens: Tokens, first: number, k: number): boolean {
  for (let j = k - 1; j >= first; j--) {
    if (DENYING.has(wordAt(tokens, j))) return true;
    if (tokens.gaps[j] >= Gap.Clause) return false;
  }
  return false;
}

const DENYING = new Set(['no', 'nobody', 'none', 'never', 'neither', 'nothing', 'noone']);

const NOT = new Set(['not', "doesn't", "don't", 'never']);

/**
 * "A modification, whether obtained inside or outside a Chapter 13 case, wipes out…": a clause of
 * "whether … or …" that holds no word of the claim covers every case; what it names qualifies nothing.
 * Opening the sentence and closed by a comma, it may list the claim's own events ("Whether it's a short sale, a
 * DIL or a foreclosure, the canceled debt is tax-free"), as long as the claim goes on after it (train misses):
 * "Whether a short sale forgives the debt or not depends on the lender" asks, with no comma.
 */
function inWhetherOr(
  tokens: Tokens,
  sentence: Sentence,
  k: number,
  inSlot: (k: number) => boolean,
  slots: Slot[],
): boolean {
  let start = k;
  while (start > sentence.first && tokens.gaps[start - 1] < Gap.Clause) start--;
  if (wordAt(tokens, start) !== 'whether') return false;
  const opening = start === sentence.first;
  let or = false;
  let end = start;
  for (let j = start; j < sentence.end; j++) {
    if (inSlot(j) && !opening) return false;
    if (wordAt(tokens, j) === 'or') or = true;
    end = j;
    // A list's commas ("a short sale, a DIL or a foreclosure") do not end the clause before its "or".
    if (tokens.gaps[j] >= Gap.Clause && (or || !opening || j - start > WHETHER_LIST)) break;
  }
  if (!or) return false;
  if (!opening) return true;
  const closed = end + 1 < sentence.end && tokens.gaps[end] >= Gap.Clause;
  return closed && slots.some((slot) => slot.first > end);
}

/** How many words an opening "whether" clause may list before its "or". */
const WHETHER_LIST = 12;

/**
 * A claim told in the past tense of one person or one family reports an event ("After the
 * foreclosure, they owed nothing"; "Her modification forgave $30,000"), not a general rule: the
 * predicate's head is a past form ("owed", "was", "wiped out") that no present auxiliary governs
 * ("is wiped out" is present), and its clause names a particular subject ("they", "her").
 * "Homeowners who got modifications had their arrears wiped out" still reads as a rule.
 */
export function narratesPast(tokens: Tokens, sentenceFirst: number, end: number, slots: Slot[]): boolean {
  for (const slot of slots) {
    if (slot.match.kind === 'noun') continue;
    for (let k = slot.first; k < slot.first + slot.length; k++) {
      if (
        !isPastForm(wordAt(tokens, k)) ||
        participleNoVerb(tokens, k) ||
        describesNoun(tokens, k) ||
        (DESCRIBED_NOUNS.has(wordAt(tokens, k + 1)) &&
          // "forgiven mortgage debt" as one slot: the participle describes the debt, whoever tells it.
          (k + 1 < slot.first + slot.length || toldByWriter(tokens, sentenceFirst, k)))
      )
        continue;
      if (governedByPresent(tokens, sentenceFirst, k)) return false;
      // "was tax-free for 2020 discharges": the law as it stood in a year, not as it stands.
      // "…, that's been the rule since 2007" dates a rule that still holds.
      for (let p = sentenceFirst; p < end; p++)
        if (/^(?:19|20)\d\d$/.test(wordAt(tokens, p)) && wordAt(tokens, p - 1) !== 'since') return true;
      // "…, which resulted in a deficiency of $90,000": one case, with its amount.
      const told = wordsText(tokens, sentenceFirst, end);
      if (/\$\s?\d/.test(told)) return true;
      // "…once they do the sheriff's sale the whole loan gets wiped out": a passive with "get" tells what
      // happens, whoever "they" are.
      if (governedByPresent(tokens, sentenceFirst, k, GET_PASSIVE)) return false;
      // Before the past form ("they owed…", "her modification forgave…"), not after it ("…had their arrears…"),
      // and in its clause: "the 1099-C they mailed me is a joke, because forgiven debt is…" tells no story.
      let clauseFirst = k;
      while (
        clauseFirst > sentenceFirst &&
        !(tokens.gaps[clauseFirst - 1] >= Gap.Clause && CLAUSE_OPENERS.has(wordAt(tokens, clauseFirst)))
      )
        clauseFirst--;
      for (let p = clauseFirst; p < k; p++) {
        const causative = p > sentenceFirst && CAUSATIVES.has(wordAt(tokens, p - 1)); // "had their arrears wiped out"
        if (PARTICULAR.has(wordAt(tokens, p)) && !causative) return true;
        // "Thus, the lender was not entitled to…": one lender, or one court, in the past is a case. So is "…; the
        // lender never asked for a deficiency" (GR): a past verb after an adverb.
        if (
          (p + 2 === k || (p + 3 === k && STORY_ADVERBS.has(wordAt(tokens, p + 2)))) &&
          wordAt(tokens, p) === 'the' &&
          ACTORS.has(wordAt(tokens, p + 1)) &&
          (PAST_AUXILIARIES.has(wordAt(tokens, k)) || p + 3 === k)
        )
          return true;
        // "…the lender determined that the debt was uncollectible": a finding reported of the past.
        if (FINDINGS.has(wordAt(tokens, p)) && !governedByPresent(tokens, sentenceFirst, p)) return true;
      }
      return false;
    }
  }
  return false;
}

/**
 * "I told him not to worry: canceled mortgage debt is never taxable": in the writer's own telling, a participle
 * before the debt it describes tells no story of its own (someone else's telling is attribution's matter).
 */
function toldByWriter(tokens: Tokens, sentenceFirst: number, k: number): boolean {
  for (let r = sentenceFirst; r < k; r++)
    if (TELLING_VERBS.has(wordAt(tokens, r))) return writersOwnTelling(tokens, sentenceFirst, r);
  return false;
}

const TELLING_VERBS = new Set(['told', 'tell', 'explained', 'advised', 'assured', 'reminded']);
const DESCRIBED_NOUNS = new Set([
  'debt',
  'debts',
  'mortgage',
  'mortgages',
  'loan',
  'loans',
  'balance',
  'balances',
]);

/** A past participle after "as" tells no event: "the loan counts as paid in full". */
function participleNoVerb(tokens: Tokens, k: number): boolean {
  return wordAt(tokens, k - 1) === 'as';
}

/**
 * "…on mortgage debt that got cancelled", "debt which was forgiven": a past form in a relative clause
 * says what the debt is, not what happened to someone.
 */
function describesNoun(tokens: Tokens, k: number): boolean {
  const before = wordAt(tokens, k - 1);
  return (
    RELATIVE_PRONOUNS.has(before) ||
    (PASSIVE_AUXILIARIES.has(before) && RELATIVE_PRONOUNS.has(wordAt(tokens, k - 2)))
  );
}

const PASSIVE_AUXILIARIES = new Set(['got', 'was', 'were', 'gets', 'is', 'are']);

const ACTORS = new Set(['lender', 'bank', 'servicer', 'creditor', 'court', 'judge', 'plaintiff']);
const STORY_ADVERBS = new Set(['never', 'then', 'later', 'already', 'also']);
const FINDINGS = new Set(['decided', 'determined', 'concluded', 'ruled', 'held']);

/**
 * A looser reading (see scorer.ts) holds no verb slot to test as narratesPast does: its sentence
 * tells a story when any verb in it is a past form and it names particular people anywhere ("The
 * bank obtained a judgment against them after their sale").
 */
export function tellsParticularPast(tokens: Tokens, first: number, end: number): boolean {
  let past = false;
  let particular = false;
  for (let k = first; k < end; k++) {
    const word = wordAt(tokens, k);
    if (PARTICULAR.has(word)) particular = true;
    if (isPastForm(word) && !governedByPresent(tokens, first, k)) past = true;
  }
  return past && particular;
}

/** "owed", "was", "wiped": a past form ("isn't" is present, though its lemma is irregular). */
function isPastForm(word: string): boolean {
  return PAST_AUXILIARIES.has(word) || (!PRESENT_AUXILIARIES.has(word) && verbForm(word) === 'past');
}

/** Whether a present auxiliary governs the past form at k ("is wiped out", "has never owed"). */
function governedByPresent(
  tokens: Tokens,
  sentenceFirst: number,
  k: number,
  auxiliaries: ReadonlySet<string> = PRESENT_AUXILIARIES,
): boolean {
  let j = k - 1;
  while (j >= sentenceFirst && ADVERBS.has(wordAt(tokens, j))) j--;
  return j >= sentenceFirst && auxiliaries.has(wordAt(tokens, j));
}

const GET_PASSIVE = new Set(['get', 'gets']);

/** Subjects that name particular people: their story is not a rule. */
const PARTICULAR = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'her',
  'his',
  'their',
  'my',
  'our',
  'him',
  'me',
  'us',
]);

/** Whether "in exchange for" or "in return for" ends at `k` ("…in exchange for a release from the loan"). */
function tradedFor(tokens: Tokens, k: number, first: number): boolean {
  return (
    k - 2 >= first &&
    wordAt(tokens, k) === 'for' &&
    (wordAt(tokens, k - 1) === 'exchange' || wordAt(tokens, k - 1) === 'return') &&
    wordAt(tokens, k - 2) === 'in'
  );
}

/**
 * A verb slot read where the word is a noun, after a determiner ("the end of the loan") or
 * capitalised inside a name ("its Mortgage Release option"), or where it is the infinitive of a measure ("longer to pay off").
 */
export function nounAsVerb(tokens: Tokens, sentence: Sentence, slots: Slot[]): boolean {
  return slots.some((slot) => {
    if (slot.match.kind !== 'verb' || slot.first === sentence.first) return false;
    // "…in exchange for a release from the loan" still says the release is what the deal gives.
    if (
      NOUN_DETERMINERS.has(wordAt(tokens, slot.first - 1)) &&
      !tradedFor(tokens, slot.first - 2, sentence.first)
    )
      return true;
    // "very clear wording": after a degree adverb the word is an adjective.
    if (DEGREE_ADVERBS.has(wordAt(tokens, slot.first - 1))) return true;
    // "take longer to pay off" measures the loan; "file for a judgment to take back the house" claims a purpose.
    const before = slot.first - 1;
    const inSlot = slotAt(slots, before) !== undefined;
    if (wordAt(tokens, before) === 'to' && !inSlot && before > sentence.first) {
      // "Giving the house back is enough to satisfy the loan" says what suffices: the claim itself.
      if (sufficient(tokens, before - 1, sentence.first)) return false;
      if (MEASURED_TO.has(wordAt(tokens, before - 1))) return true;
      // "want to walk away", "have chosen to use a short sale as a way to get out of…": a wish, a
      // choice or an attempt earlier in the clause, not what happens.
      for (let k = before; k > sentence.first && tokens.gaps[k - 1] < Gap.Clause; k--)
        if (wordAt(tokens, k) === 'to' && WISHES.has(wordAt(tokens, k - 1))) return true;
      // "gives owners a way to get out of mortgages": leaving a loan a step offers, not the debt ended
      // ("a reliable way to wipe out the debt" still says it is).
      if (slot.match.base[0] === 'get')
        for (let k = before - 1; k >= Math.max(sentence.first, before - 4); k--)
          if (OFFERS.has(wordAt(tokens, k))) return true;
      // A purpose ("conveys the property to the lender to satisfy the loan") is not a result, unless
      // the lender accepts something for it ("agrees to take the lower amount to settle the debt").
      if (
        PURPOSE_VERBS.has(slot.match.base[0]) &&
        !(ASSERTING_TO.has(wordAt(tokens, before - 1)) && !usedFor(tokens, before - 1)) &&
        !acceptedFor(tokens, sentence, before)
      )
        return true;
    }
    // A capital inside a sentence marks a name, unless the whole word is shouted ("Short sales ARE
    // foreclosures") or every word of a title has one ("Short Sales Settle Your Mortgage").
    const written = tokens.text.slice(tokens.starts[slot.first], wordEnd(tokens, slot.first));
    return (
      /^\p{Lu}/u.test(written) && !/^\p{Lu}[\p{Lu}']+$/u.test(written) && !titleClaim(tokens, sentence, slots)
    );
  });
}

/**
 * Whether a sentence reads as a title ("Deficiency Judgments Following Foreclosure"): no closing
 * mark and most longer words capitalised. Its capitals mark no names; and a title that only names a
 * topic is no claim for the learned reading (see scorer.ts), which learned from sentences.
 */
export function readsAsTitle(tokens: Tokens, first: number, end: number): boolean {
  if (tokens.gaps[end - 1] === Gap.Sentence) return false;
  // A long line wholly in capitals is a caption or a shout ("THE MODIFICATION CANCELS ANYTHING YOU OWED FROM
  // BEFORE"), read as a sentence; headings are short.
  if (end - first >= SHOUTED_SENTENCE && !/\p{Ll}/u.test(wordsText(tokens, first, end))) return false;
  let words = 0;
  let capitalised = 0;
  for (let k = first; k < end; k++) {
    if (tokens.lengths[k] < 4) continue;
    words++;
    const code = tokens.text.charCodeAt(tokens.starts[k]);
    if (code >= 65 && code <= 90) capitalised++;
  }
  return words > 0 && capitalised * 5 >= words * 3;
}

const SHOUTED_SENTENCE = 7;

/**
 * A title that states a claim opens with it, in one clause ("Short Sales Settle Your Mortgage for
 * Good"); one that opens otherwise ("Asking the Lender to Waive…") or joins clauses ("Walking Away,
 * And What It Leaves Behind") names a topic.
 */
function titleClaim(tokens: Tokens, sentence: Sentence, slots: Slot[]): boolean {
  if (!readsAsTitle(tokens, sentence.first, sentence.end) || slots.some((slot) => slot.carried)) return false;
  const first = Math.min(...slots.map((slot) => slot.first));
  const last = Math.max(...slots.map((slot) => slot.first + slot.length - 1));
  if (first > sentence.first + 1) return false; // "Foreclosure…" or "A Short Sale…"
  for (let k = first; k < last; k++) if (tokens.gaps[k] >= Gap.Clause) return false;
  return true;
}

/** "takes longer to pay off", "years to pay off": a duration or amount, not what the subject does. */
/** Verbs of ending a debt: after a "to" of purpose they say what a step is for, not what it does. */
const PURPOSE_VERBS = new Set([
  'settle',
  'satisfy',
  'pay',
  'cover',
  'discharge',
  'repay',
  'clear',
  'resolve',
]);

/** Words before "to" that make the verb asserted after all: "is going to", "has to", "is sure to". */
const ASSERTING_TO = new Set(
  'going have has had got used able about ought need needs is are will sure bound guaranteed certain meant supposed'.split(
    ' ',
  ),
);

/** "is used to pay off the loan": a passive "used" names an instrument's purpose ("used to" alone is habit). */
function usedFor(tokens: Tokens, k: number): boolean {
  return wordAt(tokens, k) === 'used' && BE_FORMS.has(wordAt(tokens, k - 1));
}
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Whether the clause before word `to` has the lender accept or take something ("agrees to take the lower amount"). */
function acceptedFor(tokens: Tokens, sentence: Sentence, to: number): boolean {
  for (let k = to - 1; k >= sentence.first && tokens.gaps[k] < Gap.Clause; k--)
    if (ACCEPTING.has(wordAt(tokens, k))) return true;
  return false;
}

const ACCEPTING = new Set('accept accepts accepted accepting take takes took taking'.split(' '));

const OFFERS = new Set(['way', 'ways', 'chance', 'opportunity', 'option', 'options', 'route', 'tool']);
/** Whether word k is "enough" after a copula ("is enough", "is always enough", "it's simply enough"). */
function sufficient(tokens: Tokens, k: number, first: number): boolean {
  if (wordAt(tokens, k) !== 'enough') return false;
  let j = k - 1;
  while (j > first && SUFFICIENCY_ADVERBS.has(wordAt(tokens, j))) j--;
  return BE_FORMS.has(wordAt(tokens, j)) || CONTRACTED_BE.has(wordAt(tokens, j));
}

const SUFFICIENCY_ADVERBS = new Set(['always', 'alone', 'itself', 'just', 'simply', 'really']);
const CONTRACTED_BE = new Set(["it's", "that's"]);

const MEASURED_TO = new Set('longer harder easier enough time years months'.split(' '));

const WISHES = new Set(
  'want wants wanted wanting seek seeks seeking sought hope hopes hoped hoping try tries tried trying attempt attempts attempted attempting wish wishes wished wishing plan plans planned planning aim aims aimed aiming intend intends intended intending prefer prefers preferred choose chooses chose chosen choosing decide decides decided deciding tempted tempting eager desire desires dream dreams'.split(
    ' ',
  ),
);

const DEGREE_ADVERBS = new Set('very quite crystal fairly extremely perfectly pretty'.split(' '));

/**
 * A verb slot that ends a longer name found in the same sentence ("release" in "aka mortgage
 * release", another name for a deed in lieu) is the name's head noun, not the claim's verb.
 */
export function insideName(hits: Map<string, Slot[]>, slots: Slot[]): boolean {
  return slots.some(
    (slot) =>
      slot.match.kind === 'verb' &&
      [...hits.values()].some((list) =>
        list.some(
          (hit) =>
            hit.match.kind === 'noun' &&
            hit.length > 1 &&
            hit.first < slot.first &&
            slot.first === hit.first + hit.length - 1 &&
            !slots.includes(hit),
        ),
      ),
  );
}

/**
 * The event the claim is about did not happen: "released from the mortgage without having a
 * foreclosure on the record", "a way to avoid foreclosure and walk away". A word that denies the
 * event stands just before it.
 */
export function eventAvoided(
  tokens: Tokens,
  sentence: Sentence,
  slots: Slot[],
  subjects: ReadonlySet<string>,
): boolean {
  const event = slots.find((slot) => subjects.has(slot.concept));
  if (!event) return false;
  // "There's no avoiding it: the judgment is automatic": what is avoided is "it", not the event.
  // "You can't avoid a deficiency judgment": an avoiding the claim's own words deny says it is inevitable.
  const inSlot = (k: number) => slotAt(slots, k) !== undefined;
  for (let k = Math.max(sentence.first, event.first - 5); k < event.first; k++)
    if (AVOIDING.has(wordAt(tokens, k)) && wordAt(tokens, k + 1) !== 'it' && !inSlot(k)) return true;
  // "…to satisfy a debt, without the property being sold at a public auction" (a real page, set 41): "without"
  // further back, in the event's own clause.
  for (let k = event.first - 1; k >= Math.max(sentence.first, event.first - 9); k--) {
    if (tokens.gaps[k] >= Gap.Clause || inSlot(k)) break;
    if (wordAt(tokens, k) === 'without') return true;
  }
  return false;
}

const AVOIDING = new Set([
  'without',
  'avoid',
  'avoids',
  'avoiding',
  'avoided',
  'prevent',
  'prevents',
  'preventing',
]);

/** What the words of a whole sentence say about every claim in it (read once per sentence). */
export interface SentenceLimits {
  /** A share of cases, the law of a span of years, or a statute cited: no claim about every case. */
  notGeneral: boolean;
  /**
   * A time limit ("after two years") or a kind of loan or foreclosure ("after a nonjudicial
   * foreclosure", "on a purchase-money loan"), which limits a rule that forbids a deficiency.
   */
  barLimit: boolean;
  /** One person's or family's deal ("The Lees' approval letter…", "under this deed in lieu"). */
  oneCase: boolean;
  /**
   * The writer makes a story a rule: "…, and that's how it works for everybody", "…, which is what it does
   * for everybody", "It works that way for everybody." (in the next sentence too).
   */
  generalized: boolean;
  /** The sentence or the two before it in its paragraph speak of a bankruptcy ("Chapter 7", "reaffirm"). */
  inBankruptcy: boolean;
}

/**
 * - A share below all ("for over 96% of our approvals") counts cases, and a span of years ("debt
 *   discharged between 2007 and 2013") states the law of that time.
 * - A sentence that cites a statute or regulation states that law's rule, which may be accurate where
 *   it applies ("Under RCW 61.24.100, …").
 * - "…unenforceable as to any deficiency left after three years": forbidding a deficiency for a
 *   period or after a time limit is limited, not universal (see limitedBar); so is forbidding it after
 *   one kind of foreclosure or on one kind of loan, the rule of some states (Cal. Code Civ. Proc. §§ 580b,
 *   580d bar it on some purchase-money loans and after trustee's sales; other states allow it).
 */
export function sentenceLimits(
  tokens: Tokens,
  sentence: Sentence,
  next?: Sentence,
  previous?: Sentence,
): SentenceLimits {
  const end = wordEnd(tokens, sentence.end - 1);
  // "Non-recourse loan: the borrower is not liable beyond the collateral. If the property is lost,
  // the lender cannot pursue the borrower.": the sentence before, in the same paragraph, names the loan.
  const previousText =
    previous && !startsBlock(tokens, sentence.first) ? wordsText(tokens, previous.first, previous.end) : '';
  const nextText = next ? wordsText(tokens, next.first, next.end) : '';
  const text = wordsText(tokens, sentence.first, sentence.end);
  // The character after the last word too: "100%" is every case.
  const withNext = text + tokens.text.slice(end, end + 1);
  const counted =
    /(?<![\d.])(?:\d{1,2}(?:\.\d+)?)\s*(?:%|percent\b)/i.test(withNext) ||
    /\b(?:between|from|before|until|through|prior to)\s+(?:19|20)\d\d\b/i.test(withNext) ||
    DATED.test(text);
  return {
    notGeneral:
      counted ||
      CITATION.test(text) ||
      NAMED_LAW.test(text) ||
      TEMPORARY_LAW.test(text) ||
      STATUTE_WORDING.test(text) ||
      STATUTE_SUBJECT.test(text),
    oneCase: PARTICULAR_DEAL.test(text) || namesPersonsDeal(text),
    generalized:
      GENERALIZED.test(text) ||
      UNIVERSAL_IN_CLAIM.test(text) ||
      GENERALIZED.test(nextText) ||
      UNIVERSAL_IN_CLAIM.test(nextText),
    // "…on owner-occupied homes, in any state" makes the limited bar a rule of every state again.
    inBankruptcy: BANKRUPTCY.test(text) || BANKRUPTCY.test(previousText),
    barLimit:
      TIME_LIMIT.test(text) ||
      ((KIND_LIMIT.test(text) || LOAN_KIND.test(previousText)) && !EVERY_STATE.test(text)),
  };
}

/** The first word j in [from, to) that a semicolon follows, or `to` if none does. */
function semicolonAfter(tokens: Tokens, from: number, to: number): number {
  for (let j = from; j < to; j++)
    if (tokens.gaps[j] >= Gap.Clause && gapText(tokens, j).includes(';')) return j;
  return to;
}

/** Whether a semicolon stands between words `from` and `to`. */
export function semicolonBetween(tokens: Tokens, from: number, to: number): boolean {
  return semicolonAfter(tokens, from, to) < to;
}

const REPORTING = new Set(
  'says said claims claimed states stated insists insisted argues argued contends contended alleges alleged asserts asserted promised promises'.split(
    ' ',
  ),
);

/**
 * Whether word k is in a block that a line ending in a colon gives as someone's words ("Their letter says
 * this:" over a quotation): what the block says is reported, to be answered, not the writer's claim.
 * Not "X wrote:" over a forum post or "read this:" over a script, which are the document's own words.
 */
export function reportedBlock(tokens: Tokens, k: number): boolean {
  let first = k;
  for (let n = 0; n < 400 && !startsBlock(tokens, first); n++) first--;
  if (first === 0 || !startsBlock(tokens, first)) return false;
  const last = first - 1;
  if (!gapText(tokens, last).trimStart().startsWith(':')) return false;
  // The verb just before the colon: "Their letter says this:", "The ad claims:".
  for (let j = last; j >= 0 && last - j < 3; j--) {
    if (REPORTING.has(wordAt(tokens, j))) return true;
    if (startsBlock(tokens, j) || (j < last && tokens.gaps[j] >= Gap.Sentence)) break;
  }
  return false;
}

/**
 * A worked example: "Let's say you owe $360,000 … The lender forgives the extra $110,000." What the
 * sentences after a supposition tell, within its paragraph and a few sentences, happens in the case it
 * supposes, not in every case.
 */
export function supposedCase(tokens: Tokens, k: number): boolean {
  let first = k;
  for (let sentences = 0; sentences <= SUPPOSED_SENTENCES; first--) {
    if (first === 0 || startsBlock(tokens, first) || tokens.gaps[first - 1] >= Gap.Sentence) {
      if (supposes(tokens, first)) return true;
      if (first === 0 || startsBlock(tokens, first)) return false;
      sentences++;
    }
  }
  return false;
}
/** How many sentences before a claim a supposition still governs. */
const SUPPOSED_SENTENCES = 4;

function supposes(tokens: Tokens, first: number): boolean {
  const word = (j: number) => wordAt(tokens, first + j);
  // "Let's say it plainly: …" says something; "Let's say you buy…" supposes it.
  const then = (j: number) => !SAID_PLAINLY.has(word(j));
  if (SUPPOSING.has(word(0))) return then(1);
  // "Say your lender wrote off $32,000…", "Say you owe…": an example supposed, not "say it".
  if (word(0) === 'say' && SAY_SUPPOSES.has(word(1))) return true;
  if (word(0) === "let's" || word(0) === 'let’s') return SUPPOSING_AFTER_LET.has(word(1)) && then(2);
  return word(0) === 'let' && word(1) === 'us' && SUPPOSING_AFTER_LET.has(word(2)) && then(3);
}
const SUPPOSING = new Set(['suppose', 'supposing', 'imagine', 'hypothetically']);
const SAY_SUPPOSES = new Set(['you', 'your', 'the', 'a', 'an', 'we', 'our', 'my', 'someone', 'somebody']);
const SUPPOSING_AFTER_LET = new Set(['say', 'assume', 'suppose', 'imagine']);
const SAID_PLAINLY = new Set(['it', 'this', 'that', 'so', 'plainly', 'clearly', 'again']);

/**
 * "Whatever the buyer doesn't cover gets forgiven": what a sale does not cover names the shortfall, the
 * subject; its "cover" is no predicate of the claim, and its negation does not lift the claim that follows.
 */
export function coversNot(tokens: Tokens, slot: Slot): boolean {
  if (slot.concept !== 'ends-debt' || !wordAt(tokens, slot.first).startsWith('cover')) return false;
  const before = wordAt(tokens, slot.first - 1);
  if (!VERB_NEGATIONS.has(before) && before !== 'not') return false;
  for (let j = slot.first - 2; j >= Math.max(0, slot.first - 8); j--) {
    if (tokens.gaps[j] >= Gap.Clause) return false;
    if (wordAt(tokens, j) === 'whatever' || wordAt(tokens, j) === 'what') return true;
  }
  return false;
}

/**
 * "If you surrender the home, the mortgage balance will be discharged" after a paragraph on a Chapter 7 filing (a
 * real page, set 41): a discharge told of a bankruptcy is the bankruptcy's, which ends the borrower's liability
 * (not the lien), not what giving up the house does.
 */
export function dischargedInBankruptcy(tokens: Tokens, limits: SentenceLimits, slots: Slot[]): boolean {
  if (!limits.inBankruptcy) return false;
  return slots.some((slot) => {
    if (slot.carried) return false;
    for (let k = slot.first; k < slot.first + slot.length; k++)
      if (wordAt(tokens, k).startsWith('discharg')) return true;
    return false;
  });
}
const BANKRUPTCY = /\b(?:bankrupt\w*|chapter (?:7|13|seven|thirteen)\b|reaffirm\w*|automatic stay)/i;

/** Whether a limit in the sentence limits this claim: one that forbids a deficiency. */
export function limitedBar(limits: SentenceLimits, slots: Slot[]): boolean {
  return limits.barLimit && slots.some((slot) => FORBIDDING.has(slot.concept));
}
const FORBIDDING = new Set([
  'never-allowed',
  'never-exists',
  'never-allows',
  'none-may',
  'lender-cannot-collect',
  'no-deficiency-exists',
]);
const TIME_LIMIT =
  /\b(?:after|within|beyond|past|for)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+ty)\s+(?:years?|months?|days?)\b/i;
const EVERY_STATE =
  /\b(?:in (?:any|every|all 50|all fifty) states?|every state|states? or (?:in )?any other|anywhere|everywhere|nationwide|across the (?:country|US|U\.S\.)|in (?:the (?:country|US|U\.S\.|United States)|America))\b/i;
/**
 * The kinds of loan a sentence before may name for the next one ("Non-recourse loan: …"); not its states or
 * sales, which a paragraph mentions for other reasons ("Most states allow deficiency judgments.").
 */
const LOAN_KIND =
  /\b(?:non-?recourse|without recourse|purchase[- ]money|owner[- ]occupied|seller[- ]financed|one[- ]to[- ]four|reverse mortgages?|HECMs?)\b/i;
/**
 * Kinds of loan, lien or sale that some states' deficiency bars are limited to (not "home loan": most are), and a
 * bar said of one state or one reader's case ("in your state", "in your situation").
 */
const KIND_LIMIT =
  /\b(?:non-?judicial|non-?recourse|without recourse|reverse mortgages?|HECMs?|(?:estate|heirs) or (?:estate|heirs)|purchase[- ]money|owner[- ]occupied|power of sale|secured (?:only )?by|one[- ]to[- ]four|seller[- ]financed|trustee(?:'?s)? sales?|strict foreclosures?|(?:one|two|three|four|1|2|3|4) or fewer (?:units|dwellings|families)|as (?:a|the|his|her|their) homestead|under a deed of trust|anti-?deficiency|(?:certain|some|many|several|a few|most|other) states|in (?:your|this|that|our|my|their) state|in (?:your|this|his|her|their) (?:situation|case))\b/i;

/**
 * One person's or family's deal: "The release the Parks got…", "Under this deed in lieu, …": what
 * that agreement did, not what every one does (see also ownedByOne).
 */
const PARTICULAR_DEAL = new RegExp(
  String.raw`\b(?:letter|release|agreement|approval|waiver)\s+(?:the\s+)?[A-Z][a-z]+\s+(?:got|received|signed)\b` +
    String.raw`|\b[Uu]nder this (?:deed|short sale|modification|agreement|settlement)\b` +
    // "He will get a 1099 … but there will be no tax due": one man's or woman's case, told of him or her.
    String.raw`|^(?:\d+[.)]?\s*)?(?:He|She)\s+(?:will|would|won't|is|was|has|had|did|got|gets|received|signed|can|could)\b`,
);

/** Whether a person's name owns something in the text ("The Lees' approval letter", "Dana's release"). */
function namesPersonsDeal(text: string): boolean {
  for (const found of text.matchAll(/\b([A-Z][a-z]+)(?:'s|s'|’s|s’)\s+(\S+)/g)) {
    const [, name, owned] = found;
    if (NOT_PERSONS.has(name.replace(/s$/, '')) || NOT_PERSONS.has(name)) continue;
    // At the sentence's start a capital is no sign of a name ("Reporter's note: …"): there the
    // name must own the deal or the home ("Dana's deed in lieu …", "Ray's house …"). Elsewhere the lender, a
    // relative or the case count too: "…, that's how it worked with Daddy's truck" names other dealings.
    const word = owned.toLowerCase().replace(/\W.*$/, '');
    const owns = (things: ReadonlySet<string>) => things.has(word) || things.has(word.replace(/s$/, ''));
    if (owns(DEALS) || owns(HOMES) || (found.index !== 0 && owns(OWN_AFFAIRS))) return true;
  }
  return false;
}

const DEALS = new Set(
  'deed short release letter agreement approval modification mod waiver settlement foreclosure loan mortgage'.split(
    ' ',
  ),
);

/** A person's home ("Ray's house sold at auction…") tells that person's case even at the sentence's start. */
const HOMES = new Set('house home place condo property farm land'.split(' '));

/** What a person's case is told by, besides the deal and the home: the lender, the family, the case. */
const OWN_AFFAIRS = new Set(
  'lender bank servicer case situation family husband wife mom dad mother father parents brother sister son daughter uncle aunt cousin grandma grandpa neighbor neighbour friend kids estate'.split(
    ' ',
  ),
);

/**
 * Capitalised words before "'s" that are no one person: contractions ("There's", "It's"), roles
 * ("Sheriff's sale", "Client's friend"), states, agencies, the country.
 */
const NOT_PERSONS = new Set(
  'Whatever Everything Nothing Something Anything Mine Yours Now There It Here Let That What Who He She Where How When Why This Today Tomorrow Everybody Somebody Sheriff Trustee Trustees Lender Lenders Bank Banks Client Clients Borrower Borrowers Owner Owners Seller Sellers Buyer Buyers Servicer Homeowner Homeowners Court Judge Agent Member Caller Customer Lawyer Attorney Family Government Nation Country People Year Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Hampshire Jersey Mexico York Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Island Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Columbia America Congress Fannie Freddie Mae Mac Treasury State States Everyone Nobody Anyone Someone One Each Every Other Another Board Association Committee Company Department Office Agency Bureau Firm Center Council Program'.split(
    ' ',
  ),
);

/**
 * Whether the claim's event or thing belongs to one person: "In my cousin's deed in lieu, …", "his
 * modification", "her short sale" (not "your", which addresses every reader, nor "their").
 */
export function ownedByOne(tokens: Tokens, slots: Slot[]): boolean {
  return slots.some((slot) => {
    if (slot.carried) return false;
    const before = wordAt(tokens, slot.first - 1);
    // "Told her short sales always settle…": the object of a telling, not a possessive.
    if (before === 'her' && TOLD.has(wordAt(tokens, slot.first - 2))) return false;
    if (ONES.has(before)) return true;
    // Words are read without their "'s": "my cousin's deed in lieu" reads "my cousin deed in lieu".
    return KIN.has(before) && ONES.has(wordAt(tokens, slot.first - 2));
  });
}

/**
 * "Owners who always paid the loan on time", "you pay the loan every month": a person paying the loan
 * makes its payments; the myth's "pays" has the house or the sale as its subject ("the sale pays the debt").
 */
export function personPays(tokens: Tokens, slots: Slot[]): boolean {
  return slots.some((slot) => {
    if (slot.carried || slot.concept !== 'ends-debt') return false;
    const word = wordAt(tokens, slot.first);
    // "• Pay off the loan before the sale.", in a list of a borrower's rights (a real page, set 35): a sentence or an
    // item that opens with the bare verb is the borrower's act, whatever event it names or the one before named.
    if (word === 'pay' && (slot.first === 0 || tokens.gaps[slot.first - 1] >= Gap.Sentence)) return true;
    // "…allows a borrower to reclaim their foreclosed property by paying off the full amount of the debt" (a real
    // page, set 41): paying "by" is the means of a person named before, in the clause, not what the event does.
    if (word === 'paying' && wordAt(tokens, slot.first - 1) === 'by')
      for (let k = slot.first - 2; k >= Math.max(0, slot.first - 12); k--) {
        if (tokens.gaps[k] >= Gap.Clause) break;
        if (PAYERS.has(wordAt(tokens, k))) return true;
      }
    if (slot.length !== 1) return false;
    if (!PAYS.has(word)) return false;
    // "…you paid the mortgage in full by giving the house": paying it off is the myth again.
    for (let k = slot.first + 1; k < Math.min(tokens.count, slot.first + 5); k++)
      if (wordAt(tokens, k) === 'off' || wordAt(tokens, k) === 'full') return false;
    for (let k = slot.first - 1; k >= Math.max(0, slot.first - 3); k--) {
      if (tokens.gaps[k] >= Gap.Clause) return false;
      if (PAYERS.has(wordAt(tokens, k))) return true;
    }
    return false;
  });
}

/**
 * "To grasp what a deficiency judgment is, first learn how foreclosure works": the subject inside an indirect
 * question ("what X is", closed by its clause) is asked about, not described.
 */
export function askedWhatItIs(tokens: Tokens, sentence: Sentence, slots: Slot[]): boolean {
  const subject = slots[0];
  if (subject.carried) return false;
  let before = subject.first - 1;
  if (NOUN_DETERMINERS.has(wordAt(tokens, before))) before--;
  if (before < sentence.first || wordAt(tokens, before) !== 'what') return false;
  const verb = subject.first + subject.length;
  // "Member asked what a deficiency judgment is, I told her it's the foreclosure itself": the answer after it says
  // what it is, and the claim stands.
  const last = slots[slots.length - 1].first;
  for (let k = verb + 1; k < last; k++)
    if (ANSWER_IT_IS.has(wordAt(tokens, k)) || (wordAt(tokens, k) === 'it' && wordAt(tokens, k + 1) === 'is'))
      return false;
  return (
    verb < sentence.end &&
    WHAT_IT_IS.has(wordAt(tokens, verb)) &&
    // "Here is what a deficiency judgment is: the foreclosure…" answers its question after the colon.
    (verb + 1 >= sentence.end || (tokens.gaps[verb] >= Gap.Clause && !gapText(tokens, verb).includes(':')))
  );
}

const ANSWER_IT_IS = new Set(["it's", "that's"]);

const WHAT_IT_IS = new Set(['is', 'are', 'means']);

const PAYS = new Set(['pay', 'pays', 'paid', 'paying']);
const PAYERS = new Set(
  'borrower borrowers homeowner homeowners owner owners who you we they i he she'.split(' '),
);

const ONES = new Set(['my', 'his', 'her']);
/** Verbs whose object may stand right before the claim ("Told her short sales…"): the tellings and a few more. */
const TOLD = new Set([
  ...TELLING_VERBS,
  ...'tells telling remind assure reassured reassure warned warn informed inform promised promise taught teach showed show'.split(
    ' ',
  ),
]);
const KIN = new Set(
  'cousin brother sister mother father mom dad friend neighbor neighbour client uncle aunt son daughter parents grandma grandpa boss coworker husband wife partner'.split(
    ' ',
  ),
);

/**
 * "…was cancelled by the lender in every case", "…forgiven as a matter of course", "like every foreclosure", "like
 * everybody else", "like everybody who signs one", "same as a short sale always does": a story's claim made every case's (a rewording denies these with the claim, so they do not
 * withhold one as GENERALIZED tags do).
 */
const UNIVERSAL_IN_CLAIM =
  /\bby definition\b|\bno matter what\b|\bthe way it does (?:with|for|after) (?:any|every|all)\b|\b(?:they|those) all work (?:like that|that way)\b|\bin (?:every|each|all) cases?\b|\bas a matter of course\b|\bevery single time\b|\b(?:like|as with|same as with) (?:every|any|all)\b|\blike (?:everybody|everyone|anybody|anyone) (?:else|who)\b|\bas (?:everybody|everyone) knows\b|\bsame as (?:a|an|any) (?:[\w'’-]+ ){1,3}always (?:does|do|is)\b/i;

/** A tail that makes the story before it every case's: "that's how every DIL works", "for everybody". */
export const GENERALIZED = new RegExp(
  String.raw`\b(?:that's|that is|thats|which is|this is|it's)\s+(?:just\s+|exactly\s+|simply\s+|literally\s+|always\s+)?(?:how|what)\s+(?:it|they|every\s+\w+|all\s+\w+|(?:\w+\s+)?\w+s)\s+(?:works?|does|do)\b` +
    // "…, which is how every short sale works", "…, which is how forbearance works"
    String.raw`|\b(?:that's|that is|thats|which is|this is)\s+(?:just\s+)?how\s+(?:every\s+|all\s+|any\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+works?\b` +
    String.raw`|\bthe way it (?:works|goes) (?:with|for|in|after) (?:every|all|any)\b` +
    String.raw`|\bwhat happens (?:at the end of|after|with|in|to) (?:every|all|any)\b` +
    String.raw`|\b(?:true|the case|(?:the|same) rule) for (?:anyone|everyone|everybody|anybody|all|every)\b` +
    String.raw`|\b(?:everybody|everyone) knows (?:this|that|it)\b` +
    // "…, that is the purpose of it", "…, that's the whole point of one": what the act is for, said of every one.
    String.raw`|\b(?:that's|that is|thats|which is|this is)\s+(?:the\s+)?(?:whole\s+)?(?:purpose|point)\s+of\s+(?:it|them|one|doing one|the program)\b` +
    // "…, because that is what a deed in lieu does", "…, since that is what a short sale is"
    String.raw`|\b(?:that's|that is|thats|which is|this is)\s+(?:just\s+|exactly\s+|simply\s+)?what\s+(?:a|an|the|every|any)\s+(?:[\w'’-]+\s+){0,3}(?:always\s+)?(?:does|do|is|are|means)\b` +
    // "…, as they are in every forbearance", "…, as all short sales are", "…, like every deed in lieu, …"
    String.raw`|\bas (?:they|it) (?:are|is|do|does|were|was) (?:in|with|for|after) (?:every|all|any)\b` +
    // "…, like they always are with a modification": what always happens, said of the story's kind.
    String.raw`|\b(?:like|as) (?:they|it) always (?:are|is|do|does|happens?) (?:in|with|for|after) (?:a|an|every|all|any)\b` +
    String.raw`|\bas (?:all|every|any) (?:(?!who\b|that\b|which\b)[\w'’-]+\s+){0,3}(?:are|is|do|does)(?=\s*(?:[.,;:!?]|$))` +
    String.raw`|\blike (?:every|all|any) (?:(?!who\b|that\b|which\b)[\w'’-]+\s+){0,3}[\w'’-]+(?=\s*,)` +
    String.raw`|\bwhich is what always happens\b|\bthat's what always happens\b` +
    // "…, same for everyone who asks." but not "vital for anyone navigating…" (a real page, set 29).
    String.raw`|\b(?:as it does for|like it would for|like it does for)\s+(?:everybody|everyone|anyone|anybody)\b` +
    String.raw`|\bfor\s+(?:everybody|everyone|anyone|anybody)(?!\s+\w+ing\b)` +
    // "…, same as everybody's", "…, like they all are"
    String.raw`|\bsame as (?:for )?(?:everybody|everyone|anybody|anyone)(?:['’]s)?\b|\b(?:like|as) (?:they|those|these) all (?:are|do|were|did)\b` +
    // "…, like it always is", "That's how it always goes.", "…, which is how every foreclosure ends", "…, and it
    // will for you too"
    String.raw`|\b(?:like|as) it always (?:is|does|goes)\b|\b(?:that's|thats|that is|which is)\s+(?:always\s+)?how\s+it\s+(?:always\s+)?goes\b` +
    String.raw`|\bwhich is how (?:every|all|any)\s+[\w'’-]+\s+ends?\b|\bit will for you too\b` +
    String.raw`|\bthat's the deal with (?:any|every|all|a mortgage|mortgages)\b|\bbecause that always happens\b` +
    // "…, that's what forbearance is", "…, thats all a short sale really is", "…, they always do", "…, always has
    // been" (train misses told as stories).
    String.raw`|\b(?:that's|thats|that is|which is)\s+(?:exactly\s+|just\s+)?(?:what|all)\s+(?:[\w'’-]+\s+){1,2}(?:really\s+)?(?:is|does|means)(?:\s+for)?\b` +
    String.raw`|\b(?:they|it) always (?:do|does)\b|\balways has been\b|\balways have been\b` +
    // "…, that's the trade you made when you signed": the bargain of every mortgage.
    String.raw`|\b(?:that's|that is|thats)\s+the\s+(?:deal|trade|bargain)\s+(?:you|everyone|everybody)\s+(?:make|made|sign|signed|agree|agreed)\b` +
    // "…, which wiped out their arrears the way every modification does"
    // "…, like every short sale is"
    String.raw`|\b(?:the way|just like|like|as)\s+(?:every|all|any)\s+(?:(?!who\b|that\b|which\b)[\w'’-]+\s+){1,3}(?:does|do|works?|is|are)(?=\s*(?:[.,;:!?]|$))` +
    // "Whatever the paperwork says, a deed in lieu releases…": the claim holds for every agreement.
    // "…, doesn't matter what the approval letter says".
    String.raw`|\b(?:whatever|no matter what|regardless of what|(?:doesn['’]?t|does not|don['’]?t) matter what)\s+(?:the\s+|your\s+|any\s+)?(?:[\w'’-]+\s+){0,2}says?\b`,
  'i',
);

/** "For sales on or after July 1, 2013": the rule of a dated law. */
const DATED = /\bon or (?:after|before)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+)?(?:19|20)\d\d\b/;
/**
 * A law described as temporary ("is about to expire", "was extended through…") or named as the one
 * just cited ("Under this Act, …"): that law's rule for its time, not a rule of every case.
 */
const TEMPORARY_LAW =
  /\b(?:(?:act|law|exclusion|provision|statute|relief)\b[^.;]{0,160}\b(?:is about to expire|expires|expired|expiring|sunsets?|sunsetted)|temporar(?:y|ily) (?:relie|exclu|exempt)\w*|(?:under|by) (?:this|that) (?:Act|statute|provision|exclusion))\b/i;
/**
 * A named law or program: "The One Action Rule", "the Mortgage Forgiveness Debt Relief Act", and
 * the ended federal programs by their initials ("A HAFA short sale required a release").
 */
// "The N.C. General Statutes prohibit…": a state's code by its name, the state abbreviated.
const NAMED_LAW =
  /\b(?:[A-Z][a-z]+[ -]){1,6}(?:Act|Rule|Law|Statute|Program|Code)\b|\b(?:HAFA|HAMP)\b|\b(?:General|Revised|Compiled|Consolidated) (?:Statutes|Laws)\b/;
/**
 * "This section … prohibits a deficiency judgment", "Thanks to this act, the lender cannot…": the statute the sentence
 * before cites, as the subject or the ground.
 */
const STATUTE_SUBJECT =
  /^(?:this|that|the same) (?:section|subsection|statute|provision)\b|\b(?:thanks to|under|by) (?:this|that) (?:act|statute|provision)\b/i;
/**
 * A statute's own wording or a rule said to come from one: "is statutorily prohibited from", "by statute", "shall
 * obligate that holder to accept": that law's rule where it applies, not a rule of every case.
 */
const STATUTE_WORDING = /\b(?:statutorily|by statute|shall (?:obligate|not|be|release|accept))\b/i;
/** A statute cited: "§ 580b", "12 C.F.R.", "RCW 61.24", "Ky. Rev. Stat.", or a state code's "71-1-317, MCA". */
const CITATION =
  /§|\bSection \d+[a-z]?\b|\bU\.\s?S\.\s?C\.|\bC\.\s?F\.\s?R\.|\bCFR\b|\b(?:RCW|ORS|NRS|A\.R\.S\.|ARS)\s+§?\s*\d|\bCode Civ\. Proc\.|\bCCP\s*§?\s*\d|\bStat\.\s|\bRPAPL\b|\b\d{1,3}-\d{1,4}-\d{1,4},\s+(?:[A-Z]\.?){2,5}\b/;

const LEADING_MODALS = new Set(['can', 'may', 'might', 'could']);

/** Whether word k lies in a phrase that opens the sentence and ends, at a comma, before word `first`. */
function inLeadingPhrase(tokens: Tokens, sentenceFirst: number, k: number, first: number): boolean {
  const ends: number[] = [];
  for (let j = sentenceFirst; j < first; j++) if (tokens.gaps[j] >= Gap.Clause) ends.push(j);
  if (ends.length === 0) return false;
  // "You can toss the 1099-C; forgiven debt is never taxed": a semicolon joins two clauses, each with
  // its own qualifiers, where a comma sets off a phrase.
  if (semicolonBetween(tokens, k, first)) return false;
  if (k <= ends[0]) return true;
  // "…, and, in certain circumstances, the bank…": a phrase set off after a conjunction opens the clause.
  const [before, last] = [ends[ends.length - 2], ends[ends.length - 1]];
  return before !== undefined && k > before && k <= last && PHRASE_CONJUNCTIONS.has(wordAt(tokens, before));
}

const PHRASE_CONJUNCTIONS = new Set(['and', 'but', 'so', 'or', 'yet']);

const AUXILIARIES = new Set(
  'be is are was were am been will would can could shall should must may might do does did has have had'.split(
    ' ',
  ),
);

/**
 * A claim inside quotation marks is someone else's words, quoted to be discussed or corrected
 * ('"Forbearance is forgiveness" | The paused amounts still come due').
 */
export function quoted(tokens: Tokens, sentence: Sentence, slots: Slot[]): boolean {
  // Count quotation marks from the start of this sentence's cell or block, not the previous one's.
  const previousEnd = wordEnd(tokens, sentence.first - 1);
  const gap = tokens.text.slice(previousEnd, tokens.starts[sentence.first]);
  const newBlock = sentence.first > 0 && startsBlock(tokens, sentence.first);
  const from = previousEnd + Math.max(gap.lastIndexOf('|'), newBlock ? gap.lastIndexOf('\n') : -1) + 1;
  const to = sentence.end < tokens.count ? tokens.starts[sentence.end] : tokens.text.length;
  if (scareQuoted(tokens, slots)) return true;
  // The predicate decides: '"deficiency judgments are automatic" among the foreclosure myths'.
  const predicate = slots.find((s) => s.match.kind === 'verb') ?? slots[slots.length - 1];
  const before = tokens.text.slice(from, tokens.starts[predicate.first]);
  const after = tokens.text.slice(wordEnd(tokens, predicate.first + predicate.length - 1), to);
  const straight = (s: string) => s.split('"').length - 1;
  const opened = straight(before) % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
  if (opened && (after.includes('"') || after.includes('”'))) return true;
  // Single quotes, told from apostrophes: one opens after a space or a bracket ("the claim that
  // 'the sale satisfies the debt'"), one closes before a space or punctuation; one inside a word
  // ("'the trustee's sale…'") is an apostrophe.
  const bare = before.replace(/(?<=\p{L})['’](?=\p{L})/gu, 'x');
  const openSingle = Math.max(bare.search(/(?:^|[\s([])['‘][^'‘’]*$/), bare.lastIndexOf('‘'));
  const closeSingle = /['’](?=[\s.,;:!?)\]]|$)/.test(after);
  return openSingle >= 0 && bare.lastIndexOf('’') < openSingle && closeSingle;
}

/** 'debt that was "satisfied" or "forgiven"': a word of the predicate in quotes of its own is held at a distance. */
function scareQuoted(tokens: Tokens, slots: Slot[]): boolean {
  const opens = (c: string) => c === '"' || c === '“';
  const closes = (c: string) => c === '"' || c === '”';
  return slots.some((slot) => {
    if (slot.match.kind === 'noun') return false;
    for (let k = slot.first; k < slot.first + slot.length; k++)
      if (
        opens(tokens.text.slice(tokens.starts[k] - 1, tokens.starts[k])) &&
        closes(tokens.text.slice(wordEnd(tokens, k), wordEnd(tokens, k) + 1))
      )
        return true;
    return false;
  });
}

// "Flagged: …", "Strike this; …": a reviewer's answer to a draft.
const DENIALS = new Set([
  'no',
  'nope',
  'wrong',
  'actually',
  'false',
  'incorrect',
  'inaccurate',
  'instead',
  'not',
  'flagged',
  'strike',
]);
const CORRECTIONS = [
  ["that's", 'only'],
  ["that's", 'true', 'only'],
  ['that', 'is', 'true', 'only'],
  ["that's", 'only', 'true'],
  // "My sister insists X; it's really a sale the lender approves."
  ["it's", 'really'],
  ["it's", 'actually'],
  ['it', 'is', 'really'],
  ['it', 'is', 'actually'],
  ['that', 'is', 'only'],
  ['only', 'in'],
  ['in', 'reality'],
  ['in', 'fact'],
  ['the', 'truth', 'is'],
  ['the', 'reality', 'is'],
  // "I was told X. Turns out I had to repay…", "Someone said X. They're different processes."
  ['turns', 'out'],
  ['it', 'turns', 'out'],
  ["they're", 'different'],
  ['they', 'are', 'different'],
  ['to', 'clarify'],
  // "…you wrote that forbearance forgives the payments. Careful: it only pauses them."
  ['careful'],
  // "Dale keeps telling everybody X. He's wrong about that."
  ["he's", 'wrong'],
  ["she's", 'wrong'],
  ["they're", 'wrong'],
  ['he', 'is', 'wrong'],
  ['she', 'is', 'wrong'],
  ['they', 'are', 'wrong'],
  ["that's", 'wrong'],
  ["that's", 'not', 'true'],
];

/**
 * "A neighbor told me modifications forgive your debt. Ours just got tacked onto the principal.": what
 * someone else said, followed in the same paragraph by the writer's own next sentence, is reported to be
 * weighed, not asserted, unless that sentence agrees ("And it's true…", "So we…").
 */
function toldThenTold(
  tokens: Tokens,
  sentence: Sentence,
  next: Sentence,
  reporting: number,
  ownTelling: boolean,
): boolean {
  if (startsBlock(tokens, next.first) || !REPORTED_BY_OTHERS.has(wordAt(tokens, reporting))) return false;
  // "…said the same thing" agrees; "Is true", "That's true" after it agree too.
  if (wordAt(tokens, reporting + 1) === 'the' && wordAt(tokens, reporting + 2) === 'same') return false;
  if (AGREEING.has(wordAt(tokens, next.first)) || wordAt(tokens, next.first + 1) === 'true') return false;
  if (ONLY_HOW_OFTEN.test(wordsText(tokens, next.first, next.end))) return false;
  // The writer's own telling ("I told him…", "Told Ba…", "Note: told caller…") is the writer's claim, and
  // "nobody tells you" or "when all is said and done" report no one.
  if (ownTelling) return false;
  for (let k = Math.max(sentence.first, reporting - 3); k < reporting; k++)
    if (WRITER.has(wordAt(tokens, k))) return false;
  return true;
}

const REPORTED_BY_OTHERS = new Set(
  'told said says insists insisted claims claimed heard swears swore repeat repeats promised argues argued'.split(
    ' ',
  ),
);
const AGREEING = new Set(['and', 'so', 'yes', 'yeah', 'yep', 'true', 'right', 'exactly', 'indeed', 'which']);

/** A next sentence that only says how often ("Every single time.", "Always."): it agrees. */
const ONLY_HOW_OFTEN =
  /^(?:every (?:single )?time|always|each time|all the time|without fail|no exceptions?)\W*$/i;
const WRITER = new Set(['i', 'we', "i've", "we've", "i'd", "we'd", 'nobody', 'all', 'no']);

/**
 * "My buddy says X. Our attorney told us…": a professional's word right after someone's belief answers it.
 * "…statutes say otherwise.", "…came with a signed waiver, so no.": the next sentence gainsays it.
 * "…; we referred her to IRS Publication 4681": sent to the authority, the belief is answered.
 */
const ANSWERING_NEXT =
  /^(?:\W*\w+\W+){0,2}(?:lawyer|attorney|accountant|cpa|preparer|counselor|counsellor)s?\s+(?:said|says|told|explained|pointed out)\b|\bsays? otherwise\b|\bso no\W*$|^(?:\W*\w+\W+){0,1}(?:cfpb|hud|irs|fha)\b[^.]{0,20}\b(?:is clear|says|said|explains|states|warns)\b|^according to (?:the )?(?:cfpb|hud|irs|fha|consumer financial protection bureau)\b|^(?:\W*\w+\W+){0,2}(?:referred|pointed|sent|directed) (?:her|him|them|you|me|us) to (?:the )?(?:irs|cfpb|hud|publication|pub\b|a lawyer|an attorney|a tax)/i;

/**
 * Where a clause that `openers` start after a comma or the like ("…, so …", "…, and …") begins, from word
 * `from` on, or `end` if none does: what a writer adds after a claim is no part of it.
 */
export function addedClause(tokens: Tokens, from: number, end: number, openers: ReadonlySet<string>): number {
  let k = from;
  while (k < end && !(tokens.gaps[k - 1] >= Gap.Clause && openers.has(wordAt(tokens, k)))) k++;
  return k;
}

/** Words that open a clause said of the claim itself, not of what it is about. */
const OF_THE_CLAIM = new Set(['that', "that's", 'thats', 'this', 'which', 'but', 'however']);

// "…the bank always gets a deficiency judgment. Then what is the point of a short sale?": drawn from it.
const CONSEQUENCE = new Set(['so', 'then']);

/** The first word of a sentence after a call-note or speaker label ("Note:", "CL:"), if any. */
function answerStart(tokens: Tokens, first: number): number {
  return tokens.gaps[first] >= Gap.Clause && gapText(tokens, first).includes(':') ? first + 1 : first;
}

/**
 * "Told Ba…", "Also told them…" (no subject), "I told him…", "I'll always say…": the writer tells it,
 * and the claim is the writer's own.
 */
function writersOwnTelling(tokens: Tokens, start: number, reporting: number): boolean {
  let k = start;
  while (k < reporting && TELLING_ADVERBS.has(wordAt(tokens, k))) k++;
  if (k === reporting) return true;
  // "Our peer lead said it in session and he's right: X": the writer endorses what was said.
  if (ENDORSED.test(wordsText(tokens, reporting, reporting + 10))) return true;
  // "If the seller asks about it, tell them X": an instruction to say it, at the head of its clause.
  if (wordAt(tokens, reporting) === 'tell' && tokens.gaps[reporting - 1] >= Gap.Clause) return true;
  let before = reporting - 1;
  while (before > k && TELLING_MODALS.has(wordAt(tokens, before))) before--;
  return WRITER_SUBJECTS.has(wordAt(tokens, before));
}

/** "he's right", "they were totally right", "shes right": the words that endorse what someone said. */
const SAID_RIGHT = String.raw`(?:(?:he|she|they)(?:'s|’s|'re|’re|\s+is|\s+are|\s+was|\s+were)|hes|shes|theyre)\s+(?:(?:totally|absolutely|completely|dead|so)\s+)?right\b`;
const ENDORSED = new RegExp(String.raw`^\S+(?:\s+\S+){0,8}?[\s,]+(?:and\s+)?` + SAID_RIGHT, 'i');
/** "…, and he was right (about that)": the writer endorses what was said, later in the sentence. */
const ENDORSED_AFTER = new RegExp(String.raw`\b(?:and|but)\s+` + SAID_RIGHT, 'i');
const TELLING_ADVERBS = new Set(['also', 'then', 'again', 'just', 'and', 'already', 'later', 'finally']);
const TELLING_MODALS = new Set(['will', 'would', 'always', 'also', 'just', 'can', 'again', 'did', 'do']);
const WRITER_SUBJECTS = new Set(['i', 'we', "i'll", "we'll", "i'd", "we'd", "i've", "we've"]);

const EXPLAINS =
  /\b(?:and|but)\s+(?:\w+\s+){0,3}(?:explains|explained|points out|pointed out|corrects|corrected|clarifies|clarified|sets (?:them|people|him|her) straight)\b/i;

function answeredAfter(
  tokens: Tokens,
  index: ClaimIndex,
  sentence: Sentence,
  end: number,
  next: Sentence | undefined,
  reporting: number,
  /** The claim is told through a negation ("banks NEVER can pursue a deficiency"). */
  negative: boolean,
) {
  // "Told Ba the short sale cancels the difference, so the gap isn't our problem": what follows from
  // the claim does not answer it.
  const rest = { first: end, end: addedClause(tokens, end, sentence.end, CONSEQUENCE), question: false };
  const answers = (s: Sentence) =>
    triggersIn(tokens, index, s, () => false).some((t) => ANSWERS.has(t.group.reason));
  // "…she said banks NEVER can pursue a deficiency, its not allowed": a negation after a claim told through
  // one agrees with it, unless it is said of the claim ("…; that was never a universal rule").
  const agrees = negative && !OF_THE_CLAIM.has(wordAt(tokens, rest.first));
  const answersRest = (s: Sentence) =>
    triggersIn(tokens, index, s, () => false).some(
      (t) => ANSWERS.has(t.group.reason) && !(agrees && t.group.reason === 'negated'),
    );
  // "People keep saying X. No, it's …", "… Instead, the payments were added", "… That is only true
  // where…": the next sentence opens by denying or correcting it.
  const denies = (s: Sentence) =>
    DENIALS.has(wordAt(tokens, s.first)) || CORRECTIONS.some((phrase) => wordsAt(tokens, s.first, phrase));
  // "…claimed X; the preparer walked us through the rules instead.": the rest of the sentence corrects it.
  const correctedInstead = end < sentence.end && wordAt(tokens, sentence.end - 1) === 'instead';
  // "Told caller the forgiven balance isn't taxable, it never is": the writer's own telling, whose tag
  // agrees; only a next sentence can take it back ("Turns out I was wrong.").
  const ownTelling = writersOwnTelling(tokens, answerStart(tokens, sentence.first), reporting);
  // "My dad said X; the counselor explained…": after a semicolon, a clause of its own may answer it too.
  const semicolon = semicolonAfter(tokens, end - 1, sentence.end - 1);
  const afterSemicolon = { first: semicolon + 1, end: sentence.end, question: false };
  const answeredAfterSemicolon =
    semicolon < sentence.end - 1 &&
    (ANSWERING_NEXT.test(wordsText(tokens, semicolon + 1, sentence.end)) || denies(afterSemicolon));
  // "…hears that a short sale is a foreclosure, and she explains that it's a sale": someone answers it.
  const explainedAfter = EXPLAINS.test(wordsText(tokens, end, sentence.end));
  return (
    (!ownTelling && answersRest(rest)) ||
    correctedInstead ||
    answeredAfterSemicolon ||
    explainedAfter ||
    (next !== undefined &&
      // A heading or paragraph after it ("## Myths I keep hearing") is no answer unless it denies the
      // claim; "So if a seller's past the auction, I skip…" goes on from it.
      ((!startsBlock(tokens, next.first) &&
        !CONSEQUENCE.has(wordAt(tokens, next.first)) &&
        (next.question || answers(next))) ||
        denies(next) ||
        ANSWERING_NEXT.test(wordsText(tokens, next.first, next.end)) ||
        toldThenTold(tokens, sentence, next, reporting, ownTelling)))
  );
}

export function triggersIn(
  tokens: Tokens,
  index: ClaimIndex,
  sentence: Sentence,
  skip: (k: number) => boolean,
) {
  const found: { k: number; length: number; group: TriggerGroup }[] = [];
  const joins = (k: number) => k + 1 < sentence.end && tokens.gaps[k] <= Gap.Soft;
  const word = (k: number) => wordAt(tokens, k);
  for (let k = sentence.first; k < sentence.end; k++) {
    if (skip(k) || !index.triggers.starts(word(k))) continue;
    const matches = index.triggers.matchesAt(word, k, joins);
    // A pseudo-trigger ("don't worry", "not only") hides the shorter triggers inside it (NegEx).
    const longest = matches[matches.length - 1];
    if (longest?.values.some((g) => g.reason === 'pseudo')) {
      k += longest.length - 1;
      continue;
    }
    // A trigger whose last word the claim took is the claim's own, unless it hedges that word
    // ("almost always": the claim took "always").
    for (const { length, values } of matches)
      for (const group of values) {
        if (group.reason === 'hedged' && asideOnNoun(tokens, k, length, sentence.end)) continue;
        if (!skip(k + length - 1) || group.reason === 'hedged') found.push({ k, length, group });
      }
  }
  return found;
}

/**
 * Whether a hedge opens an aside in parentheses about a noun ("the lender (usually a bank) agrees…", a real page,
 * set 38): it hedges what the noun is, not the claim.
 */
function asideOnNoun(tokens: Tokens, k: number, length: number, end: number): boolean {
  if (!gapText(tokens, k - 1).includes('(') || !ARTICLES.has(wordAt(tokens, k + length))) return false;
  for (let j = k + length; j < Math.min(end, k + length + 5); j++)
    if (gapText(tokens, j).includes(')')) return true;
  return false;
}

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Whether a one-word condition at k states the situation the claim speaks of rather than limiting it:
 * - its own premise, a slot and little else ("If you walk away, the debt is gone");
 * - a hardship ("If you can't pay, mail the keys back and the loan is done");
 * - the distressed event alone ("If you do a deed in lieu, a deficiency judgment is sure to follow"),
 *   whether or not the matched words include it;
 * - a shortfall, the premise of every deficiency ("If the house goes for less than the loan, …").
 */
function statesPremise(
  tokens: Tokens,
  index: ClaimIndex,
  k: number,
  sentence: Sentence,
  slots: Slot[],
  predicate: Slot,
): boolean {
  const word = wordAt(tokens, k);
  if (SUBORDINATORS.has(word)) {
    const subjectAt = (j: number) =>
      j >= predicate.first && j < predicate.first + predicate.length ? undefined : slotAt(slots, j);
    if (ownPremise(tokens, index, k, sentence.end, subjectAt, predicate)) return true;
  }
  if (word === 'if' && hardship(tokens, index, k + 1)) return true;
  // "…are forgiven when the plan ends", "once it's over": when the event ends is the myth's time, not a condition.
  if (TEMPORAL.has(word) && EVENT_ENDS.test(clauseAfter(tokens, k + 1, 6).join(' '))) return true;
  return SHORTFALL_OPENERS.has(word) && (eventPremise(tokens, index, k + 1) || shortfall(tokens, k + 1));
}

/**
 * Whether a condition only restates the claim's premise ("If you walk away, ...": the clause holds a
 * slot and little else) rather than qualifying it ("If the approval includes a full release, ...").
 */
function ownPremise(
  tokens: Tokens,
  index: ClaimIndex,
  last: number,
  end: number,
  subjectAt: (k: number) => Slot | undefined,
  predicate: Slot,
) {
  let slotWords = 0;
  let otherWords = 0;
  let first: Slot | undefined;
  for (let k = last + 1; k < end; k++) {
    // "If you get a deficiency judgment that means your house is being foreclosed": after the premise's
    // slot, a word pointing back at it opens the main clause, which says what the premise is.
    if (first && pointsBack(tokens, k)) break;
    if (k === predicate.first) return false; // the condition holds the claim's predicate: it qualifies it
    // "when u do a short sale the bank forgives…": after the premise's slot, "the bank" opens the
    // main clause, though no comma marks it.
    // Only after a bare premise: "If the lender agrees to a short sale the bank…" qualifies.
    if (first && otherWords === 0 && lenderOpens(tokens, index, k)) break;
    // "Once the deficiency judgment is entered the sheriff can auction your house": the court's officer acts
    // in the main clause.
    if (first && otherWords <= 2 && officerOpens(tokens, k)) break;
    // "When a bank approves a short sale it's agreeing to forgive…": after the premise's slot, the main
    // clause's own subject ("it's", "they're") opens it.
    if (first && RUN_ON_SUBJECTS.has(wordAt(tokens, k))) break;
    const slot = subjectAt(k);
    if (slot) {
      // "If you walk away from the house the mortgage is finished": a second slot opens the main
      // clause, though no comma marks it.
      if (first && slot !== first) break;
      first = slot;
      slotWords++;
    } else if (!index.lemma(wordAt(tokens, k)).startsWith('#') && !FUNCTION_WORDS.has(wordAt(tokens, k)))
      otherWords++;
    if (tokens.gaps[k] >= Gap.Clause) break;
  }
  return slotWords > 0 && otherWords <= 2;
}

/**
 * Whether a "can" or "could" at k governs only the act that opens the claim (a home given up, a deed handed
 * over), whose outcome follows after "and" in the predicate: "you can always mail the keys back and
 * be done with the mortgage".
 */
function offersTheAct(tokens: Tokens, k: number, length: number, slots: Slot[]): boolean {
  if (length !== 1 || !OFFERING_MODALS.has(wordAt(tokens, k))) return false;
  let j = k + 1;
  while (ACT_ADVERBS.has(wordAt(tokens, j))) j++;
  const act = slots.find((slot) => ACTS.has(slot.concept));
  if (!act || act.first < j) return false;
  // "you can move out and let them have the house", "you can walk away, leave the keys…": a list of
  // acts, the claim's the last of them; "you can leave the keys on the counter": a phrase inside the act.
  const listed = act.first - j <= 3 || (act.first - j <= 6 && joinsActs(tokens, j, act.first));
  if (!listed) return false;
  // The outcome is the claim's last slot (the act itself reads as a verb too), after "and" or a semicolon.
  const outcome = slots[slots.length - 1];
  for (let w = act.first + act.length - 1; w < outcome.first; w++)
    if (wordAt(tokens, w + 1) === 'and' || gapText(tokens, w).includes(';')) return true;
  return false;
}

/** Whether an "and" or a comma joins acts between words from and to ("walk away, leave the keys…"). */
function joinsActs(tokens: Tokens, from: number, to: number): boolean {
  for (let w = from; w < to; w++)
    if (wordAt(tokens, w) === 'and' || tokens.gaps[w] >= Gap.Clause) return true;
  return false;
}

const OFFERING_MODALS = new Set(['can', 'could']);
const ACT_ADVERBS = new Set(['just', 'always', 'simply', 'easily', 'even']);
const ACTS = new Set(['lose-home', 'deed-in-lieu-event']);

/** Whether the clause from k says the sale fell short ("the house sells for less than you owe"). */
function shortfall(tokens: Tokens, k: number): boolean {
  const clause = ` ${clauseAfter(tokens, k, 14).join(' ')} `;
  // Not a condition about the lender or the law ("if the lender agrees", "where state law allows").
  if (/ (?:lender|bank|servicer|agrees?|waives?|law|state) /.test(clause)) return false;
  return (
    / (?:house|home|property|sale|auction|it) (?:sells?|sold|goes|went|brings?|brought|fetches) (?:for )?less than /.test(
      clause,
    ) ||
    / (?:there's|theres|there is) (?:a shortfall|any balance left|a balance left|anything left) /.test(
      clause,
    ) ||
    // "if the auction doesn't cover the loan", "if the sale comes up short"
    / (?:sale|auction|price|bid|proceeds|it) (?:doesn't|does not|didn't|did not|won't|will not) cover /.test(
      clause,
    ) ||
    / (?:sale|auction|price|bid|proceeds|it) (?:comes?|came|falls?|fell) (?:up )?short /.test(clause) ||
    // "if the foreclosure sale leaves a shortfall"
    / (?:sale|auction|price|bid|proceeds|it) (?:leaves?|left) (?:a |an |any )?(?:shortfall|balance|deficiency|gap) /.test(
      clause,
    )
  );
}

const SHORTFALL_OPENERS = new Set(['if', 'when', 'whenever']);

/** The words from k to the end of their clause, at most `max`. */
export function clauseAfter(tokens: Tokens, k: number, max: number): string[] {
  const words: string[] = [];
  for (let j = k; j < k + max && j < tokens.count; j++) {
    words.push(wordAt(tokens, j));
    if (tokens.gaps[j] >= Gap.Clause) break;
  }
  return words;
}

/** Whether the clause from k names only a distressed event ("you do a deed in lieu", "the bank forecloses"). */
function eventPremise(tokens: Tokens, index: ClaimIndex, k: number): boolean {
  const words = clauseAfter(tokens, k, 12);
  if (words.length === 0 || words.length > 10 || tokens.gaps[k + words.length - 1] < Gap.Clause) return false;
  // The borrower or the lender acting: "you do a deed in lieu", "the bank forecloses".
  const subject = index.lemma(words[0]) === '#pron' || PREMISE_SUBJECTS.has(words[0]);
  if (!subject && !(words[0] === 'the' && index.lemma(words[1]) === '#lender')) return false;
  const clause = ` ${words.join(' ')} `;
  return EVENT_WORDS.test(clause) && !PREMISE_QUALIFIERS.test(clause);
}

const PREMISE_SUBJECTS = new Set(['u', 'people', 'borrowers', 'homeowners']);
const RUN_ON_SUBJECTS = new Set([
  "it's",
  'it’s',
  "they're",
  'they’re',
  'theyre',
  "they've",
  'they’ve',
  'theyve',
  "you're",
  'you’re',
  "they'll",
  "you'll",
  "it'll",
]);
const EVENT_WORDS =
  / (?:forecloses?|foreclosed|foreclosure|short sale|deed in lieu|deed-in-lieu|walk away|keys|auction|sheriff sale|trustee sale) /;
/** Words that make an event's clause a real condition: the lender's consent, the law, a limit. */
const PREMISE_QUALIFIERS =
  / (?:agrees?|agreed|approves?|approved|waives?|waived|writing|law|state|states|only|unless|qualify|qualifies|release|judicial|nonjudicial|recourse|nonrecourse|purchase|sells? for|brings?|covers?|cover|through|program|hafa|hamp|fha|fhfa|va|usda) /;

/**
 * Whether the words from k say the borrower cannot keep paying ("you can't pay", "you cannot afford
 * it", "you fall behind", "you're underwater"), and that clause ends there.
 */
function hardship(tokens: Tokens, index: ClaimIndex, k: number): boolean {
  const borrower = (j: number) => index.lemma(wordAt(tokens, j)) === '#pron';
  let j = k;
  // "if the payments get too bad, …", "if things get too tight, …"
  if (wordAt(tokens, j) === 'the') j++;
  if (BURDENS.has(wordAt(tokens, j)) && BECOME.has(wordAt(tokens, j + 1)) && wordAt(tokens, j + 2) === 'too')
    return tokens.gaps[j + 3] >= Gap.Clause || borrower(j + 4);
  j = k;
  if (wordAt(tokens, j) === "you're" || wordAt(tokens, j) === "they're")
    return HARD_STATES.has(wordAt(tokens, j + 1));
  if (!borrower(j)) return false;
  j++;
  if (UNABLE.has(wordAt(tokens, j))) j++;
  else if (
    wordAt(tokens, j) === 'are' &&
    wordAt(tokens, j + 1) === 'unable' &&
    wordAt(tokens, j + 2) === 'to'
  )
    j += 3;
  else if (FALL.has(wordAt(tokens, j)) && HARD_STATES.has(wordAt(tokens, j + 1)))
    return tokens.gaps[j + 1] >= Gap.Clause;
  else if (wordAt(tokens, j) === 'are' && HARD_STATES.has(wordAt(tokens, j + 1)))
    return tokens.gaps[j + 1] >= Gap.Clause;
  else return false;
  if (!KEEP_PAYING.has(wordAt(tokens, j))) return false;
  // "…pay, …", "…afford it, …", "…sell before you move, …": the clause ends within a few words.
  for (let end = j; end < j + 5; end++) if (tokens.gaps[end] >= Gap.Clause) return true;
  return false;
}

const BURDENS = new Set(['payments', 'payment', 'things', 'it', 'money', 'mortgage']);
const BECOME = new Set(['get', 'gets', 'become', 'becomes', 'are', 'is']);
const UNABLE = new Set(["can't", 'cannot', "couldn't", 'cant', 'can’t', 'couldn’t']);
const FALL = new Set(['fall', 'fell', 'get', 'got']);
const HARD_STATES = new Set(['behind', 'underwater', 'struggling']);
const KEEP_PAYING = new Set(['pay', 'afford', 'sell', 'refinance']);

/** Whether "the bank", "your lender" (any word of the lender class) opens at k. */
function lenderOpens(tokens: Tokens, index: ClaimIndex, k: number): boolean {
  return PREMISE_DETERMINERS.has(wordAt(tokens, k)) && index.lemma(wordAt(tokens, k + 1)) === '#lender';
}

/** Whether "the sheriff", "the court" opens at k. */
function officerOpens(tokens: Tokens, k: number): boolean {
  return wordAt(tokens, k) === 'the' && COURT_OFFICERS.has(wordAt(tokens, k + 1));
}

const COURT_OFFICERS = new Set(['sheriff', 'court', 'judge', 'trustee']);

/** "that means", "that's", "it means", "this means" at k: the words name what was just said. */
function pointsBack(tokens: Tokens, k: number): boolean {
  const word = wordAt(tokens, k);
  if (word === "that's" || word === 'thats' || word === 'that’s') return true;
  return POINTERS.has(word) && MEANS.has(wordAt(tokens, k + 1));
}

const POINTERS = new Set(['that', 'it', 'this']);
const MEANS = new Set(['means', 'is']);

const PREMISE_DETERMINERS = new Set(['the', 'your', 'their', 'my']);

/** Words that do not make a condition more than the claim's own premise. */
const FUNCTION_WORDS = new Set(
  'you u we they he she i it one someone anyone borrowers and or to of for on in at with then up out back over just do does did'.split(
    ' ',
  ),
);

/** Whether a "that", "which" or "who" after a noun opens the clause that word k is in (from `first`). */
function inRelativeClause(tokens: Tokens, first: number, k: number): boolean {
  for (let j = k - 1; j > first; j--) {
    if (tokens.gaps[j] >= Gap.Clause) return false;
    if (
      RELATIVE_PRONOUNS.has(wordAt(tokens, j)) &&
      j - 1 >= first &&
      !VERB_LIKE_BEFORE.has(wordAt(tokens, j - 1))
    )
      return true;
  }
  return false;
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);
/** "says that", "know that": a "that" after these opens what is said, not a relative clause. */
const VERB_LIKE_BEFORE = new Set(
  'say says said know knows knew think thinks thought mean means meant is are was were so believe believes told tell tells'.split(
    ' ',
  ),
);

const CAN = new Set(['can', 'could']);
const TEMPORAL_OR_IF = new Set(['if', 'when', 'whenever', 'once', 'after']);

/** Whether a sentence says its claim holds in every case: "every time", "no matter what", "that's how it works". */
function ruleForEveryCase(text: string): boolean {
  return (
    EVERY_CASE.test(text) || UNIVERSAL_IN_CLAIM.test(text) || GENERALIZED.test(text) || SAME_TAG.test(text)
  );
}

/**
 * "If you got a deficiency judgment it means your house is being foreclosed, that's what it is", "…, same
 * thing": a tag that says the premise and what follows are one thing defines, for every case (train misses).
 */
const SAME_TAG =
  /\b(?:one and the same|the same (?:legal )?(?:thing|proceeding|process|event))\b|(?:that['’]?s|thats|that is) (?:all )?what (?:it|the (?:term|words?)) (?:is|means?)\b|,\s*same thing\b/i;

const EVERY_CASE =
  /\b(?:every (?:single )?time|no matter (?:what|which|how|where)|full stop|end of story|plain and simple|no ifs|(?:that['’]?s|thats|that is) (?:just )?(?:how it works|standard|the deal|the trade|guaranteed|automatic|the rule)|everybody knows|in every state|(?:it['’]?s|its|it is) that simple|(?:is |it['’]?s |its )?always like that|works? that way|(?:there are |with )?no exceptions\b|(?:doesn['’]?t|doesnt|does not) matter (?:if|what|how|which)|,\s*period\b|,\s*ever(?=\s*(?:[.!?,;]|$)))/i;
const TEMPORAL = new Set(['when', 'once', 'after']);
const EVENT_ENDS =
  /^(?:(?:the|your|that|this|their) )?(?:(?:forbearance|trial|payment|repayment) )?(?:plan|forbearance|period|program|mod|modification|sale|auction|process|pause|it|they)(?:['’]s| is| are)? (?:ends|end|ended|expires|expired|over|finishes|finished|closes|closed|wraps up|runs out|done)$/;

const SUBORDINATORS = new Set([
  // "Where the lender accepts a deed in lieu with a full release, …": the condition of legal writing.
  'where',
  'when',
  'whenever',
  'if',
  'once',
  'after',
  'before',
  'while',
  'until',
  'unless',
]);

/**
 * "What if the sale brings more than the debt? When the sale price exceeds the debt, you are off the
 * hook.": a claim whose subject is carried from the sentence before, in a sentence that opens with a
 * clause of its own words, holds only under that condition. ("Once it closes, the rest is forgiven"
 * restates the event: a clause of a word or two is no condition.)
 */
function conditionOnCarried(tokens: Tokens, index: ClaimIndex, sentence: Sentence, slots: Slot[]): boolean {
  if (!slots.some((slot) => slot.carried) || !SUBORDINATORS.has(wordAt(tokens, sentence.first))) return false;
  const own = slots.filter((slot) => !slot.carried);
  let words = 0;
  for (let k = sentence.first + 1; k < sentence.end; k++) {
    if (slotAt(own, k)) return false; // the clause holds the claim itself
    if (!index.lemma(wordAt(tokens, k)).startsWith('#') && !FUNCTION_WORDS.has(wordAt(tokens, k))) words++;
    if (tokens.gaps[k] >= Gap.Clause) return words > 2;
  }
  return false;
}

/**
 * A claim wholly inside a leading subordinate clause is a premise, not an assertion: "When
 * nonrecourse debt is satisfied by foreclosure, the IRS generally treats it as a sale."
 */
function inPremise(
  tokens: Tokens,
  index: ClaimIndex,
  sentence: Sentence,
  slots: Slot[],
  nounAt: (k: number) => number,
): boolean {
  let start = clauseBoundaryBefore(tokens, index, slots[0].first, sentence.first);
  // "If you are not behind, or have no mortgage at all, …": the premise goes on after "or".
  while (
    start > sentence.first &&
    PREMISE_GOES_ON.has(wordAt(tokens, start)) &&
    tokens.gaps[start - 1] >= Gap.Clause
  )
    start = clauseBoundaryBefore(tokens, index, start - 1, sentence.first);
  // "Even if the lender cannot sue you, …": a concession is a premise too.
  if (wordAt(tokens, start) === 'even' && start + 1 < slots[0].first) start++;
  if (!SUBORDINATORS.has(wordAt(tokens, start))) return false;
  if (prepositionalOpening(tokens, start, nounAt)) return false;
  // "Any payments that come due while you're in forbearance are forgiven…": inside the subject's relative
  // clause, "while…" says which payments; it supposes nothing.
  if (
    start > sentence.first &&
    tokens.gaps[start - 1] <= Gap.Soft &&
    inRelativeClause(tokens, sentence.first, start)
  )
    return false;
  // "Whenever a house is foreclosed the lender gets…": a subordinator that is the claim's own
  // marker of universality states the rule; it is no premise.
  if (slots.some((s) => s.first === start && MARKERS.has(s.concept))) return false;
  if (premiseEndsUnmarked(tokens, index, start, sentence.end, slots)) return false;
  let clauseEnd = start;
  while (clauseEnd < sentence.end - 1 && tokens.gaps[clauseEnd] < Gap.Clause) clauseEnd++;
  if (clauseEnd >= sentence.end - 1) return false;
  const inside = (slot: Slot) => slot.first + slot.length - 1 <= clauseEnd;
  if (slots.every(inside)) return true;
  // "If you have no mortgage at all, your home could still be repossessed": the debt gone is what
  // is supposed, and the event follows from something else; the myth makes the event its cause.
  // Only after "if": "Once the judgment is entered, the house is auctioned" tells a sequence.
  // The premise goes on past "…, or" ("Even if you are not behind, or have no mortgage at all, …").
  let premiseEnd = clauseEnd;
  while (premiseEnd + 1 < sentence.end - 1 && PREMISE_GOES_ON.has(wordAt(tokens, premiseEnd + 1))) {
    premiseEnd++;
    while (premiseEnd < sentence.end - 1 && tokens.gaps[premiseEnd] < Gap.Clause) premiseEnd++;
  }
  const supposed = (slot: Slot) => slot.first + slot.length - 1 <= premiseEnd;
  const events = slots.filter((slot) => EVENTS.has(slot.concept));
  return (
    wordAt(tokens, start) === 'if' &&
    premiseEnd < sentence.end - 1 &&
    events.length > 0 &&
    events.length < slots.length &&
    slots.every((slot) => supposed(slot) !== EVENTS.has(slot.concept))
  );
}

const PREMISE_GOES_ON = new Set(['or', 'and']);

/**
 * "After they foreclose you are square with the bank, …": a premise that holds only the claim's
 * subject (and at most two other words) ends, though no comma marks it, where a second slot opens
 * a new subject ("you", "the loan"). "When nonrecourse debt is satisfied by foreclosure, …" holds
 * its predicate ("is satisfied"), which opens no subject: the premise stands.
 */
function premiseEndsUnmarked(
  tokens: Tokens,
  index: ClaimIndex,
  start: number,
  end: number,
  slots: Slot[],
): boolean {
  let subject: Slot | undefined;
  let otherWords = 0;
  for (let k = start + 1; k < end; k++) {
    const slot = slotAt(slots, k);
    if (slot && subject && slot !== subject)
      return (
        NEW_SUBJECT.has(wordAt(tokens, k)) ||
        NEW_SUBJECT.has(wordAt(tokens, k - 1)) ||
        // "Once the sale is held the borrower owes nothing": a determiner and one noun open the subject.
        (k - 2 > start &&
          NEW_SUBJECT.has(wordAt(tokens, k - 2)) &&
          // …not an object: "with a full release of liability" stays in the premise.
          !PREPOSITION_BEFORE_NOUN.has(wordAt(tokens, k - 3)) &&
          !slotAt(slots, k - 1) &&
          !slotAt(slots, k - 2) &&
          !FUNCTION_WORDS.has(wordAt(tokens, k - 1)) &&
          tokens.gaps[k - 2] < Gap.Clause)
      );
    // "when u do a short sale the bank forgives…": the lender opens the main clause.
    if (subject && otherWords === 0 && lenderOpens(tokens, index, k)) return true;
    // "When a bank approves a short sale it's agreeing to forgive…": so does a subject of its own.
    if (subject && RUN_ON_SUBJECTS.has(wordAt(tokens, k))) return true;
    if (slot) subject = slot;
    else if (!index.lemma(wordAt(tokens, k)).startsWith('#') && !FUNCTION_WORDS.has(wordAt(tokens, k)))
      otherWords++;
    if (otherWords > 2 || tokens.gaps[k] >= Gap.Clause) return false;
  }
  return false;
}

/**
 * "After foreclosure the debt is gone": "after" opens a phrase (a preposition and the event's noun),
 * not a clause, when a new subject follows the noun; "After the foreclosure wipes out the loan, …"
 * is a clause (a verb follows).
 */
function prepositionalOpening(tokens: Tokens, start: number, nounAt: (k: number) => number): boolean {
  if (!PREPOSITIONS.has(wordAt(tokens, start))) return false;
  let k = start + 1;
  while (k < start + 3 && NOUN_DETERMINERS.has(wordAt(tokens, k))) k++;
  const length = nounAt(k);
  if (length === 0) return false;
  const after = k + length;
  return (
    after < tokens.count && tokens.gaps[after - 1] < Gap.Clause && NEW_SUBJECT.has(wordAt(tokens, after))
  );
}

const PREPOSITIONS = new Set(['after', 'before', 'until', 'following', 'upon']);

const PREPOSITION_BEFORE_NOUN = new Set(
  'with without of for in on at by from to into through under over about against'.split(' '),
);

/** Words that open a noun phrase, so a subject, after the prepositional phrase. */
const NEW_SUBJECT = new Set(
  "the a an your my our their his her its you we they i he she it there any all every each no you'll you're we'll we're they'll they're it's there's ur u everything anything nothing whatever everyone everybody nobody".split(
    ' ',
  ),
);

/**
 * Whether a condition at word k may qualify the claim whose predicate starts at `first` and which
 * ends before `end`: not across a semicolon before the predicate, and not from a clause opened by a
 * conjunction after the claim ("…, but if …").
 */
function conditionReaches(tokens: Tokens, index: ClaimIndex, k: number, first: number, end: number): boolean {
  // "however" between commas is an aside ("…isn't taxable, however, if the law…"), not a new clause.
  const opensClause = (j: number) =>
    index.clauseWords.has(wordAt(tokens, j)) && wordAt(tokens, j) !== 'however';
  if (k >= end) {
    for (let j = end; j < k; j++) if (opensClause(j)) return false;
    return true;
  }
  for (let j = k; j < first; j++) if (gapText(tokens, j).includes(';')) return false;
  return true;
}

/**
 * "The lender may agree to waive it, release the seller, or accept the proceeds in full satisfaction":
 * a clause that opens with a verb (after a comma, "or" or "and") has no subject of its own: it is an
 * item of the list the earlier clause opens, and shares its qualifiers. Returns where that clause
 * starts, or `start`.
 */
function listOpening(tokens: Tokens, index: ClaimIndex, sentenceFirst: number, start: number): number {
  const openerAt = LIST_JOINS.has(wordAt(tokens, start)) ? start + 1 : start;
  const opener = wordAt(tokens, openerAt);
  if (start === sentenceFirst || NEW_SUBJECT.has(opener) || OPENS_PHRASE.has(opener)) return start;
  // A noun and its auxiliary open a clause of their own ("…, courts don't allow them").
  if (tokens.gaps[openerAt] < Gap.Clause && AFTER_SUBJECT.has(wordAt(tokens, openerAt + 1))) return start;
  // A semicolon, colon or dash opens a clause of its own ("…; giving it back clears the loan").
  if (/[;:—–]/.test(gapText(tokens, start - 1))) return start;
  let opening = start;
  for (let step = 0; step < 4 && opening > sentenceFirst; step++) {
    opening = clauseBoundaryBefore(tokens, index, opening - 1, sentenceFirst);
    const word = wordAt(tokens, LIST_JOINS.has(wordAt(tokens, opening)) ? opening + 1 : opening);
    if (NEW_SUBJECT.has(word)) return opening;
  }
  return start;
}

/** Auxiliaries right after a clause's first word, which is then its subject, not a verb of a list. */
const AFTER_SUBJECT = new Set(
  "don't doesn't can't cannot won't aren't isn't do does can could would should must may will never are is".split(
    ' ',
  ),
);

/**
 * Whether "non-recourse" at k is said of mortgages in general: after "are", "is" or "it's (all)", with
 * a subject of general words only ("mortgages in America", "it", "home loans here").
 */
function everyLoanNonRecourse(tokens: Tokens, k: number, sentenceFirst: number): boolean {
  const word = wordAt(tokens, k); // "non-recourse" is two words, "non" and "recourse"
  if (word !== 'non' && word !== 'nonrecourse') return false;
  let j = k - 1;
  if (wordAt(tokens, j) === 'all') j--;
  const copula = wordAt(tokens, j);
  if (copula === "it's" || copula === "they're") return true;
  if (copula !== 'are' && copula !== 'is') return false;
  for (let i = j - 1; i >= sentenceFirst && tokens.gaps[i] < Gap.Clause; i--)
    if (!GENERAL_LOAN_WORDS.has(wordAt(tokens, i))) return false;
  return j > sentenceFirst;
}

const GENERAL_LOAN_WORDS = new Set(
  'all mortgages mortgage loans home housing in the america us s usa country here this it they'.split(' '),
);

/** "…, so …", "…, which is why …", "…, which means …": what follows from the claim before it. */
function opensConsequence(tokens: Tokens, j: number): boolean {
  const word = wordAt(tokens, j);
  if (word === 'so') return true;
  if (word !== 'which' && word !== "that's" && word !== 'that') return false;
  const next = wordAt(tokens, j + 1);
  return next === 'means' || (next === 'is' && wordAt(tokens, j + 2) === 'why') || next === 'why';
}

/** Whether the worry word at k is denied ("need not worry", "don't have to worry", "no need to worry"). */
function worryDenied(tokens: Tokens, k: number, sentenceFirst: number): boolean {
  if (!wordAt(tokens, k).startsWith('worr')) return false;
  for (let j = k - 1; j >= Math.max(sentenceFirst, k - 4); j--)
    if (DENIED_WORRY.has(wordAt(tokens, j))) return true;
  return false;
}

const DENIED_WORRY = new Set(
  "not don't doesn't no never needn't won't aren't isn't nobody nothing wasn't weren't".split(' '),
);

/** Words that open a phrase or a clause of their own, not a verb of a list. */
const OPENS_PHRASE = new Set(
  'in on at by for from with without after before once when if unless while because since although though but so as to of under'.split(
    ' ',
  ),
);

/** The position of the nearest clause-opening conjunction before word k, or sentenceFirst. */
function conjunctionBefore(tokens: Tokens, index: ClaimIndex, k: number, sentenceFirst: number): number {
  for (let j = k - 1; j >= sentenceFirst; j--)
    if (index.clauseWords.has(wordAt(tokens, j)) || opensSplice(tokens, j, sentenceFirst)) return j;
  return sentenceFirst;
}

/** "…after a short sale, it's forgiven": a pronoun and its verb after a comma open a clause of their own. */
function opensSplice(tokens: Tokens, j: number, sentenceFirst: number): boolean {
  if (j === sentenceFirst || tokens.gaps[j - 1] !== Gap.Clause) return false;
  const word = wordAt(tokens, j);
  return SPLICED.has(word) || (SPLICE_SUBJECTS.has(word) && FINITE.has(wordAt(tokens, j + 1)));
}

const SPLICED = new Set(["it's", "they're", "that's"]);

const SPLICE_SUBJECTS = new Set(['it', 'they', 'that']);

/**
 * Whether a negation ending before word `after` negates a verb of its own whose clause ends where
 * the predicate's verb begins: negation, the negated verb (and its particle), then the finite verb
 * of the predicate ("…doesn't cover | is forgiven"). A negation right before the predicate, or one
 * with the predicate's subject between ("doesn't mean the debt is forgiven"), is not such.
 */
function negatesSubjectClause(tokens: Tokens, after: number, predicateFirst: number): boolean {
  let j = after;
  while (j < predicateFirst && ADVERBS.has(wordAt(tokens, j))) j++;
  if (j >= predicateFirst || tokens.gaps[j] >= Gap.Clause) return false;
  // The predicate's verb: a finite verb before it, or its own first word if that is "is" or "are";
  // right after the negated verb, any predicate ("a home you can't rebuild | ends the loan",
  // "anything the price doesn't cover | gets cancelled").
  const finite = (j: number, verbs: ReadonlySet<string>) =>
    j < predicateFirst
      ? verbs.has(wordAt(tokens, j))
      : j === predicateFirst &&
        (COPULAS.has(wordAt(tokens, j)) ||
          (verbs === FINITE && (FINITE.has(wordAt(tokens, j)) || verbForm(wordAt(tokens, j)) === 'third')));
  j++; // the negated verb
  if (PARTICLES.has(wordAt(tokens, j))) j++;
  // "…doesn't cover | just gets forgiven": an adverb may stand before the predicate's verb.
  while (j < predicateFirst && ADVERBS.has(wordAt(tokens, j))) j++;
  if (!VERB_PREPOSITIONS.has(wordAt(tokens, j))) return tokens.gaps[j - 1] < Gap.Clause && finite(j, FINITE);
  // "…you can't make during forbearance | is forgiven": a phrase of the negated verb may follow it,
  // ended only by "is" or "are" ("is not sure to get a judgment": "get" ends no clause there).
  for (let words = 0; words < 4 && j < predicateFirst && !finite(j, COPULAS); words++) {
    if (tokens.gaps[j] >= Gap.Clause) return false;
    j++;
  }
  return finite(j, COPULAS);
}

// "…you don't pay during forbearance | gets forgiven": a passive's "gets" ends the clause as "is" does.
const COPULAS = new Set(['is', 'are', 'was', 'were', 'gets']);

const VERB_PREPOSITIONS = new Set('during in on at after before under with from by to'.split(' '));

const PARTICLES = new Set(['back', 'off', 'up', 'out', 'down', 'for', 'on']);

const FINITE = new Set(['is', 'are', 'was', 'were', 'gets', 'get', 'will']);

/** Where the clause holding word k starts: after punctuation, or at a conjunction ("because"). */
function clauseBoundaryBefore(tokens: Tokens, index: ClaimIndex, k: number, sentenceFirst: number): number {
  for (let j = k - 1; j >= sentenceFirst; j--) {
    if (tokens.gaps[j] >= Gap.Clause) return j + 1;
    if (index.clauseWords.has(wordAt(tokens, j))) return j;
  }
  return sentenceFirst;
}

/**
 * Whether an "if" at k opens a condition before the claim, in a clause of its own, that names
 * nothing that could make the claim true: no consent or writing, no law, court or program, no kind
 * of loan or sale ("If the loan is a home equity loan"), no sale that covers the debt, no hedge.
 */
function setsTheScene(tokens: Tokens, k: number, own: Slot[]): boolean {
  if (wordAt(tokens, k) !== 'if' || CONCESSIVE_IF.has(wordAt(tokens, k - 1)) || own.length === 0)
    return false;
  const words = unmarkedConditionEnd(clauseAfter(tokens, k + 1, 20));
  const conditionEnd = k + 1 + words.length;
  // A claim wholly inside the condition ("If you sell for less and the lender forgives the rest") is
  // supposed; its act may open there ("If you hand back the keys, the loan is done"). A condition after the
  // claim ("…pays off the loan if it comes to that") sets the scene as one before it does.
  if (words.length === 0 || own.every((slot) => slot.first > k && slot.first < conditionEnd)) return false;
  // "…and the lender agrees…": a condition goes on after "and" or "or".
  const more = LIST_JOINS.has(wordAt(tokens, conditionEnd)) ? clauseAfter(tokens, conditionEnd, 20) : [];
  const clause = ` ${[...words, ...more].join(' ')} `;
  const all = [...words, ...more];
  return !(
    all.some((word, j) => QUALIFYING_WORDS.test(word) && !acceptsTheEvent(all, j)) ||
    // A sale that covers the debt, or a kind of loan or case: "if the loan is a home equity loan"; "if any of
    // the following are true" points to a list of them.
    / (?:more than|in full|as much as|or more) /.test(clause) ||
    // "If a creditor bids in its entire amount due at sheriff's sale, …" (a real page, set 41).
    / (?:its|the|their|his|her|your|an?) (?:entire|full|whole) (?:amount|balance|debt|payoff) | enough to (?:cover|pay|satisfy) /.test(
      clause,
    ) ||
    // "If the home sells for what you owe, …": the sale covers the debt.
    / for (?:what|everything|all) (?:you|they|he|she|the borrower|the owner|is) (?:owe|owes|owed) /.test(
      clause,
    ) ||
    / (?:is|was|are) (?:a|an|the|your|their|in|under|on|for|more) /.test(clause)
  );
}

/**
 * "If the servicer accepts your deed in lieu, …", "if the bank approves the short sale": the lender taking
 * the deed or allowing the sale is the event itself happening, no term that could release the debt.
 */
function acceptsTheEvent(words: string[], j: number): boolean {
  if (!TAKING_THE_EVENT.has(words[j])) return false;
  let k = j + 1;
  if (OBJECT_DETERMINERS.has(words[k])) k++;
  return (
    EVENT_OBJECTS.has(words[k]) && !/ (?:in|as) (?:full|complete) /.test(` ${words.slice(k).join(' ')} `)
  );
}

const TAKING_THE_EVENT = new Set([
  'accept',
  'accepts',
  'accepted',
  'approve',
  'approves',
  'approved',
  'takes',
  'take',
]);
const OBJECT_DETERMINERS = new Set(['the', 'your', 'a', 'their', 'our', 'my', 'his', 'her']);
const EVENT_OBJECTS = new Set(['deed', 'dil', 'short']);

/**
 * The condition's words up to where, without a comma, the main clause's own subject opens it: "If nobody
 * wants the house we can walk away…", "if ur dad can't go home he can just let it go…" (a pronoun and a
 * modal after a word that joins nothing), or "…a short sale it's agreeing to…".
 */
function unmarkedConditionEnd(words: string[]): string[] {
  for (let j = 2; j < words.length - 1; j++) {
    if (JOINING.has(words[j - 1])) continue;
    if (RUN_ON_SUBJECTS.has(words[j]) || (SUBJECT_PRONOUNS.has(words[j]) && MAIN_MODALS.has(words[j + 1])))
      return words.slice(0, j);
  }
  return words;
}

const SUBJECT_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'u']);
const MAIN_MODALS = new Set(['can', 'will', 'would', 'could', 'should', 'must', 'just']);
const JOINING = new Set([
  'and',
  'or',
  'but',
  'that',
  'if',
  'when',
  'because',
  'so',
  'than',
  'as',
  'what',
  'where',
  'who',
]);

const QUALIFYING_WORDS =
  /^(?:agrees?|agreed|agreeing|agreement|approves?|approved|approval|accepts?|accepted|waives?|waived|waiver|releases?|released|forgives?|forgave|forgiven|cancels?|cancell?ed|signs?|signed|writing|written|letter|contract|paperwork|terms|documents?|says|said|law|laws|statute|state|states|court|judge|judicial|nonjudicial|recourse|nonrecourse|purchase|trustee|protects?|protected|bars?|barred|allows?|allowed|permits?|permitted|code|act|program|programs|hamp|hafa|fha|va|usda|cares|fannie|freddie|investor|exclusion|exception|excluded|qualify|qualifies|qualified|eligible|insolvent|insolvency|sues?|sued|suing|lawsuit|files|filed|motion|bankruptcy|bankrupt|residence|statutory|deadline|period|limitations|equity|heloc|junior|second|third|refinanced|covers?|covered|enough|exceeds?|only|unless|except|lucky|may|might|can|could|sometimes|following|[a-z]*[0-9][a-z0-9]*)$/;

/**
 * "…, equity of redemption, Foreclosure, lender error, mortgage discharge, rectification": a list of tags or
 * keywords, five or more short items set off by commas, says nothing of them (a real page, set 28).
 */
export function keywordList(tokens: Tokens, sentence: Sentence): boolean {
  let items = 1;
  let length = 0;
  for (let k = sentence.first; k < sentence.end; k++) {
    length++;
    if (length > KEYWORD_WORDS) return false;
    if (k + 1 < sentence.end && tokens.gaps[k] >= Gap.Clause) {
      // "Tags: Alberta, caveat, …": a label before a colon may open the list.
      const mark = gapText(tokens, k).trim().charAt(0);
      if (mark !== ',' && !(mark === ':' && items === 1)) return false;
      items++;
      length = 0;
    }
  }
  return items >= KEYWORD_ITEMS;
}

const KEYWORD_WORDS = 4;
const KEYWORD_ITEMS = 5;

/** Whether a slot's own words hold a negation ("won't owe a dime", "can't come after you"). */
export function carriesNegation(tokens: Tokens, slot: Slot): boolean {
  for (let k = slot.first; k < slot.first + slot.length; k++) {
    const word = wordAt(tokens, k);
    if (NEGATING.has(word) || word.endsWith("n't")) return true;
  }
  return false;
}

/** Words that negate what follows them within a matched phrase: "nobody owes", "no one has to pay". */
const NEGATING = new Set(['not', 'no', 'never', 'nobody']);

/** Whether ", but" (or "; however") opens a clause between word k and word `to`. */
function butBetween(tokens: Tokens, k: number, to: number): boolean {
  for (let j = k; j + 1 < to; j++)
    if (
      tokens.gaps[j] >= Gap.Clause &&
      (wordAt(tokens, j + 1) === 'but' || wordAt(tokens, j + 1) === 'however')
    )
      return true;
  return false;
}

/** Whether "depending on" at k qualifies a name ("called different names depending on the state"). */
function namingVaries(tokens: Tokens, k: number): boolean {
  if (wordAt(tokens, k) !== 'depending') return false;
  for (let j = Math.max(0, k - 4); j < k; j++) if (NAMES.has(wordAt(tokens, j))) return true;
  return false;
}

const NAMES = new Set([
  'called',
  'named',
  'name',
  'names',
  'term',
  'terms',
  'word',
  'words',
  'labeled',
  'labelled',
]);
