// A downloaded repository is untrusted: the server and the CLI read its .mortgage-lens.json and team
// glossary as data, and never run anything in it, open a network connection or start a process.
// Both run here on a workspace full of bait (config-looking .js files, a package.json with install
// scripts, YAML tags, glossary text that reads like code) under an audit preload that records every
// network call, child process, vm/eval/new Function and module load. The glossary must visibly be in
// use (its term is hovered), and the audit must show nothing but the built-in modules.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import MarkdownIt from 'markdown-it';
import { REPO_ROOT, startServer, withTimeout } from './lspClient';

const BAIT = 'MortgageLensBait';

/** Records, one line each, what a process does that it must not: network, processes, code, modules. */
const AUDIT = String.raw`
const fs = require('fs');
const Module = require('module');
const log = process.env.MORTGAGE_LENS_AUDIT_LOG;
const record = (what) => fs.appendFileSync(log, what.replace(/\s+/g, ' ').slice(0, 300) + '\n');
const wrap = (object, name, label) => {
  const original = object[name];
  if (typeof original !== 'function') return;
  object[name] = function (...args) {
    record(label + ' ' + String(typeof args[0] === 'string' ? args[0] : JSON.stringify(args[0] ?? null)));
    return original.apply(this, args);
  };
};
const net = require('net');
wrap(net.Socket.prototype, 'connect', 'net.connect');
for (const m of ['http', 'https', 'http2']) for (const f of ['request', 'get', 'connect']) wrap(require(m), f, m + '.' + f);
for (const f of ['lookup', 'resolve', 'resolve4', 'resolve6']) wrap(require('dns'), f, 'dns.' + f);
for (const f of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) wrap(require('child_process'), f, 'child_process.' + f);
for (const f of ['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction']) wrap(require('vm'), f, 'vm.' + f);
const threads = require('worker_threads');
threads.Worker = new Proxy(threads.Worker, {
  construct(target, args) { record('worker ' + String(args[0])); return Reflect.construct(target, args); },
});
if (typeof globalThis.fetch === 'function') wrap(globalThis, 'fetch', 'fetch');
const indirectEval = globalThis.eval;
globalThis.eval = function (source) { record('eval ' + source); return indirectEval(source); };
// Generated code (ajv compiles the shipped schemas this way) is recorded with its source.
globalThis.Function = new Proxy(Function, {
  construct(target, args) { record('new Function ' + args.join(',')); return Reflect.construct(target, args); },
  apply(target, self, args) { record('Function ' + args.join(',')); return Reflect.apply(target, self, args); },
});
const load = Module._load;
let main = true;
Module._load = function (request, parent, isMain) {
  if (isMain || main) main = false;
  else if (!Module.isBuiltin(request)) {
    let file = request;
    try { file = Module._resolveFilename(request, parent, isMain); } catch {}
    record('require ' + file);
  }
  return load.apply(this, arguments);
};
`;

function workspace(): { dir: string; doc: string; marker: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-untrusted-'));
  const marker = path.join(dir, 'EXECUTED');
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const run = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'executed'); // ${BAIT}\n`;
  write(
    '.mortgage-lens.json',
    JSON.stringify({ glossaries: ['team'], rules: { 'deficiency-never': 'off' } }),
  );
  // Files a careless implementation might require, and a package.json with scripts.
  for (const file of [
    '.mortgage-lens.js',
    'mortgage-lens.config.js',
    '.mortgage-lens.cjs',
    'team/index.js',
    'team/terms/index.js',
  ])
    write(file, run);
  write(
    'package.json',
    JSON.stringify({
      name: 'bait',
      scripts: { postinstall: run, prepare: run },
      mortgageLens: { require: './.mortgage-lens.js' },
    }),
  );
  const definition = `${BAIT} \${require('child_process').execSync('touch ${marker}')} \`touch ${marker}\` <script>${BAIT}</script> [x](command:workbench.action.terminal.new)`;
  const term = fs
    .readFileSync(
      path.join(REPO_ROOT, 'test/fixtures/project/team-glossary/terms/cash-out-refinance.yaml'),
      'utf8',
    )
    .replace(/^definition: >-\n( {2}.*\n)+/m, `definition: ${JSON.stringify(definition)}\n`);
  // A YAML tag that some loaders turn into a function: here it must stay a string.
  const tagged = `example: !!js/function ${JSON.stringify(`function () { ${run} }`)}\n`;
  write('team/terms/cash-out-refinance.yaml', term + tagged);
  write('docs/doc.md', 'A cash-out refi is not a second mortgage.\n\nForeclosure erases all debt.\n');
  return { dir, doc: path.join(dir, 'docs/doc.md'), marker };
}

