// Protocol tests of the built language server (dist/server.js), driven over stdio exactly as an
// editor other than VS Code would drive it: what the editor sees is what is asserted.
import * as assert from 'node:assert/strict';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  CodeActionRequest,
  HoverRequest,
  MarkupKind,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type MarkupContent,
  type Position,
  type Range,
  type TextDocumentSyncOptions,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { delay, LspClient, startServer, withTimeout } from './lspClient';

const CLAIM_CODE = 'foreclosure-erases-debt';
const SERVER = ['dist/server.js', '--stdio'];
const CLI_SERVER = ['bin/mortgage-lens.js', 'lsp', '--stdio'];

/** Line 2 holds the claim, line 3 a term mention, lines 6-8 a fenced code block with a mention. */
const SAMPLE = [
  '# Notes on foreclosure',
  '',
  'Foreclosure erases all debt.',
  'Lenders may seek deficiency judgments in some states.',
  '',
  'Plain words here.',
  '```text',
  'A deficiency judgment can follow.',
  '```',
  '',
].join('\n');

let documents = 0;
function uniqueUri(ext = 'md'): string {
  return `file:///work/protocol-tests/doc${++documents}.${ext}`;
}

const range = (sl: number, sc: number, el: number, ec: number): Range => ({
  start: { line: sl, character: sc },
  end: { line: el, character: ec },
});

function hover(client: LspClient, uri: string, position: Position): Promise<Hover | null> {
  return withTimeout(
    client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }),
    5000,
    `the hover response at ${position.line}:${position.character}`,
  );
}

async function codeActions(
  client: LspClient,
  uri: string,
  at: Range,
  diagnostics: Diagnostic[],
  only?: string[],
): Promise<CodeAction[]> {
  const result = await withTimeout(
    client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: at,
      context: { diagnostics, ...(only ? { only } : {}) },
    }),
    5000,
    'the codeAction response',
  );
  assert.ok(result, 'codeAction returned null');
  for (const item of result)
    assert.notEqual(typeof item.command, 'string', 'expected code actions, not commands');
  return result as CodeAction[];
}

function markdownOf(result: Hover | null): string {
  assert.ok(result, 'expected a hover, got null');
  const contents = result.contents as MarkupContent;
  assert.equal(contents.kind, MarkupKind.Markdown);
  return contents.value;
}

