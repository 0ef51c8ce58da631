// `npm run bench`: generates the corpus, measures the core, the language server and the peers,
// prints a table with the issue's budgets beside the figures, and saves bench/results/latest.json.
// Budgets are printed as PASS/MISS and never change the exit code: this prints figures, it is no test.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as nodeModule from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import type { GlossaryBundle } from '../server/src/core/glossaryTypes';
import { createLanguageService } from '../server/src/core/languageService';
import { generateDocument, type Format } from './corpus';
import { floorMs, measureInChild, type CoreDocument, type CoreResult } from './core';
import {
  cacheRoot,
  installPeer,
  PEER_LABELS,
  PEER_PACKAGES,
  runPeer,
  runTextlintCli,
  writeTextlintConfig,
  type PeerCliResult,
  type PeerName,
  type PeerResult,
} from './peers';
import {
  DEBOUNCE_MS,
  measureServer,
  type HugeResult,
  type KeystrokeResult,
  type ServerResult,
} from './server';
import { mbps, MB, ms, ratio, round, sizeLabel, table } from './stats';
import { blockRows, measureBlocks, type BlockResult } from './blocks';
import { measureStartup, type StartupResult } from './startup';

const REPO_ROOT = path.resolve(__dirname, '../..');
const RESULTS = path.join(REPO_ROOT, 'bench', 'results', 'latest.json');
const SEED = 20250601;
const SIZES = [
  { label: '100kb', bytes: 100 * 1024, timeoutMs: 60_000 },
  { label: '1mb', bytes: MB, timeoutMs: 90_000 },
  { label: '10mb', bytes: 10 * MB, timeoutMs: 150_000 },
];
const FORMATS: { format: Format; ext: string; seed: number }[] = [
  { format: 'markdown', ext: 'md', seed: SEED },
  { format: 'plaintext', ext: 'txt', seed: SEED + 1 },
];

const progress = (s: string) => process.stderr.write(`· ${s}\n`);

const tilde = (file: string) =>
  file.startsWith(os.homedir() + path.sep) ? `~${file.slice(os.homedir().length)}` : file;

interface Budget {
  figure: string;
  value: number | null;
  shown: string;
  budget: string;
  /** PASS, MISS, or SKIP when the figure could not be measured. */
  result: 'PASS' | 'MISS' | 'SKIP';
}

function budget(
  figure: string,
  value: number | null | undefined,
  limit: number,
  unit: '×' | 'ms' | 'MB',
  atLeast = false,
): Budget {
  const withUnit = (n: number) => (unit === '×' ? `${n}×` : `${n} ${unit}`);
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return {
      figure,
      value: null,
      shown: '—',
      budget: `${atLeast ? '≥' : '≤'} ${withUnit(limit)}`,
      result: 'SKIP',
    };
  }
  const pass = atLeast ? value >= limit : value <= limit;
  return {
    figure,
    value: round(value),
    shown: withUnit(round(value)),
    budget: `${atLeast ? '≥' : '≤'} ${withUnit(limit)}`,
    result: pass ? 'PASS' : 'MISS',
  };
}

function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    cores: os.availableParallelism(),
    cpu,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    memoryGB: round(os.totalmem() / 1024 ** 3),
  };
}