/** What the audit saw, minus our own bundle (bin → dist/cli.js) and code generated from our schemas. */
function findings(logFile: string): string[] {
  if (!fs.existsSync(logFile)) return [];
  // Our own bundle: bin/mortgage-lens.js loads dist/cli.js, which may run itself in worker threads.
  const ours = [
    `require ${path.join(REPO_ROOT, 'dist')}${path.sep}`,
    `worker ${path.join(REPO_ROOT, 'dist')}${path.sep}`,
  ];
  return fs
    .readFileSync(logFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .filter((line) => !ours.some((prefix) => line.startsWith(prefix)))
    .filter(
      (line) => !(line.startsWith('new Function') || line.startsWith('Function')) || line.includes(BAIT),
    );
}

/** Rendered as a permissive renderer would (HTML on, bare links on): no script, no command link. */
function assertInert(markdown: string): void {
  const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);
  assert.ok(!/<script|href="command:/i.test(html), html);
}

describe('an untrusted workspace', function () {
  this.timeout(30_000);
  let bait: ReturnType<typeof workspace>;
  let auditDir: string;

  beforeEach(() => {
    bait = workspace();
    auditDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-audit-'));
    fs.writeFileSync(path.join(auditDir, 'audit.js'), AUDIT);
  });

  afterEach(() => {
    fs.rmSync(bait.dir, { recursive: true, force: true });
    fs.rmSync(auditDir, { recursive: true, force: true });
  });

  it('the audit itself sees a process, a connection, a require and eval (so its silence means something)', () => {
    const logFile = path.join(auditDir, 'self.log');
    const script = [
      "require('child_process').spawnSync(process.execPath, ['-e', '0']);",
      "require('net').connect(9, '127.0.0.1').on('error', () => {});",
      `require(${JSON.stringify(path.join(REPO_ROOT, 'bin/mortgage-lens.js'))}) ;`,
      "globalThis.eval('1 + 1');",
    ].join('\n');
    fs.writeFileSync(path.join(auditDir, 'self.js'), script);
    spawnSync(
      process.execPath,
      ['--require', path.join(auditDir, 'audit.js'), path.join(auditDir, 'self.js'), '--version'],
      {
        encoding: 'utf8',
        env: { ...process.env, MORTGAGE_LENS_AUDIT_LOG: logFile },
      },
    );
    const seen = fs.readFileSync(logFile, 'utf8');
    for (const what of [
      'child_process.spawnSync',
      'net.connect',
      'require ' + path.join(REPO_ROOT, 'bin'),
      'eval 1 + 1',
    ])
      assert.ok(seen.includes(what), `the audit missed ${what}:\n${seen}`);
  });

  it('the language server reads its team glossary as data: no network, no process, nothing run', async () => {
    const logFile = path.join(auditDir, 'server.log');
    process.env.MORTGAGE_LENS_AUDIT_LOG = logFile;
    const client = startServer(['--require', path.join(auditDir, 'audit.js'), 'dist/server.js', '--stdio']);
    delete process.env.MORTGAGE_LENS_AUDIT_LOG;
    try {
      await withTimeout(
        client.connection.sendRequest(InitializeRequest.type, {
          processId: process.pid,
          rootUri: pathToFileURL(bait.dir).toString(),
          capabilities: {},
          initializationOptions: { trusted: true },
        }),
        5000,
        'initialize',
      );
      await client.connection.sendNotification(InitializedNotification.type, {});
      const uri = pathToFileURL(bait.doc).toString();
      await client.open(uri, fs.readFileSync(bait.doc, 'utf8'));
      const published = await client.waitForVersion(uri, 1, 10_000);
      assert.ok(published.diagnostics.some((d) => d.code === 'foreclosure-erases-debt'));
      // The team term is in use, and its text shows as text.
      const hover = await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line: 0, character: 4 },
      });
      const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
      assert.ok(value.includes(BAIT), `the team glossary was not loaded: ${value}`);
      assertInert(value);
      const page = await client.connection.sendRequest<string | null>('mortgageLens/glossaryEntry', {
        id: 'cash-out-refinance',
      });
      assert.ok(page?.includes(BAIT), String(page));
      assertInert(page ?? '');
      await client.shutdown();
      await withTimeout(client.exited, 5000, 'the server to exit');
    } finally {
      await client.dispose();
    }
    assert.equal(fs.existsSync(bait.marker), false, 'something in the workspace was executed');
    assert.deepEqual(findings(logFile), []);
  });

  it('the CLI checks the same workspace the same way: no network, no process, nothing run', () => {
    const logFile = path.join(auditDir, 'cli.log');
    const result = spawnSync(
      process.execPath,
      [
        '--require',
        path.join(auditDir, 'audit.js'),
        path.join(REPO_ROOT, 'bin/mortgage-lens.js'),
        'check',
        'docs/doc.md',
      ],
      { cwd: bait.dir, encoding: 'utf8', env: { ...process.env, MORTGAGE_LENS_AUDIT_LOG: logFile } },
    );
    // The claim is found (exit 1) with the team's settings; nothing ran.
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /foreclosure-erases-debt/);
    assert.equal(fs.existsSync(bait.marker), false, 'something in the workspace was executed');
    assert.deepEqual(findings(logFile), []);
  });
});

