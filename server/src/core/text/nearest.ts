// The known name a slip was meant to be: "did you mean …" for unknown options and rule ids.
import { distance as editDistance } from 'fastest-levenshtein';

/**
 * The known name nearest `name` by edit distance (the first of equals), if it is within
 * max(2, name.length / per) edits: near enough to be a slip rather than another word.
 */
export function nearest(name: string, known: readonly string[], per: number): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / per)) ? best : undefined;
}