/** The commit measured, and whether the work tree had changes to the code or glossary. */
function codeUnderTest(): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'unknown (not a git work tree)';
  const dirty = git('status', '--porcelain', '--', 'server', 'glossary').stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? ' + uncommitted changes in server/ or glossary/' : ''}`;
}

/**
 * What the bench runs, fixed when it starts: a copy of the bundled server and glossary, and the core
 * worker bundled from source. A rebuild of dist/ or out/ during the run (tests in another terminal)
 * then cannot change the code measured halfway through.
 */
async function snapshot(): Promise<{ server: string; glossary: string; coreWorker: string; cli: string }> {
  const dir = path.join(cacheRoot(), 'bench-build');
  fs.mkdirSync(dir, { recursive: true });
  for (const file of ['server.js', 'jsonWorkerThread.js', 'glossary.json']) {
    fs.copyFileSync(path.join(REPO_ROOT, 'dist', file), path.join(dir, file));
  }
  // The CLI as the npm package lays it out: bin/ beside dist/ (its bundles and lazy vendor bundles).
  const cliDir = path.join(dir, 'cli');
  fs.rmSync(cliDir, { recursive: true, force: true });
  fs.cpSync(path.join(REPO_ROOT, 'bin'), path.join(cliDir, 'bin'), { recursive: true });
  fs.cpSync(path.join(REPO_ROOT, 'dist'), path.join(cliDir, 'dist'), { recursive: true });
  const coreWorker = path.join(dir, 'coreWorker.js');
  await esbuild.build({
    entryPoints: [path.join(REPO_ROOT, 'bench', 'coreWorker.ts')],
    outfile: coreWorker,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return {
    server: path.join(dir, 'server.js'),
    glossary: path.join(dir, 'glossary.json'),
    coreWorker,
    cli: path.join(cliDir, 'bin', 'mortgage-lens.js'),
  };
}

interface CorpusFile extends CoreDocument {
  file: string;
  timeoutMs: number;
}

function writeCorpus(glossary: GlossaryBundle): { dir: string; documents: CorpusFile[] } {
  const dir = path.join(cacheRoot(), 'bench-corpus');
  fs.mkdirSync(dir, { recursive: true });
  const documents: CorpusFile[] = [];
  for (const { format, ext, seed } of FORMATS) {
    for (const size of SIZES) {
      const text = generateDocument(glossary, format, size.bytes, seed);
      const name = `corpus-${size.label}.${ext}`;
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      documents.push({ name, file, format, bytes: Buffer.byteLength(text), text, timeoutMs: size.timeoutMs });
    }
  }
  return { dir, documents };
}

async function saveJson(data: unknown): Promise<void> {
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  let json = `${JSON.stringify(data, null, 2)}\n`;
  try {
    // Formatted as the repository's prettier config wants, so `npm run lint` stays green.
    const prettier = await import('prettier');
    json = await prettier.format(json, { ...(await prettier.resolveConfig(RESULTS)), filepath: RESULTS });
  } catch {
    // Unformatted JSON is still JSON.
  }
  fs.writeFileSync(RESULTS, json);
}

function runPeers(glossary: GlossaryBundle, file: string): PeerResult[] {
  const peers: PeerResult[] = [];
  for (const peer of Object.keys(PEER_PACKAGES) as PeerName[]) {
    const name = PEER_LABELS[peer];
    const installError = installPeer(peer, progress);
    if (installError) {
      peers.push({ name, ok: false, error: installError });
      continue;
    }
    progress(`peers: ${name}`);
    const textlintConfig = peer === 'textlint' ? writeTextlintConfig(glossary) : undefined;
    const result = runPeer(peer, file, {
      config: textlintConfig?.config,
      timeoutMs: 120_000,
      budgetMs: 20_000,
    });
    if (textlintConfig && result.ok) {
      result.note = `prh dictionary of ${textlintConfig.entries} entries (aliases + flagged rule examples)`;
    }
    peers.push(result);
  }
  for (const p of peers) if (!p.ok) progress(`peers: ${p.name} did not run: ${p.error}`);
  return peers;
}

function serverRows(server: ServerResult): string[][] {
  const k1 = server.keystroke1MB;
  const k10 = server.keystroke10MB;
  const { hover1MB: h, codeAction1MB: c } = server;
  return [
    [
      'initialize (spawn → response)',
      ms(server.initializeMs),
      `median of ${server.initializeRuns.length}; node -e 0 alone: ${ms(server.nodeStartupMs)}`,
    ],
    [
      'open → first diagnostics, 1 MB',
      ms(server.open1MBMs),
      `median of 3; ${server.diagnostics1MB} diagnostics`,
    ],
    ['keystroke → diagnostics, 1 MB', ms(k1.totalMs), keystrokeDetail(k1)],
    [
      'hover p50 / p99, 1 MB',
      `${ms(h.ownP50Ms)} / ${ms(h.ownP99Ms)}`,
      `server's own time; round trip ${ms(h.p50Ms)} / ${ms(h.p99Ms)}, max ${ms(h.maxMs)}; ${h.requests} hovers at term mentions, ${h.answered} answered`,
    ],
    [
      'code actions p50 / p99, 1 MB',
      `${ms(c.p50Ms)} / ${ms(c.p99Ms)}`,
      `${c.requests} requests at diagnostics, ${c.answered} with actions; max ${ms(c.maxMs)}`,
    ],
    [
      'open → first diagnostics, 10 MB',
      ms(server.open10MBMs),
      server.error10MB
        ? `failed: ${server.error10MB}`
        : `one open; ${server.diagnostics10MB} diagnostics; maxFileSize raised to 64 MB`,
    ],
    [
      'keystroke → diagnostics, 10 MB',
      ms(k10?.totalMs),
      k10 ? keystrokeDetail(k10) : 'not measured (opening failed or took over 30 s)',
    ],
    [
      'server RSS, 10 MB open',
      server.rss10MB ? `${server.rss10MB} MB` : '—',
      `VmRSS right after the open; peak (VmHWM) ${server.peakRss10MB ?? '—'} MB; idle after initialize ${server.idleRssMB ?? '—'} MB`,
    ],
    [
      'server RSS, 10 MB open, idle',
      server.settledRss10MB ? `${server.settledRss10MB} MB` : '—',
      `lowest VmRSS of once-a-second readings over 60 s idle after the edits, reached after ${server.settledAfterS ?? '—'} s`,
    ],
    ...hugeRows(server.huge),
  ];
}

