// What the VS Code client asks of the server beyond plain LSP, over stdio as the client does: the
// term list, the terms a document uses, the glossary appendix, completion behind its setting, the
// file size limit, hover sections, and workspace trust (no team configuration when untrusted).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  DidChangeConfigurationNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  RegistrationRequest,
  type CompletionList,
  type InitializeResult,
  type MarkupContent,
  type Registration,
} from 'vscode-languageserver-protocol/node';
import {
  APPENDIX_REQUEST,
  DOCUMENT_TERMS_REQUEST,
  PID_REQUEST,
  TERMS_REQUEST,
} from '../../server/src/protocol/requests';
import { DEFAULT_TIMEOUT_MS, REPO_ROOT, startServer, withTimeout, type LspClient } from './lspClient';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/project');

interface Options {
  initializationOptions?: unknown;
  dynamicCompletion?: boolean;
}

async function initialize(client: LspClient, options: Options = {}): Promise<InitializeResult> {
  const result = await withTimeout(
    client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      initializationOptions: options.initializationOptions,
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown'] },
          publishDiagnostics: { versionSupport: true },
          completion: { dynamicRegistration: options.dynamicCompletion === true },
        },
      },
    }),
    DEFAULT_TIMEOUT_MS,
    'the initialize response',
  );
  await client.connection.sendNotification(InitializedNotification.type, {});
  return result;
}

/** Pushes settings as an editor without workspace/configuration does. */
async function settings(client: LspClient, mortgageLens: unknown): Promise<void> {
  await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
    settings: { mortgageLens },
  });
}

async function hoverAt(
  client: LspClient,
  uri: string,
  line: number,
  character: number,
): Promise<string | null> {
  const hover = await client.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri },
    position: { line, character },
  });
  return hover ? (hover.contents as MarkupContent).value : null;
}

async function completionAt(client: LspClient, uri: string, line: number, character: number) {
  return (await client.connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: { line, character },
  })) as CompletionList | null;
}

