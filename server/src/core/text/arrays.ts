// Arrays the analysis and the server's documents grow and splice: the typed columns of words,
// mentions, blocks and masked runs, and the line and piece lists of a long document.

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

/** array.splice(start, removed, ...items), also for more items than a call takes arguments. */
export function spliceArray<T>(array: T[], start: number, removed: number, items: readonly T[]): void {
  if (items.length < 10_000) {
    array.splice(start, removed, ...items);
    return;
  }
  const tail = array.slice(start + removed);
  array.length = start;
  for (const item of items) array.push(item);
  for (const item of tail) array.push(item);
}
