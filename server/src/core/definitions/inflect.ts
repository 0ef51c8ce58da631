// Singular and plural of a defined name, keeping the writer's capitalisation: "Loan Document" ↔
// "Loan Documents", "Property" ↔ "Properties", "HELOC" → "HELOCs".
import { pluralOf } from '../text/words';

/** Nouns that look plural but have no singular a drafter would use as the same term. */
const PLURAL_ONLY = new Set([
  'premises',
  'proceeds',
  'damages',
  'arrears',
  'goods',
  'earnings',
  'savings',
  'news',
  'means',
  'minutes',
  'particulars',
  'series',
  'species',
  'headquarters',
  'whereabouts',
  'thanks',
  'assets',
  'securities',
  'terms',
  'records',
]);

const LAST_WORD = /([\p{L}]+)$/u;

/** The singular of a plural-looking name, or undefined when the name is not plural. */
export function singularName(name: string): string | undefined {
  const m = LAST_WORD.exec(name);
  if (!m) return undefined;
  const singular = singularWord(m[1]);
  return singular === undefined ? undefined : name.slice(0, m.index) + singular;
}

/** The plural of a name (its last word pluralised), or undefined when it ends in no word (Exhibit A, Schedule 1). */
export function pluralName(name: string): string | undefined {
  const m = LAST_WORD.exec(name);
  if (!m || m[1].length < 2) return undefined;
  return name.slice(0, m.index) + pluralWord(m[1]);
}

function singularWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 4 || !lower.endsWith('s') || PLURAL_ONLY.has(lower)) return undefined;
  if (/(?:ss|us|is|ics|ous)$/.test(lower)) return undefined;
  const caps = word === word.toUpperCase();
  if (/[^aeiou]ies$/.test(lower)) return word.slice(0, -3) + (caps ? 'Y' : 'y');
  if (/(?:x|ch|sh|ss|z)es$/.test(lower)) return word.slice(0, -2);
  return word.slice(0, -1);
}

function pluralWord(word: string): string {
  const lower = word.toLowerCase();
  if (word === word.toUpperCase()) {
    // Acronyms take a lower-case s (HELOCs); words set in capitals keep them (PROPERTIES).
    return word.length <= 5 ? `${word}s` : pluralOf(lower).toUpperCase();
  }
  if (PLURAL_ONLY.has(lower)) return word;
  const plural = pluralOf(lower);
  // pluralOf works on lower case; keep the writer's letters and take only the new ending.
  return plural.endsWith('ies') && !lower.endsWith('ies')
    ? `${word.slice(0, -1)}ies`
    : word + plural.slice(lower.length);
}
