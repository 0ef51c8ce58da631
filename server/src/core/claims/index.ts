// Finds risky claims: a rule's pattern of concept classes matched inside one sentence, then lifted
// when context says the claim is negated, hedged, conditional, attributed or refuted (NegEx/ConText).
import type { ClaimIndex, ConceptForm } from './claimIndex';
import type { FixSpec, RuleEntry } from '../glossaryTypes';
import { addBit, addMask, conceptBit, conceptMask, hasAll, hasAny } from './conceptBits';
import { PhraseTrie } from '../text/phraseTrie';
import {
  Gap,
  gapText,
  sentenceAt,
  sentenceFirst,
  startsBlock,
  tokenize,
  wordAt,
  type Sentence,
  type Tokens,
} from '../text/tokens';
import { phraseWords } from '../text/words';
import {
  eventAvoided,
  addedClause,
  insideName,
  keywordList,
  liftedBy,
  personPays,
  askedWhatItIs,
  narratesPast,
  nounAsVerb,
  ownedByOne,
  quoted,
  reportedBlock,
  supposedCase,
  coversNot,
  semicolonBetween,
  dischargedInBankruptcy,
  limitedBar,
  readsAsTitle,
  sentenceLimits,
  type SentenceLimits,
  tellsParticularPast,
  triggersIn,
  carriesNegation,
} from './context';
import {
  insideConcession,
  purposeOfStep,
  listedEvents,
  namesShortfall,
  otherAlternative,
  restatesAsForeclosure,
} from './notTheClaim';
import {
  LOOKBACK,
  YES,
  answerOpening,
  carriedSubject,
  tailSubject,
  isGenericTaking,
  namesLender,
  namesSpecificEvent,
  questionAnswered,
  referredTo,
  restatesQualified,
  takingBesideEvent,
  TOPIC_MASK,
  topicYields,
  universalTagAfter,
} from './discourse';
import { readsAsClaim, subjectFirst } from './shape';
import { deniedQuestion } from './deniedQuestion';
import { plaintextProse } from '../text/markup/plaintext';
import { columnOf, looserPatterns, readSentence, surePatterns, type Reading, type Scorer } from './scorer';
import type {
  ClaimMatch,
  CompiledPattern,
  CompiledRule,
  ConceptHit,
  ConceptsAt,
  Slot,
  SlotSpec,
} from './types';
import {
  ANSWERS,
  DEBT_CONCEPTS,
  EVENTS,
  EVENT_LINKS,
  MARKERS,
  NOUN_DETERMINERS,
  RELATIVE_LEADS,
  RELATIVE_OPENERS,
} from './clauseWords';

/** Rules in the order they claim a sentence: higher priority first, then file order. */
export function compileRules(rules: readonly RuleEntry[]): CompiledRule[] {
  const ordered = [...rules].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
  return ordered.map((rule) => {
    const antipatterns = new PhraseTrie<true>();
    for (const phrase of rule.antipatterns ?? []) antipatterns.add(phraseWords(phrase), true);
    const patterns = rule.patterns.map((pattern) => {
      const { names, fix, ordered } = patternParts(pattern);
      const slots = names.map((name) => ({
        concept: name.replace(/\?$/, ''),
        optional: name.endsWith('?'),
      }));
      const required = conceptMask(slots.filter((slot) => !slot.optional).map((slot) => slot.concept));
      return { slots, fix: fix ?? rule.fix, ordered, required };
    });
    // The last required concept (the predicate or its object, seldom the common subject) is the key;
    // a pattern of optional slots only would need none, and its rule is always tried.
    const lastRequired = patterns.map((p) => p.slots.filter((slot) => !slot.optional).pop()?.concept);
    const keys = lastRequired.every((concept) => concept !== undefined)
      ? conceptMask(lastRequired as string[])
      : undefined;
    return {
      rule,
      antipatterns,
      keys,
      patterns,
      looser: looserPatterns(patterns),
      sure: surePatterns(patterns),
    };
  });
}

/** A pattern is a list in reading order, `{ match, fix }`, or `{ all, fix }` (any order in the sentence). */
export function patternParts(pattern: RuleEntry['patterns'][number]): {
  names: string[];
  fix?: FixSpec;
  ordered: boolean;
} {
  if (Array.isArray(pattern)) return { names: pattern, ordered: true };
  if ('all' in pattern) return { names: pattern.all, fix: pattern.fix, ordered: false };
  return { names: pattern.match, fix: pattern.fix, ordered: true };
}

const SENTENCES_PER_LOOKUP = 2048;

/**
 * Claims in document order. `excluded(k)` marks words that cannot be part of a claim (a term read
 * in another sense). Where two claims overlap, the first rule's wins: one claim, one finding. With a
 * `scorer`, a rule's looser patterns are tried where it says the sentence likely states the rule's
 * myth, and a pattern's match it reads as almost surely none is dropped.
 */
