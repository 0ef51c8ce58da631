// Peers on the same document: textlint with textlint-rule-prh (a prh dictionary made from our glossary)
// and harper.js. They are not project dependencies: they are installed once into a cache folder and
// each runs in its own process with a time limit, so a peer that fails to install, crashes or hangs
// is reported and the bench goes on.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import type { GlossaryBundle } from '../server/src/core/glossaryTypes';

/** Exact versions, so results compare across runs; bump here (the cache folder reinstalls). */
export const PEER_PACKAGES = {
  textlint: ['textlint@15.8.0', 'textlint-rule-prh@6.1.0'],
  harper: ['harper.js@2.10.0'],
} as const;

export type PeerName = keyof typeof PEER_PACKAGES;

export const PEER_LABELS: Record<PeerName, string> = { textlint: 'textlint + prh', harper: 'harper.js' };

export interface PeerResult {
  name: string;
  ok: boolean;
  /** Why it did not run, when ok is false. */
  error?: string;
  version?: string;
  setupMs?: number;
  iterations?: number;
  ms?: number;
  findings?: number;
  note?: string;
}

export function cacheRoot(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'mortgage-lens');
}

export const peersDir = () => path.join(cacheRoot(), 'bench-peers');

function installedVersion(dir: string, pkg: string): string | undefined {
  try {
    const manifest = path.join(dir, 'node_modules', pkg, 'package.json');
    return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/** Installs the peer's packages into the cache folder unless those exact versions are there; returns an error or undefined. */
export function installPeer(peer: PeerName, progress: (s: string) => void): string | undefined {
  const dir = peersDir();
  const missing = PEER_PACKAGES[peer].filter((spec) => {
    const at = spec.lastIndexOf('@');
    return installedVersion(dir, spec.slice(0, at)) !== spec.slice(at + 1);
  });
  if (missing.length === 0) return undefined;
  progress(`peers: npm install ${missing.join(' ')} into ${dir}`);
  fs.mkdirSync(dir, { recursive: true });
  const manifest = path.join(dir, 'package.json');
  if (!fs.existsSync(manifest))
    fs.writeFileSync(manifest, '{ "name": "mortgage-lens-bench-peers", "private": true }\n');
  // Under `npm run`, npm_execpath is npm's own CLI: the same npm, wherever it is installed.
  const npmCli = process.env.npm_execpath;
  const [command, prefix] =
    npmCli && /npm-cli\.js$/.test(npmCli) ? [process.execPath, [npmCli]] : ['npm', []];
  const result = spawnSync(
    command,
    [...prefix, 'install', '--no-audit', '--no-fund', '--loglevel=error', ...missing],
    {
      cwd: dir,
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, npm_config_yes: 'true' },
      shell: command === 'npm' && process.platform === 'win32',
    },
  );
  if (result.error) return `npm install failed: ${result.error.message}`;
  if (result.status !== 0) {
    // npm's first lines say what went wrong ("code E404", "notarget …"); the rest is a stack and a log path.
    const lines = (result.stderr || result.stdout)
      .split('\n')
      .map((l) => l.replace(/^npm (error|ERR!) ?/, '').trim());
    const why = lines
      .filter((l) => l && !l.startsWith('at '))
      .slice(0, 3)
      .join('; ');
    return `npm install exited with ${result.status}: ${why.slice(0, 300)}`;
  }
  return undefined;
}

/**
 * A literal phrase as a prh "/regex/" string. prh escapes plain string patterns with `\-` and then
 * adds the `u` flag, an invalid escape under it ("adjustable-rate loan" fails to load), so we escape.
 */
const regexString = (phrase: string) => `/${phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`;

/**
 * A prh dictionary with as many entries as our glossary has aliases plus flagged rule examples: each
 * alias → its term, each flagged claim that has a rewording → the rewording. Written beside the peers with a .textlintrc.
 */
export function writeTextlintConfig(glossary: GlossaryBundle): { config: string; entries: number } {
  const rules = [
    ...glossary.terms.flatMap((t) =>
      (t.aliases ?? []).map((alias) => ({ expected: t.term, pattern: regexString(alias) })),
    ),
    // A claim with no rewording (fixed: null) has no expected text for prh.
    ...glossary.rules.flatMap((r) =>
      r.examples.flags.flatMap((f) =>
        f.fixed === null ? [] : [{ expected: f.fixed, pattern: regexString(f.text) }],
      ),
    ),
  ];
  const dir = peersDir();
  fs.mkdirSync(dir, { recursive: true });
  const prh = path.join(dir, 'prh.yml');
  fs.writeFileSync(prh, stringify({ version: 1, rules }));
  const config = path.join(dir, '.textlintrc.json');
  fs.writeFileSync(config, JSON.stringify({ rules: { prh: { rulePaths: [prh] } } }, null, 2));
  return { config, entries: rules.length };
}

/** Runs one peer on `file` in a child process (out/bench/peerWorker.js) with a time limit. */
export function runPeer(
  peer: PeerName,
  file: string,
  options: { config?: string; timeoutMs: number; budgetMs: number },
): PeerResult {
  const name = PEER_LABELS[peer];
  const worker = path.join(__dirname, 'peerWorker.js');
  const args = [worker, peer, file, peersDir(), String(options.budgetMs), options.config ?? ''];
  const result = spawnSync(process.execPath, ['--expose-gc', ...args], {
    encoding: 'utf8',
    timeout: options.timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) {
    const timedOut = (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
    return {
      name,
      ok: false,
      error: timedOut ? `no result within ${options.timeoutMs / 1000} s` : result.error.message,
    };
  }
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return { name, ...(JSON.parse(line) as Omit<PeerResult, 'name'>) };
  } catch {
    const why = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ');
    return { name, ok: false, error: `exited with ${result.status ?? result.signal}: ${why.slice(0, 300)}` };
  }
}

export interface PeerCliResult {
  name: string;
  ok: boolean;
  error?: string;
  /** Wall time of the whole process: Node's start, loading textlint and its rules, reading, linting, the report. */
  ms?: number;
  findings?: number;
}

/**
 * textlint's own command line on `file` with the prh dictionary runPeer's textlint used (written by
 * writeTextlintConfig), as a team would run it in CI: one whole process, timed from spawn to exit.
 */
export function runTextlintCli(file: string, timeoutMs: number): PeerCliResult {
  const name = `${PEER_LABELS.textlint} (textlint CLI)`;
  const dir = peersDir();
  const config = path.join(dir, '.textlintrc.json');
  const bin = path.join(dir, 'node_modules', 'textlint', 'bin', 'textlint.js');
  if (!fs.existsSync(config) || !fs.existsSync(bin))
    return { name, ok: false, error: `not installed or not configured (${bin}, ${config})` };
  const started = performance.now();
  const result = spawnSync(process.execPath, [bin, '--config', config, '--format', 'json', file], {
    cwd: dir,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.error) {
    const timedOut = (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
    return {
      name,
      ok: false,
      error: timedOut ? `no result within ${timeoutMs / 1000} s` : result.error.message,
    };
  }
  // 0 clean, 1 findings; anything else did not lint.
  if (result.status !== 0 && result.status !== 1) {
    const why = result.stderr.trim().split('\n').slice(-3).join(' ');
    return { name, ok: false, error: `exited with ${result.status ?? result.signal}: ${why.slice(0, 300)}` };
  }
  try {
    const report = JSON.parse(result.stdout) as { messages: unknown[] }[];
    return { name, ok: true, ms, findings: report.reduce((sum, f) => sum + f.messages.length, 0) };
  } catch {
    return { name, ok: false, error: 'its JSON report could not be read' };
  }
}
