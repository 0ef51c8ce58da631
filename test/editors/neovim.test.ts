// Neovim's own LSP client (headless nvim, driven by neovim.lua) against `node bin/mortgage-lens.js lsp --stdio`:
// diagnostics arrive, hover shows a term's definition, the first quick fix is applied and :write puts the
// reworded sentence on disk. Neovim must be installed (Debian: apt-get install -y neovim; .ci/run does it);
// this layer installs nothing and fails, not skips, without it.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyFirstFix, builtInGlossary, documentOf } from '../helpers';
import { ensureNeovim } from '../vscode/install';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const DRIVER = path.join(REPO_ROOT, 'test/editors/neovim.lua');
const BIN = path.join(REPO_ROOT, 'bin/mortgage-lens.js');
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
  written?: boolean;
  cleared?: boolean;
  error?: string;
}

function onPath(command: string): boolean {
  if (path.isAbsolute(command)) return fs.existsSync(command);
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir !== '' && fs.existsSync(path.join(dir, command)));
}

/** Runs the driver in headless Neovim on `file`; resolves with what it recorded, or rejects with its output. */
function drive(file: string, resultFile: string): Promise<Observed> {
  return new Promise((resolve, reject) => {
    // --clean: no user config or plugins, as a bug report would run it; filetype detection stays on.
    const child = spawn(NVIM, ['--headless', '--clean', '-c', `luafile ${DRIVER}`], {
      cwd: path.dirname(file),
      env: {
        ...process.env,
        ML_FILE: file,
        ML_RESULT: resultFile,
        ML_CMD: JSON.stringify([process.execPath, BIN, 'lsp', '--stdio']),
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

describe('Neovim (headless) with mortgage-lens lsp --stdio', function () {
  this.timeout(60_000);
  let folder: string;
  let observed: Observed;
  const file = () => path.join(folder, 'faq.md');

  before(async () => {
    // Debian's package, installed on first use like chromium for the VS Code layer (as root).
    if (!process.env.MORTGAGE_LENS_NVIM) ensureNeovim();
    if (!onPath(NVIM))
      throw new Error(
        `Neovim (${NVIM}) is not installed, so this layer cannot run. Install it first: ` +
          'apt-get install -y neovim, or set MORTGAGE_LENS_NVIM to an nvim binary.',
      );
    folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-nvim-')));
    fs.writeFileSync(file(), TEXT);
    observed = await drive(file(), path.join(folder, 'result.json'));
  });
  after(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('starts the client with the API the Neovim version has', () => {
    const [major, minor] = observed.nvim.split('.').map(Number);
    const hasStart = major > 0 || minor >= 8;
    assert.equal(observed.api, hasStart ? 'vim.lsp.start' : 'vim.lsp.start_client', observed.nvim);
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
