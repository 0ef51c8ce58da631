// Installs what running real VS Code here needs: Debian packages (with apt-get when root) and code-server
// 4.100.3 (VS Code 1.100.3, the newest on Node 20) from npm into a cache folder outside the project's
// dependencies, once. Each workaround below was needed on a machine with only npm and Debian reachable.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';

// Bumped when the install recipe changes, so old caches are rebuilt instead of trusted.
const INSTALL_RECIPE = 1;
const RIPGREP_PACKAGE_VERSION = '1.15.11'; // what code-server 4.100.3 depends on
const RIPGREP_ASSET_VERSION = 'v13.0.0-10';

export type Log = (line: string) => void;
export const defaultLog: Log = (line) => console.log(`[code-server] ${line}`);

export function cacheRoot(): string {
  if (process.env.MORTGAGE_LENS_CACHE) return path.resolve(process.env.MORTGAGE_LENS_CACHE);
  const xdgCache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(xdgCache, 'mortgage-lens');
}

// System packages

/** The executable `command` names: an absolute path that exists, or the first one on PATH. */
export function onPath(command: string): string | undefined {
  if (path.isAbsolute(command)) return fs.existsSync(command) ? command : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return undefined;
}

interface SystemPackage {
  apt: string;
  present: () => boolean;
}

const BUILD_PACKAGES: SystemPackage[] = [
  // code-server's postinstall fills @vscode/ripgrep's download cache from Debian's rg (no GitHub access).
  { apt: 'ripgrep', present: () => onPath('rg') !== undefined },
  // Native modules (kerberos, node-pty, argon2, …) compile from source with node-gyp.
  { apt: 'libkrb5-dev', present: () => fs.existsSync('/usr/include/gssapi/gssapi.h') },
  { apt: 'python3', present: () => onPath('python3') !== undefined },
  { apt: 'build-essential', present: () => onPath('make') !== undefined && onPath('g++') !== undefined },
];

export function chromiumPath(): string {
  return process.env.MORTGAGE_LENS_CHROMIUM || '/usr/bin/chromium';
}

const BROWSER_PACKAGES: SystemPackage[] = [{ apt: 'chromium', present: () => fs.existsSync(chromiumPath()) }];

/** Installs missing Debian packages with apt-get when running as root; otherwise fails saying what to install. */
function ensureSystemPackages(wanted: SystemPackage[], log: Log): void {
  const missing = wanted.filter((pkg) => !pkg.present()).map((pkg) => pkg.apt);
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath('apt-get')) {
    throw new Error(
      `Missing system packages: ${missing.join(' ')}.\n` +
        `Install them first, e.g.: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  log(`installing missing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit', env });
  } catch (error) {
    throw new Error(`apt-get could not install ${missing.join(' ')}: ${(error as Error).message}`);
  }
  const stillMissing = wanted.filter((pkg) => !pkg.present()).map((pkg) => pkg.apt);
  if (stillMissing.length > 0)
    throw new Error(`Still missing after apt-get install: ${stillMissing.join(' ')}`);
}

/** Debian's Neovim for the editors layer, installed like chromium when missing (as root). */
export function ensureNeovim(log: Log = defaultLog): void {
  ensureSystemPackages([{ apt: 'neovim', present: () => onPath('nvim') !== undefined }], log);
}

export function ensureBrowser(log: Log = defaultLog): string {
  ensureSystemPackages(BROWSER_PACKAGES, log);
  return chromiumPath();
}

// code-server install (once per cache folder)

function installDir(): string {
  return path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);
}

