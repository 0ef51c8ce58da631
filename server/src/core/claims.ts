// Finds risky claims: a rule's pattern of concept classes matched inside one sentence, then lifted
// when context says the claim is negated, hedged, conditional, attributed or refuted (NegEx/ConText).
import type { ClaimIndex, ConceptForm } from './claimIndex';
import type { FixSpec, RuleEntry, TriggerGroup } from './glossaryTypes';
import { addBit, addMask, conceptBit, conceptMask, hasAll, hasAny } from './conceptBits';
import { PhraseTrie } from './phraseTrie';
import {
  Gap,
  isQuestion,
  sentenceAt,
  sentenceFirst,
  startsBlock,
  wordAt,
  wordEnd,
  type Sentence,
  type Tokens,
} from './tokens';
import { phraseWords } from './words';
import { verbForm } from './lemmas';

export interface Slot {
  concept: string;
  /** First word index and number of words. */
  first: number;
  length: number;
  match: ConceptForm;
  /** Taken from the sentence before (see carriedSubject): several may stand on one word. */
  carried?: boolean;
}

export interface ClaimMatch {
  rule: RuleEntry;
  slots: Slot[];
  fix: FixSpec;
  sentence: Sentence;
}

interface SlotSpec {
  concept: string;
  optional: boolean;
}

export interface CompiledRule {
  rule: RuleEntry;
  /** `required`: the concepts a pattern needs, as a mask (see conceptMask). */
  patterns: { slots: SlotSpec[]; fix: FixSpec; ordered: boolean; required: number[] }[];
  /**
   * One required concept of each pattern, as a mask: a sentence whose concepts include none of them
   * matches no pattern of the rule, which is then passed over with one test instead of one per pattern.
   */
  keys: number[] | undefined;
  antipatterns: PhraseTrie<true>;
}

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
    return { rule, antipatterns, keys, patterns };
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
 * in another sense). Where two claims overlap, the first rule's wins: one claim, one finding.
 */
export function findClaims(
  tokens: Tokens,
  rules: readonly CompiledRule[],
  index: ClaimIndex,
  excluded: (k: number) => boolean = () => false,
  fromSentence = 0,
  toSentence = tokens.sentenceCount,
): ClaimMatch[] {
  const claims: ClaimMatch[] = [];
  // Concepts are looked up within a sentence only: one lookup per batch of sentences keeps its
  // arrays small on a long document.
  let conceptsAt: ConceptsAt = () => NO_HITS;
  let batchEnd = fromSentence;
  const present: number[] = [];
  const sameClause = (a: number, b: number) => {
    for (let j = a; j < b; j++)
      if (tokens.gaps[j] >= Gap.Clause || index.clauseWords.has(wordAt(tokens, j + 1))) return false;
    return true;
  };
  let subjects = subjectConcepts.get(rules);
  if (!subjects) subjectConcepts.set(rules, (subjects = subjectsOf(rules)));
  let mayMatch = patternTests.get(rules);
  if (!mayMatch) patternTests.set(rules, (mayMatch = patternTest(rules)));
  const anchors: number[] = [];
  const readsAsClaimHere = (slots: Slot[], unordered: boolean) => readsAsClaim(tokens, slots, unordered);
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
    for (const compiled of rules) {
      if (compiled.keys && !hasAny(present, compiled.keys)) continue;
      const found = matchSentence(
        sentence,
        compiled,
        compiled.rule.max_gap ?? 3,
        lookup,
        sameClause,
        hits,
        present,
        readsAsClaimHere,
      );
      if (!found || hasAntipattern(tokens, sentence, compiled.antipatterns)) continue;
      // A sentence must say something of its own: words taken from the one before are not a claim.
      if (found.slots.every((slot) => slot.carried)) continue;
      if (quoted(tokens, sentence, found.slots)) continue;
      if (liftedBy(tokens, index, sentence, found.slots, next, nounLengths(hits))) continue;
      if (
        narratesPast(tokens, sentence.first, sentence.end, found.slots) ||
        nounAsVerb(tokens, sentence, found.slots) ||
        insideName(hits, found.slots) ||
        eventAvoided(tokens, sentence, found.slots, subjects) ||
        counted(tokens, sentence) ||
        citesStatute(tokens, sentence)
      )
        continue;
      const claim = { rule: compiled.rule, slots: found.slots, fix: found.fix, sentence };
      const rival = inSentence.findIndex((other) => overlaps(other, claim));
      if (rival < 0) inSentence.push(claim);
      else if (opensWithEvent(claim, inSentence[rival])) inSentence[rival] = claim;
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
  // A sentence's claims depend on it and the next sentence only (see liftedBy).
  for (let i = fromSentence; i < toSentence; i++) {
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
    for (let k = sentenceFirst(tokens, i); k < tokens.sentenceEnds[i]; k++)
      addMask(anchors, index.anchorsOf(tokens.ids[k]));
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
        claims.push(...asked.map((claim) => ({ ...claim, fix: NO_FIX })));
      }
    }
    const question = questionAnswered(tokens, i);
    const carried = carriedSubject(tokens, i, question, conceptsAt, subjects);
    const referred = referredTo(tokens, i, question, conceptsAt);
    for (const slot of carried) addBit(anchors, conceptBit(slot.concept));
    for (const slot of referred) addBit(anchors, conceptBit(slot.concept));
    if (!mayMatch(anchors)) continue;
    const sentence = sentenceAt(tokens, i);
    const hits = conceptHits(sentence, conceptsAt, present);
    for (const slot of carried) {
      if (hits.has(slot.concept)) continue;
      hits.set(slot.concept, [slot]);
      addBit(present, conceptBit(slot.concept));
    }
    for (const slot of referred) {
      hits.set(slot.concept, [...(hits.get(slot.concept) ?? []), slot]);
      addBit(present, conceptBit(slot.concept));
    }
    if (hits.size === 0) continue; // most sentences name no concept at all
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
  return claims;
}

/**
 * The subject a sentence takes from the one before it in the same paragraph, where it opens with a
 * word that refers back ("It wipes out the rest", "This process forgives…", "Then your loan is
 * settled", "Yes, …") or answers a question ("A short sale? Your balance is forgiven."): the
 * subject concepts of that sentence, placed on this sentence's first word. Within one paragraph, or
 * from a question to the block that answers it (a re-read after an edit also reads the sentence
 * after the blocks it re-reads).
 */
