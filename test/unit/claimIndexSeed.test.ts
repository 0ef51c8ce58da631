// The claim index seed a build writes beside the glossary (see loadGlossary.ts): an index built
// from it finds what one built from the language data finds, and a seed made from other language
// data is refused.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { claimIndexSeed, seedClaimIndex } from '../../server/src/core/claimIndex';
import { createLanguageService } from '../../server/src/core/languageService';
import { SEED_FILE } from '../../server/src/loadGlossary';
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
    assert.deepEqual(written, claimIndexSeed(builtInGlossary().language));
  });
});