describe('language server over stdio (dist/server.js)', function () {
  let client: LspClient;

  before(async () => {
    client = startServer(SERVER);
    // As the VS Code client does: it can run the command that turns a rule off.
    await client.initialize({ clientCommands: ['mortgageLens.disableRule'] });
  });

  after(async () => {
    await client?.dispose();
  });

  describe('initialize', () => {
    let fresh: LspClient | undefined;
    afterEach(async () => {
      await fresh?.dispose();
      fresh = undefined;
    });

    it('announces incremental sync, hover and quick fixes, and names itself', async () => {
      fresh = startServer(SERVER);
      const result = await fresh.initialize();
      const sync = result.capabilities.textDocumentSync as TextDocumentSyncOptions;
      assert.equal(typeof sync, 'object');
      assert.equal(sync.change, TextDocumentSyncKind.Incremental);
      assert.equal(sync.change, 2);
      assert.equal(sync.openClose, true);
      assert.equal(result.capabilities.hoverProvider, true);
      const codeActionProvider = result.capabilities.codeActionProvider;
      assert.ok(
        codeActionProvider && typeof codeActionProvider === 'object',
        'codeActionProvider with options',
      );
      assert.deepEqual(codeActionProvider.codeActionKinds, [
        CodeActionKind.QuickFix,
        'source.fixAll.mortgageLens',
      ]);
      assert.equal(result.serverInfo?.name, 'mortgage-lens');
      assert.match(result.serverInfo?.version ?? '', /^\d+\.\d+\.\d+/);
    });
  });

  describe('diagnostics, hover and quick fix on an opened document', () => {
    const uri = uniqueUri();
    let diagnostic: Diagnostic;

    before(async () => {
      await client.open(uri, SAMPLE, 'markdown', 7);
    });

    it('publishes exactly one warning for the risky claim, for the opened version', async () => {
      const published = await client.waitForDiagnostics(uri);
      assert.equal(published.version, 7);
      assert.equal(published.diagnostics.length, 1, JSON.stringify(published.diagnostics));
      [diagnostic] = published.diagnostics;
      assert.equal(diagnostic.code, CLAIM_CODE);
      assert.equal(diagnostic.severity, 2);
      assert.equal(diagnostic.source, 'Mortgage Lens');
      assert.deepEqual(diagnostic.range, range(2, 0, 2, 27));
      assert.equal(typeof diagnostic.message, 'string');
      assert.match(diagnostic.message as string, /does not always/);
    });

    it('hovers a term mention with its definition and what it differs from', async () => {
      // "Lenders may seek deficiency judgments in some states." — the mention is characters 17-37.
      const result = await hover(client, uri, { line: 3, character: 22 });
      const value = markdownOf(result);
      assert.ok(value.includes('Deficiency judgment'), value);
      assert.ok(value.includes('Differs from'), value);
      assert.deepEqual(result?.range, range(3, 17, 3, 37));
      const document = client.documents.get(uri);
      assert.equal(document?.getText(result?.range), 'deficiency judgments');
    });

    it('gives the same hover at both edges of the mention', async () => {
      const first = await hover(client, uri, { line: 3, character: 17 });
      const last = await hover(client, uri, { line: 3, character: 37 });
      assert.deepEqual(first?.range, range(3, 17, 3, 37));
      assert.deepEqual(last?.range, range(3, 17, 3, 37));
    });

    it('has no hover on a plain word', async () => {
      assert.equal(await hover(client, uri, { line: 3, character: 3 }), null); // "Lenders"
      assert.equal(await hover(client, uri, { line: 5, character: 2 }), null); // "Plain"
    });

    it('has no hover inside a fenced code block', async () => {
      assert.equal(await hover(client, uri, { line: 7, character: 5 }), null); // "deficiency" in code
      assert.equal(await hover(client, uri, { line: 7, character: 14 }), null); // "judgment" in code
    });

    it('offers a preferred quick fix that hedges the verb, then ignore and turn-off actions', async () => {
      assert.ok(diagnostic, 'needs the diagnostic from the first test');
      const actions = await codeActions(client, uri, diagnostic.range, [diagnostic]);
      assert.deepEqual(
        actions.map((a) => [a.title, a.isPreferred ?? false]),
        [
          ['Reword as “does not always erase”', true],
          [`Ignore this occurrence of ${CLAIM_CODE}`, false],
          [`Turn off ${CLAIM_CODE} in this workspace`, false],
        ],
      );
      assert.deepEqual(actions[2].command?.arguments, [CLAIM_CODE]);
      const [action] = actions;
      assert.equal(action.kind, CodeActionKind.QuickFix);
      assert.equal(action.isPreferred, true);
      assert.equal(action.diagnostics?.[0]?.code, CLAIM_CODE);
      const edits = action.edit?.changes?.[uri];
      assert.deepEqual(edits, [{ range: range(2, 12, 2, 18), newText: 'does not always erase' }]);
      const document = client.documents.get(uri);
      assert.ok(document);
      const fixed = TextDocument.create(uri, 'markdown', 8, TextDocument.applyEdits(document, edits ?? []));
      assert.equal(fixed.getText(range(2, 0, 3, 0)), 'Foreclosure does not always erase all debt.\n');
    });

    it('offers the quick fix for a cursor inside the claim too', async () => {
      const actions = await codeActions(client, uri, range(2, 14, 2, 14), []);
      assert.equal(actions[0]?.isPreferred, true);
    });

    it('offers nothing when only refactorings are asked for, or away from the claim', async () => {
      assert.deepEqual(
        await codeActions(client, uri, diagnostic.range, [diagnostic], [CodeActionKind.Refactor]),
        [],
      );
      assert.deepEqual(await codeActions(client, uri, range(5, 0, 5, 5), []), []);
    });
  });

  describe('source.fixAll and settings', () => {
    let client: LspClient;
    const uri = 'file:///work/protocol-tests/settings.md';
    beforeEach(async () => {
      client = startServer(SERVER);
      await client.initialize();
      await client.open(
        uri,
        'Foreclosure erases all debt.\n\nA short sale is just another type of foreclosure.\n',
      );
      await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 2);
    });
    afterEach(() => client.dispose());

    it('rewords every claim of the document in one source.fixAll action', async () => {
      const [action] = await codeActions(client, uri, range(0, 0, 0, 0), [], ['source.fixAll']);
      assert.equal(action?.kind, 'source.fixAll.mortgageLens');
      const document = client.documents.get(uri)!;
      assert.equal(
        TextDocument.applyEdits(document, action.edit?.changes?.[uri] ?? []),
        'Foreclosure does not always erase all debt.\n\nA short sale is not another type of foreclosure.\n',
      );
    });

    it('applies per-rule settings pushed by the editor and re-checks open documents', async () => {
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
        settings: {
          mortgageLens: { rules: { [CLAIM_CODE]: 'off', 'short-sale-is-foreclosure': 'hint', bogus: 42 } },
        },
      });
      const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 1);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.severity]),
        [['short-sale-is-foreclosure', 4]],
      );
    });
  });

  describe('incremental edits', () => {
    it('re-checks after ranged changes, publishing with the new version', async () => {
      const uri = uniqueUri();
      await client.open(uri, 'Foreclosure erases all debt.\n\nThe end.\n', 'markdown', 1);
      const opened = await client.waitForVersion(uri, 1);
      assert.equal(opened.diagnostics.length, 1);

      // Insert a new risky line after line 0.
      let document = await client.change(uri, 2, [
        { range: range(0, 28, 0, 28), text: '\nForeclosure wipes out the loan.' },
      ]);
      assert.equal(
        document.getText(),
        'Foreclosure erases all debt.\nForeclosure wipes out the loan.\n\nThe end.\n',
      );
      const afterInsert = await client.waitForVersion(uri, 2);
      assert.deepEqual(
        afterInsert.diagnostics.map((d) => [d.code, d.range]),
        [
          [CLAIM_CODE, range(0, 0, 0, 27)],
          [CLAIM_CODE, range(1, 0, 1, 30)],
        ],
      );

      // Delete both risky lines.
      document = await client.change(uri, 3, [{ range: range(0, 0, 2, 0), text: '' }]);
      assert.equal(document.getText(), '\nThe end.\n');
      const afterDelete = await client.waitForVersion(uri, 3);
      assert.deepEqual(afterDelete.diagnostics, []);
    });

    it('publishes the last version of a burst of changes last, never a stale one after it', async () => {
      const uri = uniqueUri();
      await client.open(uri, 'Intro.\n', 'markdown', 1);
      await client.waitForVersion(uri, 1);
      const before = client.publishedFor(uri).length;

      // Type a risky claim one chunk at a time, then undo half of it: the final text is clean.
      const chunks = ['Foreclosure ', 'erases ', 'all ', 'debt.', ' Really.'];
      let version = 1;
      let line = 'Intro.';
      for (const chunk of chunks) {
        await client.change(uri, ++version, [{ range: range(0, line.length, 0, line.length), text: chunk }]);
        line += chunk;
      }
      // The claim is complete here (version 6); now remove "erases " (version 7): clean again.
      const at = line.indexOf('erases ');
      await client.change(uri, ++version, [{ range: range(0, at, 0, at + 'erases '.length), text: '' }]);
      const lastVersion = version;
      assert.equal(client.documents.get(uri)?.getText(), 'Intro.Foreclosure all debt. Really.\n');

      const last = await client.waitForVersion(uri, lastVersion);
      assert.deepEqual(last.diagnostics, []);
      await delay(500); // longer than the server's re-check pause: anything stale would show up now
      const burst = client.publishedFor(uri).slice(before);
      const versions = burst.map((p) => p.version);
      assert.equal(versions[versions.length - 1], lastVersion, `published versions: ${versions.join(', ')}`);
      for (let i = 1; i < versions.length; i++) {
        assert.ok(
          (versions[i] ?? 0) >= (versions[i - 1] ?? 0),
          `stale result after a newer one: ${versions.join(', ')}`,
        );
      }
    });

    it('handles a full-text change as well as ranged ones', async () => {
      const uri = uniqueUri();
      await client.open(uri, 'Nothing here.\n', 'markdown', 1);
      assert.deepEqual((await client.waitForVersion(uri, 1)).diagnostics, []);
      await client.change(uri, 2, [{ text: 'Foreclosures erase the loan.\n' }]);
      const published = await client.waitForVersion(uri, 2);
      assert.deepEqual(
        published.diagnostics.map((d) => [d.code, d.range]),
        [[CLAIM_CODE, range(0, 0, 0, 27)]],
      );
    });
  });

  describe('line endings and UTF-16 positions', () => {
    const uri = uniqueUri();
    const text = [
      'Intro line.',
      '',
      '😀 deficiency judgments can follow.',
      '',
      'Foreclosure erases all debt.',
      // A paragraph of its own: a neighbour that states the myth too would hold the rewording back.
      '',
      '😀 Foreclosure erases all debt.',
      '',
    ].join('\r\n');

    before(async () => {
      await client.open(uri, text, 'markdown', 1);
    });

    it('counts hover characters in UTF-16 code units (the emoji is two)', async () => {
      const result = await hover(client, uri, { line: 2, character: 8 });
      assert.ok(markdownOf(result).includes('Deficiency judgment'));
      assert.deepEqual(result?.range, range(2, 3, 2, 23));
      assert.equal(client.documents.get(uri)?.getText(result?.range), 'deficiency judgments');
    });

    it('puts diagnostics after CRLF lines on the right line and character', async () => {
      const published = await client.waitForVersion(uri, 1);
      assert.deepEqual(
        published.diagnostics.map((d) => d.range),
        [range(4, 0, 4, 27), range(6, 3, 6, 30)],
      );
    });

    it('edits a CRLF document at the right place', async () => {
      const [action] = await codeActions(client, uri, range(6, 3, 6, 30), []);
      const edits = action?.edit?.changes?.[uri];
      assert.deepEqual(edits, [{ range: range(6, 15, 6, 21), newText: 'does not always erase' }]);
      const document = client.documents.get(uri);
      assert.ok(document);
      assert.ok(
        TextDocument.applyEdits(document, edits ?? []).includes(
          '\r\n😀 Foreclosure does not always erase all debt.\r\n',
        ),
      );
    });
  });

  describe('plain text documents', () => {
    it('checks plaintext documents too', async () => {
      const uri = uniqueUri('txt');
      await client.open(uri, 'Some notes.\n\nForeclosure erases all debt.\n', 'plaintext', 3);
      const published = await client.waitForVersion(uri, 3);
      assert.deepEqual(
        published.diagnostics.map((d) => [d.code, d.range]),
        [[CLAIM_CODE, range(2, 0, 2, 27)]],
      );
    });
  });

  describe('closing and unknown documents', () => {
    it('clears the diagnostics of a closed document', async () => {
      const uri = uniqueUri();
      await client.open(uri, 'Foreclosure erases all debt.\n', 'markdown', 1);
      assert.equal((await client.waitForVersion(uri, 1)).diagnostics.length, 1);
      await client.close(uri);
      const cleared = await client.waitForDiagnostics(
        uri,
        (p) => p.diagnostics.length === 0,
        'the diagnostics clearing on close',
      );
      assert.deepEqual(cleared.diagnostics, []);
    });

    it('clears a document closed before its first check, and publishes nothing stale after', async () => {
      const uri = uniqueUri();
      await client.open(uri, 'Foreclosure erases all debt.\n', 'markdown', 1);
      await client.change(uri, 2, [
        { text: 'Foreclosure erases all debt. Again: foreclosure erases all debt.\n' },
      ]);
      await client.close(uri);
      await client.waitForDiagnostics(
        uri,
        (p) => p.diagnostics.length === 0,
        'the diagnostics clearing on close',
      );
      await delay(400);
      const all = client.publishedFor(uri);
      assert.deepEqual(all[all.length - 1]?.diagnostics, [], `published: ${JSON.stringify(all)}`);
    });

    it('answers hover and code actions for an unknown document with null / no actions', async () => {
      const uri = 'file:///work/protocol-tests/never-opened.md';
      assert.equal(await hover(client, uri, { line: 0, character: 0 }), null);
      assert.deepEqual(await codeActions(client, uri, range(0, 0, 0, 5), []), []);
    });

    it('answers a hover past the end of a document with null', async () => {
      const uri = uniqueUri();
      await client.open(uri, 'Short.\n', 'markdown', 1);
      assert.equal(await hover(client, uri, { line: 40, character: 3 }), null);
    });
  });

  describe('shutdown and exit', () => {
    let fresh: LspClient | undefined;
    afterEach(async () => {
      await fresh?.dispose();
      fresh = undefined;
    });

    it('exits with code 0 after shutdown and exit', async () => {
      fresh = startServer(SERVER);
      await fresh.initialize();
      const started = Date.now();
      await fresh.shutdown();
      const { code, signal } = await withTimeout(fresh.exited, 3000, 'the server to exit');
      assert.equal(signal, null);
      assert.equal(code, 0, `stderr: ${fresh.stderr}`);
      assert.ok(Date.now() - started < 3000);
    });
  });
});