function carriedSubject(
  tokens: Tokens,
  i: number,
  question: number,
  conceptsAt: ConceptsAt,
  subjects: ReadonlySet<string>,
): Slot[] {
  if (i === 0) return NO_SLOTS;
  const first = sentenceFirst(tokens, i);
  const asked = question >= 0;
  // Across blocks, only from a question heading to its answer ("## Will forbearance forgive my
  // payments?" then "Yes, they are forgiven.").
  if (!asked && startsBlock(tokens, first)) return NO_SLOTS;
  // "Q: … ? A: It's gone.": the answer's label comes before the word that refers back.
  const opening = answerOpening(tokens, first);
  // "This is called…", "This means that…" points at the whole sentence before, to name or explain it.
  if (definesPrevious(tokens, opening)) return NO_SLOTS;
  // "It is important to note that…": the "it" stands for what follows, not for the sentence before.
  if (expletiveIt(tokens, opening)) return NO_SLOTS;
  // "This amount is called…", "This seller had…": a determiner names its own noun; only a process or
  // an option ("This process wipes out…") is the thing the sentence before described. "That's why…"
  // explains it.
  if (DEMONSTRATIVES.has(wordAt(tokens, opening)) && namesOwnNoun(tokens, opening + 1, conceptsAt))
    return NO_SLOTS;
  if (wordAt(tokens, opening) === "that's" && EXPLAINING.has(wordAt(tokens, opening + 1))) return NO_SLOTS;
  // After a question, a short answer or one that refers back takes its subject; a long answer
  // that starts afresh ("A: When you took out the loan, you gave…") explains, and takes none.
  // "In exchange, the lender releases you…" after a sentence about a deed in lieu is about that deed.
  const refers =
    REFERS_BACK.has(wordAt(tokens, opening)) ||
    YES.has(wordAt(tokens, opening)) ||
    (asked && wordAt(tokens, opening) === 'then') ||
    opensWithReference(tokens, opening);
  if (!refers && (!asked || tokens.sentenceEnds[i] - first > SHORT_ANSWER)) return NO_SLOTS;
  const previous = sentenceAt(tokens, asked ? question : i - 1);
  // Every subject it names ("Ask your servicer for forbearance. This process…": the servicer and
  // forbearance); the rules' patterns take the one that fits.
  // After a question, an answer that opens with a pronoun ("What happens to my missed payments?
  // They are forgiven.") also takes what the question asks about: the debt.
  const object = asked && OBJECT_PRONOUNS.has(wordAt(tokens, opening));
  const carried: Slot[] = [];
  for (let k = previous.first; k < previous.end; k++) {
    for (const hit of conceptsAt(k, previous.end)) {
      const carries = subjects.has(hit.concept) || (object && DEBT_CONCEPTS.has(hit.concept));
      if (carries && !carried.some((c) => c.concept === hit.concept))
        carried.push({ concept: hit.concept, first, length: 1, match: hit.match, carried: true });
    }
  }
  return carried;
}
const OBJECT_PRONOUNS = new Set(['it', "it's", 'they', "they're", 'them', 'those', 'these', 'that']);

/** Sentences read back for what a word refers to (see referredTo); concept lookups start that far back. */
const LOOKBACK = 3;

/**
 * The question sentence i answers, or -1: the sentence before it ("Do I owe the rest? No, …"), or
 * the one before a bare "No." or "Yes." in the same block ("Q: …? A: No. The lender forgives it.").
 */
function questionAnswered(tokens: Tokens, i: number): number {
  if (i === 0) return -1;
  if (isQuestion(tokens, i - 1)) return i - 1;
  if (i < 2 || !isQuestion(tokens, i - 2) || startsBlock(tokens, sentenceFirst(tokens, i))) return -1;
  const opening = answerOpening(tokens, sentenceFirst(tokens, i - 1));
  const bare = opening + 1 === tokens.sentenceEnds[i - 1];
  return bare && (YES.has(wordAt(tokens, opening)) || NO.has(wordAt(tokens, opening))) ? i - 2 : -1;
}
const NO = new Set(['no', 'nope', 'nah']);

/**
 * Slots on words of sentence i that refer back within its block, standing for what they refer to:
 * - "the sale" (or "this sale", "that sale") for the foreclosure or short sale an earlier sentence
 *   names ("**Trustee's sale** — The public auction … The sale satisfies the mortgage in full.");
 * - in an answer, "it" or "them" after its first word for the debt the question asks about ("Do I
 *   owe the difference after a short sale? No, the lender forgives it.").
 */
