// One binary search serves every "which span holds this offset" question (mentions for hovers,
// Definitions sections, pointers): it must answer as reading the spans one by one would.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { spanAt } from '../../server/src/core/text/search';
import { params } from './arbitraries';

/** Sorted spans that never overlap, some empty, some touching. */
const spans = fc.array(fc.tuple(fc.nat(3), fc.nat(4)), { maxLength: 12 }).map((steps) => {
  let at = 0;
  return steps.map(([gap, length]) => {
    const span = { start: at + gap, end: at + gap + length };
    at = span.end;
    return span;
  });
});

describe('spanAt', () => {
  it('finds the first span holding an offset, with or without its end, as a scan would', () => {
    fc.assert(
      fc.property(spans, fc.integer({ min: -2, max: 70 }), fc.boolean(), (list, offset, endCounts) => {
        const scanned = list.findIndex(
          (s) => s.start <= offset && (endCounts ? offset <= s.end : offset < s.end),
        );
        assert.equal(spanAt(list, offset, endCounts), scanned);
      }),
      params(1000),
    );
  });
});
