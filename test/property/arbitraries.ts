// Shared inputs and checks of the property suites: text a writer's editor may really hold (claims,
// glossary terms and Markdown) cut up and mixed with the Unicode and line breaks that break offset
// arithmetic, and assertions that every range the core returns is a valid one.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { builtInGlossary } from '../helpers';

/**
 * One seed for every property, printed by fast-check with the failing example, so a failure
 * reproduces: MORTGAGE_LENS_FC_SEED=<seed> npm run test:unit. MORTGAGE_LENS_FC_SEED=random explores.
 */
export const SEED = (() => {
  const given = process.env.MORTGAGE_LENS_FC_SEED;
  if (given === 'random') return Math.floor(Math.random() * 2 ** 31);
  return given ? Number(given) : 20250601;
})();

/** Runs per property are tuned to keep the suite fast; MORTGAGE_LENS_FC_SCALE=10 runs ten times as many. */
const SCALE = Number(process.env.MORTGAGE_LENS_FC_SCALE ?? 1);

/** fast-check parameters with the suite's seed. */
export function params(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: Math.max(1, Math.round(numRuns * SCALE)) };
}

/** Characters that break naive offset arithmetic, each with what it is, for readable failures. */
export const HOSTILE = [
  '😀', // surrogate pair
  '👩‍👩‍👧', // pairs joined by zero-width joiners
  '🇺🇸', // regional indicators
  '𝔉𝔬𝔯𝔢𝔠𝔩𝔬𝔰𝔲𝔯𝔢', // mathematical letters: \p{L} outside the BMP
  'e\u0301', // combining acute accent
  '\u0308\u0308\u0308', // stacked combining marks with no base
  'שלום', // right-to-left
  'مرحبا',
  '\u202E', // right-to-left override
  '\u200F', // right-to-left mark
  '\u200B', // zero-width space
  '\u200C',
  '\u200D',
  '\uFEFF', // byte order mark inside text
  '\0', // NUL
  '\u0001', // the core's own barrier mark
  'İ', // lower-cases to two code units
  'ß',
  'ﬁ',
  'Σ',
  '\u2028', // line separator: a line break to JavaScript, not to LSP
  '\u2029',
  '\u0085',
  '\t',
  '\u00A0', // no-break space
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  '\uDBFF\uDBFF', // two high surrogates
];

export const LINE_BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r'];

/** Markdown syntax that starts or ends the regions the prose extractor masks. */
export const MARKUP = [
  '```',
  '`',
  '``',
  '~~~',
  '<!--',
  '-->',
  '<',
  '>',
  '<a href="x">',
  '</a>',
  '<br/>',
  '<mailto:a@b.c>',
  '](',
  '][',
  '[',
  ']',
  '(',
  ')',
  '[x]: /y',
  '# ',
  '## ',
  '---',
  '+++',
  '***',
  '| ',
  ' |',
  '|---|',
  '* ',
  '- ',
  '1. ',
  '> ',
  '    ',
  'http://example.com/a',
  'www.',
  '/help/short-sales',
  '\\',
  '"',
  '“',
  '”',
  "'",
  '’',
  ',',
  '.',
  '?',
  '!',
  ';',
  ':',
  '—',
  '-',
  '<!-- mortgage-lens-disable -->',
  '<!-- mortgage-lens-enable -->',
  '<!-- mortgage-lens-disable-next-line foreclosure-erases-debt -->',
  '<!-- mortgage-lens-disable-line',
  'mortgage-lens-disable-next-line',
  '# mortgage-lens-disable-line short-sale-is-foreclosure',
];

/** A document's own defined terms, in the shapes definitions/detect.ts reads, and their uses. */
export const DEFINITIONS = [
  '"Borrower" means the person who signs the Note. ',
  'Jane Doe (the "Borrower") ',
  '(each, a "Lender" and together, the "Lenders") ',
  '"Loan Documents" has the meaning given in Section 2. ',
  'the Maturity Date (as defined in the Note) ',
  '**Servicer**: the company that collects payments. ',
  '- **Deficiency**: what is left after the sale.\n',
  'hereinafter referred to as the "Trustee" ',
  '“Property” shall mean the house. ',
  "'Note' means the promissory note. ",
  'The Borrower ',
  "the Borrower's ",
  'the borrower ',
  'Lenders ',
  '## Definitions\n\n',
];

