// The editor and CI agree: the same document under the same .mortgage-lens.json gives the same
// findings through the language server and through the CLI; a broken team glossary shows up as
// diagnostics in that file and is picked up again when it changes on disk.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { startServer, type LspClient } from './lspClient';

const REPO = path.resolve(__dirname, '../../..');
const FIXTURE = path.join(REPO, 'test/fixtures/project');

describe('team configuration through the server and the CLI', function () {
  let client: LspClient;
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-team-'));
    fs.cpSync(FIXTURE, dir, { recursive: true });
    client = startServer(['dist/server.js', '--stdio']);
    await client.initialize();
  });
  afterEach(async () => {
    await client.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same findings in both', async () => {
    const file = path.join(dir, 'guide.md');
    const uri = pathToFileURL(file).toString();
    await client.open(uri, fs.readFileSync(file, 'utf8'));
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const fromServer = diagnostics.map((d) => [d.code, d.severity, d.range]);

    const cli = spawnSync(
      process.execPath,
      [path.join(REPO, 'bin/mortgage-lens.js'), 'check', '--format', 'json', file],
      {
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(cli.stdout) as {
      files: { diagnostics: { rule: string; severity: string; range: unknown }[] }[];
    };
    const severity = { error: 1, warning: 2, information: 3, hint: 4 } as Record<string, number>;
    const fromCli = report.files[0].diagnostics.map((d) => [d.rule, severity[d.severity], d.range]);
    assert.deepEqual(fromServer, fromCli);
    assert.deepEqual(
      fromCli.map((d) => d[0]),
      ['deficiency-never', 'foreclosure-erases-debt'],
    );
  });

  it('shows a broken team entry as a diagnostic in that file, and clears it once mended', async () => {
    const guide = path.join(dir, 'guide.md');
    await client.open(pathToFileURL(guide).toString(), fs.readFileSync(guide, 'utf8'));
    const entry = path.join(dir, 'team-glossary/terms/cash-out-refinance.yaml');
    const entryUri = pathToFileURL(entry).toString();
    const good = fs.readFileSync(entry, 'utf8');
    const changed = () =>
      client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: entryUri, type: FileChangeType.Changed }],
      });

    fs.writeFileSync(entry, good.replace('id: cash-out-refinance', 'id: cash-out-refinance\ncolour: blue'));
    await changed();
    const broken = await client.waitForDiagnostics(entryUri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(
      broken.diagnostics.map((d) => [d.range.start.line, d.severity, d.message]),
      [[1, 1, 'entry must NOT have additional properties ("colour")']],
    );

    fs.writeFileSync(entry, good);
    await changed();
    await client.waitForDiagnostics(entryUri, (p) => p.diagnostics.length === 0);
  });
});
