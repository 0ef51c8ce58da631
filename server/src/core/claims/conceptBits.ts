// Concepts as bits: whether a sentence holds every concept a pattern needs is then a few ANDs per
// pattern, not a lookup per concept (this test ran for each of a hundred patterns in most sentences).
// A mask is an array of 32-bit words; bits are numbered once per process, across glossaries.

const conceptBits = new Map<string, number>();

export function conceptBit(concept: string): number {
  let bit = conceptBits.get(concept);
  if (bit === undefined) conceptBits.set(concept, (bit = conceptBits.size));
  return bit;
}

export function addBit(mask: number[], bit: number): void {
  while (mask.length <= bit >>> 5) mask.push(0);
  mask[bit >>> 5] |= 1 << (bit & 31);
}

export function conceptMask(concepts: readonly string[]): number[] {
  const mask: number[] = [];
  for (const concept of concepts) addBit(mask, conceptBit(concept));
  return mask;
}

/** `into` |= `mask`. */
export function addMask(into: number[], mask: readonly number[]): void {
  while (into.length < mask.length) into.push(0);
  for (let w = 0; w < mask.length; w++) into[w] |= mask[w];
}

export function hasAny(present: readonly number[], mask: readonly number[]): boolean {
  for (let w = 0; w < mask.length; w++) if (((present[w] ?? 0) & mask[w]) !== 0) return true;
  return false;
}

export function hasAll(present: readonly number[], required: readonly number[]): boolean {
  for (let w = 0; w < required.length; w++)
    if (((present[w] ?? 0) & required[w]) !== required[w]) return false;
  return true;
}
