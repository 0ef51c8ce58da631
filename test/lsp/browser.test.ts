// The web extension's server (dist/web/server.js) in a real browser worker (headless Chromium): it
// starts with the bundled glossary, checks documents of any URI scheme (vscode.dev, github.dev),
// answers hovers and the client's requests, and reads team configuration through the client —
// unless the workspace is untrusted.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './lspClient';
import { BrowserServer, closeBrowser } from './browserHarness';
import { ensureBrowser } from '../vscode/install';

const REPO = 'vscode-vfs://github/example/handbook';

/** test/fixtures/project as a github.dev repository: URI → text. */
function fixtureFiles(): Record<string, string> {
  const root = path.join(REPO_ROOT, 'test/fixtures/project');
  const files: Record<string, string> = {};
  for (const relative of fs.readdirSync(root, { recursive: true }) as string[]) {
    const file = path.join(root, relative);
    if (fs.statSync(file).isFile())
      files[`${REPO}/${relative.split(path.sep).join('/')}`] = fs.readFileSync(file, 'utf8');
  }
  return files;
}

describe('web server in a browser worker (Chromium)', function () {
  this.timeout(30_000);
  // On a fresh machine the first run installs Chromium with apt-get (a minute or more): before any test, not
  // inside the first one's time limit.
  before(function () {
    this.timeout(15 * 60_000);
    ensureBrowser();
  });
  let server: BrowserServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  after(closeBrowser);

  it('checks a document, hovers a term and lists the glossary, with the glossary bundled in', async () => {
    server = await BrowserServer.start();
    const { capabilities } = await server.initialize({ glossaryLinks: true, trusted: true });
    assert.equal(capabilities.hoverProvider, true);
    const uri = 'vscode-test-web://mount/faq.md';
    await server.open(
      uri,
      '# FAQ\n\nSome states allow deficiency judgments.\n\nForeclosure erases all debt.\n',
    );
    const { diagnostics } = await server.diagnosticsWhen(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['foreclosure-erases-debt'],
    );
    const hover = await server.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 25 },
    });
    assert.match(hover.contents.value, /^\*\*Deficiency judgment\*\* · \*mortgage glossary\*/);
    const terms = await server.request<{ id: string }[]>('mortgageLens/terms', {});
    assert.equal(terms.length, 54);
    const page = await server.request<string>('mortgageLens/glossaryEntry', { id: 'short-sale' });
    assert.match(page, /^# Short sale\n/);
  });

  it('reads .mortgage-lens.json and the team glossary through the client', async () => {
    server = await BrowserServer.start({ files: fixtureFiles() });
    await server.initialize({ glossaryLinks: true, trusted: true });
    const uri = `${REPO}/guide.md`;
    await server.open(uri, fixtureFiles()[uri]);
    // Team rules: short-sale-is-foreclosure off, deficiency-never as Information (3).
    const { diagnostics } = await server.diagnosticsWhen(uri, (p) =>
      p.diagnostics.some((d) => d.code === 'deficiency-never' && d.severity === 3),
    );
    assert.deepEqual(
      diagnostics.map((d) => `${d.code}:${d.severity}`),
      ['deficiency-never:3', 'foreclosure-erases-debt:2'],
    );
    const hover = await server.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 5 },
    });
    assert.match(hover?.contents.value ?? '', /Cash-out refinance/);
    // Ignored by the configuration: drafts/**.
    const draft = `${REPO}/drafts/notes.md`;
    await server.open(draft, 'Foreclosure erases all debt.\n');
    const ignored = await server.diagnosticsWhen(draft, () => true);
    assert.deepEqual(ignored.diagnostics, []);
    const asked = (await server.serverRequests()).map((r) => r.method);
    assert.ok(asked.includes('mortgageLens/readFile'), asked.join(', '));
  });

  it('in an untrusted workspace asks the client for no file and applies the built-in rules only', async () => {
    server = await BrowserServer.start({ files: fixtureFiles() });
    await server.initialize({ glossaryLinks: true, trusted: false });
    const uri = `${REPO}/guide.md`;
    await server.open(uri, fixtureFiles()[uri]);
    const { diagnostics } = await server.diagnosticsWhen(uri, (p) => p.diagnostics.length >= 3);
    assert.deepEqual(
      diagnostics.map((d) => `${d.code}:${d.severity}`),
      ['short-sale-is-foreclosure:2', 'deficiency-never:2', 'foreclosure-erases-debt:2'],
    );
    const asked = (await server.serverRequests()).map((r) => r.method);
    assert.ok(!asked.some((m) => m.startsWith('mortgageLens/')), `asked for files: ${asked.join(', ')}`);
  });
});
