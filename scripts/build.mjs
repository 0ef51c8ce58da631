// One build for everything: type-check and compile to out/ (tests, tools), compile the glossary
// data to dist/glossary.json, and bundle the extension, server and CLI into dist/ with esbuild.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit' });

try {
  run([require.resolve('typescript/bin/tsc'), '-p', '.']);
  run(['out/scripts/buildGlossary.js']);
} catch {
  process.exit(2);
}

if (!process.argv.includes('--glossary-only')) {
  // ESM entry points first: jsonc-parser's UMD main has requires esbuild cannot follow.
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    logLevel: 'warning',
    mainFields: ['module', 'main'],
  };
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: ['client/src/extension.ts'],
      outfile: 'dist/extension.js',
      external: ['vscode'],
    }),
    esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
    esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
  ]);
}
