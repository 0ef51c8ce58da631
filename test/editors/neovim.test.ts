// Neovim's own LSP client (headless nvim, driven by neovim.lua) against `mortgage-lens lsp --stdio`, started
// by the README's own init.lua lines for that Neovim (a FileType autocmd; `mortgage-lens` on PATH): diagnostics
// arrive, hover shows a term's definition, the first quick fix is applied and :write puts the reworded
// sentence on disk. Run with the system's Neovim (Debian 12: 0.7.2, the vim.lsp.start_client path; installed
// on first use) and with a Neovim 0.8+ for the vim.lsp.start path: the system's if it is one, else
// MORTGAGE_LENS_NVIM_08, else Debian trixie's fetched into the cache folder (see newerNeovim.ts). Without the
// system's Neovim the layer fails; a 0.8+ path that could not run is printed as NOT RUN with the reason, and
// scripts/test.mjs repeats that line in its summary.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyFirstFix, builtInGlossary, documentOf } from '../helpers';
import { ensureNeovim, onPath } from '../vscode/install';
import { atLeast08, neovimVersion, newerNeovim } from './newerNeovim';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const DRIVER = path.join(REPO_ROOT, 'test/editors/neovim.lua');
const BIN = path.join(REPO_ROOT, 'bin/mortgage-lens.js');
const README = path.join(REPO_ROOT, 'README.md');
const NVIM = process.env.MORTGAGE_LENS_NVIM || 'nvim';

const TEXT = '# Questions\n\nForeclosure erases all debt.\n\nA deficiency judgment may follow the sale.\n';
const HOVER_AT = { line: 4, character: 5 }; // inside "deficiency judgment"

interface Observed {
  nvim: string;
  api: string;
  filetype: string;
  diagnostics?: { lnum: number; col: number; severity: number; message: string }[];
  hover?: string | null;
  action?: string;
  titles?: string[];
  written?: boolean;
  cleared?: boolean;
  error?: string;
}

/**
 * The README's init.lua lines for this Neovim: the lua block after "Neovim 0.8 and newer" or after
 * "Neovim 0.7" in its "Other editors" section.
 */
function readmeConfig(version: string): string {
  const readme = fs.readFileSync(README, 'utf8');
  const section = readme.slice(readme.indexOf('## Other editors'));
  const heading = atLeast08(version) ? 'Neovim 0.8 and newer' : 'Neovim 0.7 (';
  const at = section.indexOf(heading);
  const fence = at < 0 ? -1 : section.indexOf('```lua\n', at);
  const end = fence < 0 ? -1 : section.indexOf('\n```', fence);
  assert.ok(end > 0, `README "Other editors" has no lua block after "${heading}"`);
  return section.slice(fence + '```lua\n'.length, end);
}

/**
 * Runs the driver in headless Neovim `nvim` on `file` with the README's config for that Neovim and a
 * `mortgage-lens` command on PATH; resolves with what it recorded, or rejects with its output.
 */
