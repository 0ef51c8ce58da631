// The real server (dist/server.js --stdio) under everything a confused or hostile client can send:
// requests for documents it never opened, positions far past the end, versions out of order,
// malformed parameters, cancellations, and the end of the process by shutdown, by a closed pipe,
// by its editor dying, or by a kill. The server must answer (null, [] or an error response), keep
// working, and never leave a process behind.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DocumentSymbolRequest,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  ReferencesRequest,
  DefinitionRequest,
  ShutdownRequest,
  type CodeAction,
  type Hover,
  type Position,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/core/languageService';
import { loadBuiltInGlossary } from '../../server/src/glossary/loadBuiltIn';
import { delay, LspClient, startServer, withTimeout } from './lspClient';

const SERVER = ['dist/server.js', '--stdio'];
const CLAIM = 'Foreclosure erases all debt.';
const REQUEST_CANCELLED = -32800;

let documents = 0;
const uniqueUri = () => `file:///work/robustness-tests/doc${++documents}.md`;
const at = (line: number, character: number): Position => ({ line, character });
const span = (a: Position, b: Position): Range => ({ start: a, end: b });

function hover(client: LspClient, uri: string, position: Position): Promise<Hover | null> {
  return withTimeout(
    client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }),
    5000,
    'a hover response',
  );
}

function codeActions(client: LspClient, uri: string, range: Range, only?: string[]) {
  return withTimeout(
    client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics: [], ...(only ? { only } : {}) },
    }),
    5000,
    'a codeAction response',
  ) as Promise<CodeAction[] | null>;
}

/** The server still works: a fresh document gets its claim flagged. */
async function assertAlive(client: LspClient): Promise<void> {
  assert.equal(client.child.exitCode, null, `the server exited: ${client.stderr}`);
  const uri = uniqueUri();
  await client.open(uri, CLAIM);
  const published = await client.waitForVersion(uri, 1);
  assert.equal(published.diagnostics.length, 1);
  await client.close(uri);
}

