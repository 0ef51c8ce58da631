// The layers the code is built in, as tests: no import circle anywhere in the server or the client.
// Imports are read with TypeScript's own pre-processor, relative ones resolved to files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
const REPO_ROOT = path.resolve(__dirname, '../../..');

/** Every .ts file under `dir`, as paths relative to the repository. */
function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => path.posix.join(dir, name.split(path.sep).join('/')));
}

/** The source files a source file imports (relative imports of code; packages and data are not ours). */
export function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((name) => name.startsWith('.') && !name.endsWith('.json'))
    .map((name) => {
      const base = path.posix.join(path.posix.dirname(file), name);
      const found = [`${base}.ts`, `${base}/index.ts`].find((f) => fs.existsSync(path.join(REPO_ROOT, f)));
      assert.ok(found, `${file} imports ${name}, which is not a TypeScript file`);
      return found;
    });
}

/** The import circles among `files`, each as the files in order (Tarjan's strongly connected components). */
export function importCircles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let next = 0;
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)?.includes(file)) circles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return circles;
}

describe('architecture', () => {
  it('finds an import circle when there is one (the check itself)', () => {
    const dir = fs.mkdtempSync(path.join(REPO_ROOT, 'out', 'circle-'));
    try {
      const rel = path.relative(REPO_ROOT, dir).split(path.sep).join('/');
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = b;\n");
      fs.writeFileSync(
        path.join(dir, 'b.ts'),
        "import type { a } from './a';\nexport const b = 1 as typeof a;\n",
      );
      fs.writeFileSync(path.join(dir, 'c.ts'), "import { a } from './a';\nexport const c = a;\n");
      assert.deepEqual(importCircles(sources(rel)), [[`${rel}/a.ts`, `${rel}/b.ts`]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const folder of ['server/src', 'client/src'])
    it(`has no import circle in ${folder}`, () => {
      assert.deepEqual(importCircles(sources(folder)), []);
    });

  it('lets the client take from the server only the shared protocol, which imports nothing of ours', () => {
    const outside = (folder: string, allowed: string[]) =>
      sources(folder).flatMap((file) =>
        importsOf(file)
          .filter((target) => !allowed.some((prefix) => target.startsWith(prefix)))
          .map((target) => `${file} imports ${target}`),
      );
    assert.deepEqual(outside('client/src', ['client/src/', 'server/src/protocol/']), []);
    assert.deepEqual(outside('server/src/protocol', ['server/src/protocol/']), []);
    // The core, likewise: no adapter (LSP, CLI, project, transport) and no file system reaches into it.
    assert.deepEqual(outside('server/src/core', ['server/src/core/', 'server/src/protocol/']), []);
    const nodeModules = sources('server/src/core').filter((file) =>
      ts
        .preProcessFile(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'), true, true)
        .importedFiles.some((i) => i.fileName.startsWith('node:')),
    );
    assert.deepEqual(nodeModules, []);
  });

  it('keeps only entry points at the top of server/src', () => {
    const top = fs
      .readdirSync(path.join(REPO_ROOT, 'server/src'), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();
    const built = fs.readFileSync(path.join(REPO_ROOT, 'scripts/build.mjs'), 'utf8');
    for (const name of top) assert.ok(built.includes(`server/src/${name}`), `${name} is not an entry point`);
    assert.deepEqual(top, ['browserServer.ts', 'cli.ts', 'server.ts']);
  });
});