describe('a hostile team glossary', function () {
  this.timeout(30_000);
  let bait: ReturnType<typeof workspace>;
  const bomb = () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i);
      lines.push(
        `${name}: &${name} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    }
    return lines.join('\n') + '\n';
  };

  beforeEach(() => {
    bait = workspace();
  });

  afterEach(() => {
    fs.rmSync(bait.dir, { recursive: true, force: true });
  });

  it('an alias bomb stops the CLI with exit 2, naming the file, line and reason', () => {
    fs.writeFileSync(path.join(bait.dir, 'team/terms/bomb.yaml'), bomb());
    const result = spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, 'bin/mortgage-lens.js'), 'check', 'docs/doc.md'],
      { cwd: bait.dir, encoding: 'utf8' },
    );
    assert.equal(result.status, 2, result.stdout + result.stderr);
    assert.match(result.stderr, /team\/terms\/bomb\.yaml:1:1: YAML: Excessive alias count/);
  });

  it('an alias bomb written while the server runs is reported in that file; the last good glossary stays', async () => {
    const client = startServer(['dist/server.js', '--stdio']);
    try {
      await client.initialize();
      const uri = pathToFileURL(bait.doc).toString();
      await client.open(uri, fs.readFileSync(bait.doc, 'utf8'));
      await client.waitForVersion(uri, 1, 10_000);
      const termHover = async () =>
        (
          (
            await client.connection.sendRequest(HoverRequest.type, {
              textDocument: { uri },
              position: { line: 0, character: 4 },
            })
          )?.contents as MarkupContent | undefined
        )?.value ?? '';
      assert.match(await termHover(), /Cash-out refinance/);

      const file = path.join(bait.dir, 'team/terms/bomb.yaml');
      fs.writeFileSync(file, bomb());
      const fileUri = pathToFileURL(file).toString();
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: fileUri, type: FileChangeType.Created }],
      });
      const reported = await client.waitForDiagnostics(fileUri, (p) => p.diagnostics.length > 0);
      assert.match(reported.diagnostics[0].message as string, /Excessive alias count/);
      assert.deepEqual(reported.diagnostics[0].range.start, { line: 0, character: 0 });
      assert.match(await termHover(), /Cash-out refinance/, 'the last good team glossary is kept');
    } finally {
      await client.dispose();
    }
  });
});
