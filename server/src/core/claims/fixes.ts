// Rewordings for risky claims, chosen by the rule (glossary/rules/*.yaml). A rewording writes into
// someone's legal text, so each strategy either states the accurate, hedged proposition in place of
// the claim's own predicate or offers nothing (fixCheck.ts then re-reads every rewording):
// - hedge-predicate negates the claim's verb, keeping tense and agreement: "erases" → "does not
//   always erase", "will cancel" → "will not always cancel", "is gone" → "is not always gone"; a
//   quantified subject is denied instead ("Every foreclosure ends in…" → "Not every foreclosure
//   ends in…"), and an intensifier next to the verb is dropped, not negated ("are basically" → "are not");
// - replace puts the rule's modal wording ("may still owe part of the balance") in place of slots;
// - none: the claim is reported without a rewording.
import type { ClaimMatch, Slot } from '.';
import type { ClaimIndex } from './claimIndex';
import { capitalize } from '../text/markdownText';
import { LIST_JOINS } from './clauseWords';
import { verbForm } from '../text/lemmas';
import { Gap, wordAt, wordEnd, wordsAt, type Tokens } from '../text/tokens';
import type { TextSource } from '../text/pieceText';

export interface Fix {
  title: string;
  /** Document offsets replaced, [start, end). */
  start: number;
  end: number;
  replacement: string;
}

type Words = Pick<ClaimIndex, 'lemma'>;

const MODALS_LIST = ['will', 'would', 'shall', 'should', 'must', 'can', 'could'];
const MODALS = new Set(MODALS_LIST);
/** Auxiliaries that take "not" directly before a participle: "is not always wiped out". */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);
/** Intensifiers a denial drops, not negates: "are basically foreclosures" → "are not foreclosures". */
const INTENSIFIERS = [
  ['basically'],
  ['essentially'],
  ['really'],
  ['simply'],
  ['just'],
  ['actually'],
  ['effectively'],
  ['merely'],
  ['technically'],
  ['ultimately'],
  ['pretty', 'much'],
  ['in', 'essence'],
  ['in', 'effect'],
  ['at', 'bottom'],
  ['at', 'heart'],
  ['nothing', 'more', 'than'],
  ['nothing', 'but'],
  ['also'],
  ['definitely'],
  ['definately'],
  ['certainly'],
  ['surely'],
];
/** Adverbs a writer puts between an auxiliary and the verb; the denial replaces them. */
const WRITERS_ADVERBS = new Set([
  'always',
  'automatically',
  'legally',
  'basically',
  'just',
  'simply',
  'really',
]);
const ONE_WORD_INTENSIFIERS = new Set(INTENSIFIERS.filter((p) => p.length === 1).map((p) => p[0]));
/**
 * A quantified subject is denied as a whole: "every" and "each" and "any" become "not every". A Map:
 * a document word such as "constructor" must not find Object.prototype's members.
 */
const QUANTIFIERS = new Map([
  ['every', 'not every'],
  ['each', 'not every'],
  ['any', 'not every'],
  ['all', 'not all'],
]);
/** Words that show the "verb" is a noun: "a bankruptcy discharge means…". */
const DETERMINERS = new Set(
  'a an the this that these those your my our their his her its some no any every each'.split(' '),
);
/** Words after an "owe nothing" slot that the rewording makes redundant ("owe nothing more"). */
const TRAILING_NOTHING = new Set(['more', 'further', 'else', 'anymore', 'whatsoever']);
/** A replacement that starts with a verb needs a subject before it. */
const PREDICATE_START = /^(?:may|might|can|could|will|would|must|is|are|do|does|still)\b/;
const SINGULAR_NOUN = /(?:ment|ion|ure|ance|sale|loan|debt)$/;
const PRONOUNS = new Set(['i', 'we', 'they', 'he', 'she', 'you']);
const NEGATIVE_SUBJECTS = new Set(['nobody', 'noone', 'neither', 'none']);
/** Before a bare verb joined by "and", words that show it is an infinitive ("lets investors walk away and leave"). */
const INFINITIVE_GOVERNORS = new Set(['let', 'lets', 'make', 'makes', 'help', 'helps', 'to', ...MODALS_LIST]);

