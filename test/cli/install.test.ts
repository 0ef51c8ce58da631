// The npm package as a user gets it: `npm pack` of this repository, `npm install` of the tarball
// into an empty project (no network: the package has no dependencies to fetch), then the installed
// `mortgage-lens` through npx: check, terms, SARIF, a glob, --fix-dry-run, a team glossary in YAML
// (each of those loads a part of dist/ the others do not) and `lsp --stdio` (initialize + hover).
// A file left out of package.json's "files" fails one of them, and every file the shipped scripts
// require by a relative path must be in the package.
//
// The tarball is packed once per run with --ignore-scripts: its "prepack" is the build, which the
// suite's own build (npm test, npm run test:unit) has just done.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, timeout = 120_000): Run {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    // Offline-first: the tarball has no dependencies, so nothing needs the registry.
    env: {
      ...process.env,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(result: Run, what: string): Run {
  assert.equal(result.status, 0, `${what} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

describe('the npm package, installed as a user does', function () {
  this.timeout(300_000);
  let project: string;
  let tarball: string;
  let files: string[];
  /** `npx --no mortgage-lens ...` in the project (--no: never fetch a package of that name). */
  const lens = (args: string[]) => run(NPX, ['--no', 'mortgage-lens', ...args], project, 30_000);

  before(function () {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-install-'));
    const packed = ok(
      run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], REPO_ROOT),
      'npm pack',
    );
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(folder, info.filename);
    files = info.files.map((f) => f.path);
    project = path.join(folder, 'project');
    fs.mkdirSync(project);
    ok(run(NPM, ['init', '-y'], project), 'npm init');
    ok(
      run(NPM, ['install', '--no-save', '--prefer-offline', tarball], project),
      'npm install of the tarball',
    );
    fs.writeFileSync(path.join(project, 'risky.md'), '# Notes\n\nA foreclosure erases all debt.\n');
    fs.writeFileSync(path.join(project, 'terms.md'), 'A deficiency judgment may follow a short sale.\n');
  });

  after(() => {
    if (tarball) fs.rmSync(path.dirname(tarball), { recursive: true, force: true });
  });

  it('ships the CLI, the server, the glossary and the schemas, and nothing of the repository besides', () => {
    // The last three are start-up's: without them the CLI works, only slower to start.
    for (const file of [
      'bin/mortgage-lens.js',
      'dist/cli.js',
      'dist/server.js',
      'dist/glossary.json',
      'dist/cli.cache',
      'dist/claim-index-seed.json',
      'dist/glossary-lean.json',
    ])
      assert.ok(files.includes(file), `${file} is not in the package: ${files.join(', ')}`);
    for (const schema of fs.readdirSync(path.join(REPO_ROOT, 'glossary/schema')))
      assert.ok(
        files.includes(`glossary/schema/${schema}`),
        `glossary/schema/${schema} is not in the package`,
      );
    assert.deepEqual(
      files.filter((f) => /^(server|client|test|scripts|out|node_modules)\//.test(f) || f.endsWith('.ts')),
      [],
    );
    const manifest = JSON.parse(
      fs.readFileSync(path.join(project, 'node_modules/mortgage-lens/package.json'), 'utf8'),
    ) as { private?: boolean; dependencies?: object; engines: { node: string } };
    assert.equal(manifest.private, undefined, 'a private package cannot be published');
    assert.equal(manifest.engines.node, '>=20.19');
    assert.deepEqual(manifest.dependencies ?? {}, {}, 'everything the CLI runs is bundled in dist/');
  });

  it('holds every file its scripts require by a relative path', () => {
    const installed = path.join(project, 'node_modules/mortgage-lens');
    const scripts = files.filter((f) => f.endsWith('.js'));
    const missing = scripts.flatMap((script) => {
      const text = fs.readFileSync(path.join(installed, script), 'utf8');
      const required = [...text.matchAll(/require\(["'](\.{1,2}\/[^"']+)["']\)/g)].map((m) => m[1]);
      return required
        .map((r) => path.posix.join(path.posix.dirname(script), r.endsWith('.js') ? r : `${r}.js`))
        .filter((r) => !files.includes(r))
        .map((r) => `${script} requires ${r}`);
    });
    assert.deepEqual(missing, []);
  });

  it('check: a risky claim exits 1 with the finding', () => {
    const result = lens(['check', 'risky.md']);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^risky\.md:3:3 warning .* foreclosure-erases-debt$/m);
  });

  it('check --format sarif: a SARIF 2.1.0 log with the finding', () => {
    const result = lens(['check', '--format', 'sarif', 'risky.md']);
    assert.equal(result.status, 1, result.stderr);
    const log = JSON.parse(result.stdout) as { version: string; runs: { results: { ruleId: string }[] }[] };
    assert.equal(log.version, '2.1.0');
    assert.deepEqual(
      log.runs[0].results.map((r) => r.ruleId),
      ['foreclosure-erases-debt'],
    );
  });

  it('terms: the glossary terms a file mentions', () => {
    const result = ok(lens(['terms', '--format', 'json', 'terms.md']), 'terms');
    const report = JSON.parse(result.stdout) as { files: { terms: { id: string }[] }[] };
    const ids = report.files[0].terms.map((t) => t.id);
    assert.ok(ids.includes('deficiency-judgment') && ids.includes('short-sale'), ids.join(', '));
  });

  it('a glob, --fix-dry-run and a team glossary in YAML (the parts dist/ loads on demand)', () => {
    const glob = lens(['check', '*.md']);
    assert.equal(glob.status, 1, glob.stderr);
    assert.match(glob.stdout, /risky\.md:3:3/);
    const diff = lens(['check', '--fix-dry-run', 'risky.md']);
    assert.equal(diff.status, 1, diff.stderr);
    assert.match(diff.stdout, /^\+\+\+ b\/risky\.md$/m);
    const team = path.join(project, 'team');
    fs.cpSync(path.join(REPO_ROOT, 'test/fixtures/cli-project/team-glossary'), path.join(team, 'glossary'), {
      recursive: true,
    });
    fs.writeFileSync(path.join(team, '.mortgage-lens.json'), '{ "glossaries": ["glossary"] }\n');
    fs.writeFileSync(path.join(team, 'a.md'), 'We offered a cash-out refi.\n');
    const terms = ok(lens(['terms', '--format', 'json', 'team/a.md']), 'terms with a team glossary');
    assert.match(terms.stdout, /"cash-out-refinance"/);
  });

  it('lsp --stdio: initialize, then a hover on a term', async () => {
    const child = spawn(NPX, ['--no', 'mortgage-lens', 'lsp', '--stdio'], { cwd: project });
    try {
      const hover = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no hover within 20 s')), 20_000);
        let buffer = Buffer.alloc(0);
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('exit', (code) => reject(new Error(`the server exited (${code}): ${stderr}`)));
        const send = (message: object) => {
          const body = JSON.stringify({ jsonrpc: '2.0', ...message });
          child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        };
        const uri = `file://${project}/terms.md`;
        const onMessage = (message: { id?: number; method?: string; result?: unknown }) => {
          if (message.id === 1 && !message.method) {
            send({ method: 'initialized', params: {} });
            send({
              method: 'textDocument/didOpen',
              params: {
                textDocument: { uri, languageId: 'markdown', version: 1, text: 'A deficiency judgment.' },
              },
            });
            send({
              id: 2,
              method: 'textDocument/hover',
              params: { textDocument: { uri }, position: { line: 0, character: 5 } },
            });
          } else if (message.id === 2 && !message.method) {
            clearTimeout(timer);
            resolve(JSON.stringify(message.result));
          } else if (message.method && message.id !== undefined) {
            // A request from the server (configuration, registration): answer with nothing.
            send({ id: message.id, result: message.method === 'workspace/configuration' ? [] : null });
          }
        };
        child.stdout.on('data', (chunk: Buffer) => {
          buffer = Buffer.concat([buffer, chunk]);
          for (;;) {
            const end = buffer.indexOf('\r\n\r\n');
            if (end < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())?.[1]);
            if (buffer.length < end + 4 + length) return;
            onMessage(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString()));
            buffer = buffer.subarray(end + 4 + length);
          }
        });
        send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      });
      assert.match(hover, /Deficiency judgment/);
    } finally {
      child.kill();
    }
  });
});
