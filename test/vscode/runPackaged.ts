// The packaged extension as a user gets it: `vsce package` writes the .vsix, `code-server
// --install-extension` installs it into a fresh extensions folder, and VS Code runs it with workspace
// trust ON, on a folder with a team configuration (test/fixtures/project). It runs as a web extension
// (VS Code's web worker extension host in Chromium, the server in a nested worker, team files read
// through VS Code's file system API), as in vscode.dev; the API suite and ui/ cover the desktop one.
// Driven through the page: in Restricted Mode the built-in rules apply and the team's
// .mortgage-lens.json is not read; once the user trusts the folder, the server restarts and the
// team's rules and terms apply.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openWorkbench, type Workbench } from './browser';
import { REPO_ROOT, copyFolder, ensureCodeServer, startCodeServer, type CodeServer } from './codeServer';
import type { TestResult } from './results';
import { Driver } from './ui/driver';

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'project');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  publisher: string;
  name: string;
  version: string;
};
/** By default the packaged extension runs as a web extension; MORTGAGE_LENS_PACKAGED_HOST=node runs the desktop one. */
const WEB = process.env.MORTGAGE_LENS_PACKAGED_HOST !== 'node';
const HOST = WEB ? 'the web extension (browser worker host)' : 'the desktop extension (Node host)';
const INSTALLED_FILES = [
  'package.json',
  'dist/extension.js',
  'dist/server.js',
  'dist/jsonWorkerThread.js',
  'dist/glossary.json',
  'dist/web/extension.js',
  'dist/web/server.js',
  'images/icon.png',
  'glossary/schema/config.schema.json',
];

function packageVsix(scratch: string): string {
  const out = path.join(scratch, 'mortgage-lens.vsix');
  // As `npm run package` does, without building again (the test run has built).
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'package.mjs'), out, '--no-build'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return out;
}

/** `code-server --install-extension`, with its config and data kept inside the throwaway folder. */
function installVsix(vsix: string, extensionsDir: string): string {
  const root = path.dirname(extensionsDir);
  const output = execFileSync(
    process.execPath,
    [
      ensureCodeServer(),
      '--install-extension',
      vsix,
      '--extensions-dir',
      extensionsDir,
      '--user-data-dir',
      path.join(root, 'user-data'),
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, XDG_CONFIG_HOME: path.join(root, 'xdg'), XDG_DATA_HOME: path.join(root, 'xdg') },
    },
  );
  return output;
}

type Check = { title: string; run: () => Promise<void> };

const log = (message: string) => {
  if (process.env.MORTGAGE_LENS_VERBOSE)
    console.log(`[${new Date().toISOString().slice(11, 23)}] ${message}`);
};

async function runChecks(checks: Check[]): Promise<TestResult[]> {
  const results: TestResult[] = [];
  let broken: string | undefined;
  for (const check of checks) {
    if (broken) {
      results.push({ title: check.title, state: 'failed', durationMs: 0, error: `not run: ${broken}` });
      continue;
    }
    const started = Date.now();
    try {
      await check.run();
      results.push({ title: check.title, state: 'passed', durationMs: Date.now() - started });
    } catch (error) {
      broken = `"${check.title}" failed`;
      results.push({
        title: check.title,
        state: 'failed',
        durationMs: Date.now() - started,
        error: (error as Error).stack,
      });
    }
  }
  return results;
}

