// The masked prose of a document (see markup) as the analysis keeps it between versions: the
// document's own text and the runs where the masked prose differs from it, instead of a second
// copy of the text. Masking replaces code, markup and addresses with one mark each (line breaks
// kept), so a long document differs from its prose in some tens of thousands of runs.
import type { TextSource } from './pieceText';
import { lowerBound } from './search';
import { resized } from './arrays';

export class MaskedText implements TextSource {
  private count = 0;
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  /** The character every position of run i reads as. */
  private marks = new Uint16Array(16);

  /** `masked`: the prose of all of `text`, as a string of its length. */
  constructor(
    private text: TextSource,
    masked: string,
    flat = text.slice(0),
  ) {
    this.addRuns(flat, masked, 0);
  }

  get length(): number {
    return this.text.length;
  }

  charCodeAt(index: number): number {
    const run = this.firstRunEndingAfter(index);
    return run < this.count && this.starts[run] <= index ? this.marks[run] : this.text.charCodeAt(index);
  }

  charAt(index: number): string {
    return index >= 0 && index < this.length ? String.fromCharCode(this.charCodeAt(index)) : '';
  }

  slice(start: number, end = this.length): string {
    const from = Math.max(0, start < 0 ? this.length + start : start);
    const to = Math.min(this.length, end < 0 ? this.length + end : end);
    if (to <= from) return '';
    const plain = this.text.slice(from, to);
    let run = this.firstRunEndingAfter(from);
    if (run >= this.count || this.starts[run] >= to) return plain;
    const parts: string[] = [];
    let at = from;
    for (; run < this.count && this.starts[run] < to; run++) {
      const a = Math.max(from, this.starts[run]);
      const b = Math.min(to, this.ends[run]);
      parts.push(plain.slice(at - from, a - from), String.fromCharCode(this.marks[run]).repeat(b - a));
      at = b;
    }
    parts.push(plain.slice(at - from));
    return parts.join('');
  }

  toString(): string {
    return this.slice(0);
  }

  /**
   * After an edit that replaced [from, to) of the old text: `text` is the new text, whose
   * [from, from + window.length) is `window`, masked as `masked`; what follows moved by the edit's length.
   */
  update(text: TextSource, from: number, to: number, window: string, masked: string): void {
    const delta = text.length - this.text.length;
    const first = this.firstRunEndingAfter(from);
    const tail = lowerBound(this.count, (i) => this.starts[i] >= to);
    const kept = { starts: this.starts.slice(tail, this.count), ends: this.ends.slice(tail, this.count) };
    const keptMarks = this.marks.slice(tail, this.count);
    // Runs never cross a window's edges (a window starts and ends a block), so none is cut here.
    this.count = first;
    this.text = text;
    this.addRuns(window, masked, from);
    for (let i = 0; i < kept.starts.length; i++)
      this.push(kept.starts[i] + delta, kept.ends[i] + delta, keptMarks[i]);
  }

  /** Adds the runs where `masked` differs from `plain`, both at `offset`, after the runs there are. */
  private addRuns(plain: string, masked: string, offset: number): void {
    // Most of a text is prose, as it is: equal stretches are passed over a slice at a time.
    const STRETCH = 256;
    for (let i = 0; i < plain.length;) {
      if (i + STRETCH <= plain.length && plain.slice(i, i + STRETCH) === masked.slice(i, i + STRETCH)) {
        i += STRETCH;
        continue;
      }
      for (const end = Math.min(plain.length, i + STRETCH); i < end; i++) {
        const mark = masked.charCodeAt(i);
        if (mark === plain.charCodeAt(i)) continue;
        const last = this.count - 1;
        if (last >= 0 && this.ends[last] === offset + i && this.marks[last] === mark) this.ends[last]++;
        else this.push(offset + i, offset + i + 1, mark);
      }
    }
  }

  private push(start: number, end: number, mark: number): void {
    if (this.count === this.starts.length) {
      const size = 2 * this.count;
      this.starts = resized(this.starts, size, this.count);
      this.ends = resized(this.ends, size, this.count);
      this.marks = resized(this.marks, size, this.count);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.marks[this.count++] = mark;
  }

  private firstRunEndingAfter(offset: number): number {
    return lowerBound(this.count, (i) => this.ends[i] > offset);
  }
}
