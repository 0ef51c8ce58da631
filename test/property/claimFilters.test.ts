// findClaims lets most sentences go before looking up a single concept in them (claims.ts: the
// anchors test; rules tried only when their key concepts are present). Shortcuts must never cost
// a finding: with every shortcut disabled, the claims found are the same.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildClaimIndex, type ClaimIndex } from '../../server/src/core/claims/claimIndex';
import { compileRules, findClaims } from '../../server/src/core/claims';
import { addMask } from '../../server/src/core/claims/conceptBits';
import { proseOf } from '../../server/src/core/text/markup';
import { tokenize } from '../../server/src/core/text/tokens';
import { builtInGlossary } from '../helpers';
import { documentText, glossaryText, params } from './arbitraries';

describe('claim shortcuts', () => {
  const glossary = builtInGlossary();
  const index = buildClaimIndex(glossary.language);
  const rules = compileRules(glossary.rules);
  const ALL = [-1, -1, -1, -1, -1, -1, -1, -1]; // every concept bit set
  const noAnchors: ClaimIndex = { ...index, anchorsIn: (_ids, _first, _end, mask) => addMask(mask, ALL) };
  const noKeys = rules.map((rule) => ({ ...rule, keys: undefined }));
  const found = (text: string, claimIndex: ClaimIndex, compiled = rules) =>
    findClaims(tokenize(proseOf(text, 'markdown'), index.abbreviations), compiled, claimIndex).map(
      (claim) => [claim.rule.id, claim.slots.map((slot) => [slot.concept, slot.first, slot.length])],
    );

  it('find the claims a full search finds, in documents of claims, terms and hostile text', () => {
    fc.assert(
      fc.property(documentText(), (text) => {
        assert.deepEqual(found(text, index), found(text, noAnchors, noKeys));
      }),
      params(300),
    );
  });

  it('find every claim of the rules’ own examples, and every one a full search finds in them', () => {
    const text = glossaryText().claims.join('\n\n');
    const all = found(text, noAnchors, noKeys);
    assert.ok(all.length >= glossary.rules.length, `the examples hold claims (${all.length})`);
    assert.deepEqual(found(text, index), all);
  });

  it('would miss claims if a concept had no anchor, so the test above can fail', () => {
    const text = glossaryText().claims.join('\n\n');
    const blind: ClaimIndex = { ...index, anchorsIn: () => undefined };
    assert.ok(found(text, blind).length < found(text, index).length);
  });
});