function drive(nvim: string, version: string, file: string, resultFile: string): Promise<Observed> {
  const folder = path.dirname(resultFile);
  const config = path.join(folder, 'init.lua');
  fs.writeFileSync(config, readmeConfig(version));
  const bin = path.join(folder, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'mortgage-lens'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`, {
    mode: 0o755,
  });
  return new Promise((resolve, reject) => {
    // --clean: no user config or plugins, as a bug report would run it; filetype detection stays on.
    const child = spawn(nvim, ['--headless', '--clean', '-c', `luafile ${DRIVER}`], {
      cwd: path.dirname(file),
      env: {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        ML_FILE: file,
        ML_RESULT: resultFile,
        ML_CONFIG: config,
        ML_HOVER_AT: JSON.stringify(HOVER_AT),
        XDG_STATE_HOME: path.dirname(resultFile), // the LSP log goes here, not to the user's folder
        XDG_DATA_HOME: path.dirname(resultFile),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let observed: Observed | undefined;
      try {
        observed = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Observed;
      } catch {
        // reported below with nvim's output
      }
      if (observed && code === 0) resolve(observed);
      else
        reject(
          new Error(
            `nvim exited with ${signal ?? code}: ${observed?.error ?? 'no result written'}\n${output.trim()}`,
          ),
        );
    });
  });
}

/** The Neovims this layer runs: the system's, and one 0.8+ for the vim.lsp.start path (or why none). */
function neovims(): { runs: { label: string; command: string; version: string }[]; notRun: string[] } {
  // Debian's package, installed on first use like chromium for the VS Code layer (as root).
  if (!process.env.MORTGAGE_LENS_NVIM) ensureNeovim();
  const version = onPath(NVIM) !== undefined ? neovimVersion(NVIM) : undefined;
  if (!version)
    throw new Error(
      `Neovim (${NVIM}) is not installed or does not start, so this layer cannot run. Install it first: ` +
        'apt-get install -y neovim, or set MORTGAGE_LENS_NVIM to an nvim binary.',
    );
  const runs = [{ label: `the system's Neovim ${version}`, command: NVIM, version }];
  const notRun: string[] = [];
  if (atLeast08(version))
    notRun.push(`Neovim 0.7 path (vim.lsp.start_client): the system's Neovim is ${version}`);
  else {
    const newer = newerNeovim((line) => console.log(`[editors] ${line}`));
    if (newer.command)
      runs.push({
        label: `Neovim ${newer.version} (${newer.command})`,
        command: newer.command,
        version: newer.version!,
      });
    else notRun.push(`Neovim 0.8+ path (vim.lsp.start): ${newer.reason}`);
  }
  return { runs, notRun };
}

const { runs, notRun } = neovims();

after(() => {
  // Which paths ran, where a green run shows it (scripts/test.mjs repeats these lines in its summary).
  for (const run of runs)
    console.log(
      `[ran] ${run.label}: ${atLeast08(run.version) ? 'vim.lsp.start' : 'vim.lsp.start_client'} (the README's config)`,
    );
  for (const line of notRun) console.log(`[NOT RUN] ${line}`);
});

for (const run of runs) {
  describe(`${run.label} with mortgage-lens lsp --stdio (headless)`, function () {
    this.timeout(60_000);
    let folder: string;
    let observed: Observed;
    const file = () => path.join(folder, 'faq.md');

    before(async () => {
      folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-nvim-')));
      fs.writeFileSync(file(), TEXT);
      observed = await drive(run.command, run.version, file(), path.join(folder, 'result.json'));
    });
    after(() => {
      if (folder) fs.rmSync(folder, { recursive: true, force: true });
    });

    it('starts the client with the API the Neovim version has, from the README config', () => {
      assert.equal(observed.nvim, run.version);
      assert.equal(
        observed.api,
        atLeast08(run.version) ? 'vim.lsp.start' : 'vim.lsp.start_client',
        observed.nvim,
      );
      assert.equal(observed.filetype, 'markdown');
    });

    it('shows the risky claim as a warning on its line', () => {
      const rule = builtInGlossary().rules.find((r) => r.id === 'foreclosure-erases-debt');
      assert.ok(rule);
      assert.deepEqual(observed.diagnostics, [
        { lnum: 2, col: 0, severity: 2 /* vim.diagnostic.severity.WARN */, message: rule.message },
      ]);
    });

    it('hovers "deficiency judgment" with its definition', () => {
      const term = builtInGlossary().terms.find((t) => t.id === 'deficiency-judgment');
      assert.ok(term);
      assert.equal(typeof observed.hover, 'string', JSON.stringify(observed.hover));
      assert.match(observed.hover as string, /deficiency judgment/i);
      assert.ok(
        (observed.hover as string).includes(term.definition),
        `the hover holds the definition:\n${observed.hover}`,
      );
    });

    it('lists only quick fixes Neovim can run: no "Turn off" that needs our VS Code client', () => {
      assert.deepEqual(observed.titles, [
        'Reword as “does not always erase”',
        'Ignore this occurrence of foreclosure-erases-debt',
      ]);
    });

    it('applies the first quick fix and :write saves the reworded sentence', () => {
      const expected = applyFirstFix(documentOf(TEXT));
      assert.ok(expected && expected !== TEXT);
      assert.equal(observed.written, true);
      const onDisk = fs.readFileSync(file(), 'utf8');
      assert.equal(onDisk, expected, `after "${observed.action}"`);
      assert.doesNotMatch(onDisk, /Foreclosure erases all debt\./);
      assert.equal(observed.cleared, true, 'the diagnostic went away after the edit');
    });
  });
}
