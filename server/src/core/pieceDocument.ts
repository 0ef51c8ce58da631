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

/** A document whose text the analysis can read without joining it (see PieceDocument). */
export interface SourceDocument extends TextDocument {
  /** This version's text; the same object until the next edit. */
  source(): TextSource;
}

export function isSourceDocument(document: TextDocument): document is SourceDocument {
  return typeof (document as Partial<SourceDocument>).source === 'function';
}

export class PieceDocument implements SourceDocument {
  private content: PieceText;
  /** Where each line starts; computed on first use. */
  private lines: number[] | undefined;
  private snapshot: PieceText | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
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

  offsetAt(position: Position): number {
    const lines = this.lineStarts();
    if (position.line >= lines.length) return this.content.length;
    if (position.line < 0) return 0;
    const start = lines[position.line];
    if (position.character <= 0) return start;
    const next = position.line + 1 < lines.length ? lines[position.line + 1] : this.content.length;
    return this.beforeLineBreak(Math.min(start + position.character, next), start);
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.content.length));
    const lines = this.lineStarts();
    const line = lowerBound(lines.length, (i) => lines[i] > offset) - 1;
    return { line, character: this.beforeLineBreak(offset, lines[line]) - lines[line] };
  }

  /** The line without its line break; past the last line, the last line. */
  getLineRange(line: number): Range {
    const lines = this.lineStarts();
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    line = Math.min(line, lines.length - 1);
    const next = line + 1 < lines.length ? lines[line + 1] : this.content.length;
    const end = this.beforeLineBreak(next, lines[line]);
    return { start: { line, character: 0 }, end: { line, character: end - lines[line] } };
  }

  /** The line break ending `line` ('' for the last line or a line that does not exist). */
  getEOLCharacters(line: number): string {
    const lines = this.lineStarts();
    if (line < 0 || line >= lines.length) return '';
    const next = line + 1 < lines.length ? lines[line + 1] : this.content.length;
    return this.content.slice(this.beforeLineBreak(next, lines[line]), next);
  }

  /** Applies changes as TextDocument.update does; the library calls it through TextDocuments. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change)) {
        this.content = new PieceText(change.text, this.pieceLength);
        this.lines = undefined;
        continue;
      }
      let from = this.offsetAt(change.range.start);
      let to = this.offsetAt(change.range.end);
      if (from > to) [from, to] = [to, from];
      this.content.replace(from, to, change.text);
      if (this.lines) updateLineStarts(this.lines, this.content, from, to, change.text.length);
    }
    this.version = version;
    this.snapshot = undefined;
  }

  private lineStarts(): number[] {
    return (this.lines ??= lineStartsIn(this.content, 0, this.content.length, [0]));
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

/** A line starts at x when x - 1 holds \n, or holds \r not followed by \n. */
function startsAt(text: TextSource, x: number): boolean {
  const before = text.charCodeAt(x - 1);
  return before === LF || (before === CR && text.charCodeAt(x) !== LF);
}

/** Appends to `into` the line starts x with from < x <= to, in order. */
function lineStartsIn(text: TextSource, from: number, to: number, into: number[]): number[] {
  // Read in slices: a character at a time through the pieces would be slow on long texts.
  const SLICE = 64 * 1024;
  for (let at = from; at < to; at += SLICE) {
    const end = Math.min(to, at + SLICE);
    const part = text.slice(at, Math.min(text.length, end + 1));
    for (let i = 0; i < end - at; i++) {
      const c = part.charCodeAt(i);
      if (c === LF || (c === CR && (i + 1 < part.length ? part.charCodeAt(i + 1) : -1) !== LF)) {
        into.push(at + i + 1);
      }
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
  const found: number[] = [];
  for (let x = Math.max(1, from); x <= from + inserted; x++) if (startsAt(text, x)) found.push(x);
  const delta = inserted - (to - from);
  for (let i = last; i < lines.length; i++) lines[i] += delta;
  lines.splice(first, last - first, ...found);
}
