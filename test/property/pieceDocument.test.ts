// The server's PieceDocument (server/src/core/pieceDocument.ts) must answer exactly as the
// library's TextDocument after any edits: text, lines, and every conversion between offsets and
// positions, with \r, \n and \r\n line breaks split and joined by edits and positions out of range.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { PieceDocument } from '../../server/src/core/pieceDocument';
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

describe('PieceDocument', () => {
  it('answers as the library document after any edits (fast-check)', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 10 }),
        (initial, pieceLength, edits) => {
          const pieces = new PieceDocument('file:///a.md', 'markdown', 1, initial, pieceLength);
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
});
