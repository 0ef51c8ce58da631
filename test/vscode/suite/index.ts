// Entry point of the real-VS-Code suite, loaded inside the extension host by both runners: @vscode/test-electron
// calls `run()` directly; under code-server a small runner extension calls it (see runCodeServer.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { RESULTS_DIR_ENV, type TestResult } from '../results';

function errorText(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const testFiles = fs
    .readdirSync(__dirname)
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  for (const file of testFiles) mocha.addFile(path.join(__dirname, file));
  await mocha.loadFilesAsync();

  const results: TestResult[] = [];
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (test) =>
      results.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }),
    );
    runner.on('fail', (test, error) =>
      results.push({
        title: test.fullTitle(),
        state: 'failed',
        durationMs: test.duration ?? 0,
        error: errorText(error),
      }),
    );
    runner.on('pending', (test) =>
      results.push({ title: test.fullTitle(), state: 'pending', durationMs: 0 }),
    );
  });

  const resultsDir = process.env[RESULTS_DIR_ENV];
  if (resultsDir) fs.writeFileSync(path.join(resultsDir, 'results.json'), JSON.stringify(results, null, 2));

  const passed = results.filter((result) => result.state === 'passed').length;
  const failed = results.filter((result) => result.state === 'failed').length;
  console.log(`vscode: ${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} of ${passed + failed} VS Code tests failed`);
  if (passed === 0) throw new Error(`no VS Code tests ran (looked for *.test.js in ${__dirname})`);
}
