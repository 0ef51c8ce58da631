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

  /** The findings of `file` from the server and from `mortgage-lens check --format json`, as [rule, severity, range]. */
  async function bothWays(file: string) {
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
    return { fromServer, fromCli };
  }

  it('gives the same findings in both', async () => {
    const { fromServer, fromCli } = await bothWays(path.join(dir, 'guide.md'));
    assert.deepEqual(fromServer, fromCli);
    assert.deepEqual(
      fromCli.map((d) => d[0]),
      ['deficiency-never', 'foreclosure-erases-debt'],
    );
  });

  it('gives the same defined-term findings in both', async () => {
    const file = path.join(dir, 'agreement.md');
    fs.writeFileSync(
      file,
      'The house (the "Property") secures the loan (the "Credit Line").\n\n' +
        'The Borrower keeps the property insured and the Property in repair. Foreclosure erases all debt.\n',
    );
    const { fromServer, fromCli } = await bothWays(file);
    // The CLI lists findings in document order; the server's order is its own.
    type Start = { start: { line: number; character: number } };
    const byPosition = (list: unknown[][]) =>
      [...list].sort(
        (a, b) =>
          (a[2] as Start).start.line - (b[2] as Start).start.line ||
          (a[2] as Start).start.character - (b[2] as Start).start.character,
      );
    assert.deepEqual(byPosition(fromServer), fromCli);
    assert.deepEqual(
      fromCli.map((d) => d[0]),
      ['defined-term-unused', 'defined-term-case', 'foreclosure-erases-debt'],
    );
  });

  it('shows an unknown rule id in .mortgage-lens.json, and still applies the rest of it', async () => {
    const config = path.join(dir, '.mortgage-lens.json');
    fs.writeFileSync(
      config,
      fs
        .readFileSync(config, 'utf8')
        .replace('"deficiency-never": "information"', '"deficiency-nevr": "information"'),
    );
    const guide = path.join(dir, 'guide.md');
    const guideUri = pathToFileURL(guide).toString();
    await client.open(guideUri, fs.readFileSync(guide, 'utf8'));
    const problems = await client.waitForDiagnostics(
      pathToFileURL(config).toString(),
      (p) => p.diagnostics.length > 0,
    );
    assert.deepEqual(
      problems.diagnostics.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.message]),
      [[6, 5, 'unknown rule "deficiency-nevr" in "rules": did you mean "deficiency-never"?']],
    );
    // "short-sale-is-foreclosure": "off" still holds; deficiency-never is back at its default.
    const { diagnostics } = await client.waitForDiagnostics(guideUri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity]),
      [
        ['deficiency-never', 2],
        ['foreclosure-erases-debt', 2],
      ],
    );
  });

  it('clears the problems of a .mortgage-lens.json once it is deleted (they used to stay in Problems)', async () => {
    const config = path.join(dir, '.mortgage-lens.json');
    const configUri = pathToFileURL(config).toString();
    fs.writeFileSync(
      config,
      fs
        .readFileSync(config, 'utf8')
        .replace('"deficiency-never": "information"', '"deficiency-nevr": "information"'),
    );
    const guide = path.join(dir, 'guide.md');
    await client.open(pathToFileURL(guide).toString(), fs.readFileSync(guide, 'utf8'));
    await client.waitForDiagnostics(configUri, (p) => p.diagnostics.length > 0, 'the unknown rule');
    fs.rmSync(config);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: configUri, type: FileChangeType.Deleted }],
    });
    await client.waitForDiagnostics(configUri, (p) => p.diagnostics.length === 0, 'the problems to go');
  });

  it('shows a key written twice in .mortgage-lens.json as a warning, and applies the file', async () => {
    const config = path.join(dir, '.mortgage-lens.json');
    fs.writeFileSync(
      config,
      fs.readFileSync(config, 'utf8').replace('"ignore":', '"glossaries": ["team-glossary"],\n  "ignore":'),
    );
    const guide = path.join(dir, 'guide.md');
    const guideUri = pathToFileURL(guide).toString();
    await client.open(guideUri, fs.readFileSync(guide, 'utf8'));
    const problems = await client.waitForDiagnostics(
      pathToFileURL(config).toString(),
      (p) => p.diagnostics.length > 0,
    );
    assert.deepEqual(
      problems.diagnostics.map((d) => [
        d.range.start.line + 1,
        d.range.start.character + 1,
        d.severity,
        d.message,
      ]),
      [[9, 3, 2, '"glossaries" is written twice in the configuration (also at 8:3): the last one applies']],
    );
    const { diagnostics } = await client.waitForDiagnostics(guideUri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity]),
      [
        ['deficiency-never', 3],
        ['foreclosure-erases-debt', 2],
      ],
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