export function fixFor(claim: ClaimMatch, tokens: Tokens, text: TextSource, words: Words): Fix | undefined {
  const spec = claim.fix;
  if (spec.strategy === 'none') return undefined;
  // Where the myth is never true (no hedge adverb), a quantified subject is denied with "no".
  // So does an identity of nouns joined by a copula ("All foreclosures are deficiency judgments").
  const copula = copulaOf(claim, tokens);
  const identity =
    !claim.slots.some((slot) => slot.match.kind === 'verb') &&
    copula !== undefined &&
    !passiveAfter(tokens, copula.first) &&
    claim.slots[claim.slots.length - 1].match.kind === 'noun';
  const never = (spec.strategy === 'hedge-predicate' && spec.adverb === '') || identity;
  const quantified = notEvery(claim, tokens, text, never);
  if (quantified === null) return undefined;
  const edit =
    quantified ??
    (spec.strategy === 'replace'
      ? replaceSlots(claim, spec, tokens, text, words)
      : hedgePredicate(claim, tokens, text, spec));
  if (!edit) return undefined;
  let { replacement } = edit;
  const start = tokens.starts[edit.first];
  if (edit.first === claim.sentence.first && /^\p{Lu}/u.test(text.charAt(start)))
    replacement = capitalize(replacement);
  return { title: `Reword as “${replacement}”`, start, end: wordEnd(tokens, edit.last), replacement };
}

interface Edit {
  /** First and last word replaced. */
  first: number;
  last: number;
  replacement: string;
}

function replaceSlots(
  claim: ClaimMatch,
  spec: { from: string; to?: string; with: string; ending?: string },
  tokens: Tokens,
  text: TextSource,
  words: Words,
): Edit | undefined {
  const from = claim.slots.find((s) => s.concept === spec.from);
  const to = claim.slots.find((s) => s.concept === (spec.to ?? spec.from));
  if (!from || !to) return undefined;
  // An any-order pattern may find the object before the verb ("anything … you won't owe"): the span
  // from one to the other would run backwards, and applying it would delete the words between. No
  // rewording then; the finding keeps its other actions.
  if (lastWord(to) < from.first) return undefined;
  // The rewording is a predicate: with no subject before it ("Never is a deficiency allowed…") it
  // would not make a sentence.
  if (!claim.slots.some((s) => s.first < from.first) && PREDICATE_START.test(spec.with)) return undefined;
  // "walk away owing nothing", "were outlawed": a finite modal in their place breaks tense or grammar.
  const head = wordAt(tokens, from.first);
  if (verbForm(head) === 'gerund' || head === 'was' || head === 'were') return undefined;
  // "nobody owes them anything": the subject is inside the words replaced, and the predicate would have none.
  if (NEGATIVE_SUBJECTS.has(head) && PREDICATE_START.test(spec.with)) return undefined;
  let first = from.first;
  while (first - 1 > claim.sentence.first && ONE_WORD_INTENSIFIERS.has(wordAt(tokens, first - 1))) first--;
  let last = lastWord(to);
  let replacement = spec.with;
  // "you owe nothing" → "you may still owe…" keeps the writer's subject: "they may still owe…".
  const subject = wordAt(tokens, from.first);
  if (replacement.startsWith('you ') && PRONOUNS.has(subject) && subject !== 'you')
    replacement = wordText(tokens, text, from.first) + replacement.slice(3);
  // "ur done owing" (you're): the subject is fused with the verb the edit replaces, so it is written out.
  if (
    PREDICATE_START.test(replacement) &&
    first - 1 > claim.sentence.first &&
    /^(?:ur|your)$/i.test(wordText(tokens, text, first - 1))
  ) {
    first--;
    replacement = `you ${replacement}`;
  }
  // "owe nothing more on the loan" → "may still owe part of the balance on the loan".
  while (last + 1 < claim.sentence.end && TRAILING_NOTHING.has(wordAt(tokens, last + 1))) last++;
  // "are barred from pursuing" → "may be able to pursue": the verb after "to" or a modal takes its base form.
  if (/\b(?:to|can|may|still)$/.test(replacement) && last + 1 < claim.sentence.end) {
    const next = wordAt(tokens, last + 1);
    if (verbForm(next) === 'gerund') {
      const base = words.lemma(next);
      if (base.startsWith('#') || base === next) return undefined;
      last++;
      replacement = `${replacement} ${base}`;
    }
  }
  // "will never be able to pursue" → "may be able to pursue", not "may be able to be able to pursue".
  for (let n = 3; n >= 1; n--) {
    const tail = replacement.split(' ').slice(-n).join(' ').toLowerCase();
    const next = Array.from({ length: n }, (_, j) => wordAt(tokens, last + 1 + j)).join(' ');
    if (last + n < claim.sentence.end && tail === next) {
      last += n;
      break;
    }
  }
  // A qualifier after a comma ("may be allowed, depending on state law") must close its clause.
  const clauseEnds = last + 1 >= claim.sentence.end || tokens.gaps[last] >= Gap.Clause;
  if (replacement.includes(',') && !clauseEnds) return undefined;
  const edit = withoutTrailingAbsolute({ first, last, replacement }, claim, tokens, text);
  return spec.ending ? withEnding(edit, spec.ending, claim, tokens, text) : edit;
}

