// Binary search over anything sorted: the analysis keeps words, mentions, quotes and blocks in
// document order and looks up "the first at or after" often.

/** The first index in [0, n) where `atOrAfter` holds (it holds from some index on), or n. */
export function lowerBound(n: number, atOrAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The index of the span holding `offset` among sorted, non-overlapping spans, or -1. The end is
 * outside a span unless `endCounts` (a position just after a word still points at it); where two
 * spans touch, the first one holds their shared edge.
 */
export function spanAt(
  spans: readonly { start: number; end: number }[],
  offset: number,
  endCounts = false,
): number {
  const i = lowerBound(spans.length, (k) => (endCounts ? spans[k].end >= offset : spans[k].end > offset));
  return i < spans.length && spans[i].start <= offset ? i : -1;
}
