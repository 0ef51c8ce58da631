// Runs one peer on one file and prints one JSON line (PeerResult without its name). Started by
// peers.ts in its own process: node out/bench/peerWorker.js <peer> <file> <peersDir> <budgetMs> [config]
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median, round } from './stats';

type Lint = (text: string) => Promise<number>;

interface Peer {
  version: string;
  setupMs: number;
  lint: Lint;
  note?: string;
}

const gc = (globalThis as { gc?: () => void }).gc;

function versionOf(dir: string, pkg: string): string {
  const manifest = path.join(dir, 'node_modules', pkg, 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

interface TextlintModule {
  loadTextlintrc(options: { configFilePath: string; node_modulesDir: string }): Promise<unknown>;
  createLinter(options: { descriptor: unknown }): {
    lintText(text: string, filePath: string): Promise<{ messages: unknown[] }>;
  };
}

async function textlint(dir: string, file: string, config: string): Promise<Peer> {
  const start = performance.now();
  const load = createRequire(path.join(dir, 'package.json'));
  const { createLinter, loadTextlintrc } = load('textlint') as TextlintModule;
  const descriptor = await loadTextlintrc({
    configFilePath: config,
    node_modulesDir: path.join(dir, 'node_modules'),
  });
  const linter = createLinter({ descriptor });
  return {
    version: `textlint ${versionOf(dir, 'textlint')}, textlint-rule-prh ${versionOf(dir, 'textlint-rule-prh')}`,
    setupMs: performance.now() - start,
    lint: async (text) => (await linter.lintText(text, file)).messages.length,
  };
}

interface HarperLinter {
  setup(): Promise<void>;
  lint(text: string, options: { language: 'markdown' | 'plaintext' }): Promise<unknown[]>;
}

async function harper(dir: string, file: string): Promise<Peer> {
  const start = performance.now();
  const dist = path.join(dir, 'node_modules', 'harper.js', 'dist');
  // harper.js is ESM-only and exports no `require` condition: import its files directly.
  const { LocalLinter } = (await import(pathToFileURL(path.join(dist, 'index.js')).href)) as {
    LocalLinter: new (init: { binary: unknown }) => HarperLinter;
  };
  const { binary } = (await import(pathToFileURL(path.join(dist, 'binary.js')).href)) as { binary: unknown };
  // LocalLinter runs the WebAssembly in this thread; WorkerLinter needs a browser Web Worker, which Node lacks.
  const linter = new LocalLinter({ binary });
  await linter.setup();
  const language = file.endsWith('.md') ? 'markdown' : 'plaintext';
  return {
    version: `harper.js ${versionOf(dir, 'harper.js')}`,
    setupMs: performance.now() - start,
    lint: async (text) => (await linter.lint(text, { language })).length,
    note: 'LocalLinter (WebAssembly, default rules)',
  };
}

async function main(): Promise<void> {
  const [peer, file, dir, budget, config] = process.argv.slice(2);
  const budgetMs = Number(budget);
  const text = fs.readFileSync(file, 'utf8');
  const p = peer === 'textlint' ? await textlint(dir, file, config) : await harper(dir, file);

  // The first run warms up; when one run takes a large part of the budget, it is the only figure.
  const times: number[] = [];
  let findings = 0;
  const started = performance.now();
  gc?.();
  const run = async () => {
    const start = performance.now();
    findings = await p.lint(text);
    return performance.now() - start;
  };
  const first = await run();
  let note = p.note;
  if (first > budgetMs / 3) {
    times.push(first);
    note = [note, 'one run (too slow to repeat within the time budget)'].filter(Boolean).join('; ');
  } else {
    while (times.length < 5 && (times.length < 1 || performance.now() - started < budgetMs))
      times.push(await run());
  }
  const result = {
    ok: true,
    version: p.version,
    setupMs: round(p.setupMs),
    iterations: times.length,
    ms: round(median(times)),
    findings,
    note,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stdout.write(`${JSON.stringify({ ok: false, error: message.split('\n')[0].slice(0, 300) })}\n`);
  process.exitCode = 0;
});
