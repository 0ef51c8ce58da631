// The claim index seed a build writes beside the glossary (see glossary/loadBuiltIn.ts): an index built
// from it finds what one built from the language data finds, and a seed made from other language
// data is refused.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildClaimIndex, claimIndexSeed, seedClaimIndex } from '../../server/src/core/claims/claimIndex';
import { phraseWords } from '../../server/src/core/text/words';
import { createLanguageService } from '../../server/src/core/languageService';
import { SEED_FILE } from '../../server/src/glossary/loadBuiltIn';
import { builtInGlossary, documentOf } from '../helpers';

const TEXT = [
  'A foreclosure erases all debt.',
  'A loan modification always forgives part of the principal.',
  'A short sale is the same as a foreclosure.',
  'After a deed in lieu you are completely off the hook for the balance.',
  'Some lenders may be able to pursue a deficiency, depending on state law.',
  'Forbearance wipes out the missed payments.',
].join('\n\n');

function findings(glossary: ReturnType<typeof builtInGlossary>) {
  return createLanguageService(glossary)
    .diagnostics(documentOf(TEXT))
    .map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`);
}

describe('claim index seed', () => {
  it('gives the same findings as an index built from the language data', () => {
    // Copies: the built-in glossary's own language data is seeded when loaded.
    const glossary = builtInGlossary();
    const unseeded = { ...glossary, language: structuredClone(glossary.language) };
    const seeded = { ...glossary, language: structuredClone(glossary.language) };
    assert.ok(seedClaimIndex(seeded.language, claimIndexSeed(seeded.language)));
    const expected = findings(unseeded);
    assert.ok(expected.length >= 4, `few findings to compare: ${expected.join(', ')}`);
    assert.deepEqual(findings(seeded), expected);
  });

  // The seed keeps each phrase's lemmas in one string: a lemma with a space ("isn't" → "be n't") must
  // come back as one lemma, seeded or not.
  it('finds every concept phrase by its own lemmas, seeded and not', () => {
    const glossary = builtInGlossary();
    const seeded = structuredClone(glossary.language);
    assert.ok(seedClaimIndex(seeded, claimIndexSeed(seeded)));
    for (const language of [seeded, structuredClone(glossary.language)]) {
      const index = buildClaimIndex(language);
      const missing: string[] = [];
      for (const [concept, { phrases }] of Object.entries(language.concepts)) {
        for (const phrase of phrases) {
          const lemmas = phraseWords(phrase).map(index.lemma);
          const found = index.concepts
            .matchesAt(
              (k) => lemmas[k] ?? '',
              0,
              () => true,
            )
            .some((m) => m.length === lemmas.length && m.values.some((v) => v.concept === concept));
          if (!found) missing.push(`${concept}: ${phrase}`);
        }
      }
      assert.deepEqual(missing, []);
    }
  });

  // The seed's groups are keyed by a phrase's first lemma: a word that names an Object property
  // ("constructor") is a key like any other.
  it('indexes a phrase whose first word names an Object property', () => {
    const language = structuredClone(builtInGlossary().language);
    const concept = Object.keys(language.concepts)[0];
    language.concepts[concept].phrases.push('constructor valueof', 'toString');
    const index = buildClaimIndex(language);
    for (const words of [['constructor', 'valueof'], ['tostring']]) {
      const matches = index.concepts.matchesAt(
        (k) => words[k] ?? '',
        0,
        () => true,
      );
      assert.ok(
        matches.some((m) => m.length === words.length && m.values.some((v) => v.concept === concept)),
        words.join(' '),
      );
    }
  });

  it('refuses a seed made from other language data', () => {
    const language = structuredClone(builtInGlossary().language);
    const seed = claimIndexSeed(language);
    const concept = Object.values(language.concepts)[0];
    concept.phrases = [...concept.phrases, 'wholly new phrase'];
    assert.equal(seedClaimIndex(language, seed), false);
    assert.equal(seedClaimIndex(language, claimIndexSeed(language)), true);
  });

  it('is written by the build for the built-in glossary as it is now', () => {
    const file = path.resolve(__dirname, '../../../dist', SEED_FILE);
    const written = JSON.parse(fs.readFileSync(file, 'utf8')) as ReturnType<typeof claimIndexSeed>;
    // As JSON: the seed the build writes is JSON.stringify of this.
    assert.deepEqual(written, JSON.parse(JSON.stringify(claimIndexSeed(builtInGlossary().language))));
  });
});
