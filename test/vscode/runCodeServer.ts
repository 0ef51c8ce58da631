// Runs test/vscode/suite inside the real extension host of code-server (VS Code 1.100.3) and reports the results.
// A tiny runner extension, generated into the throwaway extensions folder, calls the suite's run() on startup;
// the suite writes results.json and the runner extension a DONE file into a folder named by an environment
// variable set on code-server, which the extension host inherits.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openWorkbench, type Workbench } from './browser';
import {
  REPO_ROOT,
  copyFolder,
  installBuiltExtension,
  startCodeServer,
  tailFile,
  type CodeServer,
} from './codeServer';
import { RESULTS_DIR_ENV, type TestResult } from './results';
import { runUiTests } from './ui/uiTests';

const SUITE_INDEX = path.join(REPO_ROOT, 'out', 'test', 'vscode', 'suite', 'index.js');
const WORKSPACE = path.join(REPO_ROOT, 'test', 'vscode', 'workspace');
const TIMEOUT_MS = Number(process.env.MORTGAGE_LENS_VSCODE_TIMEOUT_MS ?? 180_000);

function writeRunnerExtension(extensionsDir: string): void {
  const folder = path.join(extensionsDir, 'mortgage-lens.vscode-test-runner-0.0.1');
  fs.mkdirSync(folder);
  const manifest = {
    name: 'vscode-test-runner',
    publisher: 'mortgage-lens',
    version: '0.0.1',
    engines: { vscode: '^1.100.0' },
    activationEvents: ['onStartupFinished'],
    main: './extension.js',
  };
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  // Plain JS on purpose: it exists only inside the throwaway extensions folder.
  const source = `const fs = require('fs');
const path = require('path');
exports.activate = () => {
  const resultsDir = process.env[${JSON.stringify(RESULTS_DIR_ENV)}];
  if (!resultsDir) return;
  // Not awaited: activation must finish so the rest of the workbench carries on.
  setTimeout(async () => {
    try {
      await require(${JSON.stringify(SUITE_INDEX)}).run();
    } catch (error) {
      fs.writeFileSync(path.join(resultsDir, 'run-error.txt'), String((error && error.stack) || error));
    } finally {
      fs.writeFileSync(path.join(resultsDir, 'DONE'), '');
    }
  });
};
`;
  fs.writeFileSync(path.join(folder, 'extension.js'), source);
}

async function waitForFile(file: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(file)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/** Everything that helps explain a run that never finished or ran nothing. */
function diagnosticsReport(server: CodeServer, workbench: Workbench | undefined, resultsDir: string): string {
  const parts = [`--- code-server log (${server.logFile}) ---\n${tailFile(server.logFile, 60)}`];
  const logsDir = path.join(server.userDataDir, 'logs');
  if (fs.existsSync(logsDir)) {
    for (const file of fs.readdirSync(logsDir, { recursive: true }) as string[]) {
      if (/(remoteexthost|Mortgage Lens)\.log$/.test(file)) {
        parts.push(`--- ${file} ---\n${tailFile(path.join(logsDir, file), 60)}`);
      }
    }
  }
  const runError = path.join(resultsDir, 'run-error.txt');
  if (fs.existsSync(runError)) parts.push(`--- suite error ---\n${fs.readFileSync(runError, 'utf8')}`);
  if (workbench)
    parts.push(`--- browser console (last 60) ---\n${workbench.consoleLines.slice(-60).join('\n')}`);
  return parts.join('\n');
}

function report(results: TestResult[]): number {
  for (const result of results) {
    const mark = { passed: 'PASS', failed: 'FAIL', pending: 'SKIP' }[result.state];
    console.log(`  ${mark}  ${result.title}${result.state === 'passed' ? ` (${result.durationMs} ms)` : ''}`);
    if (result.error) console.log(result.error.replace(/^/gm, '        '));
  }
  const passed = results.filter((result) => result.state === 'passed').length;
  const failed = results.filter((result) => result.state === 'failed').length;
  const pending = results.length - passed - failed;
  if (pending > 0) console.log(`(${pending} pending)`);
  console.log(`vscode: ${passed} passed, ${failed} failed`);
  if (passed + failed === 0) console.error('No VS Code tests ran: this counts as a failure.');
  return failed > 0 || passed + failed === 0 ? 1 : 0;
}

/** Then, in the same window, the tests that drive the page as a user does (ui/uiTests.ts). */
async function uiTests(workbench: Workbench): Promise<TestResult[]> {
  const started = Date.now();
  const results = await runUiTests(workbench.page);
  if (results.some((r) => r.state === 'failed')) {
    const picture = path.join(os.tmpdir(), 'mortgage-lens-ui-failure.png');
    if (
      await workbench.page.screenshot({ path: picture }).then(
        () => true,
        () => false,
      )
    ) {
      console.error(`what the browser showed when a UI test failed: ${picture}`);
    }
  }
  console.log(`UI tests took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return results;
}

async function main(): Promise<number> {
  if (process.env.MORTGAGE_LENS_SKIP_VSCODE === '1') {
    console.log(
      '!!!! Real VS Code layer SKIPPED on request (MORTGAGE_LENS_SKIP_VSCODE=1): nothing was tested. !!!!',
    );
    return 0;
  }
  if (!fs.existsSync(SUITE_INDEX)) {
    throw new Error(`${SUITE_INDEX} is missing: build first with \`node scripts/build.mjs\``);
  }

  const started = Date.now();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-vscode-run-'));
  const removeScratch = () => fs.rmSync(scratch, { recursive: true, force: true });
  process.once('exit', removeScratch); // also after Ctrl-C
  try {
    const exitCode = await runSuite(scratch);
    console.log(`real VS Code run took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return exitCode;
  } finally {
    removeScratch();
  }
}

async function runSuite(scratch: string): Promise<number> {
  const resultsDir = path.join(scratch, 'results');
  fs.mkdirSync(resultsDir);
  const workspace = copyFolder(WORKSPACE, scratch, 'workspace');
  const server = await startCodeServer({
    env: { [RESULTS_DIR_ENV]: resultsDir },
    installExtensions: (extensionsDir) => {
      installBuiltExtension(extensionsDir);
      writeRunnerExtension(extensionsDir);
    },
  });
  let workbench: Workbench | undefined;
  try {
    console.log(`code-server ${server.url} ready; opening the workbench on ${workspace}`);
    workbench = await openWorkbench(server.workbenchUrl(workspace));

    const done = await waitForFile(path.join(resultsDir, 'DONE'), TIMEOUT_MS);
    const resultsFile = path.join(resultsDir, 'results.json');
    if (!done || !fs.existsSync(resultsFile)) {
      const why = done ? 'the suite finished without results' : `no results within ${TIMEOUT_MS / 1000} s`;
      console.error(`Real VS Code run failed: ${why}.\n${diagnosticsReport(server, workbench, resultsDir)}`);
      console.log('vscode: 0 passed, 0 failed');
      return 1;
    }
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as TestResult[];
    results.push(...(await uiTests(workbench)));
    const exitCode = report(results);
    if (exitCode !== 0) {
      if (process.env.MORTGAGE_LENS_VERBOSE) console.error(diagnosticsReport(server, workbench, resultsDir));
      else
        console.error('Set MORTGAGE_LENS_VERBOSE=1 to see the code-server, extension host and browser logs.');
    }
    return exitCode;
  } finally {
    await workbench?.close();
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Real VS Code tests could not run: ${error.message}`);
    process.exit(1);
  },
);
