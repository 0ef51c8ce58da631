// Document words that name properties of every JavaScript object ("constructor", "toString") are
// words like any other: a table keyed by words must not find Object.prototype's members in them.
// "Constructor loan modifications always forgive part of the principal." stopped the whole
// analysis of its document with "s.charAt is not a function".
import * as assert from 'node:assert/strict';
import { applyFirstFix, documentOf, languageService } from '../helpers';

const WORDS = ['Constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

describe('words that name Object properties', () => {
  for (const word of WORDS) {
    it(`"${word}" before a claim: the claim is found and reworded in words`, () => {
      const text = `${word} loan modifications always forgive part of the principal.\n`;
      const diagnostics = languageService().diagnostics(documentOf(text));
      assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
      const fixed = applyFirstFix(documentOf(text));
      assert.ok(fixed && fixed !== text, String(fixed));
      assert.doesNotMatch(fixed, /function|native code|\[object/);
      assert.ok(fixed.includes(word), fixed);
    });
  }
});