export function findClaims(
  tokens: Tokens,
  rules: readonly CompiledRule[],
  index: ClaimIndex,
  excluded: (k: number) => boolean = () => false,
  fromSentence = 0,
  toSentence = tokens.sentenceCount,
  scorer?: Scorer,
): ClaimMatch[] {
  if (rules.length === 0) return []; // a glossary without rules (or "terms only") reads no claims
  const claims: ClaimMatch[] = [];
  // Concepts are looked up within a sentence only: one lookup per batch of sentences keeps its
  // arrays small on a long document.
  let conceptsAt: ConceptsAt = () => NO_HITS;
  let batchEnd = fromSentence;
  const present: number[] = [];
  const sameClause = (a: number, b: number) => {
    for (let j = a; j < b; j++)
      if (
        (tokens.gaps[j] >= Gap.Clause && !relativeIdentity(tokens, j)) ||
        (index.clauseWords.has(wordAt(tokens, j + 1)) && !reducedWhile(tokens, j + 1))
      )
        return false;
    return true;
  };
  let subjects = subjectConcepts.get(rules);
  if (!subjects) subjectConcepts.set(rules, (subjects = subjectsOf(rules)));
  let tests = patternTests.get(rules);
  if (!tests) patternTests.set(rules, (tests = patternTestsOf(rules)));
  const { patterns: mayMatchPattern, looser: mayMatchLoosely, sure: mayMatchSurely } = tests;
  // How the scorer reads a sentence, once per sentence and only where a looser pattern may match
  // or a pattern has matched: most sentences are passed over before their concepts are looked up.
  let readFirst = -1;
  let reading = UNREAD;
  const readingOf = (sentence: Sentence): Reading => {
    if (sentence.first !== readFirst) {
      readFirst = sentence.first;
      reading =
        scorer && !readsAsTitle(tokens, sentence.first, sentence.end)
          ? readSentence(scorer, tokens, index, sentence.first, sentence.end)
          : UNREAD;
    }
    return reading;
  };
  // Each rule's column as a mask, found when a sentence is first read (the model is loaded then:
  // a text that never needs it, like most short files, never pays for it).
  const columnMask = (r: number): number => {
    if (!scorer) return 0;
    let columns = scorerColumns.get(rules);
    if (columns?.scorer !== scorer) {
      const mask = (column: number) => (column < 0 ? 0 : 1 << column);
      const masks = rules.map((rule) => mask(columnOf(scorer, rule.rule.id)));
      scorerColumns.set(rules, (columns = { scorer, masks }));
    }
    return columns.masks[r];
  };
  const mayMatch = (mask: readonly number[], i: number) =>
    mayMatchPattern(mask) ||
    (scorer !== undefined && mayMatchLoosely(mask) && readingOf(sentenceAt(tokens, i)).likely !== 0) ||
    (scorer !== undefined && mayMatchSurely(mask) && readingOf(sentenceAt(tokens, i)).sure !== 0);
  const anchors: number[] = [];
  const topicAnchors: number[] = [];
  const previousAnchors: number[] = [];
  // Claims of questions a "yes" affirms, by the answer's sentence: "Yes. A short sale settles the whole
  // loan." says it again in its own words, reported there, once.
  const affirmed = new Map<ClaimMatch, number>();
  // Claims of questions a "no" denies, kept until their answer is read: an answer that states a
  // claim in its own words is reported there, once.
  const denials: ClaimMatch[] = [];
  const addDenials = () => {
    for (const denial of denials.splice(0)) {
      const answer = denial.sentence.end;
      if (claims.some((claim) => claim.sentence.first >= answer)) continue;
      const at = claims.findIndex((claim) => claim.slots[0].first > denial.slots[0].first);
      claims.splice(at < 0 ? claims.length : at, 0, denial);
    }
  };
  /** The claims of one sentence, given its concept hits: each rule's match, unless lifted. */
  const claimsIn = (
    i: number,
    sentence: Sentence,
    hits: Map<string, Slot[]>,
    lookup: ConceptsAt = conceptsAt,
  ): ClaimMatch[] => {
    const next = i + 1 < tokens.sentenceCount ? sentenceAt(tokens, i + 1) : undefined;
    if (restatesQualified(tokens, index, i)) return [];
    const inSentence: ClaimMatch[] = [];
    let limits: SentenceLimits | undefined; // read once, for every rule's every reading
    const takenForAnother = (slots: Slot[]) => {
      const taking = slots.find((slot) => isGenericTaking(tokens, slot));
      return taking !== undefined && namesSpecificEvent(hits, taking);
    };
    for (let r = 0; r < rules.length; r++) {
      const compiled = rules[r];
      const byPatterns = !compiled.keys || hasAny(present, compiled.keys);
      // The scorer is read only for a sentence that may hold a looser or a sure pattern: most hold none.
      const licensed = (patterns: readonly CompiledPattern[], read: (reading: Reading) => number) =>
        scorer !== undefined &&
        patterns.some((pattern) => hasAll(present, pattern.required)) &&
        (read(readingOf(sentence)) & columnMask(r)) !== 0;
      let loosely: boolean | undefined;
      let surely: boolean | undefined;
      const byLooser = () => (loosely ??= licensed(compiled.looser, (reading) => reading.likely));
      // Where the model is sure, what a pattern is about and what it asserts make the claim in any order.
      const bySure = () => (surely ??= licensed(compiled.sure, (reading) => reading.sure));
      if (!byPatterns && !byLooser() && !bySure()) continue;
      // What holds a match back, whatever its shape: every pattern of the rule is tried until one
      // holds ("You won't owe a dime after a short sale, the difference gets written off" is lifted
      // as the negated write-off and reported as "won't owe a dime"). Once a match is lifted by its
      // context, only one whose own words carry that negation may follow: a condition, a hedge or
      // an attribution covers the rule's every other reading too.
      let lifted: ReturnType<typeof liftedBy>;
      const sentenceLimitsOf = () =>
        (limits ??= sentenceLimits(tokens, sentence, next, sentencesBefore(tokens, i)));
      let tries = 0; // each try reads the whole sentence: a few keep an endless one linear
      let liftedAt = 0;
      const holds = (slots: Slot[]) => {
        if (++tries > MAX_TRIES) return false;
        if (slots.some((slot) => coversNot(tokens, slot))) return false;
        if (
          lifted &&
          (lifted !== 'negated' || !slots.some((slot) => carriesNegation(tokens, slot))) &&
          // "You can toss the 1099-C; forgiven debt is never taxed": past a semicolon, a clause of its own.
          !semicolonBetween(tokens, liftedAt, slots[0].first)
        )
          return false;
        let reason = liftedBy(tokens, index, sentence, slots, next, nounLengths(hits));
        // "Dad's modification will forgive the arrears, because that's what modifications do."
        if (reason === 'specific' && sentenceLimitsOf().generalized) reason = undefined;
        if (reason && !lifted) liftedAt = slots[0].first;
        if (reason) lifted ??= reason;
        return !reason && holdsBesides(slots);
      };
      // One person's story or deal, unless the writer makes it everyone's.
      const oneStory = (slots: Slot[]) =>
        !sentenceLimitsOf().generalized &&
        !restatesAsForeclosure(tokens, slots) &&
        (narratesPast(tokens, sentence.first, sentence.end, slots) ||
          ownedByOne(tokens, slots) ||
          sentenceLimitsOf().oneCase);
      const holdsBesides = (slots: Slot[]) =>
        !hasAntipattern(tokens, sentence, compiled.antipatterns, slots) &&
        // A sentence must say something of its own: words taken from the one before are not a claim.
        !slots.every((slot) => slot.carried) &&
        !quoted(tokens, sentence, slots) &&
        !reportedBlock(tokens, sentence.first) &&
        !supposedCase(tokens, sentence.first) &&
        !oneStory(slots) &&
        !nounAsVerb(tokens, sentence, slots) &&
        !personPays(tokens, slots) &&
        !askedWhatItIs(tokens, sentence, slots) &&
        !releasesOnlyLien(tokens, slots) &&
        !insideName(hits, slots) &&
        !lenderGivesBack(tokens, index, hits, slots) &&
        !keywordList(tokens, sentence) &&
        !otherAlternative(tokens, slots) &&
        !listedEvents(tokens, slots) &&
        !insideConcession(tokens, slots) &&
        !purposeOfStep(tokens, sentence.first, slots) &&
        !namesShortfall(tokens, slots) &&
        !eventAvoided(tokens, sentence, slots, subjects) &&
        !sentenceLimitsOf().notGeneral &&
        !limitedBar(sentenceLimitsOf(), slots) &&
        !dischargedInBankruptcy(tokens, sentenceLimitsOf(), slots) &&
        // "…hand back the keys; the lender takes the house…": the taking is the keys' story.
        !takenForAnother(slots) &&
        !slots.some((slot) => takingBesideEvent(tokens, hits, slot, i, lookup));
      const accepts = (slots: Slot[], shape: Shape, bySubject = slots) =>
        readsAsClaim(tokens, bySubject, shape === 'unordered') && holds(slots);
      const maxGap = compiled.rule.max_gap ?? 3;
      const match = (patterns: readonly CompiledPattern[]) =>
        matchSentence(sentence, patterns, maxGap, lookup, sameClause, hits, present, accepts, (bySubject) =>
          readsAsClaim(tokens, bySubject, true),
        );
      // A pattern's match the model reads as almost surely no claim of the rule is dropped, unless the
      // match's own words carry a negation ("no difference between…", "can't touch you"): the model
      // marks the words after a negation, and a myth said through one is what it reads least well.
      // Nor where "this process" or "the sale" stands for an event an earlier sentence named: the model
      // reads this sentence alone, without the name.
      const standsForNamed = (slot: Slot) =>
        (hits.get(slot.concept) ?? []).some((hit) => hit.refersBack && hit.first === slot.first);
      const vetoed = (slots: Slot[]) =>
        scorer !== undefined &&
        !slots.some((slot) => carriesNegation(tokens, slot) || standsForNamed(slot)) &&
        (readingOf(sentence).unlikely & columnMask(r)) !== 0;
      const byPattern = byPatterns ? match(compiled.patterns) : undefined;
      const found =
        (byPattern && !vetoed(byPattern.slots) ? byPattern : undefined) ??
        (!byPattern &&
        (byLooser() || bySure()) &&
        // One story, unless the writer makes it everyone's ("…, that's just how short sales work").
        (!tellsParticularPast(tokens, sentence.first, sentence.end) || sentenceLimitsOf().generalized)
          ? ((byLooser() ? match(compiled.looser) : undefined) ??
            (bySure() ? match(compiled.sure) : undefined))
          : undefined);
      if (!found) continue;
      // A title keeps its capitals and has no verb phrase an edit could follow: no rewording.
      const fix = readsAsTitle(tokens, sentence.first, sentence.end) ? NO_FIX : found.fix;
      const claim = { rule: compiled.rule, slots: found.slots, fix, sentence };
      const rival = inSentence.findIndex((other) => overlaps(other, claim));
      if (rival < 0) inSentence.push(claim);
      else if (
        opensWithEvent(claim, inSentence[rival]) ||
        namesEventMoreClosely(tokens, claim, inSentence[rival]) ||
        holdsOthersEvent(claim, inSentence[rival])
      )
        inSentence[rival] = claim;
    }
    // A rule of negative priority is the fallback of the others: it speaks only for a sentence no
    // other rule claims ("the foreclosure sale satisfies the loan, and the owner walks away owing
    // nothing" is the foreclosure myth, not the walking-away one).
    const kept =
      inSentence.some((claim) => (claim.rule.priority ?? 0) >= 0) &&
      inSentence.some((c) => (c.rule.priority ?? 0) < 0)
        ? inSentence.filter((claim) => (claim.rule.priority ?? 0) >= 0)
        : inSentence;
    return kept.sort((a, b) => a.slots[0].first - b.slots[0].first);
  };
  // A sentence's claims depend on it, the next sentence (see liftedBy) and, within its block, the ones
  // before it (see carriedSubject, sentenceLimits).
  for (let i = fromSentence; i < toSentence; i++) {
    addDenials();
    if (i === batchEnd) {
      batchEnd = Math.min(toSentence, i + SENTENCES_PER_LOOKUP);
      // From the sentence before: its subject may carry into this one (see carriedSubject).
      conceptsAt = conceptLookup(
        tokens,
        index,
        excluded,
        sentenceFirst(tokens, Math.max(0, i - LOOKBACK)),
        tokens.sentenceEnds[batchEnd - 1],
      );
    }
    // Before any concept lookup: could the words of this sentence hold all concepts of some pattern?
    // (Most cannot: the sentence itself is made only for those that could.)
    anchors.length = 0;
    index.anchorsIn(tokens.ids, sentenceFirst(tokens, i), tokens.sentenceEnds[i], anchors);
    // "Will forbearance forgive my payments? Yes, …": the answer asserts the question's claim.
    if (i > 0 && YES.has(wordAt(tokens, answerOpening(tokens, sentenceFirst(tokens, i))))) {
      const question = sentenceAt(tokens, i - 1);
      // "Yes, if the lender agrees in writing" or "Yes, but it may…" qualifies the answer.
      const qualified = () =>
        triggersIn(tokens, index, sentenceAt(tokens, i), () => false).some((t) =>
          ANSWERS.has(t.group.reason),
        );
      if (question.question && !qualified()) {
        const hits = conceptHits(question, conceptsAt, present);
        const asked = claimsIn(i - 1, { ...question, question: false }, hits);
        // The myth is in the question's words and the answer's "yes": no edit of either states it rightly.
        for (const claim of asked) {
          const yes = { ...claim, fix: NO_FIX };
          affirmed.set(yes, i);
          claims.push(yes);
        }
      }
    }
    // "Do you still owe anything after a short sale? Nope.": the answer asserts the question denied.
    if (i > 0 && sentenceAt(tokens, i - 1).question)
      denials.push(
        ...denialClaims(tokens, i, conceptsAt, index, (synthetic) =>
          findClaims(synthetic, rules, index, undefined, 0, synthetic.sentenceCount, scorer),
        ),
      );
    const question = questionAnswered(tokens, i);
    // A topic from a short sentence before (see afterTopic) counts only where this sentence's words, with an event
    // named, may hold a claim: most cannot, and the sentence before is then not read for one.
    const mayTakeTopic = () => {
      // Only the events the sentence before may name (its anchors), and only if it may name one.
      previousAnchors.length = 0;
      index.anchorsIn(tokens.ids, sentenceFirst(tokens, i - 1), tokens.sentenceEnds[i - 1], previousAnchors);
      if (!hasAny(previousAnchors, TOPIC_MASK)) return false;
      topicAnchors.length = 0;
      addMask(topicAnchors, anchors);
      for (let w = 0; w < TOPIC_MASK.length; w++)
        topicAnchors[w] = (topicAnchors[w] ?? 0) | ((previousAnchors[w] ?? 0) & TOPIC_MASK[w]);
      // Without the learned reading's test of the sentence (a superset of mayMatch, so never a finding less).
      return (
        mayMatchPattern(topicAnchors) ||
        (scorer !== undefined && (mayMatchLoosely(topicAnchors) || mayMatchSurely(topicAnchors)))
      );
    };
    const before = carriedSubject(tokens, index, i, question, conceptsAt, subjects, anchors, mayTakeTopic);
    const after = tailSubject(tokens, i, conceptsAt, subjects, before);
    const carried = after.length > 0 ? after : before;
    const referred = referredTo(tokens, i, question, conceptsAt);
    // "Foreclosure, then a deficiency judgment. Always.": the tag after the sentence says it of every case, and is
    // read as the sentence's last words.
    const tagEnd = universalTagAfter(tokens, i);
    if (tagEnd >= 0) addBit(anchors, conceptBit('universally'));
    for (const slot of carried) addBit(anchors, conceptBit(slot.concept));
    for (const slot of referred) addBit(anchors, conceptBit(slot.concept));
    if (!mayMatch(anchors, i)) continue;
    const sentence = tagEnd >= 0 ? { ...sentenceAt(tokens, i), end: tagEnd } : sentenceAt(tokens, i);
    const hits = conceptHits(sentence, conceptsAt, present);
    // A topic set by a short sentence before (see afterTopic) yields to an event this one names itself.
    const ownEvent = carried.some((slot) => slot.topic) && topicYields(hits);
    for (const slot of carried) {
      if (hits.has(slot.concept) || (slot.topic && ownEvent)) continue;
      hits.set(slot.concept, [slot]);
      addBit(present, conceptBit(slot.concept));
    }
    for (const slot of referred) {
      hits.set(slot.concept, [...(hits.get(slot.concept) ?? []), slot]);
      addBit(present, conceptBit(slot.concept));
    }
    // The words that might have held a pattern's concepts mostly do not ("terms" is no debt):
    // a sentence whose concepts complete no pattern holds no claim.
    if (hits.size === 0 || !mayMatch(present, i)) continue;
    // Words that refer back stand for what they refer to, for ordered patterns too.
    const lookup: ConceptsAt =
      referred.length === 0
        ? conceptsAt
        : (k, end) => {
            const own = referred.filter((slot) => slot.first === k);
            return own.length === 0
              ? conceptsAt(k, end)
              : [
                  ...conceptsAt(k, end),
                  ...own.map(({ concept, length, match }) => ({ concept, length, match })),
                ];
          };
    // "No, the lender forgives it": an edit of the answer alone would contradict its "No".
    const answers = (claim: ClaimMatch) =>
      claim.slots.some((slot) =>
        referred.some((r) => r.first === slot.first && DEBT_CONCEPTS.has(r.concept)),
      );
    claims.push(...claimsIn(i, sentence, hits, lookup).map((c) => (answers(c) ? { ...c, fix: NO_FIX } : c)));
  }
  addDenials();
  if (affirmed.size === 0) return claims;
  return claims.filter((claim) => {
    const answer = affirmed.get(claim);
    if (answer === undefined) return true;
    const blockEnd = blockEndAfter(tokens, sentenceFirst(tokens, answer));
    return !claims.some(
      (other) =>
        other !== claim &&
        other.rule.id === claim.rule.id &&
        other.sentence.first >= sentenceFirst(tokens, answer) &&
        other.sentence.first < blockEnd,
    );
  });
}