/** Writes one raw JSON-RPC message, however malformed, to the server's stdin. */
function sendRaw(client: LspClient, body: string): void {
  client.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

/** Child processes of `pid`, from /proc (none expected: the server runs no other program). */
function childrenOf(pid: number): number[] {
  if (!fs.existsSync('/proc')) return [];
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('server robustness (dist/server.js over stdio)', function () {
  this.timeout(30_000);
  let client: LspClient;

  beforeEach(async () => {
    client = startServer(SERVER);
    // As the VS Code client does, so every code action (turn-off included) is offered.
    await client.initialize({ clientCommands: ['mortgageLens.disableRule'] });
  });

  afterEach(async () => {
    await client.dispose();
  });

  describe('documents it does not know', () => {
    it('answers every request on a never-opened document with null or nothing', async () => {
      const uri = 'file:///work/robustness-tests/never-opened.md';
      const textDocument = { uri };
      assert.equal(await hover(client, uri, at(0, 0)), null);
      assert.deepEqual(await codeActions(client, uri, span(at(0, 0), at(0, 5))), []);
      const definition = await client.connection.sendRequest(DefinitionRequest.type, {
        textDocument,
        position: at(0, 0),
      });
      assert.ok(definition === null || (Array.isArray(definition) && definition.length === 0));
      const references = await client.connection.sendRequest(ReferencesRequest.type, {
        textDocument,
        position: at(0, 0),
        context: { includeDeclaration: true },
      });
      assert.deepEqual(references ?? [], []);
      assert.deepEqual(
        (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument })) ?? [],
        [],
      );
      await assertAlive(client);
    });

    it('ignores changes and closes of documents it never opened', async () => {
      const uri = uniqueUri();
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: span(at(0, 0), at(0, 0)), text: CLAIM }],
      });
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      assert.equal(await hover(client, uri, at(0, 3)), null);
      await assertAlive(client);
    });

    it('answers an unknown glossary entry, or a malformed request for one, without failing', async () => {
      for (const params of [
        { id: 'no-such-term' },
        { id: '__proto__' },
        { id: 'constructor' },
        { id: 42 },
        {},
        null,
      ]) {
        const answer = await client.connection
          .sendRequest<string | null>('mortgageLens/glossaryEntry', params)
          .catch((error: { code?: number }) => ({ error: error.code }));
        assert.ok(
          answer === null || (typeof answer === 'object' && 'error' in answer),
          `${JSON.stringify(params)}: ${JSON.stringify(answer)}`,
        );
      }
      await assertAlive(client);
    });
  });

  describe('positions and ranges outside the document', () => {
    it('answers hovers past the end, at huge and negative positions, with null or a valid hover', async () => {
      const uri = uniqueUri();
      const text = 'A deficiency judgment may follow.\r\n😀 Short sale.';
      await client.open(uri, text);
      const document = client.documents.get(uri)!;
      for (const position of [
        at(0, 500),
        at(1, 3),
        at(1, 2 ** 31 - 1),
        at(40, 0),
        at(2 ** 31 - 1, 5),
        at(-1, -1),
        at(0.5, 1.5),
      ]) {
        const result = await hover(client, uri, position);
        if (result?.range) {
          const start = document.offsetAt(result.range.start);
          assert.deepEqual(document.positionAt(start), result.range.start, 'hover range inside the document');
        }
      }
      await assertAlive(client);
    });

    it('answers code actions for ranges past the end, inverted or huge, with actions that apply', async () => {
      const uri = uniqueUri();
      await client.open(uri, `${CLAIM}\n`);
      await client.waitForVersion(uri, 1);
      const document = client.documents.get(uri)!;
      const ranges = [
        span(at(0, 0), at(99, 99)),
        span(at(5, 0), at(0, 3)),
        span(at(2 ** 31 - 1, 0), at(2 ** 31 - 1, 2 ** 31 - 1)),
        span(at(-3, -3), at(0, 1)),
      ];
      for (const range of ranges) {
        for (const only of [undefined, ['source.fixAll']]) {
          const actions = (await codeActions(client, uri, range, only)) ?? [];
          for (const action of actions) {
            const edits = action.edit?.changes?.[uri] ?? [];
            const fixed = TextDocument.applyEdits(document, edits);
            assert.ok(fixed.includes('Foreclosure'), `${action.title} lost text: ${JSON.stringify(fixed)}`);
          }
        }
      }
      await assertAlive(client);
    });

    it('follows an edit whose range lies past the end, as the client copy does', async () => {
      const uri = uniqueUri();
      await client.open(uri, 'Intro.');
      await client.waitForVersion(uri, 1);
      await client.change(uri, 2, [{ range: span(at(9, 0), at(12, 4)), text: `\n${CLAIM}` }]);
      const published = await client.waitForVersion(uri, 2);
      const document = client.documents.get(uri)!;
      assert.equal(document.getText(), `Intro.\n${CLAIM}`);
      assert.deepEqual(
        published.diagnostics.map((d) => document.getText(d.range)),
        [CLAIM.slice(0, -1)],
      );
    });
  });

  describe('versions out of order', () => {
    it('checks the text it has, whatever the version numbers say (a repeated version used to show stale findings)', async () => {
      const uri = uniqueUri();
      await client.open(uri, CLAIM, 'markdown', 5);
      assert.equal((await client.waitForVersion(uri, 5)).diagnostics.length, 1);
      // Same version, new text: the finding must go.
      await client.change(uri, 5, [{ text: 'Plain words.' }]);
      await client.waitForDiagnostics(
        uri,
        (p) => p.version === 5 && p.diagnostics.length === 0,
        'the finding to go',
      );
      // Going back in versions, the claim again.
      await client.change(uri, 3, [{ text: `Intro.\n\n${CLAIM}` }]);
      const back = await client.waitForDiagnostics(uri, (p) => p.version === 3, 'version 3');
      assert.deepEqual(
        back.diagnostics.map((d) => d.range),
        [span(at(2, 0), at(2, 27))],
      );
      // Hover and code actions use the current text too.
      assert.deepEqual(((await codeActions(client, uri, span(at(2, 0), at(2, 5)))) ?? []).length, 3);
    });

    it('publishes, after a burst with versions in any order, the findings of the final text', async () => {
      const uri = uniqueUri();
      await client.open(uri, 'Start.', 'markdown', 10);
      await client.waitForVersion(uri, 10);
      const versions = [12, 11, 11, 30, 2, 2, 7];
      for (const [i, version] of versions.entries()) {
        const document = client.documents.get(uri)!;
        const end = document.positionAt(document.getText().length);
        await client.change(uri, version, [
          { range: span(end, end), text: i % 2 ? `\n\n${CLAIM}` : ' More.' },
        ]);
      }
      const final = client.documents.get(uri)!;
      // Wait for the final version's findings, however long a loaded machine takes, then a little longer: a
      // publication for an older version must not follow them.
      await client.waitForDiagnostics(uri, (p) => p.version === 7, 'the final version');
      await delay(400);
      const last = client.publishedFor(uri).at(-1)!;
      const expected = createLanguageService(loadBuiltInGlossary()).diagnostics(
        TextDocument.create('file:///expected.md', 'markdown', 1, final.getText()),
      );
      assert.equal(last.version, 7);
      assert.deepEqual(
        last.diagnostics.map((d) => [d.code, d.range]),
        expected.map((d) => [d.code, d.range]),
      );
    });
  });

  describe('malformed messages', () => {
    it('survives a didOpen without text, with a number for text, or with a malformed URI (each used to crash it)', async () => {
      const open = (textDocument: object) =>
        sendRaw(
          client,
          JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument } }),
        );
      open({ uri: uniqueUri(), languageId: 'markdown', version: 1 });
      open({ uri: uniqueUri(), languageId: 'markdown', version: 1, text: 42 });
      open({ uri: 'file:///work/%E0%A4%A.md', languageId: 'markdown', version: 1, text: CLAIM });
      await delay(500); // past the server's check of each
      await assertAlive(client);
    });

    it('drops a change with text null or a malformed range, says so in the log, and keeps the document as it was ("null" used to be inserted)', async () => {
      const logged: string[] = [];
      client.connection.onNotification('window/logMessage', ({ message }: { message: string }) => {
        logged.push(message);
      });
      const uri = uniqueUri();
      await client.open(uri, `Intro.\n${CLAIM}`);
      await client.waitForVersion(uri, 1);
      const malformed: unknown[][] = [
        [{ range: span(at(0, 0), at(0, 0)), text: null }],
        [{ text: null }],
        [{ text: 42 }],
        [{ range: span(at(0, 0), at(0, 0)) }],
        [{ range: span(at(-1, 0), at(0, 0)), text: 'x' }],
        [{ range: span(at(0, 1.5), at(0, 2)), text: 'x' }],
        [{ range: { start: { line: '0', character: 0 }, end: at(0, 0) }, text: 'x' }],
        [{ range: { start: at(0, 0) }, text: 'x' }],
        [{ range: null, text: 'x' }],
        // One bad event spoils the notification: the good one before it was written against a text
        // the client expects the next event to see.
        [
          { range: span(at(0, 0), at(0, 0)), text: 'Hello ' },
          { range: span(at(0, 0), at(0, 0)), text: null },
        ],
      ];
      malformed.forEach((contentChanges, i) =>
        sendRaw(
          client,
          JSON.stringify({
            jsonrpc: '2.0',
            method: 'textDocument/didChange',
            params: { textDocument: { uri, version: 2 + i }, contentChanges },
          }),
        ),
      );
      // The client's copy never took those: a good edit, and the findings, must fit it.
      await client.change(uri, 50, [{ range: span(at(0, 0), at(0, 0)), text: 'More. ' }]);
      const published = await client.waitForVersion(uri, 50);
      const document = client.documents.get(uri)!;
      assert.deepEqual(
        published.diagnostics.map((d) => [d.range.start, document.getText(d.range)]),
        [[at(1, 0), CLAIM.slice(0, -1)]],
      );
      const actions = (await codeActions(client, uri, span(at(1, 0), at(1, 5)))) ?? [];
      const fixed = TextDocument.applyEdits(document, actions[0]?.edit?.changes?.[uri] ?? []);
      assert.match(fixed, /^More\. Intro\.\n/);
      assert.ok(!fixed.includes('null'), fixed);
      for (let waited = 0; logged.length < malformed.length && waited < 2000; waited += 50) await delay(50);
      assert.equal(
        logged.filter((m) => /didChange/.test(m)).length,
        malformed.length,
        `logged: ${JSON.stringify(logged)}`,
      );
    });

    it('answers requests with missing or null parameters with an error, and keeps working', async () => {
      for (const body of [
        { jsonrpc: '2.0', id: 9001, method: 'textDocument/hover', params: null },
        {
          jsonrpc: '2.0',
          id: 9002,
          method: 'textDocument/codeAction',
          params: { textDocument: { uri: uniqueUri() } },
        },
        { jsonrpc: '2.0', id: 9003, method: 'textDocument/hover' },
        { jsonrpc: '2.0', id: 9004, method: 'no/suchMethod', params: {} },
        {
          jsonrpc: '2.0',
          method: 'textDocument/didChange',
          params: { textDocument: { uri: uniqueUri(), version: 2 }, contentChanges: null },
        },
        { jsonrpc: '2.0', method: 'textDocument/didOpen', params: null },
        { jsonrpc: '2.0', method: '$/cancelRequest', params: null },
        { jsonrpc: '2.0', method: '$/cancelRequest' },
      ])
        sendRaw(client, JSON.stringify(body));
      sendRaw(client, '{"jsonrpc": "2.0", "id": 9005, "method": "textDocument/hov'); // cut short
      sendRaw(client, 'not json at all');
      await delay(300);
      await assertAlive(client);
    });
  });

  describe('cancellation', () => {
    it('settles every cancelled request with its answer or a cancellation, and answers the next one', async () => {
      const uri = uniqueUri();
      const big = Array.from({ length: 4000 }, (_, i) =>
        i % 3 ? 'A deficiency judgment may follow.' : CLAIM,
      ).join('\n\n');
      await client.open(uri, big);
      const pending: Promise<unknown>[] = [];
      for (let i = 0; i < 60; i++) {
        const source = new CancellationTokenSource();
        const request =
          i % 2
            ? client.connection.sendRequest(
                HoverRequest.type,
                { textDocument: { uri }, position: at(i * 2, 5) },
                source.token,
              )
            : client.connection.sendRequest(
                CodeActionRequest.type,
                {
                  textDocument: { uri },
                  range: span(at(0, 0), at(0, 0)),
                  context: { diagnostics: [], only: ['source.fixAll'] },
                },
                source.token,
              );
        pending.push(request);
        if (i % 3 !== 2) source.cancel();
      }
      const settled = await withTimeout(Promise.allSettled(pending), 20_000, 'every request to settle');
      for (const result of settled) {
        if (result.status === 'rejected')
          assert.equal((result.reason as { code?: number }).code, REQUEST_CANCELLED);
      }
      // A cancellation for a request that does not exist is ignored.
      await client.connection.sendNotification('$/cancelRequest', { id: 987654 });
      const answer = await hover(client, uri, at(2, 5));
      assert.match(JSON.stringify(answer), /Deficiency judgment/);
    });
  });

  describe('the end of the process', () => {
    it('exits with code 0 after shutdown and exit; a request between the two still gets its answer', async () => {
      await withTimeout(client.connection.sendRequest(ShutdownRequest.type), 5000, 'shutdown');
      const outcome = await client.connection
        .sendRequest(HoverRequest.type, { textDocument: { uri: uniqueUri() }, position: at(0, 0) })
        .then(
          () => 'answered',
          () => 'refused',
        );
      assert.equal(outcome, 'answered', 'a client waiting on it must not hang');
      await client.connection.sendNotification(ExitNotification.type);
      const { code, signal } = await withTimeout(client.exited, 5000, 'the server to exit');
      assert.deepEqual([code, signal], [0, null], client.stderr);
    });

    it('exits with code 1 on exit without shutdown, as the protocol says', async () => {
      await client.connection.sendNotification(ExitNotification.type);
      const { code } = await withTimeout(client.exited, 5000, 'the server to exit');
      assert.equal(code, 1);
    });

    it('exits when its input closes (the editor went away without a word)', async () => {
      client.child.stdin.end();
      const { code, signal } = await withTimeout(
        client.exited,
        5000,
        'the server to exit after stdin closed',
      );
      assert.ok(code !== null || signal !== null);
    });

    // A wrong Content-Length puts every later message out of step: the server cannot read its
    // client any more. It used to stay up, deaf; now it says why and exits, and the editor restarts it.
    for (const [wrong, by] of [
      ['too short', -5],
      ['too long', 40],
    ] as const)
      it(`logs and exits with code 1 when a message's Content-Length is ${wrong}`, async () => {
        const logged: string[] = [];
        client.connection.onNotification('window/logMessage', ({ message }: { message: string }) => {
          logged.push(message);
        });
        const body = JSON.stringify({
          jsonrpc: '2.0',
          id: 9100,
          method: 'textDocument/hover',
          params: { textDocument: { uri: uniqueUri() }, position: at(0, 0) },
        });
        client.child.stdin.write(`Content-Length: ${Buffer.byteLength(body) + by}\r\n\r\n${body}`);
        // The next message, as an editor would send it, shows the stream is out of step.
        void client.connection
          .sendRequest(HoverRequest.type, { textDocument: { uri: uniqueUri() }, position: at(0, 0) })
          .catch(() => undefined);
        const { code } = await withTimeout(client.exited, 5000, 'the server to exit');
        assert.equal(code, 1);
        // What it wrote before exiting may still be on its way through the pipe.
        for (let waited = 0; logged.length === 0 && waited < 2000; waited += 50) await delay(50);
        assert.ok(
          logged.some((m) => /message stream is broken/i.test(m)),
          `logged: ${JSON.stringify(logged)}`,
        );
      });

    it('runs no child process, and a killed server leaves none behind', async () => {
      const uri = uniqueUri();
      await client.open(uri, CLAIM);
      await client.waitForVersion(uri, 1);
      const pid = client.child.pid!;
      assert.deepEqual(childrenOf(pid), [], 'the server started other processes');
      client.child.kill('SIGKILL');
      const { signal } = await withTimeout(client.exited, 5000, 'the killed server to be reaped');
      assert.equal(signal, 'SIGKILL');
      assert.equal(isRunning(pid), false, 'the server process is still there');
      assert.deepEqual(childrenOf(pid), []);
    });
  });
});