/** "…may be able to pursue the balance" + ", depending on state law" where the clause ends. */
function withEnding(
  edit: Edit,
  ending: string,
  claim: ClaimMatch,
  tokens: Tokens,
  text: TextSource,
): Edit | undefined {
  let end = edit.last;
  while (end + 1 < claim.sentence.end && tokens.gaps[end] < Gap.Clause) end++;
  const middle = end > edit.last ? text.slice(wordEnd(tokens, edit.last), wordEnd(tokens, end)) : '';
  // "prohibited by federal law" + "depending on state law" would name two laws for one rule.
  if (/\blaws?\b/i.test(middle)) return undefined;
  return { first: edit.first, last: end, replacement: `${edit.replacement}${middle}${ending}` };
}

/** Absolute words closing the clause ("… in every case", "… anymore") contradict a modal rewording. */
const TRAILING_ABSOLUTES = [
  ['in', 'every', 'case'],
  ['in', 'all', 'cases'],
  ['anymore'],
  ['any', 'longer'],
  ['ever', 'again'],
];

function withoutTrailingAbsolute(edit: Edit, claim: ClaimMatch, tokens: Tokens, text: TextSource): Edit {
  let end = edit.last + 1;
  while (end < claim.sentence.end && tokens.gaps[end - 1] < Gap.Clause) end++;
  for (const phrase of TRAILING_ABSOLUTES) {
    const at = end - phrase.length;
    if (at <= edit.last || !wordsAt(tokens, at, phrase)) continue;
    const middle = at - 1 > edit.last ? text.slice(wordEnd(tokens, edit.last), wordEnd(tokens, at - 1)) : '';
    return { first: edit.first, last: end - 1, replacement: `${edit.replacement}${middle}` };
  }
  return edit;
}

/**
 * "Every foreclosure ends in a deficiency judgment" says the claim of all cases; its denial is "Not
 * every foreclosure ends in…" ("does not always end" would say none does). The quantifier must open
 * the subject's clause and stand before the predicate; an absolute adverb before the verb goes.
 * Undefined: no quantified subject; null: one that no rewording can deny ("All the payments…" of a
 * myth that is never true).
 */
function notEvery(
  claim: ClaimMatch,
  tokens: Tokens,
  text: TextSource,
  never: boolean,
): Edit | null | undefined {
  const verb = claim.slots.find((s) => s.match.kind === 'verb') ?? claim.slots[claim.slots.length - 1];
  for (let k = claim.sentence.first; k < verb.first; k++) {
    let denial = QUANTIFIERS.get(wordAt(tokens, k));
    if (!denial || (k > claim.sentence.first && tokens.gaps[k - 1] < Gap.Clause)) continue;
    // Where the myth is never true ("Every short sale is a foreclosure"), "not every" would say some
    // are: "No short sale is a foreclosure". "All the payments…" has no such denial.
    if (never) {
      if (DETERMINERS.has(wordAt(tokens, k + 1)) || wordAt(tokens, k + 1) === 'of') return null;
      denial = 'no';
    }
    for (let j = k; j < verb.first - 1; j++) if (tokens.gaps[j] >= Gap.Clause) return undefined;
    const adverb = claim.slots.find((s) => isAbsolute(s) && s.first > k && lastWord(s) + 1 === verb.first);
    if (!adverb) return { first: k, last: k, replacement: denial };
    // "Every foreclosure always ends…" → "Not every foreclosure ends…".
    const between = text.slice(wordEnd(tokens, k), tokens.starts[adverb.first]).trimEnd();
    return { first: k, last: lastWord(adverb), replacement: `${denial}${between}` };
  }
  return undefined;
}