async function main(): Promise<number> {
  if (process.env.MORTGAGE_LENS_SKIP_VSCODE === '1') {
    console.log('!!!! Packaged extension layer SKIPPED on request (MORTGAGE_LENS_SKIP_VSCODE=1). !!!!');
    return 0;
  }
  const started = Date.now();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-vsix-run-'));
  process.once('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;
  let vsix = '';
  let installLog = '';
  let installedDir = '';

  const checks: Check[] = [
    {
      title: 'vsce packages the extension into a .vsix',
      run: async () => {
        vsix = packageVsix(scratch);
        if (fs.statSync(vsix).size < 100_000) throw new Error(`${vsix} is suspiciously small`);
      },
    },
    {
      title: 'code-server --install-extension installs it cleanly, with the desktop and web bundles',
      run: async () => {
        server = await startCodeServer({
          workspaceTrust: true,
          // The web extension in VS Code's web worker extension host, as in vscode.dev.
          settings: WEB
            ? { 'remote.extensionKind': { [`${MANIFEST.publisher}.${MANIFEST.name}`]: ['web'] } }
            : {},
          installExtensions: (extensionsDir) => {
            installLog = installVsix(vsix, extensionsDir);
            installedDir = path.join(
              extensionsDir,
              `${MANIFEST.publisher}.${MANIFEST.name}-${MANIFEST.version}`,
            );
          },
        });
        if (!/was successfully installed/.test(installLog)) throw new Error(`install said: ${installLog}`);
        const missing = INSTALLED_FILES.filter((file) => !fs.existsSync(path.join(installedDir, file)));
        if (missing.length) throw new Error(`installed without ${missing.join(', ')}`);
        const extra = ['node_modules', 'client', 'server', 'test'].filter((f) =>
          fs.existsSync(path.join(installedDir, f)),
        );
        if (extra.length) throw new Error(`the package should not ship ${extra.join(', ')}`);
        // The extension's page shows the packaged README: every picture it shows must be in the package.
        const readme = fs.readFileSync(path.join(installedDir, 'readme.md'), 'utf8');
        const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
        const broken = pictures.filter(
          (p) => !/^https?:/.test(p) && !fs.existsSync(path.join(installedDir, p)),
        );
        if (broken.length)
          throw new Error(`the packaged README shows missing pictures: ${broken.join(', ')}`);
      },
    },
    {
      title: `in Restricted Mode ${HOST} checks with built-in rules only, ignoring the team configuration`,
      run: async () => {
        log('opening the workbench');
        const workspace = copyFolder(FIXTURE, scratch, 'handbook');
        workbench = await openWorkbench(server!.workbenchUrl(workspace));
        const driver = new Driver(workbench.page);
        await driver.ready();
        log('workbench ready');
        // VS Code asks whether to trust the folder's authors: the user says no.
        const dontTrust = workbench.page
          .locator('.monaco-dialog-box .monaco-button')
          .filter({ hasText: /don.t trust/i });
        await dontTrust.first().click({ timeout: 20_000 });
        await workbench.page.locator('.monaco-dialog-box').waitFor({ state: 'hidden', timeout: 5000 });
        log('not trusted');
        await driver.quickOpen('guide.md', 'A short sale is just another type of foreclosure.');
        log('guide.md open');
        // The team turns short-sale-is-foreclosure off; untrusted, its configuration is not read.
        const rows = await driver.problems(/short-sale-is-foreclosure/);
        log('problems listed');
        if (!rows.some((r) => /deficiency-never/.test(r)))
          throw new Error(`Problems: ${JSON.stringify(rows)}`);
        await driver.closePanel();
        log('panel closed');
      },
    },
    {
      title: `trusting the folder restarts the server of ${HOST}, which applies the team rules and glossary`,
      run: async () => {
        const page = workbench!.page;
        const driver = new Driver(page);
        await driver.runCommand('Workspaces: Manage Workspace Trust');
        await page
          .locator('.workspace-trust-editor .monaco-button')
          .filter({ hasText: /^Trust$/ })
          .first()
          .click({ timeout: 10_000 });
        await page
          .locator('.workspace-trust-editor')
          .filter({ hasText: 'You trust this folder' })
          .waitFor({ timeout: 10_000 });
        await page.locator('.tabs-container .tab').filter({ hasText: 'guide.md' }).first().click();
        await driver.waitForEditorText('A short sale is just another type of foreclosure.');
        // The team's term "cash-out refinance" (alias "cash-out refi") now has a hover.
        log('trusted');
        await driver.hoverOver('cash-out refi', /Cash-out refinance/);
        log('team hover');
        await driver.page.mouse.move(5, 300);
        const rows = await driver.problems(/deficiency-never/);
        if (rows.some((r) => /short-sale-is-foreclosure/.test(r))) {
          throw new Error(`short-sale-is-foreclosure is still listed: ${JSON.stringify(rows)}`);
        }
        // The status bar says where the server runs.
        const label =
          (await driver
            .statusItem('Mortgage Lens')
            .locator('[aria-label]')
            .first()
            .getAttribute('aria-label')) ?? '';
        if (WEB !== /running in the browser/.test(label)) throw new Error(`status bar: "${label}"`);
      },
    },
  ];

  let results: TestResult[] = [];
  try {
    results = await runChecks(checks);
    if (results.some((r) => r.state === 'failed') && workbench) {
      const picture = path.join(os.tmpdir(), 'mortgage-lens-vsix-failure.png');
      if (
        await workbench.page.screenshot({ path: picture }).then(
          () => true,
          () => false,
        )
      ) {
        console.error(`what the browser showed: ${picture}`);
      }
      if (process.env.MORTGAGE_LENS_VERBOSE) console.error(workbench.consoleLines.slice(-60).join('\n'));
    }
  } finally {
    const current = workbench as Workbench | undefined;
    await current?.close();
    const running = server as CodeServer | undefined;
    await running?.stop();
  }
  for (const result of results) {
    const mark = result.state === 'passed' ? 'PASS' : 'FAIL';
    console.log(`  ${mark}  ${result.title}${result.state === 'passed' ? ` (${result.durationMs} ms)` : ''}`);
    if (result.error) console.log(result.error.replace(/^/gm, '        '));
  }
  const passed = results.filter((r) => r.state === 'passed').length;
  const failed = results.length - passed;
  console.log(`packaged extension run took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`vsix: ${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Packaged extension tests could not run: ${error.message}`);
    process.exit(1);
  },
);
