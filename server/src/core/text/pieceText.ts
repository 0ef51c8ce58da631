// A long text held as pieces of about PIECE characters, so that replacing a part of it costs the
// part, not the whole: joining a 10 MB string again after each keystroke, and copying it flat on
// its next read, was most of a keystroke's time on long documents.
import { lowerBound } from './search';
import { detached } from './words';
import { spliceArray } from './arrays';

/** What the analysis reads of a text: a plain string is one, and so is a PieceText. */
export interface TextSource {
  readonly length: number;
  slice(start: number, end?: number): string;
  charAt(index: number): string;
  charCodeAt(index: number): number;
}

const PIECE = 64 * 1024;

export class PieceText implements TextSource {
  private pieces: string[] = [];
  /** starts[i]: the offset of pieces[i]; starts[pieces.length]: the length. */
  private starts: number[] = [0];
  private joined: string | undefined;

  /**
   * From a string, or from pieces already cut (a long document's text as the server received it;
   * see transport/jsonWorker.ts). `pieceLength` is for tests, which need many pieces in a short text.
   */
  constructor(
    text: string | readonly string[],
    private readonly pieceLength = PIECE,
  ) {
    if (typeof text === 'string') {
      this.joined = text;
      this.reset(text);
    } else this.setPieces(text.filter((piece) => piece !== ''));
  }

  /** A copy that later replacements of this text leave as it is; the pieces themselves are shared. */
  snapshot(): PieceText {
    const copy = new PieceText('', this.pieceLength);
    copy.pieces = this.pieces.slice();
    copy.starts = this.starts.slice();
    copy.joined = this.joined;
    return copy;
  }

  /** The first `end` characters, sharing this text's pieces: no copy of the text itself. */
  prefix(end: number): PieceText {
    end = clamp(end, this.length);
    const last = end === 0 ? 0 : this.pieceAt(end - 1);
    const copy = new PieceText('', this.pieceLength);
    copy.pieces = this.pieces.slice(0, last + 1);
    copy.pieces[last] = this.pieces[last].slice(0, end - this.starts[last]);
    copy.starts = this.starts.slice(0, last + 1);
    copy.starts.push(end);
    copy.joined = this.joined?.slice(0, end);
    return copy;
  }

  /** The pieces, for comparing two texts piece by piece (see commonPrefix in incremental.ts). */
  get parts(): readonly string[] {
    return this.pieces;
  }

  get length(): number {
    return this.starts[this.pieces.length];
  }

  slice(start: number, end = this.length): string {
    start = clamp(start, this.length);
    end = clamp(end, this.length);
    if (end <= start) return '';
    if (this.joined !== undefined) return this.joined.slice(start, end);
    const i = this.pieceAt(start);
    if (end <= this.starts[i + 1]) return this.pieces[i].slice(start - this.starts[i], end - this.starts[i]);
    const parts = [this.pieces[i].slice(start - this.starts[i])];
    let j = i + 1;
    for (; this.starts[j + 1] < end; j++) parts.push(this.pieces[j]);
    parts.push(this.pieces[j].slice(0, end - this.starts[j]));
    return parts.join('');
  }

  charAt(index: number): string {
    return index < 0 || index >= this.length ? '' : this.slice(index, index + 1);
  }

  charCodeAt(index: number): number {
    if (!(index >= 0 && index < this.length)) return NaN;
    if (this.joined !== undefined) return this.joined.charCodeAt(index);
    const i = this.pieceAt(index);
    return this.pieces[i].charCodeAt(index - this.starts[i]);
  }

  /** The whole text as one string (built once until the next replace). */
  toString(): string {
    return (this.joined ??= this.pieces.join(''));
  }

  /** Replaces [from, to) with `text`; only the pieces it touches are copied. */
  replace(from: number, to: number, text: string): void {
    const first = this.pieceAt(from);
    const last = this.pieceAt(Math.max(from, to - 1));
    const merged =
      this.pieces[first].slice(0, from - this.starts[first]) +
      text +
      this.pieces[last].slice(to - this.starts[last]);
    // No empty piece, unless the whole text is empty: neighbours stay next to each other.
    const kept =
      merged === '' && this.pieces.length > last - first + 1
        ? []
        : cut(merged, this.pieceLength).map(detached);
    spliceArray(this.pieces, first, last - first + 1, kept);
    this.starts.length = first + 1;
    for (let i = first; i < this.pieces.length; i++) this.starts.push(this.starts[i] + this.pieces[i].length);
    this.joined = undefined;
  }

  private reset(text: string): void {
    this.setPieces(cut(text, this.pieceLength));
  }

  private setPieces(pieces: string[]): void {
    this.pieces = pieces.length > 0 ? pieces : [''];
    this.starts = [0];
    for (const piece of this.pieces) this.starts.push(this.starts[this.starts.length - 1] + piece.length);
  }

  /** Index of the piece holding `offset` (the last piece for the text's end). */
  private pieceAt(offset: number): number {
    const n = this.pieces.length;
    return Math.min(
      n - 1,
      lowerBound(n, (i) => this.starts[i + 1] > offset),
    );
  }
}

/** `text` in pieces of `size` characters, the last one shorter than twice that (one for ''). */
function cut(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let at = 0; ; at += size) {
    const rest = text.length - at;
    pieces.push(text.slice(at, rest < 2 * size ? text.length : at + size));
    if (rest < 2 * size) return pieces;
  }
}

function clamp(x: number, length: number): number {
  return x < 0 ? 0 : x > length ? length : x;
}

/**
 * The first `end` characters of `text`: for pieces, a view on the same pieces. Slicing them into
 * one string joined megabytes at each reading step of a document that arrived in pieces or was
 * edited while it was read.
 */
export function prefixOf(text: TextSource, end: number): TextSource {
  if (end >= text.length) return text; // the same object: an analysis of all of it is of this text
  return text instanceof PieceText ? text.prefix(end) : text.slice(0, end);
}