describe('language server through the CLI (mortgage-lens lsp --stdio)', () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.dispose();
    client = undefined;
  });

  it('answers initialize, diagnostics and hover like dist/server.js, and exits cleanly', async () => {
    client = startServer(CLI_SERVER);
    const result = await client.initialize();
    assert.equal(result.serverInfo?.name, 'mortgage-lens');
    assert.equal((result.capabilities.textDocumentSync as TextDocumentSyncOptions).change, 2);
    assert.equal(result.capabilities.hoverProvider, true);

    const uri = uniqueUri();
    await client.open(uri, SAMPLE, 'markdown', 4);
    const published = await client.waitForVersion(uri, 4);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.range]),
      [[CLAIM_CODE, range(2, 0, 2, 27)]],
    );

    const result2 = await hover(client, uri, { line: 3, character: 22 });
    const value = markdownOf(result2);
    assert.ok(value.includes('Deficiency judgment') && value.includes('Differs from'), value);
    assert.deepEqual(result2?.range, range(3, 17, 3, 37));
    assert.equal(await hover(client, uri, { line: 7, character: 5 }), null);

    await client.shutdown();
    const { code } = await withTimeout(client.exited, 3000, 'the CLI server to exit');
    assert.equal(code, 0, `stderr: ${client.stderr}`);
  });
});

