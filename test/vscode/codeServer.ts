// Runs the built extension in real VS Code on machines that cannot download VS Code: a throwaway code-server
// instance per run (fresh user data, extensions and workspace copy) in its own process group, opened by a
// browser (see browser.ts) because VS Code starts the extension host only when a workbench connects.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultLog, ensureCodeServer, tail, type Log } from './install';

export { CODE_SERVER_VERSION, cacheRoot, ensureBrowser, ensureCodeServer, type Log } from './install';
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..'); // out/test/vscode -> repo root

function readManifest(folder: string): { publisher: string; name: string; version: string } {
  return JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
}

/** Copies the built extension as VS Code lays out an installed one: `<extensions dir>/publisher.name-version`. */
export function installBuiltExtension(extensionsDir: string, repoRoot = REPO_ROOT): string {
  for (const built of ['dist/extension.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(repoRoot, built))) {
      throw new Error(`${built} is missing: build first with \`node scripts/build.mjs\``);
    }
  }
  const manifest = readManifest(repoRoot);
  const target = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  fs.mkdirSync(target, { recursive: true });
  // What the packaged extension holds (see .vscodeignore); node_modules is not needed, dist/ is bundled.
  for (const entry of ['package.json', 'dist', 'images', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
    const source = path.join(repoRoot, entry);
    if (fs.existsSync(source)) fs.cpSync(source, path.join(target, entry), { recursive: true });
  }
  return target;
}

/** A fresh copy, so saved edits and VS Code state never leak between runs. */
export function copyFolder(source: string, parent: string, name = path.basename(source)): string {
  const target = path.join(parent, name);
  fs.cpSync(source, target, { recursive: true });
  return target;
}

// Running an instance

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export async function freePort(preferred?: number): Promise<number> {
  if (preferred && (await portIsFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'git.enabled': false,
};

export interface CodeServerOptions {
  /** Preferred port; a free one is used when it is busy or not given. */
  port?: number;
  /** Extra environment for code-server; it reaches the extension host. */
  env?: NodeJS.ProcessEnv;
  /** Adds settings on top of the quiet defaults. */
  settings?: Record<string, unknown>;
  /** Fills the fresh extensions folder before code-server starts (see installBuiltExtension). */
  installExtensions?: (extensionsDir: string) => void;
  /** Keeps VS Code's workspace trust on (off by default, so no trust prompt blocks a test run). */
  workspaceTrust?: boolean;
  log?: Log;
}

export interface CodeServer {
  url: string;
  port: number;
  /** Throwaway folder holding user data, extensions, logs; removed by stop(). */
  root: string;
  extensionsDir: string;
  userDataDir: string;
  logFile: string;
  /** Resolves when code-server exits, with its exit code. */
  exited: Promise<number | null>;
  /** `http://127.0.0.1:PORT/?folder=…`, optionally opening one file of that folder. */
  workbenchUrl(folder: string, openFile?: string): string;
  stop(): Promise<void>;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  logFile: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited with code ${child.exitCode}. Log ${logFile}:\n${tail(logFile)}`);
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s. Log ${logFile}:\n${tail(logFile)}`,
  );
}

/**
 * Starts code-server on 127.0.0.1 with fresh user data and extensions folders, in its own process group (a
 * file-watcher child can outlive it otherwise). Install extensions into `extensionsDir` before opening a browser.
 */
export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  const log = options.log ?? defaultLog;
  const entry = ensureCodeServer(log);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-code-server-'));
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const xdgDir = path.join(root, 'xdg'); // so nothing is written under $HOME
  const tmpDir = path.join(root, 'tmp'); // the extension host leaves IPC sockets in TMPDIR
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir);
  fs.mkdirSync(xdgDir);
  fs.mkdirSync(tmpDir);
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        ...QUIET_SETTINGS,
        ...(options.workspaceTrust ? { 'security.workspace.trust.enabled': true } : {}),
        ...options.settings,
      },
      null,
      2,
    ),
  );
  try {
    options.installExtensions?.(extensionsDir);
  } catch (error) {
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }

  const port = await freePort(options.port);
  const configFile = path.join(root, 'config.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(root, 'code-server.log');
  const out = fs.openSync(logFile, 'w');
  const args = [
    ...['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir],
    ...['--disable-telemetry', '--disable-update-check'],
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
  ];
  const child = spawn(process.execPath, [entry, ...args], {
    detached: true, // own process group, killed as a whole
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      XDG_DATA_HOME: xdgDir,
      XDG_CONFIG_HOME: xdgDir,
      XDG_CACHE_HOME: xdgDir, // VS Code keeps a device id there
      // Unix socket paths must stay under ~107 bytes; keep the system TMPDIR if ours would be too long.
      ...(tmpDir.length <= 50 ? { TMPDIR: tmpDir } : {}),
      ...options.env,
    },
  });
  fs.closeSync(out);
  // Retries: processes that were just killed may still be writing into it.
  const removeRoot = () => {
    try {
      fs.rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch (error) {
      console.error(`could not remove ${root}: ${(error as Error).message}`);
    }
  };
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // Never leave code-server behind: not on a crash, not on Ctrl-C (Node's default SIGINT skips 'exit' handlers).
  const killOnExit = () => killGroup(child, 'SIGKILL');
  const exitOnSignal = (signal: NodeJS.Signals) => {
    killGroup(child, 'SIGKILL');
    removeRoot();
    process.exit(128 + (os.constants.signals[signal] ?? 1));
  };
  process.once('exit', killOnExit);
  process.once('SIGINT', exitOnSignal);
  process.once('SIGTERM', exitOnSignal);

  const url = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killOnExit);
    process.removeListener('SIGINT', exitOnSignal);
    process.removeListener('SIGTERM', exitOnSignal);
    killGroup(child, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    killGroup(child, 'SIGKILL'); // children that ignored SIGTERM
    if (!process.env.MORTGAGE_LENS_KEEP_TEMP) removeRoot();
  };
  try {
    await waitForHealth(url, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  const workbenchUrl = (folder: string, openFile?: string) => {
    let query = `folder=${folder.split('/').map(encodeURIComponent).join('/')}`; // readable when printed
    if (openFile) {
      // The web workbench opens `payload` files on startup; remote files use the page's host as authority.
      const fileUri = `vscode-remote://127.0.0.1:${port}${path.resolve(folder, openFile)}`;
      query += `&payload=${encodeURIComponent(JSON.stringify([['openFile', fileUri]]))}`;
    }
    return `${url}/?${query}`;
  };
  return { url, port, root, extensionsDir, userDataDir, logFile, exited, workbenchUrl, stop };
}

export { tail as tailFile };
