// Runs test/vscode/suite in desktop VS Code through @vscode/test-electron, for machines that can download VS Code
// from update.code.visualstudio.com (CI images here cannot: use runCodeServer.ts there). Same suite, same run().
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO_ROOT, cacheRoot, copyFolder } from './codeServer';

// The VS Code that code-server 4.100.3 ships, so both runners test the same editor; override to try others.
const VSCODE_VERSION = process.env.MORTGAGE_LENS_VSCODE_VERSION ?? '1.100.3';

async function main(): Promise<number> {
  if (process.env.MORTGAGE_LENS_SKIP_VSCODE === '1') {
    console.log(
      '!!!! Real VS Code layer SKIPPED on request (MORTGAGE_LENS_SKIP_VSCODE=1): nothing was tested. !!!!',
    );
    return 0;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.warn('No display found: desktop VS Code needs one on Linux, e.g. run this under `xvfb-run -a`.');
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-electron-'));
  try {
    const workspace = copyFolder(path.join(REPO_ROOT, 'test', 'vscode', 'workspace'), scratch, 'workspace');
    return await runTests({
      version: VSCODE_VERSION,
      cachePath: path.join(cacheRoot(), 'vscode-test'),
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: path.join(REPO_ROOT, 'out', 'test', 'vscode', 'suite', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions; the one under test still loads
        `--user-data-dir=${path.join(scratch, 'user-data')}`,
        `--extensions-dir=${path.join(scratch, 'extensions')}`,
      ],
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    // runTests rejects when VS Code exits non-zero (a failing suite) as well as when the download fails.
    console.error(`VS Code tests (electron) failed: ${error.message}`);
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo/.test(error.message)) {
      console.error('VS Code could not be downloaded here; run `npm run test:vscode` (code-server) instead.');
    }
    process.exit(1);
  },
);
