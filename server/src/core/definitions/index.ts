// The per-document index of defined terms: definitions grouped by term (singular and plural are
// one term), and every use found in one pass over the document's words.
//
// Uses follow the case of the definition: "the Property" is a use of "Property", "the property" is
// not (it is a case mismatch, reported by defined-term-case only under the policy in rules.ts).
// Plurals and possessives are uses (Borrowers, Borrower's, Borrowers'); so is the defined form set
// in capitals (PROPERTY) and, for a term defined in lower case, its first word capitalised at the
// start of a sentence. Where a longer defined term starts at the same word, the longer one wins
// ("Loan Documents" is not a use of "Loan").
import { PhraseTrie } from '../text/phraseTrie';
import { Gap, startsSentence, wordAt, wordEnd, type Tokens } from '../text/tokens';
import { phraseWords } from '../text/words';
import type { Detected } from './detect';
import { pluralName, singularName } from './inflect';
import type { Layout } from './layout';
import { spanAt } from '../text/search';
import type {
  CaseMismatch,
  Casing,
  DefinedTerm,
  Definition,
  DefinitionIndex,
  Form,
  Span,
  Use,
} from './types';
import type { TextSource } from '../text/pieceText';

export type * from './types';

interface FormEntry {
  term: DefinedTerm;
  form: Form;
}

export function indexDefinitions(
  text: TextSource,
  tokens: Tokens,
  { layout, detected }: { layout: Layout; detected: Detected },
): DefinitionIndex {
  const byKey = new Map<string, DefinedTerm>();
  const definitions: Definition[] = [];
  for (const raw of detected.definitions) {
    const singular = singularName(raw.name);
    const form: Form = singular === undefined ? 'singular' : 'plural';
    const key = phraseWords(singular ?? raw.name).join(' ');
    if (!key) continue;
    let term = byKey.get(key);
    if (!term) byKey.set(key, (term = { key, definitions: [], uses: [] }));
    const definition: Definition = { ...raw, name: text.slice(raw.start, raw.end), term, form };
    term.definitions.push(definition);
    definitions.push(definition);
    if (form === 'singular') term.singular ??= definition.name;
    else term.plural ??= definition.name;
  }
  const terms = [...byKey.values()];
  const trie = new PhraseTrie<FormEntry>();
  for (const term of terms) {
    term.singular ??= singularName(term.plural!) ?? term.plural;
    term.plural ??= pluralName(term.singular!);
    trie.add(phraseWords(term.singular!), { term, form: 'singular' });
    if (term.plural) trie.add(phraseWords(term.plural), { term, form: 'plural' });
  }

  const uses: Use[] = [];
  const mismatches: CaseMismatch[] = [];
  if (terms.length > 0) {
    const declared = new Set(definitions.map((d) => d.start));
    const joins = (k: number) => tokens.gaps[k] === Gap.Join;
    const word = (k: number) => wordAt(tokens, k);
    let heading = 0;
    for (let k = 0; k < tokens.count; k++) {
      if (!trie.starts(word(k))) continue;
      const matches = trie.matchesAt(word, k, joins);
      const longest = matches[matches.length - 1];
      if (!longest) continue;
      const first = k;
      const last = k + longest.length - 1;
      const start = tokens.starts[k];
      k = last;
      if (declared.has(start)) continue;
      const entry = pick(longest.values);
      const end = possessiveEnd(tokens, last);
      while (heading < layout.headings.length && layout.headings[heading].end <= start) heading++;
      const inHeading = heading < layout.headings.length && layout.headings[heading].start <= start;
      const expected = entry.form === 'singular' ? entry.term.singular! : entry.term.plural!;
      const written = text.slice(start, end);
      const initial = startsSentence(tokens, first) || afterColonOrEnumerator(tokens, start);
      const casing = written === expected ? 'exact' : casingOf(written, expected, initial);
      const { term, form } = entry;
      if (casing) {
        const use: Use = { start, end, term, form, first, last, casing, initial, heading: inHeading };
        uses.push(use);
        term.uses.push(use);
      } else if (!inHeading) {
        mismatches.push({ start, end, term, form, first, last, expected });
      }
    }
  }

  return {
    terms,
    definitions,
    uses,
    mismatches,
    sections: layout.sections,
    headings: layout.headings,
    pointers: detected.pointers,
    forwardStatement: detected.forwardStatement,
    at: locator(definitions, uses),
  };
}

function isDefinedForm(term: DefinedTerm, form: Form): boolean {
  return term.definitions.some((d) => d.form === form);
}

/** Where two terms share a phrase, the one that defines it in that form. */
function pick(values: readonly FormEntry[]): FormEntry {
  return values.find((v) => isDefinedForm(v.term, v.form)) ?? values[0];
}

/** The occurrence ends before a possessive 's, which is grammar, not part of the term. */
function possessiveEnd(tokens: Tokens, last: number): number {
  const end = wordEnd(tokens, last);
  return wordAt(tokens, last).length + 2 === end - tokens.starts[last] ? end - 2 : end;
}

const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** How `written` matches the defined form, or undefined when its capitalisation differs. */
function casingOf(written: string, expected: string, initial: boolean): Casing | undefined {
  const got = wordsOf(written);
  const want = wordsOf(expected);
  if (got.length !== want.length) return undefined;
  if (got.every((w, i) => w === want[i])) return 'exact';
  if (/\p{Ll}/u.test(expected) && got.every((w, i) => w === want[i].toUpperCase())) return 'caps';
  const capitalised = want[0].charAt(0).toUpperCase() + want[0].slice(1);
  if (initial && got[0] === capitalised && got.every((w, i) => i === 0 || w === want[i])) return 'initial';
  return undefined;
}

function wordsOf(text: string): string[] {
  return (text.match(WORDS) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** A word after a colon or an enumerator such as "(a)" starts a clause that is often capitalised. */
function afterColonOrEnumerator(tokens: Tokens, start: number): boolean {
  let i = start - 1;
  const text = tokens.text;
  while (i >= 0 && /[ \t*_"“'‘]/.test(text.charAt(i))) i--;
  const mark = text.charAt(i);
  if (mark === ':') return true;
  if (mark === ')') return /(?:^|[\s(])\([a-zA-Z0-9]{1,4}\)$/.test(text.slice(Math.max(0, i - 7), i + 1));
  return false;
}

function locator(definitions: readonly Definition[], uses: readonly Use[]): DefinitionIndex['at'] {
  type Spot = Span & { definition?: Definition; use?: Use; term: DefinedTerm; form: Form };
  const spots: Spot[] = [
    ...definitions.map((d) => ({ start: d.start, end: d.end, definition: d, term: d.term, form: d.form })),
    ...uses.map((u) => ({ start: u.start, end: u.end, use: u, term: u.term, form: u.form })),
  ].sort((a, b) => a.start - b.start);
  return (offset) => {
    const i = spanAt(spots, offset, true);
    if (i < 0) return undefined;
    const { start, end, ...rest } = spots[i];
    return { ...rest, span: { start, end } };
  };
}
