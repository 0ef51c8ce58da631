// Term mentions: every variant a writer types, with the exact range an editor highlights.
import * as assert from 'node:assert/strict';
import { documentOf, languageService, textAt } from '../helpers';

function mentions(text: string, languageId = 'markdown'): [string, string][] {
  const document = documentOf(text, languageId);
  return languageService()
    .analyze(document)
    .mentions.toArray()
    .map((m) => [m.term.id, text.slice(m.start, m.end)]);
}

describe('term mentions', () => {
  it('recognises any case, plurals and possessives, and ends the range before the possessive', () => {
    assert.deepEqual(mentions('DEFICIENCY JUDGMENT, deficiency judgments and the foreclosure’s cost.'), [
      ['deficiency-judgment', 'DEFICIENCY JUDGMENT'],
      ['deficiency-judgment', 'deficiency judgments'],
      ['foreclosure', 'foreclosure'],
    ]);
  });

  it('recognises hyphenated and spaced variants of the same term', () => {
    assert.deepEqual(mentions('A deed-in-lieu, a deed in lieu of foreclosure, and deeds in lieu.'), [
      ['deed-in-lieu-of-foreclosure', 'deed-in-lieu'],
      ['deed-in-lieu-of-foreclosure', 'deed in lieu of foreclosure'],
      ['deed-in-lieu-of-foreclosure', 'deeds in lieu'],
    ]);
  });

  it('prefers the longest match: "deed in lieu of foreclosure" is one mention, not two', () => {
    assert.deepEqual(mentions('A deed in lieu of foreclosure.').length, 1);
  });

  it('matches a term broken across a line, but not across punctuation or a code span', () => {
    assert.deepEqual(mentions('A deficiency\njudgment.'), [['deficiency-judgment', 'deficiency\njudgment']]);
    assert.deepEqual(mentions('A short. Sale.'), []);
    assert.deepEqual(mentions('A short `x` sale.'), []);
  });

  it('does not match inside longer words', () => {
    assert.deepEqual(mentions('Preforeclosure, shortsale and deficiencyjudgment.'), []);
  });

  it('reports ranges in UTF-16 code units after emoji and on CRLF lines', () => {
    const text = 'Intro line\r\n😀 👩‍👩‍👧 deficiency judgment\r\nnext';
    const document = documentOf(text);
    const [m] = languageService().analyze(document).mentions;
    const hover = languageService().hover(document, document.positionAt(m.start + 3));
    assert.deepEqual(hover?.range, { start: { line: 1, character: 12 }, end: { line: 1, character: 31 } });
    assert.equal(textAt(document, hover!.range!), 'deficiency judgment');
  });

  it('handles a lone CR as a line break, as LSP does', () => {
    const document = documentOf('one\rtwo short sale');
    const hover = languageService().hover(document, { line: 1, character: 5 });
    assert.deepEqual(hover?.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 14 } });
  });

  it('does not present a broader phrase as a narrower term', () => {
    // A junior lien or a home equity loan is not always a second mortgage, and "power of sale" names
    // the clause, not the foreclosure process that uses it.
    for (const [name, narrower] of [
      ['junior lien', 'second-mortgage'],
      ['junior mortgage', 'second-mortgage'],
      ['home equity loan', 'second-mortgage'],
      ['power of sale', 'non-judicial-foreclosure'],
    ]) {
      const found = mentions(`We discussed the ${name} yesterday.`);
      assert.ok(!found.some(([id]) => id === narrower), `"${name}" is shown as ${narrower}`);
    }
  });

  it('recognises every term and alias of the glossary in a sentence', () => {
    for (const term of languageService().glossary.terms) {
      for (const name of [term.term, ...(term.aliases ?? [])]) {
        const found = mentions(`We discussed the ${name} yesterday.`);
        assert.deepEqual(found, [[term.id, name]], `${term.id}: "${name}"`);
      }
    }
  });
});
