// Splits the prose of a document into words, and records what separates each word from the next:
// nothing but spaces or a hyphen (a term may span it), other marks, a clause break or a sentence break.
import { normalizeWord, WORD } from './words';
import type { Prose } from './markup/prose';

export const enum Gap {
  /** Spaces, one line break or hyphens: words of one term may span it. */
  Join = 0,
  /** Other marks (quotes, emphasis, masked code): same clause, but no term spans it. */
  Soft = 1,
  /** , ; : dashes and brackets. */
  Clause = 2,
  /** . ! ? before a space, a blank line, a table cell, the end of a block. */
  Sentence = 3,
}

export interface Tokens {
  /** The prose with non-prose masked, at the document's offsets. */
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Normalised words (see normalizeWord). */
  words: string[];
  /** gaps[k]: what separates word k from word k + 1. */
  gaps: Uint8Array;
  /** blocks[k]: the index of the prose block (paragraph, heading, list item…) word k is in. */
  blocks: Int32Array;
  /** Sentences as [first word, last word + 1), and whether each ends with a question mark. */
  sentences: { first: number; end: number; question: boolean }[];
}

export function tokenize(prose: Prose, abbreviations: ReadonlySet<string>): Tokens {
  const { masked, blocks } = prose;
  const starts: number[] = [];
  const ends: number[] = [];
  const words: string[] = [];
  const blockOf: number[] = [];
  // The word found past a block's end is the first at or after the next block's start too (blocks
  // are in order): searching again from each start would rescan wordless blocks ("|" rows) to the
  // next word, quadratic in the number of blocks.
  let ahead: RegExpExecArray | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const [from, to] = blocks[b];
    let m: RegExpExecArray | null = ahead;
    if (m && m.index >= from) WORD.lastIndex = m.index + m[0].length;
    else {
      WORD.lastIndex = from;
      m = WORD.exec(masked);
    }
    for (; m && m.index < to; m = WORD.exec(masked)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      words.push(normalizeWord(m[0]));
      blockOf.push(b);
    }
    ahead = m;
    if (!m) break; // no word left in the document
  }
  const count = words.length;
  const gaps = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    gaps[k] =
      k + 1 === count || blockOf[k] !== blockOf[k + 1]
        ? Gap.Sentence
        : classifyGap(masked, ends[k], starts[k + 1], words[k], abbreviations);
  }
  return {
    text: masked,
    count,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    words,
    gaps,
    blocks: Int32Array.from(blockOf),
    sentences: sentencesOf(masked, ends, gaps),
  };
}

function classifyGap(
  text: string,
  from: number,
  to: number,
  before: string,
  abbreviations: ReadonlySet<string>,
): Gap {
  if (to === from + 1 && text.charCodeAt(from) === 32) return Gap.Join; // the common case: one space
  let gap = Gap.Join;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') {
      if (++newlines > 1) return Gap.Sentence;
    } else if (c === '.' || c === '!' || c === '?') {
      const next = text[i + 1];
      const closes =
        i + 1 >= to || next === ' ' || next === '\n' || next === '\r' || next === '"' || next === '”';
      if (closes && !(c === '.' && abbreviations.has(before))) return Gap.Sentence;
      gap = Math.max(gap, Gap.Soft);
    } else if (c === '|') {
      return Gap.Sentence;
    } else if (c === ',' || c === ';' || c === ':' || c === '—' || c === '–' || c === '(' || c === ')') {
      gap = Gap.Clause;
    } else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '-') {
      gap = Math.max(gap, Gap.Soft);
    }
  }
  return gap;
}

function sentencesOf(text: string, ends: number[], gaps: Uint8Array): Tokens['sentences'] {
  const sentences: Tokens['sentences'] = [];
  let first = 0;
  for (let k = 0; k < gaps.length; k++) {
    if (gaps[k] !== Gap.Sentence) continue;
    sentences.push({ first, end: k + 1, question: text[ends[k]] === '?' || text[ends[k] + 1] === '?' });
    first = k + 1;
  }
  return sentences;
}