function keystrokeDetail(k: KeystrokeResult): string {
  return (
    `server's own time: update ${ms(k.updateMs)}${k.stepsMs ? ` + reading steps ${ms(k.stepsMs)}` : ''} + ` +
    `check ${ms(k.ownMs)} (medians); total p90 ${ms(k.totalP90Ms)}, ` +
    `max ${ms(k.totalMaxMs)}; wall ${ms(k.wallMs)} − ${DEBOUNCE_MS} ms debounce = ${ms(k.serverMs)}; ` +
    `${k.runs} edits after ${k.warmup}`
  );
}

function hugeRows(huge: HugeResult | undefined): string[][] {
  if (!huge) return [];
  if (huge.error) return [[`${huge.sizeMB} MB document`, 'failed', huge.error]];
  const { hoversDuringOpen: h, keystroke: k } = huge;
  return [
    [
      `open → first diagnostics, ${huge.sizeMB} MB`,
      ms(huge.openMs),
      `${huge.diagnostics} diagnostics; read in ${huge.steps} steps, the longest ${ms(huge.longestStepMs)}; ` +
        `then the check ${ms(huge.checkMs)} (server's own times)`,
    ],
    [
      `hover elsewhere during that open`,
      h ? ms(h.maxMs) : '—',
      h
        ? `longest round trip of ${h.requests} hovers on another document; median ${ms(h.p50Ms)}; ` +
          `longest without this client's own blocked time ${ms(h.maxServerMs)} (it was blocked up to ${ms(h.clientBusyMs)})`
        : '',
    ],
    [`keystroke → diagnostics, ${huge.sizeMB} MB`, ms(k?.totalMs), k ? keystrokeDetail(k) : '—'],
    [
      `server RSS, ${huge.sizeMB} MB open`,
      huge.rssMB ? `${huge.rssMB} MB` : '—',
      'VmRSS after the first check',
    ],
  ];
}

/**
 * The longest a hover or an edit waited on the 50 MB document: hovers during its open (less the time the
 * measuring client was itself blocked), keystrokes after (server time).
 */
function longestWait(huge: HugeResult | undefined): number | null {
  if (!huge || huge.error || !huge.hoversDuringOpen || !huge.keystroke) return null;
  return Math.max(huge.hoversDuringOpen.maxServerMs, huge.keystroke.totalMaxMs);
}