describe('a server whose editor dies', function () {
  this.timeout(30_000);

  it('exits on its own within seconds, so no orphan is left running', async () => {
    // A stand-in editor process; the server is told its pid in initialize, as editors do.
    const editor = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const client = startServer(SERVER);
    try {
      await withTimeout(
        client.connection.sendRequest(InitializeRequest.type, {
          processId: editor.pid!,
          rootUri: null,
          capabilities: {},
        }),
        5000,
        'initialize',
      );
      await client.connection.sendNotification(InitializedNotification.type, {});
      editor.kill('SIGKILL');
      const { code } = await withTimeout(client.exited, 15_000, 'the server to notice its editor is gone');
      assert.equal(code, 1, 'no shutdown was received: exit code 1');
    } finally {
      editor.kill('SIGKILL');
      await client.dispose();
    }
  });
});

// The protocol's order: nothing but initialize (and exit) before initialize, and initialize once.
describe('a server not yet initialized, or initialized twice', function () {
  this.timeout(30_000);
  const SERVER_NOT_INITIALIZED = -32002;
  let client: LspClient;
  beforeEach(() => {
    client = startServer(SERVER);
  });
  afterEach(async () => {
    await client.dispose();
  });

  const failure = (request: Promise<unknown>) =>
    withTimeout(
      request.then(
        (answer) => ({ answer }),
        (error: { code?: number; message?: string }) => ({ code: error.code, message: error.message }),
      ),
      5000,
      'an answer',
    );

  it('answers a request before initialize with error -32002 (ServerNotInitialized)', async () => {
    const outcome = await failure(
      client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: uniqueUri() },
        position: at(0, 0),
      }),
    );
    assert.equal((outcome as { code?: number }).code, SERVER_NOT_INITIALIZED, JSON.stringify(outcome));
    const unknown = await failure(client.connection.sendRequest('no/suchMethod', {}));
    assert.equal((unknown as { code?: number }).code, SERVER_NOT_INITIALIZED, JSON.stringify(unknown));
  });

  it('drops a didOpen before initialize: the document is not known afterwards', async () => {
    const uri = uniqueUri();
    await client.open(uri, CLAIM);
    await client.initialize();
    assert.equal(await hover(client, uri, at(0, 3)), null);
    await delay(300);
    assert.deepEqual(client.publishedFor(uri), []);
    await assertAlive(client);
  });

  it('still exits on exit before initialize', async () => {
    await client.connection.sendNotification(ExitNotification.type);
    const { code } = await withTimeout(client.exited, 5000, 'the server to exit');
    assert.equal(code, 1);
  });

  it('answers a second initialize with an error, and keeps working', async () => {
    await client.initialize();
    const again = await failure(
      client.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        capabilities: {},
      }),
    );
    assert.ok('code' in again && typeof again.code === 'number', JSON.stringify(again));
    assert.match(String((again as { message?: string }).message), /initialize/);
    await assertAlive(client);
  });
});