/** Sentences the rules flag or allow (their own examples), and every glossary term and alias. */
export function glossaryText(): { claims: string[]; terms: string[] } {
  const glossary = builtInGlossary();
  const claims = glossary.rules.flatMap((r) => [
    ...r.examples.flags.map((f) => f.text),
    ...r.examples.allows,
  ]);
  const terms = glossary.terms.flatMap((t) => [t.term, ...(t.aliases ?? [])]);
  return { claims, terms };
}

/** A claim with one hostile character or line break slipped in at some point. */
function brokenClaim(claims: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...claims), fc.nat(), fc.constantFrom(...HOSTILE, ...LINE_BREAKS, ...MARKUP))
    .map(([claim, at, inserted]) => {
      const i = at % (claim.length + 1);
      return claim.slice(0, i) + inserted + claim.slice(i);
    });
}

/** Text pieces, weighted towards what produces mentions and findings so that edits get exercised. */
export function fragment(): fc.Arbitrary<string> {
  const { claims, terms } = glossaryText();
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom(...claims), fc.constantFrom('', ' ', '\n\n', '\r\n\r\n', '\r\r'))
        .map(([claim, around]) => around + claim + around),
    },
    { weight: 3, arbitrary: brokenClaim(claims) },
    { weight: 4, arbitrary: fc.constantFrom(...terms) },
    { weight: 3, arbitrary: fc.constantFrom(...DEFINITIONS) },
    { weight: 4, arbitrary: fc.constantFrom(...MARKUP) },
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 4, arbitrary: fc.constantFrom(...LINE_BREAKS) },
    { weight: 4, arbitrary: fc.constantFrom(' ', '\u00A0', '  ', ' \t') },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: fc.constantFrom('\uD800', '\uDC00', 'a', ' '), maxLength: 4 }),
    },
  );
}

export const LANGUAGES = ['markdown', 'plaintext'] as const;

export function documentText(maxPieces = 40): fc.Arbitrary<string> {
  return fc.array(fragment(), { maxLength: maxPieces }).map((pieces) => pieces.join(''));
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHigh(text.charCodeAt(offset - 1)) &&
    isLow(text.charCodeAt(offset))
  );
}

/** Code units that are half a surrogate pair on their own. */
export function loneSurrogates(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c) && isLow(text.charCodeAt(i + 1))) i++;
    else if (isHigh(c) || isLow(c)) n++;
  }
  return n;
}

export function assertOffset(text: string, offset: number, what: string): void {
  assert.ok(
    Number.isInteger(offset) && offset >= 0 && offset <= text.length,
    `${what}: offset ${offset} outside the document (0..${text.length})`,
  );
  assert.ok(!splitsPair(text, offset), `${what}: offset ${offset} splits a surrogate pair`);
  assert.ok(
    !(text[offset - 1] === '\r' && text[offset] === '\n'),
    `${what}: offset ${offset} splits a CRLF line break`,
  );
}

/** A position that exists in the document: a real line, and a character within it (not in its line break). */
export function assertPosition(document: TextDocument, position: Position, what: string): number {
  assert.ok(
    Number.isInteger(position.line) && position.line >= 0 && position.line < document.lineCount,
    `${what}: line ${position.line} outside the document (${document.lineCount} lines)`,
  );
  const offset = document.offsetAt(position);
  // offsetAt clamps: a position past its line's end (or inside its line break) does not come back.
  assert.deepEqual(
    document.positionAt(offset),
    position,
    `${what}: ${position.line}:${position.character} is past the end of its line`,
  );
  assertOffset(document.getText(), offset, what);
  return offset;
}

export function assertRange(document: TextDocument, range: Range, what: string): [number, number] {
  const start = assertPosition(document, range.start, `${what} start`);
  const end = assertPosition(document, range.end, `${what} end`);
  assert.ok(start <= end, `${what}: ends (${end}) before it starts (${start})`);
  return [start, end];
}
