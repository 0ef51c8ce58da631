// The server's PieceDocument (server/src/core/pieceDocument.ts) must answer exactly as the
// library's TextDocument after any edits: text, lines, and every conversion between offsets and
// positions, with \r, \n and \r\n line breaks split and joined by edits and positions out of range.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { PieceDocument } from '../../server/src/core/text/pieceDocument';
import { HOSTILE, params } from './arbitraries';

const piece = fc.oneof(
  fc.constantFrom('\n', '\r', '\r\n', '\n\r', '\r\r\n', 'a', 'bc', ' ', ...HOSTILE),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const position = fc.record({
  line: fc.integer({ min: -1, max: 12 }),
  character: fc.integer({ min: -1, max: 20 }),
});
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

/**
 * The library's document after `changes`, each applied to a document freshly created with the
 * text so far: the library's own update miscounts lines after an edit at a line past the end, and
 * a PieceDocument does not copy that.
 */
function libraryUpdate(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) {
  for (const change of changes) {
    const fresh = TextDocument.create(document.uri, document.languageId, version, document.getText());
    document = TextDocument.update(fresh, [change], version);
  }
  return TextDocument.create(document.uri, document.languageId, version, document.getText());
}

function assertSame(pieces: PieceDocument, library: TextDocument): void {
  const text = library.getText();
  assert.equal(pieces.getText(), text);
  assert.equal(pieces.version, library.version);
  assert.equal(pieces.lineCount, library.lineCount);
  for (let offset = -1; offset <= text.length + 1; offset++) {
    assert.deepEqual(pieces.positionAt(offset), library.positionAt(offset), `positionAt(${offset})`);
  }
  for (let line = -1; line <= library.lineCount + 1; line++) {
    assert.deepEqual(pieces.getLineRange(line), library.getLineRange(line), `getLineRange(${line})`);
    assert.equal(pieces.getEOLCharacters(line), library.getEOLCharacters(line), `getEOLCharacters(${line})`);
    for (let character = -1; character <= 6; character++) {
      const p = { line, character };
      assert.equal(pieces.offsetAt(p), library.offsetAt(p), `offsetAt(${JSON.stringify(p)})`);
    }
  }
  assert.equal(pieces.source().slice(0), text);
  assert.equal(pieces.byteLength(), new TextEncoder().encode(text).length, 'UTF-8 size');
}

/** `text` cut at the given fractions of its length, empty parts included. */
function cutAt(text: string, cuts: number[]): string[] {
  const at = cuts.map((c) => Math.floor(c * text.length)).sort((a, b) => a - b);
  return [...at, text.length].map((end, i) => text.slice(i === 0 ? 0 : at[i - 1], end));
}

describe('PieceDocument', () => {
  it('answers as the library document after any edits (fast-check)', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 10 }),
        // Some documents start from pieces cut anywhere, as a long didOpen arrives (jsonWorker.ts).
        fc.option(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 })),
        (initial, pieceLength, edits, cuts) => {
          const pieces = new PieceDocument(
            'file:///a.md',
            'markdown',
            1,
            cuts ? cutAt(initial, cuts) : initial,
            pieceLength,
          );
          let library = TextDocument.create('file:///a.md', 'markdown', 1, initial);
          assertSame(pieces, library);
          for (const changes of edits) {
            const before = pieces.source();
            const textBefore = before.slice(0);
            pieces.update(changes, library.version + 1);
            library = libraryUpdate(library, changes, library.version + 1);
            assertSame(pieces, library);
            assert.equal(before.slice(0), textBefore, "an earlier version's text stays as it was");
          }
        },
      ),
      params(400),
    );
  });

  it('measures the UTF-8 size of long texts, with pairs and lone halves at any place', () => {
    const unit = fc.constantFrom('a', 'é', '€', '😀', '\ud83d', '\ude00', '\r\n');
    fc.assert(
      fc.property(
        fc.integer({ min: 60_000, max: 140_000 }),
        fc.array(fc.tuple(fc.nat(), unit), { maxLength: 12 }),
        (length, placed) => {
          const units = Array<string>(length).fill('a');
          for (const [at, what] of placed) units[at % length] = what;
          const text = units.join('');
          const document = new PieceDocument('file:///long.md', 'markdown', 1, text);
          assert.equal(document.byteLength(), new TextEncoder().encode(text).length);
        },
      ),
      params(40),
    );
  });

  it('measures a pair that straddles 64 Ki code units, where the size is counted a window at a time', () => {
    for (const before of [65_534, 65_535, 65_536, 131_071]) {
      const text = 'a'.repeat(before) + '😀' + 'b'.repeat(10);
      const document = new PieceDocument('file:///long.md', 'markdown', 1, text);
      assert.equal(document.byteLength(), before + 4 + 10, `pair after ${before} units`);
    }
  });

  it('takes a paste of more lines, or more pieces, than a call takes arguments', () => {
    // 300,000 lines of 4 characters: a line index of 300,000 starts and 19 pieces of 64 K inserted at once.
    const pasted = 'abc\n'.repeat(300_000);
    const document = new PieceDocument('file:///long.md', 'markdown', 1, 'first\nlast');
    document.update(
      [{ range: { start: { line: 0, character: 5 }, end: { line: 1, character: 0 } }, text: `\n${pasted}` }],
      2,
    );
    const text = `first\n${pasted}last`;
    assert.equal(document.getText(), text);
    assert.equal(document.lineCount, 300_002);
    assert.deepEqual(document.positionAt(text.length - 1), { line: 300_001, character: 3 });
    assert.equal(document.offsetAt({ line: 150_001, character: 2 }), 6 + 150_000 * 4 + 2);
  });
});
