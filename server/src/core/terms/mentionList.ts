// The term mentions an analysis keeps, one row each in typed arrays rather than one object each: a
// long document has over a hundred thousand, and each object outlived the step that found it, to
// be moved by the garbage collector once more. A TermMention is made when one is asked for.
import type { TermEntry } from '../glossaryTypes';
import { lowerBound } from '../text/search';
import type { TermMention } from './terms';
import { resized } from '../text/arrays';

const SENSES: TermMention['sense'][] = ['mortgage', 'uncertain'];

export class MentionList implements Iterable<TermMention> {
  private count = 0;
  /** Index into `entries`. */
  private terms = new Int32Array(16);
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  private words = new Int32Array(16);
  /** Index into SENSES. */
  private senses = new Uint8Array(16);
  private readonly entries: TermEntry[] = [];
  private readonly entryIndex = new Map<TermEntry, number>();

  constructor(mentions: readonly TermMention[] = []) {
    this.splice(0, 0, mentions);
  }

  get length(): number {
    return this.count;
  }

  at(i: number): TermMention | undefined {
    if (i < 0 || i >= this.count) return undefined;
    return {
      term: this.entries[this.terms[i]],
      start: this.starts[i],
      end: this.ends[i],
      word: this.words[i],
      sense: SENSES[this.senses[i]],
    };
  }

  *[Symbol.iterator](): Iterator<TermMention> {
    for (let i = 0; i < this.count; i++) yield this.at(i)!;
  }

  toArray(): TermMention[] {
    return [...this];
  }

  /** The mention holding `offset`; a position at either edge of a mention counts. */
  holding(offset: number): TermMention | undefined {
    const i = lowerBound(this.count, (k) => this.ends[k] >= offset);
    return i < this.count && this.starts[i] <= offset ? this.at(i) : undefined;
  }

  /** The first mention starting at or after `offset`. */
  startingFrom(offset: number): TermMention | undefined {
    return this.at(lowerBound(this.count, (k) => this.starts[k] >= offset));
  }

  /** Index of the first mention whose first word is `word` or a later one. */
  indexFromWord(word: number): number {
    return lowerBound(this.count, (k) => this.words[k] >= word);
  }

  /**
   * Replaces mentions [from, to) by `items` (in order, between their neighbours); the mentions after
   * them move by `offsetDelta` characters and `wordDelta` words.
   */
  splice(from: number, to: number, items: readonly TermMention[], offsetDelta = 0, wordDelta = 0): void {
    const count = this.count - (to - from) + items.length;
    if (count > this.starts.length) this.reserve(Math.ceil(count * 1.25) + 16);
    const into = from + items.length;
    for (const column of this.columns()) column.copyWithin(into, to, this.count);
    for (let i = into; i < count; i++) {
      this.starts[i] += offsetDelta;
      this.ends[i] += offsetDelta;
      this.words[i] += wordDelta;
    }
    items.forEach((m, k) => {
      const i = from + k;
      this.terms[i] = this.indexOf(m.term);
      this.starts[i] = m.start;
      this.ends[i] = m.end;
      this.words[i] = m.word;
      this.senses[i] = SENSES.indexOf(m.sense);
    });
    this.count = count;
  }

  private indexOf(entry: TermEntry): number {
    let index = this.entryIndex.get(entry);
    if (index === undefined) {
      index = this.entries.push(entry) - 1;
      this.entryIndex.set(entry, index);
    }
    return index;
  }

  private columns(): (Int32Array | Uint8Array)[] {
    return [this.terms, this.starts, this.ends, this.words, this.senses];
  }

  /** Room for `capacity` mentions (see stepLocal). */
  reserve(capacity: number): void {
    if (capacity <= this.starts.length) return;
    this.terms = resized(this.terms, capacity, this.count);
    this.starts = resized(this.starts, capacity, this.count);
    this.ends = resized(this.ends, capacity, this.count);
    this.words = resized(this.words, capacity, this.count);
    this.senses = resized(this.senses, capacity, this.count);
  }
}
