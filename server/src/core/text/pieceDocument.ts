// A text document held in pieces (see pieceText.ts), for the language server's copy of each open
// document. The library's document keeps one string: every edit builds a new one, and its first
// read copies the whole text flat again (78 ms per keystroke on 50 MB). Here an edit copies only
// the pieces it touches, and the analysis reads an unchanging snapshot of the pieces per version.
// Positions follow the LSP rules as the library's document does: UTF-16 offsets, \n, \r\n and \r
// end lines, and a position past a line's end stands before its line break.
import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { PieceText, type TextSource } from './pieceText';
import { lowerBound } from './search';
import { spliceArray } from './arrays';

/** A document whose text the analysis can read without joining it (see PieceDocument). */
export interface SourceDocument extends TextDocument {
  /** This version's text; the same object until the next edit. */
  source(): TextSource;
  /** The text's size in UTF-8, as a file. */
  byteLength(): number;
}

export function isSourceDocument(document: TextDocument): document is SourceDocument {
  return typeof (document as Partial<SourceDocument>).source === 'function';
}

/** A document's text for reading parts of it: its pieces where it has them, else its string. */
export function textOf(document: TextDocument): TextSource {
  return isSourceDocument(document) ? document.source() : document.getText();
}

export class PieceDocument implements SourceDocument {
  private content: PieceText;
  /** Where each line starts, known up to `indexed`: built on first use or in parts (indexLines). */
  private lines: number[] | undefined;
  private indexed = 0;
  private snapshot: PieceText | undefined;
  private bytes: number | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    /** The text, or its pieces (see PieceText). */
    text: string | readonly string[],
    /** For tests, which need many pieces in a short text. */
    private readonly pieceLength?: number,
  ) {
    this.content = new PieceText(text, pieceLength);
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  getText(range?: Range): string {
    if (!range) return this.content.toString();
    return this.content.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  source(): TextSource {
    return (this.snapshot ??= this.content.snapshot());
  }

  byteLength(): number {
    if (this.bytes === undefined) {
      const parts = this.content.parts;
      this.bytes = 0;
      for (let i = 0; i < parts.length; i++) {
        this.bytes += utf8Length(parts[i]);
        // A surrogate pair cut between two pieces counted as two lone halves (3 + 3 bytes, not 4).
        const last = parts[i].charCodeAt(parts[i].length - 1);
        if (isHigh(last) && i + 1 < parts.length && isLow(parts[i + 1].charCodeAt(0))) this.bytes -= 2;
      }
    }
    return this.bytes;
  }

  offsetAt(position: Position): number {
    const lines = this.lineStarts();
    if (position.line >= lines.length) return this.content.length;
    if (position.line < 0) return 0;
    const start = lines[position.line];
    if (position.character <= 0) return start;
    const next = this.nextLineStart(position.line);
    return this.beforeLineBreak(Math.min(start + position.character, next), start);
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.content.length));
    const lines = this.lineStarts();
    const line = lowerBound(lines.length, (i) => lines[i] > offset) - 1;
    // A line's break is its last one or two characters: an offset before those needs no look.
    const next = line + 1 < lines.length ? lines[line + 1] : Infinity;
    const character = offset < next - 1 ? offset : this.beforeLineBreak(offset, lines[line]);
    return { line, character: character - lines[line] };
  }

  /** The line without its line break; past the last line, the last line. */
  getLineRange(line: number): Range {
    const lines = this.lineStarts();
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    line = Math.min(line, lines.length - 1);
    const end = this.beforeLineBreak(this.nextLineStart(line), lines[line]);
    return { start: { line, character: 0 }, end: { line, character: end - lines[line] } };
  }

  /** The line break ending `line` ('' for the last line or a line that does not exist). */
  getEOLCharacters(line: number): string {
    const lines = this.lineStarts();
    if (line < 0 || line >= lines.length) return '';
    const next = this.nextLineStart(line);
    return this.content.slice(this.beforeLineBreak(next, lines[line]), next);
  }

  /** Applies changes as TextDocument.update does; the library calls it through TextDocuments. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change)) {
        // The text, or its pieces (see the constructor).
        this.content = new PieceText(change.text as string | readonly string[], this.pieceLength);
        this.lines = undefined;
        this.indexed = 0;
        this.bytes = undefined;
        continue;
      }
      let from = this.offsetAt(change.range.start);
      let to = this.offsetAt(change.range.end);
      if (from > to) [from, to] = [to, from];
      // One character more on each side: a surrogate pair the edit joins or splits changes size.
      if (this.bytes !== undefined) {
        const low = Math.max(0, from - 1);
        const around = this.content.slice(low, Math.min(this.content.length, to + 1));
        const after = around.slice(0, from - low) + change.text + around.slice(to - low);
        this.bytes += utf8Length(after) - utf8Length(around);
      }
      this.content.replace(from, to, change.text);
      // offsetAt above completed the line index.
      updateLineStarts(this.lines!, this.content, from, to, change.text.length);
      this.indexed = this.content.length;
    }
    this.version = version;
    this.snapshot = undefined;
  }

  /**
   * Extends the line index by about `length` characters: a server reading a long document in
   * steps builds it along, instead of in one pause of 30 ms per 50 MB at the first position asked.
   */
  indexLines(length: number): void {
    const to = Math.min(this.content.length, this.indexed + length);
    this.lines = lineStartsIn(this.content, this.indexed, to, this.lines ?? [0]);
    this.indexed = to;
  }

  private lineStarts(): number[] {
    if (!this.lines || this.indexed < this.content.length) this.indexLines(Infinity);
    return this.lines!;
  }

  /** Where the line after `line` starts, or the text's end after the last line. */
  private nextLineStart(line: number): number {
    const lines = this.lineStarts();
    return line + 1 < lines.length ? lines[line + 1] : this.content.length;
  }

  /** `offset` moved back over line-break characters, but not before `lineStart`. */
  private beforeLineBreak(offset: number, lineStart: number): number {
    while (offset > lineStart && isLineBreak(this.content.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

const LF = 10;
const CR = 13;
const isLineBreak = (c: number) => c === LF || c === CR;

/**
 * Appends to `into` the line starts x with from < x <= to, in order: x starts a line when x - 1
 * holds \n, or holds \r not followed by \n.
 */
function lineStartsIn(text: TextSource, from: number, to: number, into: number[]): number[] {
  // Read in slices: a character at a time through the pieces would be slow on long texts.
  const SLICE = 64 * 1024;
  for (let at = from; at < to; at += SLICE) {
    const end = Math.min(to, at + SLICE);
    const part = text.slice(at, Math.min(text.length, end + 1));
    const length = end - at;
    if (part.indexOf('\r') < 0) {
      // Most texts have \n only: the native search is several times faster than a loop.
      for (let i = part.indexOf('\n'); i >= 0 && i < length; i = part.indexOf('\n', i + 1))
        into.push(at + i + 1);
      continue;
    }
    for (let i = 0; i < length; i++) {
      const c = part.charCodeAt(i);
      if (c === LF || (c === CR && part.charCodeAt(i + 1) !== LF)) into.push(at + i + 1);
    }
  }
  return into;
}

/**
 * Line starts after [from, to) was replaced by `inserted` characters. A start at x depends on the
 * characters at x - 1 and x only, so the starts in (from - 1, to] are found again in the new text
 * and the later ones move by the change in length.
 */
function updateLineStarts(
  lines: number[],
  text: TextSource,
  from: number,
  to: number,
  inserted: number,
): void {
  // The first line always starts at 0, whatever the text.
  const first = Math.max(
    1,
    lowerBound(lines.length, (i) => lines[i] > from - 1),
  );
  const last = lowerBound(lines.length, (i) => lines[i] > to);
  const found = lineStartsIn(text, Math.max(0, from - 1), from + inserted, []);
  const delta = inserted - (to - from);
  for (let i = last; i < lines.length; i++) lines[i] += delta;
  spliceArray(lines, first, last - first, found);
}

/**
 * UTF-8 size of a string, as TextEncoder writes it (a lone surrogate as U+FFFD); native, ~20× a JS
 * loop. Encoded a window at a time, so a 50 MB text needs no 150 MB buffer kept for the next call.
 */
function utf8Length(s: string): number {
  let bytes = 0;
  for (let start = 0, end = 0; start < s.length; start = end) {
    end = Math.min(start + WINDOW, s.length);
    if (end < s.length && isHigh(s.charCodeAt(end - 1))) end++; // a pair stays in one window
    bytes += encoder.encodeInto(s.slice(start, end), scratch).written;
  }
  return bytes;
}
const WINDOW = 64 * 1024;
const encoder = new TextEncoder();
/** Room for a window plus one more pair, at the most 3 bytes a code unit. */
const scratch = new Uint8Array((WINDOW + 1) * 3);

const isHigh = (c: number) => (c & 0xfc00) === 0xd800;
const isLow = (c: number) => (c & 0xfc00) === 0xdc00;
