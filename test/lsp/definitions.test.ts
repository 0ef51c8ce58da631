// The document's own defined terms over stdio, as an editor other than VS Code drives them:
// capabilities, go to definition, find references, document symbols, prepareRename and rename,
// the defined-term diagnostics with their related information, and the combined hover.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DocumentSymbolRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  type DocumentSymbol,
  type InitializeResult,
  type Location,
  type MarkupContent,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_TIMEOUT_MS, REPO_ROOT, startServer, withTimeout, type LspClient } from './lspClient';

const SERVER = ['dist/server.js', '--stdio'];
const AGREEMENT = fs.readFileSync(
  path.join(REPO_ROOT, 'test/fixtures/definitions/loan-modification-agreement.md'),
  'utf8',
);
const DEFINED_TERM_RULES = [
  'defined-term-before-definition',
  'defined-term-unused',
  'defined-term-case',
  'defined-term-duplicate',
  'defined-term-glossary-conflict',
];

let documents = 0;
const uniqueUri = (ext = 'md') => `file:///work/protocol-tests/definitions${++documents}.${ext}`;

/** An editor that supports prepareRename, hierarchical symbols and related information. */
async function initialize(client: LspClient, prepareSupport = true): Promise<InitializeResult> {
  const result = await withTimeout(
    client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown'] },
          publishDiagnostics: {
            versionSupport: true,
            relatedInformation: true,
            tagSupport: { valueSet: [1, 2] },
          },
          rename: { prepareSupport },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          definition: { linkSupport: false },
        },
      },
    }),
    DEFAULT_TIMEOUT_MS,
    'the initialize response',
  );
  await client.connection.sendNotification(InitializedNotification.type, {});
  return result;
}

function request<R>(promise: Promise<R>, what: string): Promise<R> {
  return withTimeout(promise, DEFAULT_TIMEOUT_MS, what);
}

/** Position of the `nth` occurrence of `needle` in `text`, `offset` characters in. */
function positionOf(text: string, needle: string, nth = 1, offset = 1): Position {
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `${JSON.stringify(needle)} #${i + 1} not found`);
  }
  const before = text.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const where = (locations: Location[] | null | undefined) =>
  (locations ?? []).map((l) => `${l.range.start.line + 1}:${l.range.start.character + 1}`);

