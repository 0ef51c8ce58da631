// Every rule's own examples run as tests: each `flags` text is flagged once by that rule and its
// preferred fix gives `fixed` (which is then not flagged), or none is offered where `fixed` is null;
// no `allows` text is flagged.
import * as assert from 'node:assert/strict';
import { applyRewording, builtInGlossary, documentOf, languageService } from '../helpers';

describe('risky-claim rules: inline examples', () => {
  // The real-VS-Code suite applies each rule's first example's quick fix: that example must offer one.
  it("every rule's first flags example offers a rewording", () => {
    for (const rule of builtInGlossary().rules)
      assert.equal(
        typeof rule.examples.flags[0]?.fixed,
        'string',
        `${rule.id}: first flags example has no fix`,
      );
  });

  for (const rule of builtInGlossary().rules) {
    describe(rule.id, () => {
      for (const { text, fixed } of rule.examples.flags) {
        it(`flags and fixes: ${text}`, () => {
          const document = documentOf(text);
          const codes = languageService()
            .diagnostics(document)
            .map((d) => d.code);
          assert.deepEqual(codes, [rule.id]);
          assert.equal(applyRewording(document), fixed);
          if (fixed !== null)
            assert.deepEqual(
              languageService().diagnostics(documentOf(fixed)),
              [],
              'the fixed text must not be flagged',
            );
        });
      }
      for (const text of rule.examples.allows) {
        it(`allows: ${text}`, () => {
          assert.deepEqual(
            languageService()
              .diagnostics(documentOf(text))
              .map((d) => d.code),
            [],
          );
        });
      }
    });
  }
});