function hedgePredicate(
  claim: ClaimMatch,
  tokens: Tokens,
  text: TextSource,
  spec: { slot?: string; adverb?: string },
): Edit | undefined {
  const at = claim.slots.findIndex((s) => (spec.slot ? s.concept === spec.slot : s.match.kind === 'verb'));
  const verb = at >= 0 ? claim.slots[at] : copulaOf(claim, tokens);
  if (!verb) return undefined;
  const word = (k: number) => wordText(tokens, text, k);
  // A determiner before the "verb" shows it is a noun ("a bankruptcy discharge means…").
  if (verb.first > claim.sentence.first && DETERMINERS.has(wordAt(tokens, verb.first - 1))) return undefined;
  // Half of a hyphenated word ("debt-free") is no verb.
  if (text.charAt(tokens.starts[verb.first] - 1) === '-') return undefined;
  // An infinitive ("take longer to pay off") is not the clause's finite verb.
  if (verb.first > claim.sentence.first && wordAt(tokens, verb.first - 1) === 'to') return undefined;
  // An absolute adverb written right before the verb ("automatically follows") becomes the hedge.
  const previous = at > 0 ? claim.slots[at - 1] : undefined;
  const adverbBefore =
    previous && isAbsolute(previous) && lastWord(previous) + 1 === verb.first ? previous : undefined;
  const adverb =
    adverbBefore && spec.adverb !== '' ? word(adverbBefore.first).toLowerCase() : (spec.adverb ?? 'always');
  // "is just an automatic step" → "is not an automatic step": "not always automatic" would say it
  // sometimes is; so would "not always … as a matter of course" and "not always sure to".
  const absoluteAfter = universalAfter(tokens, lastWord(verb) + 1, claim.sentence.end);
  const not = adverb && !absoluteAfter ? `not ${adverb}` : 'not';
  let first = adverbBefore ? adverbBefore.first : verb.first;
  // An intensifier before the verb goes with the denial: "basically erases" → "does not erase".
  first = beforeIntensifiers(tokens, first, claim.sentence.first);
  // "will always be treated as" → "will not be treated as": the writer's adverb goes with the denial.
  if (
    first - 2 >= claim.sentence.first &&
    WRITERS_ADVERBS.has(wordAt(tokens, first - 1)) &&
    (MODALS.has(wordAt(tokens, first - 2)) || AUXILIARIES.has(wordAt(tokens, first - 2)))
  )
    first--;
  const auxiliary = first > claim.sentence.first ? wordAt(tokens, first - 1) : '';
  const form = verbForm(wordAt(tokens, verb.first));
  // "Deficiency judgment mean…": a base form after a singular noun is the writer's slip; do not copy it.
  if (
    form === 'base' &&
    verb.match.base[0] !== 'be' &&
    first > claim.sentence.first &&
    SINGULAR_NOUN.test(wordAt(tokens, first - 1))
  )
    return undefined;
  // The rest of the predicate as written ("out" in "wipes out"), so its spelling and case stay;
  // after a form of "be", intensifiers go ("are basically" → "are not").
  let last = lastWord(verb);
  let rest = text.slice(wordEnd(tokens, verb.first), wordEnd(tokens, last));
  if (verb.match.base[0] === 'be') {
    rest = withoutIntensifiers(rest);
    last = afterIntensifiers(tokens, last, claim.sentence.end);
  }

  // "is clear all the debt", "the shortfall forgiven in a short sale": no finite verb to deny.
  const be = verb.match.base[0] === 'be';
  const adjective = ['of', 'from'].includes(wordAt(tokens, last + 1)); // "are free of the debt"
  if (AUXILIARIES.has(auxiliary) && form === 'base' && !be && !adjective) return undefined;
  // "you're released" → "you're not always released": the auxiliary is inside the contraction.
  // "the loan's paid off": the "'s" (is) stands on the noun, whose written form keeps it.
  const contracted =
    form === 'past' && (/'(?:re|s|m)$/.test(auxiliary) || /['’]s$/.test(first > 0 ? word(first - 1) : ''));
  if (form === 'past' && !AUXILIARIES.has(auxiliary) && !contracted && /en$/.test(wordAt(tokens, verb.first)))
    return undefined;
  // "have been erased" → "have not been erased", "will have been cancelled" → "will not have been cancelled":
  // the denial goes after the first auxiliary of the chain.
  if (auxiliary === 'been' && form === 'past' && HAVE.has(wordAt(tokens, first - 2))) {
    let head = first - 2;
    if (head - 1 >= claim.sentence.first && MODALS.has(wordAt(tokens, head - 1))) head--;
    const between = [];
    for (let k = head + 1; k < first; k++) between.push(word(k));
    return {
      first: head,
      last,
      replacement: `${word(head)} ${not} ${between.join(' ')} ${word(verb.first)}${rest}`,
    };
  }
  // "it'll erase" → "it will not always erase": the modal is inside the contraction.
  if (/^\p{L}+['’]ll$/iu.test(auxiliary) && form === 'base') {
    const contraction = word(first - 1);
    const subject = contraction.slice(0, contraction.length - 3);
    return { first: first - 1, last, replacement: `${subject} will ${not} ${word(verb.first)}${rest}` };
  }
  // "lets investors walk away and leave the debt": the bare verb after "and" is an infinitive; "do not" would
  // make it a clause of its own with no subject.
  if (
    form === 'base' &&
    LIST_JOINS.has(auxiliary) &&
    governedInfinitive(tokens, first - 1, claim.sentence.first)
  )
    return undefined;
  // "will just be forgiven" → "will not be forgiven": the denial goes after the modal, and the
  // writer's adverb between them goes with it.
  if ((auxiliary === 'be' || auxiliary === 'been') && form === 'past') {
    let modal = first - 2;
    if (modal > claim.sentence.first && WRITERS_ADVERBS.has(wordAt(tokens, modal))) modal--;
    if (modal >= claim.sentence.first && MODALS.has(wordAt(tokens, modal)))
      return {
        first: modal,
        last,
        replacement: `${word(modal)} ${not} ${word(first - 1)} ${word(verb.first)}${rest}`,
      };
  }
  if (MODALS.has(auxiliary) || (AUXILIARIES.has(auxiliary) && form !== 'third') || contracted) {
    first--; // "will cancel" → "will not always cancel"; "is wiped out" → "is not always wiped out"
    return { first, last, replacement: `${word(first)} ${not} ${word(verb.first)}${rest}` };
  }
  if (verb.match.base[0] === 'be') {
    // "Short sales are not a kind of foreclosure the lender runs" would deny only the last words and
    // leave "a kind of foreclosure" standing: a plain denial must close the claim's clause.
    const object = claim.slots[claim.slots.length - 1];
    const objectEnd = lastWord(object);
    const closes = objectEnd + 1 >= claim.sentence.end || tokens.gaps[objectEnd] >= Gap.Clause;
    if (not === 'not' && object.first > verb.first && !closes) return undefined;
    return { first, last, replacement: `${word(verb.first)} ${not}${rest}` };
  }
  // "does not automatically follow every foreclosure" would leave some it follows automatically.
  if (adverbBefore && wordAt(tokens, last + 1) === 'every' && last + 2 < claim.sentence.end) {
    last++;
    rest += /^[aeiou]/i.test(wordAt(tokens, last + 1)) ? ' an' : ' a';
  }
  if (form === 'gerund') return undefined; // "stopping…": no finite verb to deny
  const base = verb.match.base[0];
  const does = form === 'third' ? 'does' : form === 'past' ? 'did' : 'do';
  return { first, last, replacement: `${does} ${not} ${base}${rest}` };
}