describe('editor features over LSP', function () {
  let client: LspClient;
  afterEach(async () => {
    await client?.dispose();
  });

  describe('glossary requests', () => {
    beforeEach(async () => {
      client = startServer(['dist/server.js', '--stdio']);
      await initialize(client);
    });

    it('lists every glossary term, sorted, with aliases and definition', async () => {
      const terms = await client.connection.sendRequest(TERMS_REQUEST, {});
      assert.equal(terms.length, 54);
      const names = terms.map((t) => t.term);
      assert.deepEqual(
        names,
        [...names].sort((a, b) => a.localeCompare(b)),
      );
      const deed = terms.find((t) => t.id === 'deed-in-lieu-of-foreclosure')!;
      assert.equal(deed.term, 'deed in lieu of foreclosure');
      assert.ok(deed.aliases.includes('deed-in-lieu'), JSON.stringify(deed.aliases));
      assert.match(deed.definition, /\w{5}/);
    });

    it('lists the built-in glossary for a request without params, as other editors may send it', async () => {
      const terms = await client.connection.sendRequest<{ id: string }[]>(TERMS_REQUEST.method);
      assert.equal(terms.length, 54);
    });

    it('gives the terms a document uses, in order of first use, with counts and ranges', async () => {
      const uri = 'untitled:terms.md';
      await client.open(
        uri,
        'Foreclosure first.\n\nA deficiency judgment, then deficiency judgments after a foreclosure.\n',
      );
      const terms = (await client.connection.sendRequest(DOCUMENT_TERMS_REQUEST, { uri }))!;
      assert.deepEqual(
        terms.map((t) => [t.id, t.count]),
        [
          ['foreclosure', 2],
          ['deficiency-judgment', 2],
        ],
      );
      assert.deepEqual(terms[1].mentions[1], {
        range: { start: { line: 2, character: 28 }, end: { line: 2, character: 48 } },
        text: 'deficiency judgments',
      });
      assert.equal(
        await client.connection.sendRequest(DOCUMENT_TERMS_REQUEST, { uri: 'untitled:none.md' }),
        null,
      );
    });

    it('writes the glossary appendix, leaving out terms found only in an earlier appendix', async () => {
      const uri = 'untitled:appendix.md';
      const text = 'A short sale is one option.\n\n## Glossary\n\nForeclosure is mentioned only here.\n';
      await client.open(uri, text);
      const all = (await client.connection.sendRequest(APPENDIX_REQUEST, { uri }))!;
      assert.equal(all.terms, 2);
      assert.match(all.markdown, /^## Glossary\n\n\*\*Short sale\.\*\* /);
      const fresh = (await client.connection.sendRequest(APPENDIX_REQUEST, {
        uri,
        exclude: { start: { line: 2, character: 0 }, end: { line: 5, character: 0 } },
      }))!;
      assert.equal(fresh.terms, 1);
      assert.doesNotMatch(fresh.markdown, /\*\*Foreclosure\.\*\*/);
      assert.match(fresh.markdown, /Sources?: /);
    });

    it('answers its process id', async () => {
      assert.equal(await client.connection.sendRequest(PID_REQUEST), client.child.pid);
    });
  });

  describe('completion', () => {
    it('is off by default and completes terms and aliases, across words, once enabled', async () => {
      client = startServer(['dist/server.js', '--stdio']);
      const { capabilities } = await initialize(client);
      assert.ok(
        capabilities.completionProvider?.triggerCharacters?.includes('d'),
        'static trigger characters',
      );
      const uri = 'untitled:complete.md';
      await client.open(uri, 'After a Defic\nthen a deficiency ju\nand a deed-in-l\nnothing ');
      assert.equal(await completionAt(client, uri, 0, 13), null, 'off by default');

      await settings(client, { completion: { enable: true } });
      const first = await withTimeout(
        (async () => {
          for (;;) {
            const list = await completionAt(client, uri, 0, 13);
            if (list) return list;
          }
        })(),
        DEFAULT_TIMEOUT_MS,
        'completion after enabling it',
      );
      const item = first.items.find((i) => i.label === 'Deficiency judgment');
      assert.ok(item, `items: ${first.items.map((i) => i.label).join(', ')}`);
      assert.deepEqual(item.textEdit, {
        range: { start: { line: 0, character: 8 }, end: { line: 0, character: 13 } },
        newText: 'Deficiency judgment',
      });
      assert.match((item.documentation as MarkupContent).value, /^\*\*Deficiency judgment\*\*\n\n/);

      const twoWords = (await completionAt(client, uri, 1, 20))!;
      const judgment = twoWords.items.find((i) => i.label === 'deficiency judgment');
      assert.deepEqual(judgment?.textEdit, {
        range: { start: { line: 1, character: 7 }, end: { line: 1, character: 20 } },
        newText: 'deficiency judgment',
      });
      const alias = (await completionAt(client, uri, 2, 15))!.items.find((i) => i.label === 'deed-in-lieu');
      assert.equal(alias?.detail, 'Mortgage glossary: deed in lieu of foreclosure');
      assert.equal(await completionAt(client, uri, 3, 8), null, 'nothing after a space');
    });

    it('is registered only while enabled when the editor supports dynamic registration', async () => {
      client = startServer(['dist/server.js', '--stdio']);
      const registrations: Registration[] = [];
      client.connection.onRequest(RegistrationRequest.type, (params) => {
        registrations.push(...params.registrations);
      });
      const { capabilities } = await initialize(client, { dynamicCompletion: true });
      assert.equal(capabilities.completionProvider, undefined);
      await settings(client, { completion: { enable: true } });
      await withTimeout(
        (async () => {
          while (!registrations.some((r) => r.method === 'textDocument/completion')) {
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        })(),
        DEFAULT_TIMEOUT_MS,
        'a textDocument/completion registration',
      );
    });
  });

  describe('settings', () => {
    beforeEach(async () => {
      client = startServer(['dist/server.js', '--stdio']);
      await initialize(client);
    });

    it('skips a file over mortgageLens.maxFileSize with one Information saying why', async () => {
      const uri = 'untitled:big.md';
      await settings(client, { maxFileSize: 200 });
      const text = `Foreclosure erases all debt.\n\n${'A deficiency judgment may follow. '.repeat(10)}\n`;
      await client.open(uri, text);
      const { diagnostics } = await client.waitForDiagnostics(uri, (p) =>
        p.diagnostics.some((d) => d.code === 'file-too-large'),
      );
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].severity, 3);
      assert.match(
        String(diagnostics[0].message),
        /^Mortgage Lens did not check this file: it is \d+ bytes, over the 200 bytes limit \(setting mortgageLens\.maxFileSize\)\.$/,
      );
      assert.equal(await hoverAt(client, uri, 2, 5), null);

      await settings(client, { maxFileSize: 10_000 });
      await client.waitForDiagnostics(uri, (p) =>
        p.diagnostics.some((d) => d.code === 'foreclosure-erases-debt'),
      );
      assert.match((await hoverAt(client, uri, 2, 5)) ?? '', /Deficiency judgment/);
    });

    it('shows only the hover sections the settings name', async () => {
      const uri = 'untitled:hover.md';
      await client.open(uri, 'A deficiency judgment may follow.\n');
      await client.waitForDiagnostics(uri);
      const full = (await hoverAt(client, uri, 0, 5))!;
      assert.match(full, /\*\*Differs from\*\*/);
      assert.doesNotMatch(full, /Why it matters/);

      await settings(client, { hover: { sections: ['whyItMatters', 'bogus'] } });
      const chosen = await withTimeout(
        (async () => {
          for (;;) {
            const value = (await hoverAt(client, uri, 0, 5))!;
            if (/Why it matters/.test(value)) return value;
          }
        })(),
        DEFAULT_TIMEOUT_MS,
        'a hover with "Why it matters"',
      );
      assert.doesNotMatch(chosen, /Differs from|Related:|Sources:/);
      assert.match(
        chosen,
        /^\*\*Deficiency judgment\*\* · \*mortgage glossary\*\n\n\*\*Why it matters:\*\* /,
      );
      assert.match(chosen, /\*General information, not legal advice\.\*$/);
    });
  });

  describe('workspace trust', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-trust-'));
      fs.cpSync(FIXTURE, dir, { recursive: true });
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    async function guideFindings(trusted: boolean | undefined) {
      client = startServer(['dist/server.js', '--stdio']);
      await initialize(client, { initializationOptions: trusted === undefined ? undefined : { trusted } });
      const file = path.join(dir, 'guide.md');
      const uri = pathToFileURL(file).toString();
      await client.open(uri, fs.readFileSync(file, 'utf8'));
      const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      const teamTerm = await hoverAt(client, uri, 2, 5);
      return { codes: diagnostics.map((d) => `${d.code}:${d.severity}`), teamTerm };
    }

    it('in a trusted workspace (or when the editor does not say) reads .mortgage-lens.json and team glossaries', async () => {
      for (const trusted of [true, undefined]) {
        const { codes, teamTerm } = await guideFindings(trusted);
        assert.deepEqual(codes, ['deficiency-never:3', 'foreclosure-erases-debt:2']);
        assert.match(teamTerm ?? '', /Cash-out refinance/);
        await client.dispose();
      }
    });

    it('in an untrusted workspace ignores them: built-in rules and glossary only', async () => {
      const { codes, teamTerm } = await guideFindings(false);
      assert.deepEqual(codes, [
        'short-sale-is-foreclosure:2',
        'deficiency-never:2',
        'foreclosure-erases-debt:2',
      ]);
      assert.equal(teamTerm, null);
    });
  });
});