describe('defined terms over stdio (dist/server.js)', function () {
  let client: LspClient;
  const uri = uniqueUri();
  let document: TextDocument;

  before(async () => {
    client = startServer(SERVER);
    await initialize(client);
    document = await client.open(uri, AGREEMENT, 'markdown', 1);
  });

  after(async () => {
    await client?.dispose();
  });

  it('announces definition, references, document symbols and rename with prepare', async () => {
    const fresh = startServer(SERVER);
    try {
      const { capabilities } = await initialize(fresh);
      assert.equal(capabilities.definitionProvider, true);
      assert.equal(capabilities.referencesProvider, true);
      assert.equal(capabilities.documentSymbolProvider, true);
      assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
    } finally {
      await fresh.dispose();
    }
  });

  it('announces rename without prepare to an editor that cannot prepare', async () => {
    const fresh = startServer(SERVER);
    try {
      const { capabilities } = await initialize(fresh, false);
      assert.equal(capabilities.renameProvider, true);
    } finally {
      await fresh.dispose();
    }
  });

  it('publishes the agreement’s defined-term findings with related information', async () => {
    const published = await client.waitForVersion(uri, 1);
    const findings = published.diagnostics.filter((d) => DEFINED_TERM_RULES.includes(String(d.code)));
    const expected = fs
      .readFileSync(
        path.join(REPO_ROOT, 'test/fixtures/definitions/loan-modification-agreement.md.expected'),
        'utf8',
      )
      .trim()
      .split('\n')
      .map((line) => line.split(':').slice(1).join(':'));
    assert.deepEqual(
      findings.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}:${d.code}`),
      expected,
    );
    const unused = findings.find((d) => d.code === 'defined-term-unused');
    assert.deepEqual(unused?.tags, [1]);
    const duplicate = findings.find((d) => d.code === 'defined-term-duplicate');
    assert.equal(duplicate?.relatedInformation?.[0].location.uri, uri);
    assert.equal(duplicate?.relatedInformation?.[0].message, 'First definition of “Servicer”');
  });

  it('goes to the definition from a use, a possessive and the pointer in the Definitions section', async () => {
    const definitionAt = (position: Position) =>
      request(
        client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position }),
        'the definition response',
      ) as Promise<Location[] | null>;
    assert.deepEqual(where(await definitionAt(positionOf(AGREEMENT, "Lender's trial"))), ['11:197']);
    assert.deepEqual(where(await definitionAt(positionOf(AGREEMENT, 'the Note.', 1, 5))), ['15:175']);
    assert.deepEqual(where(await definitionAt(positionOf(AGREEMENT, '**"Note"**', 1, 4))), ['15:175']);
    assert.deepEqual(where(await definitionAt(positionOf(AGREEMENT, 'Servicer will', 1, 2))), [
      '40:6',
      '75:149',
    ]);
    assert.deepEqual(await definitionAt(positionOf(AGREEMENT, 'promissory')), []);
  });

  it('finds every reference to “Deficiency”, with and without its definition', async () => {
    const referencesAt = (includeDeclaration: boolean) =>
      request(
        client.connection.sendRequest(ReferencesRequest.type, {
          textDocument: { uri },
          position: positionOf(AGREEMENT, 'a Deficiency', 1, 4),
          context: { includeDeclaration },
        }),
        'the references response',
      );
    assert.deepEqual(where(await referencesAt(true)), ['34:6', '69:147']);
    assert.deepEqual(where(await referencesAt(false)), ['69:147']);
  });

  it('lists each definition as a document symbol, in document order', async () => {
    const symbols = (await request(
      client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }),
      'the documentSymbol response',
    )) as DocumentSymbol[];
    const expected = fs
      .readFileSync(
        path.join(REPO_ROOT, 'test/fixtures/definitions/loan-modification-agreement.md.definitions'),
        'utf8',
      )
      .trim()
      .split('\n')
      .map((line) => line.replace(/ \S+ /, ' '));
    assert.deepEqual(
      symbols.map(
        (s) => `${s.selectionRange.start.line + 1}:${s.selectionRange.start.character + 1} ${s.name}`,
      ),
      expected,
    );
    for (const s of symbols) {
      assert.equal(document.getText(s.selectionRange), s.name);
      assert.ok(document.offsetAt(s.range.start) <= document.offsetAt(s.selectionRange.start));
      assert.ok(document.offsetAt(s.range.end) >= document.offsetAt(s.selectionRange.end));
    }
  });

  it('prepares a rename on a defined term and refuses one elsewhere', async () => {
    const prepare = (position: Position) =>
      request(
        client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position }),
        'the prepareRename response',
      );
    const ready = await prepare(positionOf(AGREEMENT, 'Borrowers signed'));
    assert.ok(ready && 'placeholder' in ready);
    assert.equal(ready.placeholder, 'Borrowers');
    assert.equal(document.getText(ready.range), 'Borrowers');
    assert.equal(await prepare(positionOf(AGREEMENT, 'promissory')), null);
  });

  it('renames “Property” in its definition and every use, and nowhere else', async () => {
    const edit = await request(
      client.connection.sendRequest(RenameRequest.type, {
        textDocument: { uri },
        position: positionOf(AGREEMENT, 'the Property.', 1, 5),
        newName: 'Premises',
      }),
      'the rename response',
    );
    const edits = edit?.changes?.[uri] ?? [];
    const renamed = TextDocument.applyEdits(document, edits);
    assert.equal(edits.length, (AGREEMENT.match(/\bProperty\b/g) ?? []).length);
    assert.ok(renamed.includes('(the "Premises")'));
    assert.ok(renamed.includes('THE NOTE AND THE SECURITY INSTRUMENT'), 'unrelated capitals untouched');
    assert.ok(!/\bProperty\b/.test(renamed), 'no capitalised use left');
    assert.ok(renamed.includes('any interest in the property to anyone'), 'the lower-case word is not a use');
  });

  it('answers a rename to an impossible name with an error the editor can show', async () => {
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, {
        textDocument: { uri },
        position: positionOf(AGREEMENT, 'the Property.', 1, 5),
        newName: 'Lender',
      }),
      (error: unknown) => error instanceof ResponseError && /already a defined term/.test(error.message),
    );
  });

  it('hovers a defined term with the document definition first, then the glossary entry', async () => {
    const hover = await request(
      client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: positionOf(AGREEMENT, 'a Deficiency', 1, 4),
      }),
      'the hover response',
    );
    const value = (hover?.contents as MarkupContent).value;
    const [own, glossary] = value.split('\n\n---\n\n');
    assert.match(
      own,
      new RegExp(
        `^\\*\\*“Deficiency”\\*\\* · \\*defined in this document\\* · \\[line 34\\]\\(${uri}#L34\\)`,
      ),
    );
    assert.match(glossary, /^\*\*Deficiency\*\* · \*(mortgage glossary|in mortgage usage)\*/);
  });

  it('answers null and empty lists for a document it does not know', async () => {
    const unknown = { uri: uniqueUri() };
    const position = { line: 0, character: 0 };
    assert.equal(
      await client.connection.sendRequest(DefinitionRequest.type, { textDocument: unknown, position }),
      null,
    );
    assert.deepEqual(
      await client.connection.sendRequest(ReferencesRequest.type, {
        textDocument: unknown,
        position,
        context: { includeDeclaration: true },
      }),
      [],
    );
    assert.deepEqual(
      await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: unknown }),
      [],
    );
    assert.equal(
      await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: unknown, position }),
      null,
    );
    assert.equal(
      await client.connection.sendRequest(RenameRequest.type, {
        textDocument: unknown,
        position,
        newName: 'X',
      }),
      null,
    );
  });

  it('follows edits: a new use after a change is found at once', async () => {
    const target = uniqueUri('txt');
    await client.open(target, 'Ann Lee (the "Guarantor") signs.\n', 'plaintext', 1);
    const first = await client.waitForVersion(target, 1);
    assert.deepEqual(
      first.diagnostics.map((d) => d.code),
      ['defined-term-unused'],
    );
    await client.change(target, 2, [
      {
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
        text: 'The Guarantor pays.\n',
      },
    ]);
    const second = await client.waitForVersion(target, 2);
    assert.deepEqual(second.diagnostics, []);
    const references = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: target },
      position: { line: 1, character: 6 },
      context: { includeDeclaration: true },
    });
    assert.deepEqual(where(references), ['1:15', '2:5']);
  });

  it('a rule set to "off" in the settings is not reported', async () => {
    const target = uniqueUri('txt');
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { mortgageLens: { rules: { 'defined-term-unused': 'off' } } },
    });
    await client.open(target, 'Ann Lee (the "Guarantor") signs.\n', 'plaintext', 1);
    assert.deepEqual((await client.waitForVersion(target, 1)).diagnostics, []);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { mortgageLens: {} },
    });
  });
});
