// The typed arrays the analysis grows as it reads: the columns of words, mentions, blocks and
// masked runs.

/** The first `count` entries of `from` in a new array of its kind with room for `capacity`. */
export function resized<T extends Int32Array | Uint16Array | Uint8Array>(
  from: T,
  capacity: number,
  count: number,
): T {
  const to = new (from.constructor as new (length: number) => T)(capacity);
  to.set(from.subarray(0, count));
  return to;
}