export function entryScript(dir: string): string {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** Files that exist only if the install scripts ran: native builds and the ripgrep binary. */
function scriptOutputs(dir: string): string[] {
  const vscodeModules = path.join(dir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  return [
    path.join(vscodeModules, 'node-pty', 'build', 'Release', 'pty.node'),
    path.join(vscodeModules, '@vscode', 'ripgrep', 'bin', 'rg'),
  ];
}

/** A crashed install leaves a staging folder of ~300 MB behind; drop those older than an hour. */
function removeStaleStaging(): void {
  const prefix = `.code-server-${CODE_SERVER_VERSION}-staging-`;
  for (const name of fs.readdirSync(cacheRoot())) {
    const folder = path.join(cacheRoot(), name);
    if (name.startsWith(prefix) && Date.now() - fs.statSync(folder).mtimeMs > 3_600_000) {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }
}

/** Written only after a verified install; native modules are tied to Node's ABI, so that is part of it. */
function installStamp(): string {
  return JSON.stringify({
    codeServer: CODE_SERVER_VERSION,
    recipe: INSTALL_RECIPE,
    abi: process.versions.modules,
  });
}

const MARKER_FILE = '.mortgage-lens-install-complete';

function isInstalled(dir: string): boolean {
  try {
    return (
      fs.readFileSync(path.join(dir, MARKER_FILE), 'utf8') === installStamp() &&
      fs.existsSync(entryScript(dir))
    );
  } catch {
    return false;
  }
}

function ripgrepTarget(): string {
  const targets: Record<string, string> = {
    x64: 'x86_64-unknown-linux-musl',
    arm64: 'aarch64-unknown-linux-musl',
  };
  const target = targets[process.arch];
  if (process.platform !== 'linux' || !target) {
    throw new Error(
      `code-server install is scripted for Linux x64/arm64 only, not ${process.platform}/${process.arch}`,
    );
  }
  return target;
}

/** @vscode/ripgrep's postinstall downloads rg from GitHub; it takes a cached archive instead, so give it Debian's. */
function prefillRipgrepCache(tmpDir: string): void {
  const rg = onPath('rg');
  if (!rg) throw new Error('ripgrep (rg) is not on PATH: apt-get install ripgrep');
  const cache = path.join(tmpDir, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  fs.mkdirSync(cache, { recursive: true });
  const archive = path.join(cache, `ripgrep-${RIPGREP_ASSET_VERSION}-${ripgrepTarget()}.tar.gz`);
  execFileSync('tar', ['czf', archive, '-C', path.dirname(rg), path.basename(rg)]);
}

/** npm run exports npm_config_* for the project (prefix, package paths…); keep only connection settings. */
function npmEnvironment(tmpDir: string): NodeJS.ProcessEnv {
  const keep =
    /^npm_config_(registry|cafile|ca|proxy|https_proxy|http_proxy|noproxy|strict_ssl|userconfig|cache)$/i;
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) || keep.test(key)) env[key] = value;
  }
  Object.assign(env, {
    TMPDIR: tmpDir, // where @vscode/ripgrep looks for its download cache
    npm_config_unsafe_perm: 'true', // as root, code-server's postinstall otherwise stops
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`, which yes=false cancels
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  });
  // node-gyp would download Node's headers from nodejs.org (unreachable); use the installed ones.
  const nodePrefix = path.resolve(path.dirname(process.execPath), '..');
  if (!process.env.npm_config_nodedir && fs.existsSync(path.join(nodePrefix, 'include', 'node', 'node.h'))) {
    env.npm_config_nodedir = nodePrefix;
  }
  return env;
}

export function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Installs code-server into the cache folder unless a complete install is there, and returns its entry script.
 * The install goes to a staging folder that is renamed into place, so an interrupted install is never used.
 */
export function ensureCodeServer(log: Log = defaultLog): string {
  const dir = installDir();
  if (isInstalled(dir)) return entryScript(dir);

  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== 20) {
    throw new Error(
      `code-server ${CODE_SERVER_VERSION} runs on Node 20 only; this is Node ${process.version}`,
    );
  }
  ensureSystemPackages(BUILD_PACKAGES, log);

  fs.mkdirSync(cacheRoot(), { recursive: true });
  removeStaleStaging();
  const staging = fs.mkdtempSync(path.join(cacheRoot(), `.code-server-${CODE_SERVER_VERSION}-staging-`));
  const tmpDir = path.join(staging, '.tmp');
  fs.mkdirSync(tmpDir);
  prefillRipgrepCache(tmpDir);
  const logFile = path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}-install.log`);
  log(
    `installing code-server ${CODE_SERVER_VERSION} into ${dir} (first run only, about a minute; log: ${logFile})`,
  );
  const started = Date.now();
  const out = fs.openSync(logFile, 'w');
  try {
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        staging,
        '--no-save',
        '--foreground-scripts',
        `code-server@${CODE_SERVER_VERSION}`,
      ],
      { cwd: staging, env: npmEnvironment(tmpDir), stdio: ['ignore', out, out] },
    );
  } catch {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `npm install code-server@${CODE_SERVER_VERSION} failed. Last lines of ${logFile}:\n${tail(logFile)}\n` +
        'Needs the npm registry, Node 20 with its headers, and: apt-get install ripgrep libkrb5-dev build-essential python3',
    );
  } finally {
    fs.closeSync(out);
  }
  const absent = [entryScript(staging), ...scriptOutputs(staging)].filter((file) => !fs.existsSync(file));
  if (absent.length > 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `code-server installed without ${absent.join(', ')} (did npm skip install scripts?); see ${logFile}`,
    );
  }
  fs.rmSync(tmpDir, { recursive: true, force: true });
  fs.writeFileSync(path.join(staging, MARKER_FILE), installStamp());
  if (isInstalled(dir)) {
    fs.rmSync(staging, { recursive: true, force: true }); // another run finished first
  } else {
    fs.rmSync(dir, { recursive: true, force: true }); // an incomplete or outdated install
    fs.renameSync(staging, dir);
  }
  log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return entryScript(dir);
}
