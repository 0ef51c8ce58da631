// "Do you still owe anything after a short sale? Nope.": a "no" to a yes-or-no question asserts what
// the question asks, denied. The denial is written out as a sentence ("you don't still owe anything
// after a short sale") so that the claim reader reads it as it reads any sentence, negation and all.
import { Gap, wordAt, wordEnd, type Sentence, type Tokens } from '../text/tokens';
import { answerOpening } from './discourse';
import { NOUN_DETERMINERS } from './clauseWords';
import type { ConceptsAt } from './types';

export interface Denial {
  /** The question's proposition denied, followed by the rest of the answer after a comma. */
  text: string;
  /** For each word of `text`, the document word it stands for. */
  words: number[];
}

/**
 * The denial that a "no" at the start of `answer` makes of `question`, or undefined where the answer
 * is no bare "no", the question asks no yes-or-no question of a subject it names ("Is it X or Y?",
 * "What happens…?"), or its subject is neither a pronoun nor a concept the claim reader knows.
 */
export function deniedQuestion(
  tokens: Tokens,
  question: Sentence,
  answer: Sentence,
  conceptsAt: ConceptsAt,
): Denial | undefined {
  const opening = answerOpening(tokens, answer.first);
  const rest = afterNo(tokens, opening, answer.end);
  if (rest === undefined) return undefined;
  const auxiliary = answerOpening(tokens, question.first);
  const denied = DENIED.get(wordAt(tokens, auxiliary));
  if (!denied) return undefined;
  for (let k = auxiliary; k < question.end; k++) if (wordAt(tokens, k) === 'or') return undefined;
  const subjectEnd = endOfSubject(tokens, auxiliary + 1, question.end, conceptsAt);
  if (subjectEnd === undefined) return undefined;
  const written = (k: number) => tokens.text.slice(tokens.starts[k], wordEnd(tokens, k));
  const words: number[] = [];
  const parts: string[] = [];
  const add = (k: number, text = written(k)) => {
    words.push(k);
    parts.push(text);
  };
  for (let k = auxiliary + 1; k < subjectEnd; k++) add(k);
  add(auxiliary, denied);
  for (let k = subjectEnd; k < question.end; k++) add(k);
  const questionPart = parts.join(' ');
  parts.length = 0;
  for (let k = rest; k < answer.end; k++) add(k);
  return { text: parts.length > 0 ? `${questionPart}, ${parts.join(' ')}.` : `${questionPart}.`, words };
}

/** The first word after a bare "no" ("No,", "Nope.", "Not really,"), or undefined. */
function afterNo(tokens: Tokens, opening: number, end: number): number | undefined {
  const word = wordAt(tokens, opening);
  if (NO.has(word)) return opening + 1;
  const next = wordAt(tokens, opening + 1);
  if (word === 'not' && opening + 1 < end && NOT_REALLY.has(next) && tokens.gaps[opening] === Gap.Join)
    return opening + (next === 'at' ? 3 : 2);
  return undefined;
}

/**
 * Where the subject that follows the question's auxiliary ends: after a pronoun, or after the longest
 * concept that starts there or after its determiner ("a short sale", "forgiven mortgage debt").
 */
function endOfSubject(
  tokens: Tokens,
  first: number,
  end: number,
  conceptsAt: ConceptsAt,
): number | undefined {
  if (first >= end) return undefined;
  if (PRONOUNS.has(wordAt(tokens, first))) return first + 1;
  const start = NOUN_DETERMINERS.has(wordAt(tokens, first)) ? first + 1 : first;
  let longest = 0;
  for (const at of new Set([first, start]))
    for (const hit of conceptsAt(at, end))
      if (hit.match.kind !== 'verb') longest = Math.max(longest, at + hit.length - first);
  return longest > 0 && first + longest < end ? first + longest : undefined;
}

const NO = new Set(['no', 'nope', 'nah', 'never']);

/** "Not really", "not quite", "not at all". */
const NOT_REALLY = new Set(['really', 'quite', 'at']);

const PRONOUNS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it']);

/** A question's auxiliary and its negated form. */
const DENIED = new Map(
  Object.entries({
    do: "don't",
    does: "doesn't",
    did: "didn't",
    can: "can't",
    could: "couldn't",
    will: "won't",
    would: "wouldn't",
    should: "shouldn't",
    is: "isn't",
    are: "aren't",
    was: "wasn't",
    were: "weren't",
    has: "hasn't",
    have: "haven't",
  }),
);