/** The concepts named in words [first, end) of a sentence, each as its bit (see conceptBits). */
export function conceptsIn(
  tokens: Tokens,
  index: ClaimIndex,
  first: number,
  end: number,
  into: number[],
): void {
  conceptHits(
    { first, end, question: false },
    conceptLookup(tokens, index, () => false, first, end),
    into,
  );
}

/** The end of the block that word k is in (the first word of the next block). */
function blockEndAfter(tokens: Tokens, k: number): number {
  let end = k;
  while (end < tokens.count - 1 && tokens.gaps[end] !== Gap.Block) end++;
  return end + 1;
}

/**
 * The claims that a "no" opening sentence i makes of the question before it, read from the denial
 * written out (see deniedQuestion) and put back on the question's words, with no rewording: an edit
 * of the question or of the "no" alone would not state the matter rightly. None where the answer
 * qualifies its "no" ("No, unless…", "No, but it may…").
 */
function denialClaims(
  tokens: Tokens,
  i: number,
  conceptsAt: ConceptsAt,
  index: ClaimIndex,
  read: (synthetic: Tokens) => ClaimMatch[],
): ClaimMatch[] {
  const question = sentenceAt(tokens, i - 1);
  const answer = sentenceAt(tokens, i);
  const denial = deniedQuestion(tokens, question, answer, conceptsAt);
  if (!denial) return [];
  const synthetic = tokensOfText(denial.text, index);
  if (synthetic.count !== denial.words.length) return [];
  return read(synthetic).map((claim) => ({
    ...claim,
    slots: claim.slots.map((slot) => {
      const words = denial.words.slice(slot.first, slot.first + slot.length);
      const first = Math.min(...words);
      return { ...slot, first, length: Math.max(...words) - first + 1, carried: undefined };
    }),
    fix: NO_FIX,
    sentence: question,
  }));
}

