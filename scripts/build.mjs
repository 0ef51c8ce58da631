// One build for everything: type-check and compile to out/ (tests, tools), compile the glossary
// data to dist/glossary.json, and bundle the extension, server and CLI into dist/ with esbuild.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { Buffer } from 'node:buffer';

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
  const web = {
    ...common,
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    conditions: ['browser'],
  };
  // The CLI's start-up is mostly V8 reading its bundle, so libraries only some runs need (team
  // glossaries: ajv and yaml; --fix-dry-run: diff; globs: tinyglobby; a configuration's ignore globs:
  // picomatch; .gitignore files: ignore; a configuration file: jsonc-parser) are bundles of their own in
  // dist/vendor/, required from the CLI bundle on first use. The language server (`lsp --stdio`) is
  // dist/server.js.
  const lazy = ['ajv', 'yaml', 'diff', 'tinyglobby', 'picomatch', 'ignore', 'jsonc-parser'];
  const lazyVendors = {
    name: 'lazy-vendors',
    setup(build) {
      const filter = new RegExp(`^(${lazy.join('|')})$`);
      build.onResolve({ filter }, (args) => ({ path: `./vendor/${args.path}.js`, external: true }));
      build.onResolve({ filter: /^\.\/server$/ }, () => ({ path: './server.js', external: true }));
    },
  };
  // `import * as fs from 'node:fs'` in each of a dozen modules makes esbuild copy fs's hundred
  // properties into a new namespace object per module at load (about half a megabyte of garbage and
  // a millisecond of start-up): one module per built-in, shared, that re-exports its names.
  const sharedBuiltins = {
    name: 'shared-builtins',
    setup(build) {
      build.onResolve({ filter: /^node:(fs|path|os)$/ }, (args) =>
        args.namespace === 'shared-builtin'
          ? { path: args.path, external: true }
          : { path: args.path, namespace: 'shared-builtin' },
      );
      // Its names listed, not `export *`: esbuild then reads each from Node's module where it is
      // used, instead of copying all of them into a namespace object at load.
      build.onLoad({ filter: /.*/, namespace: 'shared-builtin' }, (args) => ({
        contents: `export { ${Object.keys(require(args.path)).join(', ')} } from ${JSON.stringify(args.path)};`,
        loader: 'js',
      }));
    },
  };
  // entities (markdown-it's HTML decoder) builds its decode tables at load by splitting a 15,000
  // character string into one string per character. The build reads the string and writes the
  // table's bytes as base64, which Node decodes natively: the same Uint16Array without the garbage or
  // a loop in cold code (about 2 ms of the CLI's start-up). A table written another way by a newer
  // entities is left as it is.
  const entityTables = {
    name: 'entity-tables',
    setup(build) {
      build.onLoad(
        { filter: /[\\/]entities[\\/]lib[\\/]esm[\\/]generated[\\/]decode-data-\w+\.js$/ },
        (args) => {
          const source = fs.readFileSync(args.path, 'utf8');
          const table =
            /new Uint16Array\(\s*(?:\/\/[^\n]*\n\s*)?("(?:[^"\\]|\\.)*")\s*\.split\(""\)\s*\.map\(\(c\) => c\.charCodeAt\(0\)\)\)/;
          const literal = table.exec(source)?.[1];
          if (literal === undefined) return undefined;
          // A JavaScript string literal (\u and \x escapes), read as the module would read it.
          const text = new Function(`return ${literal};`)();
          const bytes = Buffer.alloc(text.length * 2);
          for (let i = 0; i < text.length; i++) bytes.writeUInt16LE(text.charCodeAt(i), i * 2);
          const base64 = bytes.toString('base64');
          // Copied out of the Buffer: its memory may not start at an even offset. swap16 on a
          // big-endian machine.
          const fromBase64 =
            'function fromBase64(s) { const b = Buffer.from(s, "base64"); const a = new Uint16Array(b.length / 2); const v = Buffer.from(a.buffer); b.copy(v); if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) v.swap16(); return a; }\n';
          return {
            contents: fromBase64 + source.replace(table, `fromBase64(${JSON.stringify(base64)})`),
            loader: 'js',
          };
        },
      );
    },
  };
  await Promise.all([
    ...lazy.map((name) =>
      esbuild.build({
        ...common,
        // CommonJS builds: tinyglobby's ES module build needs import.meta.url. jsonc-parser's
        // CommonJS build is UMD, whose requires esbuild cannot follow: its ES module build.
        mainFields: name === 'jsonc-parser' ? ['module', 'main'] : ['main'],
        stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: '.' },
        outfile: `dist/vendor/${name}.js`,
      }),
    ),
    esbuild.build({
      ...common,
      entryPoints: ['client/src/extension.ts'],
      outfile: 'dist/extension.js',
      external: ['vscode'],
    }),
    esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
    esbuild.build({
      ...common,
      entryPoints: ['server/src/cli.ts'],
      outfile: 'dist/cli.js',
      plugins: [lazyVendors, entityTables, sharedBuiltins],
      alias: { 'linkify-it': './server/src/cli/noLinkify.ts' },
    }),
    esbuild.build({
      ...common,
      entryPoints: ['server/src/transport/jsonWorkerThread.ts'],
      outfile: 'dist/jsonWorkerThread.js',
    }),
    // The web extension (vscode.dev, github.dev): the client for VS Code's web extension host, and
    // the server as a browser worker with the glossary inside (no file system to read it from).
    esbuild.build({
      ...web,
      entryPoints: ['client/src/browserExtension.ts'],
      outfile: 'dist/web/extension.js',
      format: 'cjs',
      external: ['vscode'],
    }),
    esbuild.build({
      ...web,
      entryPoints: ['server/src/browserServer.ts'],
      outfile: 'dist/web/server.js',
      format: 'iife',
      alias: { 'mortgage-lens-built-in-glossary': './dist/glossary.json' },
    }),
  ]);

  // V8's code cache for the CLI bundle on Node 20 (bin/mortgage-lens.js reads it; Node >= 22.1 has
  // its own): taken after a check of a one-line file, so it holds the code start-up runs.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-build-'));
  try {
    const sample = path.join(scratch, 'sample.md');
    fs.writeFileSync(sample, 'A foreclosure erases all debt.\n');
    fs.rmSync('dist/cli.cache', { force: true });
    const cache = path.resolve('dist/cli.cache');
    const made = spawnSync(process.execPath, [path.resolve('bin/mortgage-lens.js'), 'check', sample], {
      cwd: scratch,
      env: { ...process.env, MORTGAGE_LENS_WRITE_CODE_CACHE: cache },
      stdio: 'ignore',
    });
    // 1: the sample's finding. Node >= 22.1 keeps its own cache and writes none here.
    if (made.status !== 1 || (!fs.existsSync(cache) && !Module.enableCompileCache)) {
      console.error(`the CLI's code cache was not written (check exited ${made.status})`);
      process.exit(2);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
