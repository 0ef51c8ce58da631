// A Neovim 0.8 or newer for the editors layer's `vim.lsp.start` path. Debian 12 ships 0.7.2; Debian 13
// (trixie) ships 0.10, built against a newer C library than Debian 12's. So on a Debian 12 machine this
// downloads trixie's neovim .debs and the libraries it needs (C library included) with `apt-get download`,
// from a private apt state in the cache folder (the system's sources and packages are not touched),
// unpacks them with `dpkg-deb -x`, and writes an `nvim` script that starts trixie's nvim through trixie's
// own loader. Done once per cache folder. Returns the command, or why there is none.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cacheRoot, onPath } from '../vscode/install';

const SUITE = 'trixie';
/** neovim 0.10's Depends in trixie, and the C library and libgcc it was built against. */
const PACKAGES = [
  'neovim',
  'neovim-runtime',
  'libluajit-5.1-2',
  'libluajit-5.1-common',
  'libmsgpack-c2',
  'libtree-sitter0.22',
  'libunibilium4',
  'libuv1t64',
  'libvterm0',
  'lua-lpeg',
  'lua-luv',
  'libc6',
  'libgcc-s1',
];
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

export interface NewerNeovim {
  command?: string;
  version?: string;
  /** Why there is no command. */
  reason?: string;
}

/** `nvim --version`'s first line's version ("0.10.4"), or undefined if it does not run. */
export function neovimVersion(command: string): string | undefined {
  try {
    const out = execFileSync(command, ['--version'], { encoding: 'utf8', timeout: 20_000 });
    return /^NVIM v(\d+\.\d+\.\d+)/m.exec(out)?.[1];
  } catch {
    return undefined;
  }
}

export const atLeast08 = (version: string): boolean => {
  const [major, minor] = version.split('.').map(Number);
  return major > 0 || minor >= 8;
};

export function newerNeovim(log: (line: string) => void): NewerNeovim {
  const given = process.env.MORTGAGE_LENS_NVIM_08;
  if (given) {
    const version = neovimVersion(given);
    if (!version) return { reason: `MORTGAGE_LENS_NVIM_08=${given} does not run` };
    if (!atLeast08(version)) return { reason: `MORTGAGE_LENS_NVIM_08=${given} is Neovim ${version}` };
    return { command: given, version };
  }
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return { reason: `trixie's amd64 packages do not run on ${process.platform}/${process.arch}` };
  const dir = path.join(cacheRoot(), `neovim-${SUITE}`);
  const root = path.join(dir, 'root');
  const command = path.join(dir, 'nvim');
  if (!fs.existsSync(command)) {
    const why = fetch(dir, root, log);
    if (why) return { reason: why };
    const libs = path.join(root, 'usr/lib/x86_64-linux-gnu');
    fs.writeFileSync(
      command,
      [
        '#!/bin/sh',
        `# Debian ${SUITE}'s nvim with its own C library, without installing it (test/editors/newerNeovim.ts).`,
        `VIMRUNTIME='${path.join(root, 'usr/share/nvim/runtime')}'`,
        'export VIMRUNTIME',
        `exec '${path.join(libs, 'ld-linux-x86-64.so.2')}' --library-path '${libs}' '${path.join(root, 'usr/bin/nvim')}' "$@"`,
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
  }
  const version = neovimVersion(command);
  if (!version) return { reason: `${command} (Debian ${SUITE}'s neovim) does not start` };
  return { command, version };
}

/** Downloads and unpacks the packages into `root`; returns why it could not, or undefined. */
function fetch(dir: string, root: string, log: (line: string) => void): string | undefined {
  for (const tool of ['apt-get', 'dpkg-deb'])
    if (onPath(tool) === undefined) return `${tool} is not installed (not a Debian system)`;
  if (!fs.existsSync(KEYRING)) return `${KEYRING} is missing (debian-archive-keyring)`;
  const staging = `${dir}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const state = path.join(staging, 'apt');
  const debs = path.join(staging, 'debs');
  for (const d of ['lists/partial', 'cache/archives/partial'])
    fs.mkdirSync(path.join(state, d), { recursive: true });
  fs.mkdirSync(debs, { recursive: true });
  const sources = path.join(state, 'sources.list');
  fs.writeFileSync(sources, `deb [signed-by=${KEYRING}] http://deb.debian.org/debian ${SUITE} main\n`);
  const apt = [
    `-o`,
    `Dir::Etc::sourcelist=${sources}`,
    '-o',
    'Dir::Etc::sourceparts=-',
    '-o',
    `Dir::State::Lists=${path.join(state, 'lists')}`,
    '-o',
    `Dir::Cache=${path.join(state, 'cache')}`,
    '-o',
    'Debug::NoDropPrivs=1',
  ];
  try {
    log(`fetching Debian ${SUITE}'s neovim into ${dir} (once)`);
    execFileSync('apt-get', [...apt, 'update'], { stdio: 'pipe', timeout: 300_000 });
    execFileSync('apt-get', [...apt, 'download', ...PACKAGES], {
      cwd: debs,
      stdio: 'pipe',
      timeout: 300_000,
    });
    for (const deb of fs.readdirSync(debs).filter((f) => f.endsWith('.deb')))
      execFileSync('dpkg-deb', ['-x', path.join(debs, deb), path.join(staging, 'root')], { stdio: 'pipe' });
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.renameSync(path.join(staging, 'root'), root);
    return undefined;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n').slice(-2).join(' ');
    return `could not fetch Debian ${SUITE}'s neovim: ${stderr || (error as Error).message}`;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