/** A sentence the engine writes (a denial, a rewording) as plain text, tokenized as a document is. */
export function tokensOfText(text: string, index: ClaimIndex): Tokens {
  return tokenize(plaintextProse(text), index.abbreviations);
}

const NO_FIX: FixSpec = { strategy: 'none' };

/** A sentence the model does not read (a title, or no model): nothing likely, nothing vetoed. */
const UNREAD: Reading = { likely: 0, unlikely: 0, sure: 0 };

/** Per compiled rule list, each rule's column of the scorer as a mask (0: the scorer has none). */
const scorerColumns = new WeakMap<readonly CompiledRule[], { scorer: Scorer; masks: number[] }>();

/** The concepts that open a rule's patterns: the events and things a claim is about. */
function subjectsOf(rules: readonly CompiledRule[]): Set<string> {
  const subjects = new Set<string>();
  for (const { patterns } of rules)
    for (const { slots } of patterns) {
      const first = slots.find((slot) => !slot.optional);
      if (first && !MARKERS.has(first.concept) && first.concept !== 'debt') subjects.add(first.concept);
    }
  return subjects;
}

const subjectConcepts = new WeakMap<readonly CompiledRule[], Set<string>>();

type MaskTest = (present: readonly number[]) => boolean;

/** Whether some pattern, or some looser pattern, of `rules` has all its required concepts in a mask. */
function patternTestsOf(rules: readonly CompiledRule[]): PatternTests {
  return {
    patterns: maskTest(rules.flatMap((rule) => rule.patterns)),
    looser: maskTest(rules.flatMap((rule) => rule.looser)),
    sure: maskTest(rules.flatMap((rule) => rule.sure)),
  };
}

interface PatternTests {
  patterns: MaskTest;
  looser: MaskTest;
  sure: MaskTest;
}

/**
 * Whether some pattern has all its required concepts in a mask. Patterns are filed under one of
 * their concepts, so a mask is tested against the few filed under its own concepts only.
 */
function maskTest(patterns: readonly CompiledPattern[]): MaskTest {
  const filed: number[][][] = []; // by concept bit
  for (const { required } of patterns) {
    const word = required.findIndex((bits) => bits !== 0);
    if (word < 0) return () => true; // a pattern of optional concepts only may match anywhere
    const bit = word * 32 + 31 - Math.clz32(required[word] & -required[word]);
    while (filed.length <= bit) filed.push([]);
    if (!filed[bit].some((other) => other.join() === required.join())) filed[bit].push(required);
  }
  return (present) => {
    for (let word = 0; word < present.length; word++) {
      for (let bits = present[word]; bits !== 0; bits &= bits - 1) {
        const bit = word * 32 + 31 - Math.clz32(bits & -bits);
        for (const required of filed[bit] ?? NO_MASKS) if (hasAll(present, required)) return true;
      }
    }
    return false;
  };
}

const NO_MASKS: number[][] = [];

/** Built once per compiled rule list: a re-check after a keystroke reads a sentence or two. */
const patternTests = new WeakMap<readonly CompiledRule[], PatternTests>();

const NO_HITS: readonly ConceptHit[] = [];

