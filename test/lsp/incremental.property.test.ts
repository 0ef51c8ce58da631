// Incremental sync through the real server (dist/server.js over stdio): after random sequences of
// incremental edits (single and batched, anywhere, even inside a surrogate pair or a CRLF, with
// pauses that let the server check intermediate versions), the diagnostics it publishes for the
// final version equal a full analysis of the final text by the core.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { createLanguageService } from '../../server/src/core/languageService';
import { loadBuiltInGlossary } from '../../server/src/glossary/loadBuiltIn';
import { documentText, fragment, LANGUAGES, params } from '../property/arbitraries';
import { delay, startServer, type LspClient } from './lspClient';

/** Past the server's re-check pause (VALIDATE_DELAY_MS), so an intermediate version gets checked. */
const PAUSE_MS = 160;

const edit = fc.record({
  from: fc.nat(),
  length: fc.oneof(fc.constant(0), fc.nat({ max: 12 }), fc.nat({ max: 200 })),
  text: fc.oneof(fragment(), fc.constant('')),
});
const batch = fc.record({ edits: fc.array(edit, { minLength: 1, maxLength: 3 }), pause: fc.boolean() });

/** Turns offset-based edits into LSP changes, each against the text the previous ones left. */
function changesFor(document: TextDocument, edits: { from: number; length: number; text: string }[]) {
  let scratch = TextDocument.create(document.uri, document.languageId, 0, document.getText());
  const changes: TextDocumentContentChangeEvent[] = [];
  for (const e of edits) {
    const length = scratch.getText().length;
    const from = e.from % (length + 1);
    const range = {
      start: scratch.positionAt(from),
      end: scratch.positionAt(Math.min(length, from + e.length)),
    };
    changes.push({ range, text: e.text });
    scratch = TextDocument.update(scratch, [{ range, text: e.text }], scratch.version + 1);
  }
  return changes;
}

describe('incremental edits through the real server (fast-check)', function () {
  this.timeout(120_000);
  let client: LspClient;
  const core = createLanguageService(loadBuiltInGlossary());
  let runs = 0;

  before(async () => {
    client = startServer(['dist/server.js', '--stdio']);
    await client.initialize();
  });

  after(async () => {
    await client.dispose();
  });

  it('publishes for the final version exactly what a full analysis of the final text finds', async () => {
    await fc.assert(
      fc.asyncProperty(
        documentText(20),
        fc.constantFrom(...LANGUAGES),
        fc.array(batch, { minLength: 1, maxLength: 12 }),
        async (initial, language, batches) => {
          // A folder with no .mortgage-lens.json above it: the built-in glossary applies.
          const uri = `file:///mortgage-lens-property-tests/run${++runs}.${language === 'markdown' ? 'md' : 'txt'}`;
          await client.open(uri, initial, language, 1);
          let version = 1;
          let pauses = 0;
          for (const { edits, pause } of batches) {
            const changes = changesFor(client.documents.get(uri)!, edits);
            await client.change(uri, ++version, changes);
            if (pause && pauses++ < 2) await delay(PAUSE_MS);
          }
          const final = client.documents.get(uri)!;
          const published = await client.waitForVersion(uri, version, 10_000);
          const expected = core.diagnostics(
            TextDocument.create(`memory:///expected-${runs}`, language, 1, final.getText()),
          );
          assert.deepEqual(
            published.diagnostics.map((d) => [d.code, d.range]),
            expected.map((d) => [d.code, d.range]),
            `final text: ${JSON.stringify(final.getText())}`,
          );
          await client.close(uri);
        },
      ),
      params(40),
    );
    assert.equal(client.child.exitCode, null, `the server exited: ${client.stderr}`);
  });
});
