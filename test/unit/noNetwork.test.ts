// No network, no telemetry, nothing executed: the sources of the server, the CLI and the extension
// import no networking or process module and never build code at run time (no eval, new Function,
// dynamic require or import), and no telemetry package is a dependency. test/lsp/untrustedWorkspace.test.ts
// checks the same at run time on a workspace full of bait.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

const NETWORK_OR_PROCESS =
  /\bfrom\s+'(?:node:)?(http|https|http2|net|tls|dgram|dns|child_process|cluster|vm|inspector)'/;
const CODE_AT_RUN_TIME = [
  /\beval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /\brequire\s*\(\s*[^'"\s]/, // require of a computed name
  /\bimport\s*\(/, // dynamic import
  /\bfetch\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\.telemetry\b/,
];

describe('no network, no telemetry, nothing executed (sources)', () => {
  const files = [...sources(path.join(root, 'server/src')), ...sources(path.join(root, 'client/src'))];

  it('imports no networking or process module', () => {
    const found = files.flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => NETWORK_OR_PROCESS.test(line))
        .map((line) => `${path.relative(root, file)}: ${line.trim()}`),
    );
    assert.deepEqual(found, []);
  });

  it('builds no code at run time and makes no web request', () => {
    const found = files.flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*)/.test(line))
        .filter((line) => CODE_AT_RUN_TIME.some((pattern) => pattern.test(line)))
        .map((line) => `${path.relative(root, file)}: ${line.trim()}`),
    );
    assert.deepEqual(found, []);
  });

  it('depends on no telemetry package', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
    assert.deepEqual(
      names.filter((name) =>
        /telemetry|insights|analytics|sentry|segment|mixpanel|amplitude|posthog/i.test(name),
      ),
      [],
    );
  });
});
