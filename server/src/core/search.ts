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