/** The .vsix as `npm run package` makes it, from this build, in a scratch folder. */
function packagedSize(): fs.Stats | undefined {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-bench-vsix-'));
  try {
    const out = path.join(scratch, 'mortgage-lens.vsix');
    spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'package.mjs'), out, '--no-build'], {
      cwd: REPO_ROOT,
      stdio: 'ignore',
    });
    return fs.existsSync(out) ? fs.statSync(out) : undefined;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const host = machine();
  const code = codeUnderTest();
  const loadBefore = os.loadavg()[0];
  const snap = await snapshot();
  const glossary = JSON.parse(fs.readFileSync(snap.glossary, 'utf8')) as GlossaryBundle;

  progress('corpus');
  const corpus = writeCorpus(glossary);
  const doc = (name: string) => corpus.documents.find((d) => d.name === name)!;
  const md1 = doc('corpus-1mb.md');

  const core: CoreResult[] = [];
  const coreErrors: { name: string; error: string }[] = [];
  for (const d of corpus.documents) {
    progress(`core: ${d.name}`);
    const result = measureInChild(snap.coreWorker, snap.glossary, d.file, d.format, d.timeoutMs);
    if ('error' in result) {
      coreErrors.push(result);
      progress(`core: ${d.name}: ${result.error}`);
    } else core.push(result);
  }
  const coreOf = (name: string) => core.find((c) => c.name === name);
  const check1 = coreOf('corpus-1mb.md');
  // The floor measured beside the check in the same process; measured here only if that failed.
  const floor1 = check1?.floorMs ?? floorMs(md1.text);
  const over = (a?: number, b?: number) => (a !== undefined && b !== undefined ? a / b : null);

  let server: ServerResult | undefined;
  let serverError: string | undefined;
  try {
    const local = createLanguageService(glossary);
    server = await measureServer(snap.server, local, md1.text, doc('corpus-10mb.md').text, progress);
  } catch (error) {
    serverError = error instanceof Error ? error.message : String(error);
    progress(`server: failed: ${serverError}`);
  }

  let blocks: BlockResult[] = [];
  try {
    blocks = await measureBlocks(snap.server, progress);
  } catch (error) {
    progress(`long blocks: failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  const peers = runPeers(glossary, md1.file);

  progress('CLI start-up');
  let startup: StartupResult | undefined;
  let startupError: string | undefined;
  let textlintCli: PeerCliResult | undefined;
  let startupLoad: number | undefined;
  try {
    const scratch = path.join(cacheRoot(), 'bench-startup');
    const big = path.join(scratch, 'corpus-5mb.md');
    fs.mkdirSync(scratch, { recursive: true });
    fs.writeFileSync(big, generateDocument(glossary, 'markdown', 5 * MB, SEED));
    startupLoad = round(os.loadavg()[0]);
    startup = measureStartup(snap.cli, scratch, big, 30);
    // textlint's own CLI on the same 5 MB file (one run: about a minute), when its peer ran above.
    if (peers.some((p) => p.name === PEER_LABELS.textlint && p.ok)) {
      progress('CLI: textlint + prh on the 5 MB file as a whole process');
      textlintCli = runTextlintCli(big, 600_000);
      if (!textlintCli.ok) progress(`textlint CLI did not run: ${textlintCli.error}`);
    }
  } catch (error) {
    startupError = error instanceof Error ? error.message : String(error);
    progress(`CLI start-up: failed: ${startupError}`);
  }

  progress('package');
  const vsixStat = packagedSize();

  const textlint = peers.find((p) => p.name === PEER_LABELS.textlint && p.ok);
  const budgets: Budget[] = [
    budget(
      '1 MB Markdown: textlint+prh time / our check time',
      over(textlint?.ms, check1?.checkMs),
      30,
      '×',
      true,
    ),
    budget('1 MB Markdown: check / floor', over(check1?.checkMs, floor1), 4, '×'),
    budget('1 MB Markdown: check / terms only', check1?.checkOverTerms, 2, '×'),
    budget('Markdown check: 10 MB / 1 MB', over(coreOf('corpus-10mb.md')?.checkMs, check1?.checkMs), 11, '×'),
    budget(
      'Plain text check: 10 MB / 1 MB',
      over(coreOf('corpus-10mb.txt')?.checkMs, coreOf('corpus-1mb.txt')?.checkMs),
      11,
      '×',
    ),
    budget('keystroke → diagnostics, 1 MB (server time)', server?.keystroke1MB.totalMs, 5, 'ms'),
    budget('keystroke → diagnostics, 10 MB (server time)', server?.keystroke10MB?.totalMs, 10, 'ms'),
    ...blocks.map((b) =>
      budget(`keystroke → diagnostics, ${b.name} (server time)`, b.keystroke?.totalMs, b.budgetMs, 'ms'),
    ),
    budget('hover p99, 1 MB (server time)', server?.hover1MB.ownP99Ms, 1, 'ms'),
    budget('initialize (spawn → response)', server?.initializeMs, 150, 'ms'),
    budget('server RSS with the 10 MB document open', server?.rss10MB, 100, 'MB'),
    budget('the same once the server has idled 60 s', server?.settledRss10MB, 100, 'MB'),
    budget('50 MB: longest wait for a hover or an edit', longestWait(server?.huge), 50, 'ms'),
    // Issue 19 allows 3 MB for a model that earns it: the claim scorer (glossary/scorer.json) is in the
    // glossary twice, in dist/glossary.json and inlined in the web server.
    budget('mortgage-lens.vsix size', vsixStat ? vsixStat.size / MB : null, 3, 'MB'),
    budget('CLI check, one-line file, whole process / node -e 0', startup?.ratio, 1.6, '×'),
    budget(
      '5 MB Markdown, whole process: textlint+prh CLI / our CLI',
      over(textlintCli?.ms, startup?.bigMs),
      30,
      '×',
      true,
    ),
  ];

  const seconds = round((performance.now() - started) / 1000);
  const load = { before: round(loadBefore), after: round(os.loadavg()[0]) };
  const busy = Math.max(load.before, load.after) > host.cores / 2;

  const out: string[] = [];
  out.push(`Mortgage Lens benchmark · ${new Date().toISOString()}`);
  out.push(`Machine: ${host.cores} × ${host.cpu}, ${host.memoryGB} GB, Node ${host.node}, ${host.platform}`);
  out.push(`Code: ${code}`);
  out.push(`Corpus: seed ${SEED}, generated into ${tilde(corpus.dir)}`);
  out.push(
    `Load average (1 min): ${load.before} at start, ${load.after} at end` +
      (busy ? ' — the machine was busy: figures are noisy, rerun on an idle machine' : ''),
  );
  out.push('');
  out.push(
    'Core: analyze(), median of N runs after warm-up, each document in a fresh process (MB = 2^20 bytes)',
  );
  out.push(
    table(
      [
        'document',
        'size',
        'runs',
        'check',
        'MB/s',
        'terms only',
        'MB/s',
        'check/terms',
        'floor',
        'check/floor',
        'mentions',
        'findings',
      ],
      corpus.documents.map((d) => {
        const c = coreOf(d.name);
        if (!c)
          return [d.name, sizeLabel(d.bytes), '', coreErrors.find((e) => e.name === d.name)?.error ?? ''];
        return [
          c.name,
          sizeLabel(c.bytes),
          String(c.iterations),
          ms(c.checkMs),
          String(c.checkMBps),
          ms(c.termsMs),
          String(c.termsMBps),
          ratio(c.checkOverTerms),
          ms(c.floorMs),
          ratio(c.checkOverFloor),
          String(c.mentions),
          String(c.findings),
        ];
      }),
    ),
  );
  out.push('check = terms + claims (glossary with its rules); terms only = same glossary with rules: []');
  out.push('floor = one pass of text.match(/[A-Za-z]+/g); check and terms-only runs interleaved');
  out.push('');
  out.push('Language server over stdio (node dist/server.js --stdio)');
  if (server) {
    out.push(table(['figure', 'value', 'detail'], serverRows(server)));
    out.push(
      'Server time is what the server reports for its own work (analysis and building the diagnostics or the hover),',
      `without JSON-RPC transport; wall figures are didChange → publishDiagnostics minus the ${DEBOUNCE_MS} ms debounce,`,
      'including transport, (de)serialisation of all diagnostics on both sides and timer lateness.',
    );
    if (server.warning10MB) out.push(`WARNING, 10 MB figures: ${server.warning10MB}`);
  } else {
    out.push(`failed: ${serverError}`);
  }
  out.push('');
  out.push('Documents of one long block each, under the 5 MB limit (a server of their own each)');
  out.push(table(['document', 'keystroke', 'detail'], blockRows(blocks)));
  out.push('');
  out.push(`Peers on the same 1 MB Markdown document (${md1.name}, ${sizeLabel(md1.bytes)})`);
  const ours = check1
    ? ['Mortgage Lens check', ms(check1.checkMs), String(check1.checkMBps), '1×', String(check1.iterations)]
    : ['Mortgage Lens check', '—', '', '', ''];
  out.push(
    table(
      ['tool', 'time', 'MB/s', '× our check', 'runs', 'findings', 'set-up', 'notes'],
      [
        [...ours, String(check1?.findings ?? ''), '', 'terms + claims'],
        [
          'floor (word regex)',
          ms(floor1),
          String(round(mbps(md1.bytes, floor1))),
          ratio(over(floor1, check1?.checkMs)),
          '',
          '',
          '',
          '',
        ],
        ...peers.map((p) =>
          p.ok
            ? [
                p.name,
                ms(p.ms),
                String(round(mbps(md1.bytes, p.ms!))),
                ratio(over(p.ms, check1?.checkMs)),
                String(p.iterations),
                String(p.findings),
                ms(p.setupMs),
                [p.version, p.note].filter(Boolean).join('; '),
              ]
            : [p.name, '—', '', '', '', '', '', `did not run: ${p.error}`],
        ),
      ],
    ),
  );
  out.push('');
  out.push(
    'CLI as a whole process (bin/mortgage-lens.js, medians of wall time, runs interleaved with node -e 0; ' +
      `load average ${startupLoad ?? '—'} when it began, on ${host.cores} × ${host.cpu})`,
  );
  out.push(
    startup
      ? table(
          ['command', 'time', 'runs', '× node -e 0 (× our check for textlint)'],
          [
            ['node -e 0', ms(startup.nodeMs), String(startup.runs), '1×'],
            ['check one-line.md', ms(startup.checkMs), String(startup.runs), ratio(startup.ratio)],
            [
              'check corpus-5mb.md',
              startup.bigMs === undefined ? '—' : ms(startup.bigMs),
              String(startup.bigRuns),
              '',
            ],
            [
              'textlint + prh CLI, corpus-5mb.md',
              textlintCli?.ok ? ms(textlintCli.ms) : `— (${textlintCli?.error ?? 'not run'})`,
              textlintCli?.ok ? '1' : '0',
              textlintCli?.ok && startup.bigMs !== undefined ? ratio(textlintCli.ms! / startup.bigMs) : '',
            ],
          ],
        )
      : `failed: ${startupError}`,
  );
  out.push(
    'enableCompileCache' in nodeModule
      ? 'V8 compile cache: on (module.enableCompileCache)'
      : `V8 compile cache: unavailable on Node ${process.version} (module.enableCompileCache needs Node >= 22.1)`,
  );
  out.push('');
  out.push('Budgets from the issue (printed, never enforced)');
  out.push(
    table(
      ['figure', 'value', 'budget', 'result'],
      budgets.map((b) => [b.figure, b.shown, b.budget, b.result]),
    ),
  );
  out.push(
    vsixStat
      ? `mortgage-lens.vsix: ${vsixStat.size} bytes, packaged by this run (as npm run package does)`
      : 'mortgage-lens.vsix: packaging failed, size skipped',
  );
  out.push('');
  out.push(
    `Took ${seconds} s (after the build). Results: ${path.relative(process.cwd(), RESULTS) || RESULTS}`,
  );

  await saveJson({
    schema: 1,
    date: new Date().toISOString(),
    seconds,
    machine: host,
    code,
    loadAverage: load,
    corpus: {
      seed: SEED,
      dir: tilde(corpus.dir),
      documents: corpus.documents.map((d) => ({ name: d.name, format: d.format, bytes: d.bytes })),
    },
    core,
    coreErrors,
    floor1MBMarkdownMs: round(floor1),
    server: server ?? { error: serverError },
    cliStartup: startup ?? { error: startupError },
    textlintCli5MB: textlintCli ?? null,
    cliStartupLoadAverage: startupLoad ?? null,
    longBlocks: blocks,
    debounceMs: DEBOUNCE_MS,
    peers,
    vsix: vsixStat ? { bytes: vsixStat.size, built: vsixStat.mtime.toISOString() } : null,
    budgets: budgets.map(({ figure, value, budget: limit, result }) => ({
      figure,
      value,
      budget: limit,
      result,
    })),
  });
  process.stdout.write(`${out.join('\n')}\n`);
  // Budgets never fail the run, nor does a peer or a document too slow to finish in its time limit;
  // a part of our own that crashed does.
  const crashed = coreErrors.some((e) => !e.error.startsWith('did not finish'));
  const serverCrashed = serverError || (server?.error10MB && !server.error10MB.startsWith('timed out'));
  if (serverCrashed || crashed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