function referredTo(tokens: Tokens, i: number, question: number, conceptsAt: ConceptsAt): Slot[] {
  if (i === 0) return NO_SLOTS;
  const first = sentenceFirst(tokens, i);
  const end = tokens.sentenceEnds[i];
  let referred: Slot[] | undefined;
  const add = (slot: Slot) => (referred ??= []).push(slot);
  const namesIn = (j: number, concepts: ReadonlySet<string>) => {
    const found = new Map<string, ConceptHit>();
    for (let k = sentenceFirst(tokens, j); k < tokens.sentenceEnds[j]; k++)
      for (const hit of conceptsAt(k, tokens.sentenceEnds[j]))
        if (concepts.has(hit.concept)) found.set(hit.concept, hit);
    return found;
  };
  for (let k = first; k + 1 < end; k++) {
    if (wordAt(tokens, k + 1) !== 'sale' || !SALE_DETERMINERS.has(wordAt(tokens, k))) continue;
    if (namesIn(i, SALES).size > 0) break; // the sentence names its own sale
    // The nearest sentence before, in the same block, that names one kind of sale only.
    for (let j = i - 1; j >= Math.max(0, i - LOOKBACK); j--) {
      const named = namesIn(j, SALES);
      if (named.size === 1) {
        const [hit] = named.values();
        add({ concept: hit.concept, first: k, length: 2, match: hit.match, carried: true });
      }
      if (named.size > 0 || startsBlock(tokens, sentenceFirst(tokens, j))) break;
    }
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
const SALE_DETERMINERS = new Set(['the', 'this', 'that']);
const SALES = new Set(['foreclosure-event', 'short-sale-event']);
const ANSWER_OBJECTS = new Set(['it', 'them']);
const ANSWER_LABELS = new Set(['a', 'answer']);
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
  if (ADVERBS.has(word) || USUALLY.has(word) || !/^[a-z]/.test(word)) return false;
  return !conceptsAt(k, tokens.count).some((hit) => hit.match.kind === 'verb');
}
const DEMONSTRATIVES = new Set(['this', 'these', 'that', 'those']);
const PROCESS_NOUNS = new Set(
  'process option options route path step approach arrangement method procedure solution move way deal transaction alternative program'.split(
    ' ',
  ),
);
const EXPLAINING = new Set(['why', 'how', 'what', 'because', 'where', 'when']);
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
function answerOpening(tokens: Tokens, first: number): number {
  return ANSWER_LABELS.has(wordAt(tokens, first)) && tokens.gaps[first] === Gap.Clause ? first + 1 : first;
}
const NO_SLOTS: Slot[] = [];
const NO_FIX: FixSpec = { strategy: 'none' };
const YES = new Set(['yes', 'yep', 'yeah', 'absolutely', 'definitely', 'correct']);
/** Phrases that tie a sentence to the one before: "In exchange, …", "Under this agreement, …". */
function opensWithReference(tokens: Tokens, k: number): boolean {
  // Set off by a comma: "In exchange for a deed…" is a phrase about the deal, not a reference to it.
  return REFERRING_OPENINGS.some(
    (phrase) =>
      phrase.every((w, j) => wordAt(tokens, k + j) === w) && tokens.gaps[k + phrase.length - 1] >= Gap.Clause,
  );
}
/**
 * "Arizona limits deficiencies after a trustee's sale. In other words, the bank can't come after
 * them": a restatement keeps the state, the program or the condition of the sentence it restates.
 */
function restatesQualified(tokens: Tokens, index: ClaimIndex, i: number): boolean {
  const first = sentenceFirst(tokens, i);
  if (i === 0 || startsBlock(tokens, first)) return false;
  const opens = RESTATING.some((phrase) => phrase.every((w, j) => wordAt(tokens, first + j) === w));
  if (!opens) return false;
  return triggersIn(tokens, index, sentenceAt(tokens, i - 1), () => false).some((t) =>
    QUALIFYING.has(t.group.reason),
  );
}
const RESTATING = [
  ['in', 'other', 'words'],
  ['that', 'is'],
  ['put', 'simply'],
  ['simply', 'put'],
  ['in', 'short'],
  ['in', 'effect'],
  ['this', 'means'],
  ['that', 'means'],
];
const QUALIFYING = new Set<TriggerGroup['reason']>(['specific', 'conditional', 'hedged']);
const REFERRING_OPENINGS = [
  ['in', 'exchange'],
  ['in', 'return'],
  ['under', 'this', 'agreement'],
  ['under', 'this', 'arrangement'],
  ['with', 'this', 'option'],
  ['as', 'part', 'of', 'the', 'deal'],
];
const REFERS_BACK = new Set(
  "it it's its this that that's these they they're yes yep yeah sure absolutely".split(' '),
);

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

/**
 * Whether some pattern of `rules` has all its required concepts in a mask. Patterns are filed under
 * one of their concepts, so a mask is tested against the few filed under its own concepts only.
 */
function patternTest(rules: readonly CompiledRule[]): (present: readonly number[]) => boolean {
  const filed: number[][][] = []; // by concept bit
  for (const rule of rules) {
    for (const { required } of rule.patterns) {
      const word = required.findIndex((bits) => bits !== 0);
      if (word < 0) return () => true; // a pattern of optional concepts only may match anywhere
      const bit = word * 32 + 31 - Math.clz32(required[word] & -required[word]);
      while (filed.length <= bit) filed.push([]);
      if (!filed[bit].some((other) => other.join() === required.join())) filed[bit].push(required);
    }
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
const patternTests = new WeakMap<readonly CompiledRule[], (present: readonly number[]) => boolean>();

type ConceptHit = { concept: string; length: number; match: ConceptForm };
type ConceptsAt = (k: number, sentenceEnd: number) => readonly ConceptHit[];
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
  // "not always" is a hedge, not an intensifier: a filler right after a negation stays.
  const isFiller = (j: number) =>
    j + fromWord < toWord &&
    index.isFiller(tokens.ids[j + fromWord]) &&
    !NEGATIONS.has(wordAt(tokens, j + fromWord - 1));
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
  const lookup = (k: number, end: number): readonly ConceptHit[] => {
    const cached = cache[k - fromWord];
    if (cached) return cached;
    let hits = NO_HITS;
    if (index.startsConcept(tokens.ids[k]) && !excluded(k)) {
      sentenceEnd = end;
      const found: ConceptHit[] = [];
      for (const { length, values } of index.concepts.matchesAt(lemmaAt, k - fromWord, joins, isFiller)) {
        for (const match of values) {
          const same = found.findIndex((h) => h.concept === match.concept);
          const hit = { concept: match.concept, length, match };
          if (same < 0) found.push(hit);
          else found[same] = hit; // matches come shortest first: the longest wins
        }
      }
      const kept = found.some((hit) => DEBT_CONCEPTS.has(hit.concept))
        ? found.filter((hit) => !modifiesNext(k, hit, end))
        : found;
      if (kept.length > 0) hits = kept;
    }
    cache[k - fromWord] = hits;
    return hits;
  };
  return lookup;
}

/** The slots with the pattern's subject (its first required concept) first, then in reading order. */
function subjectFirst(slots: Slot[], pattern: readonly SlotSpec[]): Slot[] {
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
function readsAsClaim(tokens: Tokens, slots: Slot[], unordered: boolean): boolean {
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
    if (PAYING.has(slot.concept) && paysInPart(tokens, slot)) return false;
    // "…and the debt goes as well" adds the debt; "as well as" only joins a list.
    if (
      slot.concept === 'so-too' &&
      word(slot.first + slot.length - 1) === 'well' &&
      word(slot.first + slot.length) === 'as'
    )
      return false;
    if (deniesUniversality(tokens, slot)) return false;
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
    // "in this type of foreclosure" names a kind of foreclosure; it does not call one thing another.
    if (slot.concept === 'also-known-as' && KIND_OPENERS.has(word(slot.first - 1))) return false;
    if (
      slot.concept === 'also-known-as' &&
      NOUN_DETERMINERS.has(word(slot.first)) &&
      word(slot.first) !== 'a'
    )
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
  // "Short sales are contractual—state foreclosure rules…": a dash or colon ends the complement of "is".
  const copula = slots.findIndex((slot) => slot.concept === 'is');
  // "This short sale is completed under…": a passive verb after "is" says what is done, not what it is.
  if (!unordered && copula >= 0) {
    const after = slots[copula].first + slots[copula].length;
    const inSlot = slots.some((slot) => after >= slot.first && after < slot.first + slot.length);
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
    inLeadingTimeClause(tokens, predicate.first, subject.first)
  )
    return false;
  // "A deficiency is created when a lender forecloses": the subject comes into being in the event
  // the clause tells; the verb there is the event's, not the subject's.
  // ("A short sale happens when … the lender agrees to settle the debt" defines an event by what it does.)
  if (predicate.match.kind === 'verb' && subject.first < predicate.first && !EVENTS.has(subject.concept)) {
    for (let k = subject.first + subject.length; k < predicate.first; k++)
      if (SUBORDINATE_OPENERS.has(word(k)) && ARISING.has(word(k - 1))) return false;
  }
  if (!EVENTS.has(subject.concept)) return true;
  const [from, to] =
    subject.first < predicate.first ? [subject.first, predicate.first] : [predicate.first, subject.first];
  for (let k = from; k < to; k++) if (CONTRASTS.has(word(k))) return false;
  if (predicate.match.kind !== 'verb' || subject.first < predicate.first) return true;
  for (let k = subject.first - 1; k >= Math.max(0, subject.first - 4); k--) {
    if (EVENT_LINKS.has(word(k))) return true;
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
  while (k >= 0 && tokens.gaps[k] < Gap.Clause && NOUN_DETERMINERS.has(wordAt(tokens, k))) k--;
  if (k >= 0 && tokens.gaps[k] < Gap.Clause && GOVERNING_WORDS.has(wordAt(tokens, k))) return true;
  return hasVerbAfter(tokens, end);
}
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
const CLAUSE_OPENERS = new Set(
  'when whenever if once where after because since and but that which who while'.split(' '),
);
const DEBT_HEADS = new Set(['loan', 'loans', 'debt', 'balance', 'note']);
const USUALLY = new Set('usually typically often generally normally always never still also'.split(' '));

function paysInPart(tokens: Tokens, slot: Slot): boolean {
  const end = slot.first + slot.length;
  const last = wordAt(tokens, end - 1);
  if (last === 'paying' || (last === 'paid' && wordAt(tokens, end - 2) === 'being')) return true;
  return last === 'paid' && (wordAt(tokens, end) === 'from' || wordAt(tokens, end) === 'out');
}
const PAYING = new Set(['ends-debt', 'debt-gone']);
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
const SCOPES = new Set(['in', 'across', 'for', 'under']);
const ADVISING = new Set(['should', 'must', 'please', 'to']);
const LIST_JOINS = new Set(['and', 'or', 'nor']);
/** Verbs after "is" that name a kind: "is considered a foreclosure" still calls it one. */
const CATEGORIZING = new Set(
  'considered treated deemed called classified viewed regarded counted labeled labelled defined termed named recorded listed'.split(
    ' ',
  ),
);
/**
 * "…three scenarios that cover liability…": a verb right after "that" or "which" whose noun is
 * not a word of the claim belongs to that noun's clause.
 */
function inOtherRelative(tokens: Tokens, slots: Slot[], slot: Slot): boolean {
  const relative = slot.first - 1;
  if (!RELATIVE_PRONOUNS.has(wordAt(tokens, relative)) || tokens.gaps[relative - 1] >= Gap.Clause)
    return false;
  const antecedent = relative - 1;
  if (slots.some((other) => antecedent >= other.first && antecedent < other.first + other.length))
    return false;
  if (NOT_ANTECEDENTS.has(wordAt(tokens, antecedent))) return false;
  // "A deficiency judgment is the court order that forecloses…": the noun is the subject's complement.
  for (let k = antecedent - 1; k >= 0 && tokens.gaps[k] < Gap.Clause; k--)
    if (COPULA_WORDS.has(wordAt(tokens, k)) && wordAt(tokens, k - 1) !== 'there') return false;
  return !/[—–:]|\s-\s/.test(tokens.text.slice(tokens.starts[slots[0].first], tokens.starts[relative]));
}
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
/** Whether word k stands in a clause opened by a word of time ("after", "once") that ends before word `before`. */
function inLeadingTimeClause(tokens: Tokens, k: number, before: number): boolean {
  let start = k;
  while (start > 0 && tokens.gaps[start - 1] < Gap.Clause) start--;
  if (!TIME_OPENERS.has(wordAt(tokens, start)) || (start > 0 && tokens.gaps[start - 1] < Gap.Sentence))
    return false;
  for (let j = k; j < before; j++) if (tokens.gaps[j] >= Gap.Clause) return true;
  return false;
}
const TIME_OPENERS = new Set(['after', 'once', 'when', 'before', 'until']);
const OVER = new Set(['over', 'done', 'finished', 'complete', 'completed']);
const DEBT_CONCEPTS = new Set(['debt', 'anything-owed']);
/** What a period of forbearance or a process does when it is over. */
const EVENT_ENDINGS = new Set(
  'end ends ended ending stop stops stopped finish finishes finished expire expires expired close closes closed conclude concludes concluded lapse lapses lapsed'.split(
    ' ',
  ),
);
const EVENTS = new Set([
  'foreclosure-event',
  'short-sale-event',
  'deed-in-lieu-event',
  'lose-home',
  'forbearance',
  'loan-modification',
]);
/** Nouns a debt word modifies when it stands before them: "mortgage industry", "deficiency waiver". */
const MODIFIED_HEADS = new Set(
  'income industry forbearance waiver waivers holder holders lender lenders servicer servicers broker brokers company companies market markets crisis rate rates relief professional professionals attorney attorneys lawyer lawyers insurance application applications program programs negotiation negotiations statement statements solution solutions life law laws'.split(
    ' ',
  ),
);
const KIND_OPENERS = new Set(['in', 'of', 'for', 'with', 'under', 'at', 'from', 'to', 'by']);
const RELATIVE_PREPOSITIONS = new Set(['of', 'any', 'on', 'for', 'from', 'about']);
const CONTRASTS = new Set(['while', 'whereas', 'but', 'although', 'though', 'yet', 'however', 'unlike']);
/** Words that tie an event named after the predicate to it: "…is wiped out after a foreclosure". */
const EVENT_LINKS = new Set(
  'after by through with in when once upon following via at from during under if whenever since'.split(' '),
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

function matchSentence(
  sentence: Sentence,
  compiled: CompiledRule,
  maxGap: number,
  conceptsAt: ConceptsAt,
  sameClause: (a: number, b: number) => boolean,
  hits: Map<string, Slot[]>,
  present: readonly number[],
  readsAsClaim: (slots: Slot[], unordered: boolean) => boolean,
): { slots: Slot[]; fix: FixSpec } | undefined {
  for (const pattern of compiled.patterns) {
    // A pattern whose required concepts are not all in the sentence cannot match: skip it cheaply.
    if (!hasAll(present, pattern.required)) continue;
    if (!pattern.ordered) {
      const slots = matchUnordered(pattern.slots, hits, sameClause);
      if (slots && readsAsClaim(subjectFirst(slots, pattern.slots), true)) return { slots, fix: pattern.fix };
      continue;
    }
    // The match starts where one of its leading slots (up to the first required one) occurs.
    const failed = new Set<number>(); // shared by the starts: a failure does not depend on the start
    for (const k of startsOf(pattern.slots, hits)) {
      const slots = matchFrom(pattern.slots, 0, k, true, sentence.end, maxGap, conceptsAt, failed);
      if (slots && readsAsClaim(slots, false)) return { slots, fix: pattern.fix };
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
      if (rest) return { slots: [carried, ...rest], fix: pattern.fix };
    }
  }
  return undefined;
}

/**
 * Every required concept somewhere in the sentence, without overlaps; slots in reading order.
 * Each concept may occur more than once ("Once your forbearance ends, the missed payments
 * disappear": "ends" is not the predicate), so occurrences are tried until the clause constraint holds.
 */
function matchUnordered(
  pattern: SlotSpec[],
  sentenceHits: Map<string, Slot[]>,
  sameClause: (a: number, b: number) => boolean,
): Slot[] | undefined {
  const hits = pattern.map((spec) => sentenceHits.get(spec.concept) ?? []);
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
    if (i === pattern.length) return clauseHolds(chosen, sameClause) ? [...chosen] : undefined;
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
  return search(0)?.sort((a, b) => a.first - b.first);
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

function hasAntipattern(tokens: Tokens, sentence: Sentence, antipatterns: PhraseTrie<true>) {
  const joins = (k: number) => k + 1 < sentence.end && tokens.gaps[k] <= Gap.Soft;
  const word = (k: number) => wordAt(tokens, k);
  for (let k = sentence.first; k < sentence.end; k++) {
    if (antipatterns.starts(word(k)) && antipatterns.matchesAt(word, k, joins).length > 0) return true;
  }
  return false;
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
  if (sentence.question) return 'question';
  if (inPremise(tokens, index, sentence, slots, nounAt)) return 'conditional';
  if (next && limitedByNext(tokens, next)) return 'conditional';
  const first = slots[0].first;
  const lastSlot = slots[slots.length - 1];
  const end = lastSlot.first + lastSlot.length;
  // A negation or hedge counts before the end of the predicate: in "wipe out whatever the sale
  // didn't cover" the "didn't" belongs to the object, not to the claim.
  const predicate = slots.find((s) => s.match.kind === 'verb') ?? lastSlot;
  // After an auxiliary the negation follows it: "are not foreclosures", "is not really".
  const auxiliary = predicate.length === 1 && AUXILIARIES.has(wordAt(tokens, predicate.first));
  const predicateEnd = predicate.first + predicate.length + (auxiliary ? 2 : 0);
  const inSlot = (k: number) => slots.some((s) => k >= s.first && k < s.first + s.length);
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
    const leadingHedge =
      group.reason === 'hedged' && k < first && inLeadingPhrase(tokens, sentence.first, k, first);
    // A conjunction after the claim opens another clause, whose qualifiers are its own ("…, so the
    // waiver is a formality").
    let laterClause = false;
    let consequence = false;
    for (let j = end; j < k; j++) {
      if (index.clauseWords.has(wordAt(tokens, j))) laterClause = true;
      if (wordAt(tokens, j) === 'so' && tokens.gaps[j - 1] >= Gap.Clause) consequence = true;
    }
    // "…, so most of our short sale sellers can skip the form": what follows from the claim names
    // particular people or papers without making the claim one agreement's.
    if (group.reason === 'specific' && consequence) continue;
    if (inWhetherOr(tokens, sentence, k, inSlot)) continue;
    const inScope = group.scope === 'sentence' || ((k >= clauseStart || leadingHedge) && !laterClause);
    if (!inDirection || !inScope) continue;
    // "If you walk away, the debt is gone": a condition that states the claim's own premise
    // (a slot in the trigger's clause) does not qualify the claim.
    const subjectAt = (j: number) =>
      j >= predicate.first && j < predicate.first + predicate.length
        ? undefined
        : slots.find((s) => j >= s.first && j < s.first + s.length);
    if (
      group.reason === 'conditional' &&
      length === 1 &&
      SUBORDINATORS.has(wordAt(tokens, k)) &&
      ownPremise(tokens, index, k, sentence.end, subjectAt, predicate)
    )
      continue;
    // A condition in another clause governs that clause: "…; it forgives the payments" after
    // "If you're in a pinch, ask…", or "X, but if you can't afford it, Y".
    if (group.reason === 'conditional' && !conditionReaches(tokens, index, k, predicate.first, end)) continue;
    // A contrast ("but", "in fact") only answers reported speech; on its own it lifts nothing.
    if (group.reason === 'contrast') continue;
    // "The flyer said X": reported speech lifts a claim only when it is answered after it, in the
    // rest of the sentence or the next one ("...; it does not.", "Is that right?", "Many states allow it.").
    if (group.reason === 'reported' && !answeredAfter(tokens, index, sentence, end, next)) continue;
    return group.reason;
  }
  return undefined;
}

/**
 * "…cannot sue for any deficiency. This only applies to purchase money loans.": the next sentence
 * limits the one before to some loans or cases.
 */
function limitedByNext(tokens: Tokens, next: Sentence): boolean {
  if (startsBlock(tokens, next.first) || !REFERS_BACK.has(wordAt(tokens, next.first))) return false;
  let only = false;
  for (let k = next.first + 1; k < Math.min(next.end, next.first + 6); k++) {
    const word = wordAt(tokens, k);
    if (word === 'only') only = true;
    else if (APPLIES.has(word)) return only || NOT.has(wordAt(tokens, k - 1));
  }
  return false;
}
const APPLIES = new Set(['applies', 'apply', 'covers', 'cover']);
const NOT = new Set(['not', "doesn't", "don't", 'never']);
/**
 * "A modification, whether obtained inside or outside a Chapter 13 case, wipes out…": a clause of
 * "whether … or …" that holds no word of the claim covers every case; what it names qualifies nothing.
 */
function inWhetherOr(tokens: Tokens, sentence: Sentence, k: number, inSlot: (k: number) => boolean): boolean {
  let start = k;
  while (start > sentence.first && tokens.gaps[start - 1] < Gap.Clause) start--;
  if (wordAt(tokens, start) !== 'whether') return false;
  let or = false;
  for (let j = start; j < sentence.end; j++) {
    if (inSlot(j)) return false;
    if (wordAt(tokens, j) === 'or') or = true;
    if (tokens.gaps[j] >= Gap.Clause) break;
  }
  return or;
}

/**
 * A claim told in the past tense of one person or one family reports an event ("After the
 * foreclosure, they owed nothing"; "Her modification forgave $30,000"), not a general rule: the
 * predicate's head is a past form ("owed", "was", "wiped out") that no present auxiliary governs
 * ("is wiped out" is present), and its clause names a particular subject ("they", "her").
 * "Homeowners who got modifications had their arrears wiped out" still reads as a rule.
 */
function narratesPast(tokens: Tokens, sentenceFirst: number, end: number, slots: Slot[]): boolean {
  for (const slot of slots) {
    if (slot.match.kind === 'noun') continue;
    for (let k = slot.first; k < slot.first + slot.length; k++) {
      const word = wordAt(tokens, k);
      // "isn't" is present, though its lemma is irregular.
      if (
        !PAST_AUXILIARIES.has(word) &&
        (word === 'been' || PRESENT_AUXILIARIES.has(word) || verbForm(word) !== 'past')
      )
        continue;
      let j = k - 1;
      while (j >= sentenceFirst && ADVERBS.has(wordAt(tokens, j))) j--;
      if (j >= sentenceFirst && PRESENT_AUXILIARIES.has(wordAt(tokens, j))) return false;
      // "was tax-free for 2020 discharges": the law as it stood in a year, not as it stands.
      for (let p = sentenceFirst; p < end; p++) if (/^(?:19|20)\d\d$/.test(wordAt(tokens, p))) return true;
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
      }
      return false;
    }
  }
  return false;
}
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', "didn't", "wasn't", "weren't", "hadn't"]);
const PRESENT_AUXILIARIES = new Set(
  "is are am be been being has have will would can could shall should must may might do does isn't you're we're they're it's you'll we'll they'll it'll you've we've they've".split(
    ' ',
  ),
);
const CAUSATIVES = new Set(['had', 'have', 'has', 'got', 'get', 'gets']);
const ADVERBS = new Set(['always', 'automatically', 'never', 'not', 'completely', 'just', 'simply', 'all']);
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

/**
 * A verb slot read where the word is a noun, after a determiner ("the end of the loan") or
 * capitalised inside a name ("its Mortgage Release option"), or where it is the infinitive of a measure ("longer to pay off").
 */
function nounAsVerb(tokens: Tokens, sentence: Sentence, slots: Slot[]): boolean {
  return slots.some((slot) => {
    if (slot.match.kind !== 'verb' || slot.first === sentence.first) return false;
    if (NOUN_DETERMINERS.has(wordAt(tokens, slot.first - 1))) return true;
    // "very clear wording": after a degree adverb the word is an adjective.
    if (DEGREE_ADVERBS.has(wordAt(tokens, slot.first - 1))) return true;
    // "take longer to pay off" measures the loan; "file for a judgment to take back the house" claims a purpose.
    const before = slot.first - 1;
    const inSlot = slots.some((s) => before >= s.first && before < s.first + s.length);
    if (wordAt(tokens, before) === 'to' && !inSlot && before > sentence.first) {
      if (MEASURED_TO.has(wordAt(tokens, before - 1))) return true;
      // "want to walk away", "have chosen to use a short sale as a way to get out of…": a wish, a
      // choice or an attempt earlier in the clause, not what happens.
      for (let k = before; k > sentence.first && tokens.gaps[k - 1] < Gap.Clause; k--)
        if (wordAt(tokens, k) === 'to' && WISHES.has(wordAt(tokens, k - 1))) return true;
      // A purpose ("conveys the property to the lender to satisfy the loan") is not a result, unless
      // the lender accepts something for it ("agrees to take the lower amount to settle the debt").
      if (
        PURPOSE_VERBS.has(slot.match.base[0]) &&
        !ASSERTING_TO.has(wordAt(tokens, before - 1)) &&
        !acceptedFor(tokens, sentence, before)
      )
        return true;
    }
    // A capital inside a sentence marks a name, unless the whole word is shouted ("Short sales ARE foreclosures").
    const written = tokens.text.slice(tokens.starts[slot.first], wordEnd(tokens, slot.first));
    return /^\p{Lu}/u.test(written) && !/^\p{Lu}[\p{Lu}']+$/u.test(written);
  });
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
/** Whether the clause before word `to` has the lender accept or take something ("agrees to take the lower amount"). */
function acceptedFor(tokens: Tokens, sentence: Sentence, to: number): boolean {
  for (let k = to - 1; k >= sentence.first && tokens.gaps[k] < Gap.Clause; k--)
    if (ACCEPTING.has(wordAt(tokens, k))) return true;
  return false;
}
const ACCEPTING = new Set('accept accepts accepted accepting take takes took taking'.split(' '));
const MEASURED_TO = new Set('longer harder easier enough time years months'.split(' '));
const WISHES = new Set(
  'want wants wanted wanting seek seeks seeking sought hope hopes hoped hoping try tries tried trying attempt attempts attempted attempting wish wishes wished wishing plan plans planned planning aim aims aimed aiming intend intends intended intending prefer prefers preferred choose chooses chose chosen choosing decide decides decided deciding tempted tempting eager desire desires dream dreams'.split(
    ' ',
  ),
);
const DEGREE_ADVERBS = new Set('very quite crystal fairly extremely perfectly pretty'.split(' '));
const NOUN_DETERMINERS = new Set('a an the your my our their his her its every each'.split(' '));

/**
 * A verb slot that ends a longer name found in the same sentence ("release" in "aka mortgage
 * release", another name for a deed in lieu) is the name's head noun, not the claim's verb.
 */
function insideName(hits: Map<string, Slot[]>, slots: Slot[]): boolean {
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
function eventAvoided(
  tokens: Tokens,
  sentence: Sentence,
  slots: Slot[],
  subjects: ReadonlySet<string>,
): boolean {
  const event = slots.find((slot) => subjects.has(slot.concept));
  if (!event) return false;
  for (let k = Math.max(sentence.first, event.first - 5); k < event.first; k++)
    if (AVOIDING.has(wordAt(tokens, k))) return true;
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

/**
 * A share below all ("for over 96% of our approvals") counts cases, and a span of years ("debt
 * discharged between 2007 and 2013") states the law of that time: neither is a claim about every case.
 */
function counted(tokens: Tokens, sentence: Sentence): boolean {
  const text = tokens.text.slice(tokens.starts[sentence.first], wordEnd(tokens, sentence.end - 1) + 1);
  // "100%" is every case.
  return (
    /(?<![\d.])(?:\d{1,2}(?:\.\d+)?)\s*(?:%|percent\b)/i.test(text) ||
    /\b(?:between|from|before|until|through|prior to)\s+(?:19|20)\d\d\b/i.test(text)
  );
}

/**
 * A sentence that cites a statute or regulation states that law's rule, which may be accurate where
 * it applies ("Under RCW 61.24.100, …"): not a general claim.
 */
function citesStatute(tokens: Tokens, sentence: Sentence): boolean {
  const from = tokens.starts[sentence.first];
  const text = tokens.text.slice(from, wordEnd(tokens, sentence.end - 1));
  return CITATION.test(text);
}
const CITATION =
  /§|\bU\.\s?S\.\s?C\.|\bC\.\s?F\.\s?R\.|\bCFR\b|\b(?:RCW|ORS|NRS|A\.R\.S\.|ARS)\s+§?\s*\d|\bCode Civ\. Proc\.|\bStat\.\s|\bRPAPL\b/;

/** Whether word k lies in a phrase that opens the sentence and ends, at a comma, before word `first`. */
function inLeadingPhrase(tokens: Tokens, sentenceFirst: number, k: number, first: number): boolean {
  const ends: number[] = [];
  for (let j = sentenceFirst; j < first; j++) if (tokens.gaps[j] >= Gap.Clause) ends.push(j);
  if (ends.length === 0) return false;
  if (k <= ends[0]) return true;
  // "…, and, in certain circumstances, the bank…": a phrase set off after a conjunction opens the clause.
  const [before, last] = [ends[ends.length - 2], ends[ends.length - 1]];
  return before !== undefined && k > before && k <= last && PHRASE_CONJUNCTIONS.has(wordAt(tokens, before));
}
const PHRASE_CONJUNCTIONS = new Set(['and', 'but', 'so', 'or', 'yet']);

const ANTECEDENTS = new Set(['property-word']);
const MARKERS = new Set(['absolutely', 'universally', 'all-of', 'every', 'every-disposition', 'so-too']);

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

const AUXILIARIES = new Set(
  'be is are was were am been will would can could shall should must may might do does did has have had'.split(
    ' ',
  ),
);

/**
 * A claim inside quotation marks is someone else's words, quoted to be discussed or corrected
 * ('"Forbearance is forgiveness" | The paused amounts still come due').
 */
function quoted(tokens: Tokens, sentence: Sentence, slots: Slot[]): boolean {
  // Count quotation marks from the start of this sentence's cell or block, not the previous one's.
  const previousEnd = sentence.first > 0 ? wordEnd(tokens, sentence.first - 1) : 0;
  const gap = tokens.text.slice(previousEnd, tokens.starts[sentence.first]);
  const newBlock = sentence.first > 0 && startsBlock(tokens, sentence.first);
  const from = previousEnd + Math.max(gap.lastIndexOf('|'), newBlock ? gap.lastIndexOf('\n') : -1) + 1;
  const to = sentence.end < tokens.count ? tokens.starts[sentence.end] : tokens.text.length;
  // The predicate decides: '"deficiency judgments are automatic" among the foreclosure myths'.
  const predicate = slots.find((s) => s.match.kind === 'verb') ?? slots[slots.length - 1];
  const before = tokens.text.slice(from, tokens.starts[predicate.first]);
  const after = tokens.text.slice(wordEnd(tokens, predicate.first + predicate.length - 1), to);
  const straight = (s: string) => s.split('"').length - 1;
  const opened = straight(before) % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
  if (opened && (after.includes('"') || after.includes('”'))) return true;
  // Single quotes, told from apostrophes: one opens after a space or a bracket ("the claim that
  // 'the sale satisfies the debt'"), one closes before a space or punctuation.
  const openSingle = Math.max(before.search(/(?:^|[\s([])['‘][^'‘’]*$/), before.lastIndexOf('‘'));
  const closeSingle = /['’](?=[\s.,;:!?)\]]|$)/.test(after);
  return openSingle >= 0 && before.lastIndexOf('’') < openSingle && closeSingle;
}
const DENIALS = new Set(['no', 'nope', 'wrong', 'actually', 'false', 'incorrect']);
const ANSWERS = new Set<TriggerGroup['reason']>(['negated', 'hedged', 'conditional', 'refuted', 'contrast']);

function answeredAfter(tokens: Tokens, index: ClaimIndex, sentence: Sentence, end: number, next?: Sentence) {
  const rest = { first: end, end: sentence.end, question: false };
  const answers = (s: Sentence) =>
    triggersIn(tokens, index, s, () => false).some((t) => ANSWERS.has(t.group.reason));
  // "People keep saying X. No, it's …": the next sentence opens by denying it.
  const denies = (s: Sentence) => DENIALS.has(wordAt(tokens, s.first));
  return answers(rest) || (next !== undefined && (next.question || denies(next) || answers(next)));
}

function triggersIn(tokens: Tokens, index: ClaimIndex, sentence: Sentence, skip: (k: number) => boolean) {
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
    for (const { length, values } of matches) {
      if (!skip(k + length - 1)) for (const group of values) found.push({ k, length, group });
    }
  }
  return found;
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
    if (k === predicate.first) return false; // the condition holds the claim's predicate: it qualifies it
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

/** Words that do not make a condition more than the claim's own premise. */
const FUNCTION_WORDS = new Set(
  'you we they he she i it one someone anyone borrowers and or to of for on in at with then up out back over just'.split(
    ' ',
  ),
);
const SUBORDINATORS = new Set([
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
  // "Even if the lender cannot sue you, …": a concession is a premise too.
  if (wordAt(tokens, start) === 'even' && start + 1 < slots[0].first) start++;
  if (!SUBORDINATORS.has(wordAt(tokens, start))) return false;
  if (prepositionalOpening(tokens, start, nounAt)) return false;
  // "Whenever a house is foreclosed the lender gets…": a subordinator that is the claim's own
  // marker of universality states the rule; it is no premise.
  if (slots.some((s) => s.first === start && MARKERS.has(s.concept))) return false;
  if (premiseEndsUnmarked(tokens, index, start, sentence.end, slots)) return false;
  let clauseEnd = start;
  while (clauseEnd < sentence.end - 1 && tokens.gaps[clauseEnd] < Gap.Clause) clauseEnd++;
  const last = slots[slots.length - 1];
  return clauseEnd < sentence.end - 1 && last.first + last.length - 1 <= clauseEnd;
}

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
    const slot = slots.find((s) => k >= s.first && k < s.first + s.length);
    if (slot && subject && slot !== subject)
      return NEW_SUBJECT.has(wordAt(tokens, k)) || NEW_SUBJECT.has(wordAt(tokens, k - 1));
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
/** Words that open a noun phrase, so a subject, after the prepositional phrase. */
const NEW_SUBJECT = new Set(
  "the a an your my our their his her its you we they i he she it there any all every each no you'll you're we'll we're they'll they're it's there's ur u".split(
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
  for (let j = k; j < first; j++)
    if (tokens.text.slice(wordEnd(tokens, j), tokens.starts[j + 1]).includes(';')) return false;
  return true;
}

/**
 * "The lender may agree to waive it, release the seller, or accept the proceeds in full satisfaction":
 * a clause that opens with a verb (after a comma, "or" or "and") has no subject of its own: it is an
 * item of the list the earlier clause opens, and shares its qualifiers. Returns where that clause
 * starts, or `start`.
 */
function listOpening(tokens: Tokens, index: ClaimIndex, sentenceFirst: number, start: number): number {
  const opener = wordAt(tokens, LIST_JOINS.has(wordAt(tokens, start)) ? start + 1 : start);
  if (start === sentenceFirst || NEW_SUBJECT.has(opener) || OPENS_PHRASE.has(opener)) return start;
  // A semicolon, colon or dash opens a clause of its own ("…; giving it back clears the loan").
  if (/[;:—–]/.test(tokens.text.slice(wordEnd(tokens, start - 1), tokens.starts[start]))) return start;
  let opening = start;
  for (let step = 0; step < 4 && opening > sentenceFirst; step++) {
    opening = clauseBoundaryBefore(tokens, index, opening - 1, sentenceFirst);
    const word = wordAt(tokens, LIST_JOINS.has(wordAt(tokens, opening)) ? opening + 1 : opening);
    if (NEW_SUBJECT.has(word)) return opening;
  }
  return start;
}
/** Words that open a phrase or a clause of their own, not a verb of a list. */
const OPENS_PHRASE = new Set(
  'in on at by for from with without after before once when if unless while because since although though but so as to of under'.split(
    ' ',
  ),
);
/** The position of the nearest clause-opening conjunction before word k, or sentenceFirst. */
function conjunctionBefore(tokens: Tokens, index: ClaimIndex, k: number, sentenceFirst: number): number {
  for (let j = k - 1; j >= sentenceFirst; j--) if (index.clauseWords.has(wordAt(tokens, j))) return j;
  return sentenceFirst;
}

/** Where the clause holding word k starts: after punctuation, or at a conjunction ("because"). */
function clauseBoundaryBefore(tokens: Tokens, index: ClaimIndex, k: number, sentenceFirst: number): number {
  for (let j = k - 1; j >= sentenceFirst; j--) {
    if (tokens.gaps[j] >= Gap.Clause) return j + 1;
    if (index.clauseWords.has(wordAt(tokens, j))) return j;
  }
  return sentenceFirst;
}

/**
 * "Once the short sale closes, the lender has no way to come after you": a claim about what an
 * event does, whose event opens the sentence before any word of the overlapping claim, is the more
 * specific of the two (the short sale's family, not the general one about deficiencies).
 */
function opensWithEvent(claim: ClaimMatch, other: ClaimMatch): boolean {
  const event = claim.slots.find((slot) => EVENTS.has(slot.concept));
  if (!event || other.slots.some((slot) => EVENTS.has(slot.concept))) return false;
  return other.slots.every((slot) => slot.first > event.first);
}

function overlaps(a: ClaimMatch, b: ClaimMatch): boolean {
  const end = (c: ClaimMatch) => c.slots[c.slots.length - 1].first + c.slots[c.slots.length - 1].length;
  return a.slots[0].first < end(b) && b.slots[0].first < end(a);
}