describe('a long document is read in steps (dist/server.js)', function () {
  this.timeout(60_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.dispose();
    client = undefined;
  });

  it('answers other requests while it reads, then checks all of it', async () => {
    client = startServer(['dist/server.js', '--stdio']);
    const steps: number[] = [];
    client.connection.onNotification('mortgageLens/timing', (t: { kind: string; ms: number }) => {
      if (t.kind === 'prepare') steps.push(t.ms);
    });
    await client.initialize({ timings: true });
    const short = 'file:///short.md';
    await client.open(short, 'Foreclosure erases all debt.\n');
    await client.waitForVersion(short, 1);

    // About 3 MB: 40,000 paragraphs, every tenth with a claim.
    const paragraphs = Array.from({ length: 40_000 }, (_, i) =>
      i % 10 === 0
        ? `${i}. Foreclosure erases all debt.`
        : `${i}. The servicer reviews the file and writes back within thirty days.`,
    );
    const long = 'file:///long.md';
    await client.open(long, paragraphs.join('\n\n') + '\n');
    const hoverAt = (uri: string) =>
      client!.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 3 },
      });
    // Sent right after the open: answered between reading steps, before the long document's check.
    const [shortHover, longHover] = await Promise.all([hoverAt(short), hoverAt(long)]);
    assert.match(shortHover?.contents.value ?? '', /Foreclosure/);
    assert.equal(longHover, null, 'nothing to say of a document not yet read');
    assert.deepEqual(client.publishedFor(long), [], 'answered before the long document was checked');

    const published = await client.waitForVersion(long, 1, 30_000);
    assert.equal(published.diagnostics.length, 4000);
    assert.ok(steps.length >= 10, `read in ${steps.length} steps`);
    assert.match((await hoverAt(long))?.contents.value ?? '', /Foreclosure/);
  });

  it('places every finding exactly in a long text of CRLF lines, emoji and accents, however it was cut', async () => {
    client = startServer(['dist/server.js', '--stdio']);
    await client.initialize({});
    // About 3 MB: parsed on the worker thread, handed over as UTF-8 bytes and decoded a megabyte at a
    // time, so multi-byte characters fall on those cuts; every line before a claim moves it by a
    // surrogate pair and two-byte letters. `mark` makes a second version, sent as a whole-document change.
    const longText = (mark: string) => {
      const lines: string[] = [];
      const claims: { line: number; character: number }[] = [];
      for (let i = 0; lines.length < 64_000; i++) {
        const lead = `${mark}${i} 🏠 Ünderwriting notes — café ${'é'.repeat(i % 7)}: `;
        if (i % 9 === 0) {
          claims.push({ line: lines.length, character: lead.length });
          lines.push(`${lead}Foreclosure erases all debt.`);
        } else lines.push(`${lead}the servicer writes back within thirty days.`);
        lines.push('');
      }
      const text = lines.join('\r\n');
      assert.ok(Buffer.byteLength(text) > 2.5 * 1024 * 1024, 'over the size parsed on the worker thread');
      return { text, claims };
    };
    const long = 'file:///crlf.md';
    const claimStarts = async (version: number) =>
      (await client!.waitForVersion(long, version, 30_000)).diagnostics
        .filter((d) => d.code === 'foreclosure-erases-debt')
        .map((d) => d.range.start)
        .sort((a, b) => a.line - b.line);

    const first = longText('');
    await client.open(long, first.text);
    assert.deepEqual(await claimStarts(1), first.claims);
    const last = first.claims[first.claims.length - 1];
    const hover = await client.connection.sendRequest<{ contents: { value: string } } | null>(
      'textDocument/hover',
      { textDocument: { uri: long }, position: { line: last.line, character: last.character + 3 } },
    );
    assert.match(hover?.contents.value ?? '', /Foreclosure/);

    const second = longText('💬 ');
    await client.change(long, 2, [{ text: second.text }]);
    assert.deepEqual(await claimStarts(2), second.claims);
  });
});

