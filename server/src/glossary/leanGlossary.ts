// The built-in glossary without its reading text, for start-up: a term's definition, notes, examples
// and sources are three quarters of dist/glossary.json, and a check never reads them (hovers, the
// glossary page and the Markdown appendix do). The build writes dist/glossary-lean.json beside
// glossary.json: the same bundle with those fields as 0, and glossary.json's size. Loaded, each such
// field becomes a getter that parses glossary.json the first time any is read; a lean file whose
// size does not match (glossary.json written since) is not used.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GlossaryBundle, PackedScorer, TermEntry } from '../core/glossaryTypes';

export const LEAN_FILE = 'glossary-lean.json';
/** The claim scorer alone, beside it: read when a sentence first needs the model. */
export const SCORER_FILE = 'glossary-scorer.json';

/** The fields of a term only a reader sees. */
const READING_FIELDS: readonly (keyof TermEntry)[] = [
  'definition',
  'why_it_matters',
  'where_it_appears',
  'when_risk_appears',
  'varies_by_jurisdiction',
  'example',
  'differs_from',
  'knowledge_check',
  'related',
  'sources',
];

interface LeanFile {
  /** glossary.json's size in bytes when this was written from it. */
  glossaryBytes: number;
  bundle: GlossaryBundle;
}

/** What the build writes to LEAN_FILE for glossary.json's `text` (keys keep their order). */
export function leanFileOf(text: string): string {
  const bundle = JSON.parse(text) as GlossaryBundle;
  const terms = bundle.terms.map((term) =>
    Object.fromEntries(
      Object.entries(term).map(([key, value]) => [
        key,
        READING_FIELDS.includes(key as keyof TermEntry) ? 0 : value,
      ]),
    ),
  );
  // The scorer is a 0 here, read from SCORER_FILE (see scorerFileOf) on first use.
  const scorer = bundle.scorer ? { scorer: 0 as unknown as PackedScorer } : {};
  const lean: LeanFile = {
    glossaryBytes: Buffer.byteLength(text),
    bundle: { ...bundle, terms: terms as unknown as TermEntry[], ...scorer },
  };
  return JSON.stringify(lean);
}

/** What the build writes to SCORER_FILE for glossary.json's `text`, or undefined: it has no scorer. */
export function scorerFileOf(text: string): string | undefined {
  const { scorer } = JSON.parse(text) as GlossaryBundle;
  return scorer && JSON.stringify(scorer);
}

/** The lean bundle for `glossaryFile`, reading fields parsed from it on first use; undefined if none fits. */
export function readLean(leanFile: string, glossaryFile: string): GlossaryBundle | undefined {
  let lean: LeanFile;
  try {
    lean = JSON.parse(fs.readFileSync(leanFile, 'utf8')) as LeanFile;
    if (lean.glossaryBytes !== fs.statSync(glossaryFile).size) return undefined;
  } catch {
    return undefined; // none (an older build), or unreadable: glossary.json is read whole
  }
  let full: GlossaryBundle | undefined;
  const fullBundle = () => (full ??= JSON.parse(fs.readFileSync(glossaryFile, 'utf8')) as GlossaryBundle);
  const reading = () => fullBundle().terms;
  if ('scorer' in lean.bundle) {
    const beside = path.join(path.dirname(leanFile), SCORER_FILE);
    readOnFirstUse(lean.bundle as unknown as Record<string, unknown>, 'scorer', () =>
      fs.existsSync(beside)
        ? (JSON.parse(fs.readFileSync(beside, 'utf8')) as PackedScorer)
        : fullBundle().scorer,
    );
  }
  lean.bundle.terms.forEach((term, i) => {
    const fields = term as unknown as Record<string, unknown>;
    for (const key of READING_FIELDS) if (key in fields) readOnFirstUse(fields, key, () => reading()[i][key]);
  });
  return lean.bundle;
}

/** Makes a field a getter that reads its value once; redefined in place, so the keys keep their order. */
function readOnFirstUse(fields: Record<string, unknown>, key: string, read: () => unknown): void {
  const settle = (value: unknown) =>
    Object.defineProperty(fields, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(fields, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = read();
      settle(value);
      return value;
    },
    set: settle,
  });
}
