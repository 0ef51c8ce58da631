// Sorted [start, end) spans kept in two typed arrays: the prose blocks of a long document number
// tens of thousands, and as pairs of arrays each outlived the step that found it.
import { lowerBound } from './search';
import { resized } from './arrays';

export class SpanList {
  private count = 0;
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);

  constructor(spans: readonly (readonly [number, number])[] = []) {
    this.splice(0, 0, spans);
  }

  get length(): number {
    return this.count;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  /** Spans [from, to) as pairs, moved by `shift`. */
  pairs(from = 0, to = this.count, shift = 0): [number, number][] {
    const pairs: [number, number][] = [];
    for (let i = from; i < to; i++) pairs.push([this.starts[i] + shift, this.ends[i] + shift]);
    return pairs;
  }

  /** Room for `capacity` spans (see stepLocal). */
  reserve(capacity: number): void {
    if (capacity <= this.starts.length) return;
    this.starts = resized(this.starts, capacity, this.count);
    this.ends = resized(this.ends, capacity, this.count);
  }

  /** Index of the last span starting at or before `offset`, or -1. */
  lastStartingAtOrBefore(offset: number): number {
    return lowerBound(this.count, (i) => this.starts[i] > offset) - 1;
  }

  /**
   * Replaces spans [from, to) by `items` moved by `itemShift`; the spans after them move by
   * `tailShift`.
   */
  splice(
    from: number,
    to: number,
    items: readonly (readonly [number, number])[],
    itemShift = 0,
    tailShift = 0,
  ): void {
    const count = this.count - (to - from) + items.length;
    if (count > this.starts.length) this.reserve(Math.ceil(count * 1.25) + 16);
    const into = from + items.length;
    this.starts.copyWithin(into, to, this.count);
    this.ends.copyWithin(into, to, this.count);
    for (let i = into; i < count; i++) {
      this.starts[i] += tailShift;
      this.ends[i] += tailShift;
    }
    items.forEach(([start, end], k) => {
      this.starts[from + k] = start + itemShift;
      this.ends[from + k] = end + itemShift;
    });
    this.count = count;
  }
}