const HAVE = new Set(['have', 'has', 'had']);

/** Whether a word before `join` in its clause makes the verbs it joins infinitives (see INFINITIVE_GOVERNORS). */
function governedInfinitive(tokens: Tokens, join: number, sentenceFirst: number): boolean {
  for (let k = join - 1; k >= sentenceFirst; k--) {
    if (tokens.gaps[k] >= Gap.Clause) return false;
    if (INFINITIVE_GOVERNORS.has(wordAt(tokens, k))) return true;
  }
  return false;
}

/** Whether a universal marker stands in the clause from word `from` ("automatic", "as a matter of course", "sure to"). */
function universalAfter(tokens: Tokens, from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 12; k++) {
    const word = wordAt(tokens, k);
    if (/^automatic/.test(word) || UNIVERSAL_AFTER.has(word)) return true;
    if (word === 'matter' && wordAt(tokens, k + 1) === 'of' && wordAt(tokens, k + 2) === 'course')
      return true;
    if (tokens.gaps[k] >= Gap.Clause) break;
  }
  return false;
}
const UNIVERSAL_AFTER = new Set([
  'sure',
  'certain',
  'bound',
  'guaranteed',
  'invariably',
  'inevitably',
  'routinely',
]);

/** The first word once intensifiers right before it are taken in ("pretty much ends" → "ends"). */
function beforeIntensifiers(tokens: Tokens, first: number, sentenceFirst: number): number {
  for (;;) {
    const phrase = INTENSIFIERS.find((p) =>
      p.every((w, j) => first - p.length + j > sentenceFirst && wordAt(tokens, first - p.length + j) === w),
    );
    if (!phrase) return first;
    first -= phrase.length;
  }
}