/** Concept matches starting at each word (the longest per concept), computed once per word and shared by every rule. */
function conceptLookup(
  tokens: Tokens,
  index: ClaimIndex,
  excluded: (k: number) => boolean,
  fromWord: number,
  toWord: number,
): ConceptsAt {
  // Only the words read: a re-check after an edit reads a few sentences of a long document.
  // Arrays below are indexed from fromWord.
  const cache: (readonly ConceptHit[] | undefined)[] = new Array(toWord - fromWord);
  const lemmaAt = (j: number) => (j + fromWord >= toWord ? '' : index.lemmaOf(tokens.ids[j + fromWord]));
  let sentenceEnd = 0;
  const joins = (j: number) => j + fromWord + 1 < sentenceEnd && tokens.gaps[j + fromWord] <= Gap.Soft;
  // "not always" is a hedge, not an intensifier: a filler right after a negation stays, unless it
  // leaves the negation whole ("you don't still owe", "won't even owe").
  const inFillerPair = (j: number) =>
    index.inFillerPair(tokens.ids[j + fromWord]) &&
    (index.fillerPairs.has(`${lemmaAt(j)} ${lemmaAt(j + 1)}`) ||
      (j + fromWord > 0 && index.fillerPairs.has(`${lemmaAt(j - 1)} ${lemmaAt(j)}`)));
  const isFiller = (j: number) =>
    j + fromWord < toWord &&
    (((index.isFiller(tokens.ids[j + fromWord]) || inFillerPair(j)) &&
      (!NEGATIONS.has(wordAt(tokens, j + fromWord - 1)) ||
        KEEP_NEGATION.has(wordAt(tokens, j + fromWord)))) ||
      describesHome(j));
  // "Abandoning a storm-wrecked house", "surrendering the marital home": a word or two describing the
  // home between its determiner and the noun do not change the act.
  // The noun is looked for first: most words stand before none, and pay for no more than that.
  const describesHome = (j: number): boolean => {
    if (lemmaAt(j + 1) === '#house') return joins(j) && isModifier(j);
    return lemmaAt(j + 2) === '#house' && joins(j) && joins(j + 1) && isModifier(j) && isModifier(j + 1);
  };
  const isModifier = (j: number) => {
    const lemma = lemmaAt(j);
    return /^[a-z0-9][a-z0-9'-]*$/.test(lemma) && !NOT_MODIFIERS.has(lemma) && !NEGATIONS.has(lemma);
  };
  // A debt word that modifies the noun after it names something else: "mortgage forbearance ends",
  // "the mortgage industry", "mortgage lenders".
  const modifiesNext = (k: number, hit: ConceptHit, end: number): boolean => {
    const next = k + hit.length;
    if (!DEBT_CONCEPTS.has(hit.concept) || next >= end || tokens.gaps[next - 1] !== Gap.Join) return false;
    const word = wordAt(tokens, next);
    if (EVENT_LINKS.has(word) || NOUN_DETERMINERS.has(word)) return false; // "payments in forbearance"
    return (
      MODIFIED_HEADS.has(word) ||
      lookup(next, end).some((after) => EVENTS.has(after.concept) && after.match.kind === 'noun')
    );
  };
  // "…terminates the owner's contract and the obligation to pay future maintenance fees" (a real page, set 41):
  // payments not yet due are no balance left over, and ending them is no debt forgiven.
  const owedLater = (k: number, hit: ConceptHit): boolean => {
    if (!DEBT_CONCEPTS.has(hit.concept)) return false;
    if (wordAt(tokens, k - 1) === 'future') return true;
    const next = k + hit.length;
    const after = wordAt(tokens, next);
    return (
      (after === 'to' && wordAt(tokens, next + 1) === 'pay' && wordAt(tokens, next + 2) === 'future') ||
      ((after === 'for' || after === 'of') && wordAt(tokens, next + 1) === 'future')
    );
  };
  // The lender as "they": the pronoun class would read "you" or "we" as the lender too ("…help you get relief").
  const pronounMisread = (match: ConceptForm, k: number) =>
    match.concept === 'creditor' &&
    match.base.length === 1 &&
    match.base[0] === '#pron' &&
    !LENDER_PRONOUNS.has(wordAt(tokens, k));
  // "as well": the lemmas read "as" as the plural of "a", and "A well-drafted deed…" (a real page, set 41) as "also".
  const asMisread = (match: ConceptForm, k: number) =>
    match.concept === 'so-too' && match.base[0] === '#det' && wordAt(tokens, k) !== 'as';
  // A word inside another name: "notice and sale standards" (a real page, set 43) are rules to meet, not "standard"
  // practice; "the CA anti-deficiency statute" (set 44) names a law that bars judgments, not one.
  const namesOtherThing = (match: ConceptForm, k: number) =>
    (match.concept === 'universally' && wordAt(tokens, k) === 'standards') ||
    (match.concept === 'deficiency-judgment' && wordAt(tokens, k - 1) === 'anti');
  // Real pages, set 47: "with waived late fees" (fees, not the payments), "placed on the back end of the loan" (a
  // noun, not the debt ending), "may not end up recovering any proceeds" (what may happen, not what is barred).
  const notTheDebtsEnd = (match: ConceptForm, k: number, length: number) =>
    (DEBT_CONCEPTS.has(match.concept) &&
      /^fees?$/.test(wordAt(tokens, k + length - 1)) &&
      wordAt(tokens, k + length - 2) === 'late') ||
    (match.concept === 'debt-gone' &&
      wordAt(tokens, k) === 'end' &&
      END_AS_NOUN.has(wordAt(tokens, k - 1))) ||
    (match.concept === 'never-allowed' &&
      wordAt(tokens, k + length) === 'end' &&
      wordAt(tokens, k + length + 1) === 'up') ||
    // "loans which are over 90 days past due", "you are over-mortgaged" (real pages, set 48): more than, not ended.
    (match.concept.startsWith('debt-gone') &&
      wordAt(tokens, k + length - 1) === 'over' &&
      (/^\d/.test(wordAt(tokens, k + length)) || gapText(tokens, k + length - 1).startsWith('-')));
  // "…deficiency judgment actions are taking place in the courts" (a real page, set 46): an idiom of happening.
  const takingPlace = (match: ConceptForm, k: number, length: number) =>
    match.concept === 'takes-house' && /^(?:place|places)$/.test(wordAt(tokens, k + length));
  // "You're free to offer up the property…" is leave to act, and "It does not exist to allow…" a purpose denied (real
  // pages, set 45): no debt ended, no judgment said not to exist.
  const toAct = (match: ConceptForm, k: number, length: number) =>
    (match.concept === 'owe-nothing-you' || match.concept === 'never-exists') &&
    wordAt(tokens, k + length) === 'to' &&
    /^(?:free|exist|exists)$/.test(wordAt(tokens, k + length - 1));
  // "Strict foreclosure is a legal process where a lender takes full ownership of a property to satisfy a debt" (a
  // real page, set 41): the few states' procedure with no sale, whose effect on the debt is its own, not the sale's.
  const strictForeclosure = (match: ConceptForm, k: number) =>
    match.concept === 'foreclosure-event' && wordAt(tokens, k - 1) === 'strict';
  // "…the property covered by the mortgage" (a real page, set 42) is the house the mortgage secures; "sold at public
  // auction for the payment of the obligation" (set 42) tells what the sale is for.
  const securedOrFor = (match: ConceptForm, k: number, length: number) => {
    const last = k + length - 1;
    const by = NOUN_DETERMINERS.has(wordAt(tokens, last + 2)) ? last + 3 : last + 2;
    return (
      (wordAt(tokens, last) === 'covered' &&
        wordAt(tokens, last + 1) === 'by' &&
        SECURING.has(wordAt(tokens, by))) ||
      (match.concept.startsWith('ends-debt') &&
        wordAt(tokens, k - 1) === 'for' &&
        wordAt(tokens, k) === 'the' &&
        wordAt(tokens, k + 1) === 'payment')
    );
  };
  // "When you lose property that secured a loan—whether through foreclosure…", "who lost four properties" (real
  // pages): what is lost is the house, not the debt ("you lose the debt" keeps its reading).
  const losesHouse = (match: ConceptForm, k: number) =>
    match.concept === 'ends-debt' &&
    match.base.length === 1 &&
    match.base[0] === 'lose' &&
    (lemmaAt(k - fromWord + 1) === '#house' ||
      ((NOUN_DETERMINERS.has(wordAt(tokens, k + 1)) || COUNTS.test(wordAt(tokens, k + 1))) &&
        lemmaAt(k - fromWord + 2) === '#house'));
  const lookup = (k: number, end: number): readonly ConceptHit[] => {
    const cached = cache[k - fromWord];
    if (cached) return cached;
    let hits = NO_HITS;
    if (index.startsConcept(tokens.ids[k]) && !excluded(k)) {
      sentenceEnd = end;
      const found: ConceptHit[] = [];
      const head = index.conceptHead(tokens.ids[k]);
      for (const { length, values } of index.concepts.matchesFrom(
        head,
        lemmaAt,
        k - fromWord,
        joins,
        isFiller,
      )) {
        for (const match of values) {
          if (
            pronounMisread(match, k) ||
            asMisread(match, k) ||
            namesOtherThing(match, k) ||
            strictForeclosure(match, k) ||
            securedOrFor(match, k, length) ||
            toAct(match, k, length) ||
            takingPlace(match, k, length) ||
            notTheDebtsEnd(match, k, length) ||
            losesHouse(match, k)
          )
            continue;
          const same = found.findIndex((h) => h.concept === match.concept);
          const hit = { concept: match.concept, length, match };
          if (same < 0) found.push(hit);
          else found[same] = hit; // matches come shortest first: the longest wins
        }
      }
      const kept = found.some((hit) => DEBT_CONCEPTS.has(hit.concept))
        ? found.filter((hit) => !modifiesNext(k, hit, end) && !owedLater(k, hit))
        : found;
      if (kept.length > 0) hits = kept;
    }
    cache[k - fromWord] = hits;
    return hits;
  };
  return lookup;
}

/**
 * The two sentences before sentence i in its paragraph, as one stretch, or the one before it where a paragraph
 * starts between them: "A non-recourse loan means the bank has no bite. They have no recourse after they take the
 * house. They cannot seek a deficiency judgment." (a real page, set 39) names the loan two sentences back.
 */
function sentencesBefore(tokens: Tokens, i: number): Sentence | undefined {
  if (i === 0) return undefined;
  const previous = sentenceAt(tokens, i - 1);
  if (i === 1 || startsBlock(tokens, previous.first)) return previous;
  return { ...previous, first: sentenceFirst(tokens, i - 2) };
}

/** Words before "end" that make it a noun: "the back end of the loan". */
const END_AS_NOUN = new Set(['back', 'front', 'the', 'tail', 'loan']);

/** What secures a house: "covered by the mortgage", "covered by a deed of trust". */
const SECURING = new Set(['mortgage', 'mortgages', 'loan', 'lien', 'liens', 'deed', 'note']);

/**
 * "…the payments you skip while in forbearance are forgiven" (from the HM–HN misses): "while" before a preposition
 * opens no clause of its own, only a phrase of time.
 */
function reducedWhile(tokens: Tokens, k: number): boolean {
  return wordAt(tokens, k) === 'while' && REDUCED_AFTER.has(wordAt(tokens, k + 1));
}
const REDUCED_AFTER = new Set(['in', 'on', 'under', 'during']);

/** A count before a house word: "who lost four properties to foreclosure" (a real page, set 39). */
const COUNTS = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|both|multiple)$/;