describe('server timings for the benchmark (initializationOptions.timings)', () => {
  const SERVER = ['dist/server.js', '--stdio'];
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.dispose();
    client = undefined;
  });

  async function timingsOf(options?: object) {
    client = startServer(SERVER);
    const seen: { kind: string; uri: string; version: number; ms: number }[] = [];
    client.connection.onNotification('mortgageLens/timing', (t: (typeof seen)[number]) => void seen.push(t));
    await client.initialize(options);
    const uri = 'file:///timings.md';
    await client.open(uri, 'Foreclosure erases all debt.\n');
    await client.waitForVersion(uri, 1);
    await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 2 },
    });
    return seen;
  }

  it('reports the time of each check and hover when asked', async () => {
    const seen = await timingsOf({ timings: true });
    assert.deepEqual(
      seen.map((t) => [t.kind, t.uri, t.version]),
      [
        ['diagnostics', 'file:///timings.md', 1],
        ['hover', 'file:///timings.md', 1],
      ],
    );
    for (const t of seen) assert.ok(t.ms >= 0 && t.ms < 10_000, `${t.kind}: ${t.ms} ms`);
  });

  it('sends nothing of the kind otherwise', async () => {
    assert.deepEqual(await timingsOf(), []);
  });
});

describe('a client that cannot run the turn-off command (Neovim, Helix, …)', () => {
  let client: LspClient;
  after(async () => {
    await client?.dispose();
  });

  it('is offered the rewording and "Ignore this occurrence", not an action it cannot run', async () => {
    client = startServer(SERVER);
    await client.initialize();
    const uri = 'file:///other-editor.md';
    await client.open(uri, 'Foreclosure erases all debt.\n');
    const [diagnostic] = (await client.waitForVersion(uri, 1)).diagnostics;
    assert.equal(diagnostic?.code, CLAIM_CODE);
    const actions = await codeActions(client, uri, diagnostic.range, [diagnostic]);
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Reword as “does not always erase”', `Ignore this occurrence of ${CLAIM_CODE}`],
    );
  });
});
