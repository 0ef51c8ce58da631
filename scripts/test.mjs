// `npm test`: builds once, then runs every layer — core and CLI (mocha), the real server over stdio
// (mocha), Neovim's LSP client against it (mocha), and the suite inside real VS Code — and ends with one
// summary line per layer and a total.
// Set MORTGAGE_LENS_SKIP_VSCODE=1 to skip the real VS Code layer explicitly (it says so loudly).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { setInterval, clearInterval } from 'node:timers';
import { stripVTControlCharacters } from 'node:util';

const require = createRequire(import.meta.url);
const mocha = require.resolve('mocha/bin/mocha.js');

const layers = [
  { name: 'unit+cli', args: [mocha, '--config', 'test/.mocharc.unit.json'] },
  { name: 'lsp', args: [mocha, '--config', 'test/.mocharc.lsp.json'] },
  // Other editors' real clients (headless Neovim); fails, never skips, when nvim is not installed.
  { name: 'editors', args: [mocha, '--config', 'test/.mocharc.editors.json'] },
  { name: 'vscode', args: ['out/test/vscode/runCodeServer.js'] },
  // The packaged .vsix installed with code-server --install-extension, run as a web extension with workspace trust on.
  { name: 'vsix', args: ['out/test/vscode/runPackaged.js'] },
];

/** How long a layer may print nothing before a progress line says it is still running. */
const QUIET_MS = 15_000;

/**
 * Runs node with args, echoing its output as it arrives, and returns the exit code and what it printed.
 * Some layers are silent for a long time (a mocha hook building fixtures; the VS Code layers report only once
 * the extension host is done): after QUIET_MS without output a line names the layer and the time so far.
 */
function run(args, name) {
  return new Promise((resolve) => {
    const started = Date.now();
    let last = started;
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const heartbeat = setInterval(() => {
      if (Date.now() - last < QUIET_MS) return;
      last = Date.now();
      console.log(`[${name}: still running, ${Math.round((last - started) / 1000)} s]`);
    }, 1000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      last = Date.now();
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      last = Date.now();
      process.stderr.write(chunk);
    });
    child.on('close', (code, signal) => {
      clearInterval(heartbeat);
      resolve({ code: code ?? (signal ? 1 : 0), output });
    });
  });
}

/** Counts from mocha's spec reporter ("N passing", "N failing") or a "name: N passed, M failed" line. */
function counts(output) {
  const plain = stripVTControlCharacters(output);
  const summary = /(\d+) passed, (\d+) failed/.exec(plain);
  if (summary) return { passed: Number(summary[1]), failed: Number(summary[2]) };
  const passing = /^\s*(\d+) passing/m.exec(plain);
  const failing = /^\s*(\d+) failing/m.exec(plain);
  return { passed: passing ? Number(passing[1]) : 0, failed: failing ? Number(failing[1]) : 0 };
}

const build = await run(['scripts/build.mjs'], 'build');
if (build.code !== 0) {
  console.log('\nbuild failed: no test ran\n0 passed, 1 failed');
  process.exit(1);
}

const results = [];
for (const layer of layers) {
  console.log(`\n=== ${layer.name} ===`);
  const started = Date.now();
  const { code, output } = await run(layer.args, layer.name);
  const c = counts(output);
  // A layer that exits non-zero, or runs nothing, fails even when its counts look clean.
  const failed = c.failed + (code !== 0 && c.failed === 0 ? 1 : 0);
  const skipped = /SKIPPED/.test(output) && c.passed === 0;
  // Lines a layer prints to say which paths ran or could not ("[ran] …", "[NOT RUN] …"): repeated below.
  const paths = stripVTControlCharacters(output)
    .split('\n')
    .filter((line) => /^\[(ran|NOT RUN)\] /.test(line));
  results.push({
    ...layer,
    passed: c.passed,
    failed,
    skipped,
    paths,
    seconds: (Date.now() - started) / 1000,
  });
}

console.log('\n=== summary ===');
for (const r of results) {
  const state = r.skipped ? 'SKIPPED on request' : `${r.passed} passed, ${r.failed} failed`;
  console.log(`${r.name.padEnd(9)} ${state} (${r.seconds.toFixed(1)} s)`);
  for (const line of r.paths) console.log(`          ${line}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const empty = results.filter((r) => !r.skipped && r.passed + r.failed === 0);
for (const r of empty) console.log(`${r.name}: ran no test`);
console.log(`${passed} passed, ${failed + empty.length} failed`);
process.exit(failed + empty.length > 0 ? 1 : 0);