/** Nouns a debt word modifies when it stands before them: "mortgage industry", "deficiency waiver", "the mortgage
 * insurer will pay the loan holder" (a real page, set 38). */
const MODIFIED_HEADS = new Set(
  'income industry insurer insurers forbearance waiver waivers holder holders lender lenders servicer servicers broker brokers company companies market markets crisis rate rates relief professional professionals attorney attorneys lawyer lawyers insurance application applications program programs negotiation negotiations statement statements solution solutions life law laws term terms document documents paperwork officer officers originator originators'.split(
    ' ',
  ),
);

/** The length of the longest noun concept that starts at a word, or 0. */
function nounLengths(hits: Map<string, Slot[]>): (k: number) => number {
  return (k) => {
    let longest = 0;
    for (const list of hits.values())
      for (const hit of list)
        if (hit.first === k && hit.match.kind === 'noun' && hit.length > longest) longest = hit.length;
    return longest;
  };
}

/** Word positions where an ordered pattern may start, in reading order. */
function startsOf(slots: readonly SlotSpec[], hits: Map<string, Slot[]>): number[] {
  if (!slots[0].optional) return (hits.get(slots[0].concept) ?? []).map((hit) => hit.first);
  const starts: number[] = [];
  for (const slot of slots) {
    for (const hit of hits.get(slot.concept) ?? []) starts.push(hit.first);
    if (!slot.optional) break;
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}

/**
 * Every concept occurrence in a sentence, found in one pass and shared by all rules and patterns,
 * and the concepts present as a mask.
 */
function conceptHits(sentence: Sentence, conceptsAt: ConceptsAt, present: number[]): Map<string, Slot[]> {
  const hits = new Map<string, Slot[]>();
  present.length = 0;
  for (let k = sentence.first; k < sentence.end; k++) {
    for (const { concept, length, match } of conceptsAt(k, sentence.end)) {
      let list = hits.get(concept);
      if (!list) {
        hits.set(concept, (list = []));
        addBit(present, conceptBit(concept));
      }
      list.push({ concept, first: k, length, match });
    }
  }
  return hits;
}

type Shape = 'ordered' | 'unordered' | 'carried';

function matchSentence(
  sentence: Sentence,
  patterns: readonly CompiledPattern[],
  maxGap: number,
  conceptsAt: ConceptsAt,
  sameClause: (a: number, b: number) => boolean,
  hits: Map<string, Slot[]>,
  present: readonly number[],
  /** `bySubject`: an unordered match's slots, its subject first (see readsAsClaim). */
  accepts: (slots: Slot[], shape: Shape, bySubject?: Slot[]) => boolean,
  /** Whether an unordered match, its subject first, reads as a claim by its shape alone. */
  readsUnordered: (bySubject: Slot[]) => boolean,
): { slots: Slot[]; fix: FixSpec } | undefined {
  for (const pattern of patterns) {
    // A pattern whose required concepts are not all in the sentence cannot match: skip it cheaply.
    if (!hasAll(present, pattern.required)) continue;
    if (!pattern.ordered) {
      // The first combination that reads as a claim is the match; only it is weighed in context.
      const slots = matchUnordered(pattern.slots, hits, sameClause, (found) =>
        readsUnordered(subjectFirst(found, pattern.slots)),
      );
      if (slots && accepts(slots, 'unordered', subjectFirst(slots, pattern.slots)))
        return { slots, fix: pattern.fix };
      continue;
    }
    // The match starts where one of its leading slots (up to the first required one) occurs.
    const failed = new Set<number>(); // shared by the starts: a failure does not depend on the start
    for (const k of startsOf(pattern.slots, hits)) {
      const slots = matchFrom(pattern.slots, 0, k, true, sentence.end, maxGap, conceptsAt, failed);
      if (slots && accepts(slots, 'ordered')) return { slots, fix: pattern.fix };
    }
    // A subject carried from the sentence before stands on this one's first word ("Is a short
    // sale a foreclosure? Yes, it is one you agree to."): the rest of the pattern follows it.
    const lead = pattern.slots.findIndex((slot) => !slot.optional);
    const carried = hits.get(pattern.slots[lead].concept)?.find((hit) => hit.carried);
    if (carried) {
      const rest = matchFrom(
        pattern.slots,
        lead + 1,
        carried.first + 1,
        false,
        sentence.end,
        maxGap,
        conceptsAt,
        new Set(),
      );
      if (rest && accepts([carried, ...rest], 'carried'))
        return { slots: [carried, ...rest], fix: pattern.fix };
    }
  }
  return undefined;
}

/**
 * Every required concept somewhere in the sentence, without overlaps; slots in reading order.
 * Each concept may occur more than once ("Once your forbearance ends, the missed payments
 * disappear": "ends" is not the predicate), so occurrences are tried until the clause constraint
 * holds and the match reads as the claim.
 */
function matchUnordered(
  pattern: SlotSpec[],
  sentenceHits: Map<string, Slot[]>,
  sameClause: (a: number, b: number) => boolean,
  /** Whether a combination reads as the claim; if not, the next is tried ("Once forbearance ends the
   * payments are gone": not "ends the payments", but "are gone"). */
  fits: (slots: Slot[]) => boolean,
): Slot[] | undefined {
  const hits = pattern.map((spec) => sentenceHits.get(spec.concept) ?? []);
  let tried = 0;
  const chosen: Slot[] = [];
  // A carried slot stands on the answer's first word only as a placeholder: it overlaps nothing
  // ("…a deficiency judgment. It's automatic.": "it's automatic" starts on that word).
  const overlaps = (slot: Slot) =>
    chosen.some(
      (s) =>
        !(s.carried || slot.carried) && slot.first < s.first + s.length && s.first < slot.first + slot.length,
    );
  let budget = 64; // a sentence rarely repeats a concept; this bounds the search all the same
  const search = (i: number): Slot[] | undefined => {
    if (i === pattern.length) {
      if (!clauseHolds(chosen, sameClause)) return undefined;
      // After the first combination, a hit inside a longer one of the same concept ("loans" in "settled home
      // loans") is no other reading of the words.
      if (tried++ > 0 && chosen.some((slot, j) => nestedIn(slot, hits[j]))) return undefined;
      const slots = [...chosen].sort((a, b) => a.first - b.first);
      return fits(slots) ? slots : undefined;
    }
    for (const slot of hits[i]) {
      if (budget-- <= 0) return undefined;
      if (overlaps(slot)) continue;
      chosen.push(slot);
      const result = search(i + 1);
      chosen.pop();
      if (result) return result;
    }
    return pattern[i].optional ? search(i + 1) : undefined;
  };
  return search(0);
}

/**
 * The subject (the pattern's first concept) may stand in another clause ("Once you lose the
 * house, the debt is gone"), and so may markers of universality, but the predicate and its object
 * share one clause: "the sale ends your ownership, but you may still owe the shortfall" does not
 * claim that the sale ends the debt.
 */
function clauseHolds(slots: Slot[], sameClause: (a: number, b: number) => boolean): boolean {
  // A slot carried from the sentence before stands on the answer's first word, in no clause of its own.
  // The house a pronoun refers back to ("the house is the collateral, so losing it…") may stand in
  // any clause: it is not the claim's subject.
  const own = slots.filter((s) => !ANTECEDENTS.has(s.concept));
  const rest = own.slice(1).filter((s) => !MARKERS.has(s.concept) && !s.carried);
  if (rest.length < 2 || !rest.some((s) => s.match.kind === 'verb')) return true;
  const from = Math.min(...rest.map((s) => s.first));
  const to = Math.max(...rest.map((s) => s.first + s.length - 1));
  return sameClause(from, to);
}

/**
 * Matches pattern[i..] with its first slot at `from` (exact) or within maxGap words after it.
 * `failed` holds the (i, from, exact) already tried in vain: without it a long pattern over a
 * sentence that repeats its concepts retries the same tails exponentially often (a team rule of 16
 * slots took seconds per sentence). Only failures are kept, so the first match found is unchanged.
 */
function matchFrom(
  pattern: SlotSpec[],
  i: number,
  from: number,
  exact: boolean,
  end: number,
  maxGap: number,
  conceptsAt: ConceptsAt,
  failed: Set<number>,
): Slot[] | undefined {
  if (i === pattern.length) return [];
  const key = (from * pattern.length + i) * 2 + (exact ? 1 : 0);
  if (failed.has(key)) return undefined;
  const spec = pattern[i];
  const last = exact ? from : Math.min(end - 1, from + maxGap);
  for (let k = from; k <= last; k++) {
    const hit = conceptsAt(k, end).find((h) => h.concept === spec.concept);
    if (!hit) continue;
    const rest = matchFrom(pattern, i + 1, k + hit.length, false, end, maxGap, conceptsAt, failed);
    if (rest) return [{ concept: spec.concept, first: k, length: hit.length, match: hit.match }, ...rest];
  }
  const rest = spec.optional
    ? matchFrom(pattern, i + 1, from, exact, end, maxGap, conceptsAt, failed)
    : undefined;
  if (!rest) failed.add(key);
  return rest;
}

/**
 * Whether a rule's antipattern stands in the sentence, outside a relative clause right after the
 * claim: that clause describes the claim's noun ("a type of foreclosure in which the home is sold to
 * a buyer for less"), where a later clause may refute the claim ("…, but the court entered…").
 */
function hasAntipattern(tokens: Tokens, sentence: Sentence, antipatterns: PhraseTrie<true>, slots: Slot[]) {
  const joins = (k: number) => k + 1 < sentence.end && tokens.gaps[k] <= Gap.Soft;
  const word = (k: number) => wordAt(tokens, k);
  // The relative clause right after the claim, if any: [relative, relativeEnd). It describes the
  // claim's last noun ("…is a foreclosure that happens before the auction", "…, in which the house
  // sells for less"), so its words do not unsay the claim.
  const claimEnd = Math.max(...slots.map((slot) => slot.first + slot.length));
  // "…is the last stage of a foreclosure, when the house sells for less than you owe": ", when" after the claim
  // tells which stage it names.
  const opens = (k: number) =>
    RELATIVE_OPENERS.has(word(k)) ||
    (k === claimEnd && word(k) === 'that' && tokens.gaps[k - 1] === Gap.Join) ||
    (k === claimEnd && word(k) === 'when' && gapText(tokens, k - 1).includes(','));
  let relative = claimEnd;
  while (relative < sentence.end && tokens.gaps[relative - 1] < Gap.Clause && !opens(relative)) relative++;
  // "…, in which …", "… under which …": a preposition may lead the relative pronoun.
  if (RELATIVE_LEADS.has(word(relative)) && RELATIVE_OPENERS.has(word(relative + 1))) relative++;
  let relativeEnd = relative;
  while (relativeEnd < sentence.end && tokens.gaps[relativeEnd] < Gap.Clause) relativeEnd++;
  // "…is the foreclosure of your property, not some separate thing": a difference denied is the identity again.
  const deniedContrast = (k: number) => {
    if (!CONTRASTS.has(word(k))) return false;
    const before = CONTRAST_DETERMINERS.has(word(k - 1)) ? k - 2 : k - 1;
    return before >= sentence.first && (word(before) === 'not' || word(before) === 'no');
  };
  // "The deficiency judgment is the foreclosure, not something that comes after it": a clause after the claim
  // that opens with "not" denies what its words say (GF, a train miss).
  const deniedClause = (k: number) => {
    let start = k;
    while (start > claimEnd && tokens.gaps[start - 1] < Gap.Clause) start--;
    return start >= claimEnd && start < k && word(start) === 'not';
  };
  // Words a matched phrase negates belong to it: "no different from" is not "different from".
  const insideSlot = (k: number) =>
    slots.some(
      (slot) =>
        k > slot.first &&
        k < slot.first + slot.length &&
        carriesNegation(tokens, { ...slot, length: k - slot.first }),
    );
  // A clause added after the claim by ", and …", ", so …" or a pronoun tells more or what follows from it
  // ("…, and your credit takes the same hit", "…, so the only question left is tax", "…, they just happen
  // before the auction"); it does not unsay it.
  // "In a short sale the lender forecloses and then sells it for less than the loan": after a foreclosing
  // predicate, "and" adds the story's next step, whose words (a sale "for less than") do not unsay it.
  const stepsOn = slots.some((slot) => FORECLOSING.has(slot.concept));
  let end = addedClause(tokens, claimEnd, sentence.end, ADDING);
  if (stepsOn) for (let k = claimEnd; k < end; k++) if (word(k) === 'and') end = k;
  // "The short sale is a foreclosure: the lender takes the home and sells it for less": what a colon right
  // after the claim opens explains it.
  if (claimEnd < end && gapText(tokens, claimEnd - 1).includes(':')) end = claimEnd;
  for (
    let k = leadInEnd(tokens, sentence.first, Math.min(...slots.map((slot) => slot.first)));
    k < end;
    k++
  ) {
    if (k === relative && opens(k)) k = relativeEnd + 1;
    if (k >= end) break;
    // "The credit union forecloses": a lender's name, not the borrower's credit.
    if (word(k) === 'credit' && word(k + 1) === 'union') continue;
    if (
      antipatterns.starts(word(k)) &&
      !insideSlot(k) &&
      !deniedContrast(k) &&
      !deniedClause(k) &&
      antipatterns.matchesAt(word, k, joins).length > 0
    )
      return true;
  }
  return false;
}

/**
 * Where the claim's clause starts, if a clause before it only leads in ("I've said it before: a short
 * sale is a foreclosure"): after a colon or a semicolon before the claim's first word.
 */
function leadInEnd(tokens: Tokens, first: number, claimFirst: number): number {
  for (let j = claimFirst - 1; j >= first; j--) {
    if (tokens.gaps[j] >= Gap.Clause && /[:;]/.test(gapText(tokens, j))) return j + 1;
  }
  return first;
}

/**
 * "…and the lender agrees to release the lien": what is released is the lien on the house, not the
 * borrower's debt.
 */
function releasesOnlyLien(tokens: Tokens, slots: Slot[]): boolean {
  return slots.some((slot) => {
    if (slot.concept !== 'ends-debt') return false;
    let k = slot.first + slot.length;
    if (tokens.gaps[k - 1] >= Gap.Clause) return false;
    while (NOUN_DETERMINERS.has(wordAt(tokens, k)) || wordAt(tokens, k) === 'mortgage') k++;
    return LIENS.has(wordAt(tokens, k));
  });
}

const LIENS = new Set(['lien', 'liens']);

/** Antipattern words of difference, which a "not" before them turns into sameness (see hasAntipattern). */
const CONTRASTS = new Set(['separate', 'different', 'distinct']);
const CONTRAST_DETERMINERS = new Set(['a', 'an', 'some', 'any', 'the']);

/** Fillers that, right after a negation, leave it whole: "not still", "not even", "never actually". */
const KEEP_NEGATION = new Set(['still', 'even', 'ever', 'actually', 'also']);

const ADDING = new Set(['and', 'so', 'they', 'it']);

const FORECLOSING = new Set(['lender-forecloses', 'been-foreclosed']);

const ANTECEDENTS = new Set(['property-word']);

/** Pronouns that may stand for the lender. */
const LENDER_PRONOUNS = new Set(['they', 'them', "they'll", 'they’ll']);

/** Words that never describe the home they stand before: they join, relate or predicate. */
const NOT_MODIFIERS = new Set(
  'and or but nor so of to for from with by in on at into onto as than that which who is are was were be been being has have had do does did will would can could may might must shall should it its'.split(
    ' ',
  ),
);

const NEGATIONS = new Set([
  'not',
  'never',
  "n't",
  "don't",
  "doesn't",
  "isn't",
  "aren't",
  "won't",
  "didn't",
  'no',
]);

/**
 * "Once the short sale closes, the lender has no way to come after you": a claim about what an
 * event does, whose event opens the sentence before any word of the overlapping claim, is the more
 * specific of the two (the short sale's family, not the general one about deficiencies).
 */
function opensWithEvent(claim: ClaimMatch, other: ClaimMatch): boolean {
  const event = claim.slots.find((slot) => EVENTS.has(slot.concept));
  if (!event || other.slots.some((slot) => EVENTS.has(slot.concept))) return false;
  // "Once a lender accepts a deed in lieu, it can't come after you": where both begin on the event's first
  // word, the claim that names the event is the closer reading.
  return other.slots.every((slot) => slot.first >= event.first);
}

/** "…hand back the keys; the lender takes the house and the debt is gone": the keys, not a foreclosure. */
function namesEventMoreClosely(tokens: Tokens, claim: ClaimMatch, other: ClaimMatch): boolean {
  if (!other.slots.some((slot) => isGenericTaking(tokens, slot))) return false;
  return claim.slots.some((slot) => EVENTS.has(slot.concept) && slot.concept !== 'foreclosure-event');
}

/**
 * "…can't demand that the lender return the house": the lender giving the home back is no home lost by the
 * borrower (a real page, set 29). The lender is the verb's subject, at most a modal or "to" between.
 */
function lenderGivesBack(
  tokens: Tokens,
  index: ClaimIndex,
  hits: Map<string, Slot[]>,
  slots: Slot[],
): boolean {
  const home = slots.find((slot) => slot.concept === 'lose-home' && !slot.carried);
  if (!home || !GIVING_BACK.has(wordAt(tokens, home.first))) return false;
  return (hits.get('creditor') ?? []).some((lender) => {
    if (lender.first >= home.first || !namesLender(index, wordAt(tokens, lender.first + lender.length - 1)))
      return false;
    let k = lender.first + lender.length;
    while (k < home.first && SUBJECT_TO_VERB.has(wordAt(tokens, k))) k++;
    return k === home.first;
  });
}

/** Verbs of giving a home back: said of the lender, it gives the home to the borrower. */
const GIVING_BACK = new Set([
  'return',
  'returns',
  'returned',
  'returning',
  'give',
  'gives',
  'gave',
  'hand',
  'hands',
]);

const SUBJECT_TO_VERB = new Set([
  'must',
  'should',
  'will',
  'would',
  'can',
  'could',
  'may',
  'to',
  'has',
  'have',
  'then',
]);

/** "A pre-foreclosure sale…": the short sale's name holds the foreclosure sale's words; the longer name is meant. */
function holdsOthersEvent(claim: ClaimMatch, other: ClaimMatch): boolean {
  const event = claim.slots.find((slot) => EVENTS.has(slot.concept));
  const inner = other.slots.find((slot) => EVENTS.has(slot.concept));
  if (!event || !inner || event.carried || inner.carried || event.length <= inner.length) return false;
  return event.first <= inner.first && event.first + event.length >= inner.first + inner.length;
}

const MAX_TRIES = 4;

function overlaps(a: ClaimMatch, b: ClaimMatch): boolean {
  const end = (c: ClaimMatch) => c.slots[c.slots.length - 1].first + c.slots[c.slots.length - 1].length;
  return a.slots[0].first < end(b) && b.slots[0].first < end(a);
}

export type { ClaimMatch, CompiledRule, Slot } from './types';

/**
 * "She got the deficiency judgment, which is the foreclosure": after a comma, "which is" says what the
 * noun before it is, as "is" would without the comma.
 */
function relativeIdentity(tokens: Tokens, j: number): boolean {
  return (
    tokens.gaps[j] === Gap.Clause &&
    gapText(tokens, j).trim() === ',' &&
    wordAt(tokens, j + 1) === 'which' &&
    RELATIVE_BE.has(wordAt(tokens, j + 2))
  );
}

const RELATIVE_BE = new Set(['is', 'was', 'means', 'meant']);

/** Whether a slot lies inside a longer slot of the same list. */
function nestedIn(slot: Slot, slots: readonly Slot[]): boolean {
  return slots.some(
    (other) =>
      other.length > slot.length &&
      other.first <= slot.first &&
      slot.first + slot.length <= other.first + other.length,
  );
}