/**
 * Whether the "is" at word k is a passive's auxiliary ("Every foreclosure is followed by a deficiency
 * judgment"), not a copula joining two nouns: its denial is "not every", never "no".
 */
function passiveAfter(tokens: Tokens, k: number): boolean {
  let next = k + 1;
  if (wordAt(tokens, next).endsWith('ly')) next++;
  return /[a-z](?:ed|en)$/.test(wordAt(tokens, next));
}

/**
 * A pattern of nouns only ("Forbearance is debt forgiveness") has its predicate in the copula
 * between its slots: "is", "are", "means".
 */
function copulaOf(claim: ClaimMatch, tokens: Tokens): Slot | undefined {
  const from = lastWord(claim.slots[0]) + 1;
  const to = claim.slots[claim.slots.length - 1].first;
  for (let k = from; k < to; k++) {
    const w = wordAt(tokens, k);
    if (w === 'is' || w === 'are' || w === 'was' || w === 'were')
      return { concept: '', first: k, length: 1, match: { concept: '', kind: 'verb', base: ['be'] } };
    if (w === 'means' || w === 'mean' || w === 'meant')
      return { concept: '', first: k, length: 1, match: { concept: '', kind: 'verb', base: ['mean'] } };
  }
  return undefined;
}

function withoutIntensifiers(rest: string): string {
  let words = rest.trim().split(/\s+/).filter(Boolean);
  for (const phrase of INTENSIFIERS) {
    const at = words.findIndex((_, i) => phrase.every((p, j) => words[i + j]?.toLowerCase() === p));
    if (at >= 0) words = [...words.slice(0, at), ...words.slice(at + phrase.length)];
  }
  return words.length > 0 ? ` ${words.join(' ')}` : '';
}

/** The last word of the predicate once intensifiers right after it are taken in. */
function afterIntensifiers(tokens: Tokens, last: number, end: number): number {
  for (;;) {
    const phrase = INTENSIFIERS.find((p) =>
      p.every((w, j) => last + 1 + j < end && wordAt(tokens, last + 1 + j) === w),
    );
    if (!phrase) return last;
    last += phrase.length;
  }
}

function wordText(tokens: Tokens, text: TextSource, k: number): string {
  return text.slice(tokens.starts[k], wordEnd(tokens, k));
}

function isAbsolute(slot: Slot): boolean {
  return slot.concept === 'absolutely' || slot.concept === 'universally';
}

function lastWord(slot: Slot): number {
  return slot.first + slot.length - 1;
}
