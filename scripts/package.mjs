// `npm run package [-- OUT]`: the .vsix (default ./mortgage-lens.vsix), after a build (--no-build: without). Its README is
// README.md without the screenshots (the parts between <!-- screenshots --> and <!-- /screenshots -->):
// 2 MB of pictures would be twice the package's size budget, and a README showing pictures the
// package lacks would show broken images on the extension's page. The pictures stay in the repository.
// `npm run package -- --ls` lists the files the .vsix would hold (vsce ls), writing nothing.
//
// package.json is also the npm package's manifest (the CLI and server: `npm pack`, `npm publish`),
// whose "files" list chooses what npm ships; vsce refuses a manifest with both "files" and a
// .vscodeignore. So vsce runs in a staging folder holding a copy of package.json without "files"
// and the files .vscodeignore lets through: the .vsix is chosen by .vscodeignore alone, as before.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** README.md as the package shows it. */
export function packageReadme(readme) {
  const text = readme.replace(/<!-- screenshots -->[\s\S]*?<!-- \/screenshots -->\n\n?/g, '');
  const left = /\]\(docs\/screenshots\//.exec(text);
  if (left) {
    const line = text.slice(0, left.index).split('\n').length;
    throw new Error(
      `README.md line ${line} (of the package README): a screenshot outside <!-- screenshots --> markers`,
    );
  }
  return text;
}

/** What the extension's files come from: everything .vscodeignore may let through. */
const STAGED = ['.vscodeignore', 'dist', 'images', 'glossary/schema', 'LICENSE', 'CHANGELOG.md', 'README.md'];

/** A folder holding what vsce needs, with package.json minus its npm "files" list. */
export function stage() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-vsix-'));
  for (const entry of STAGED) {
    const from = path.join(root, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(folder, entry), { recursive: true });
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  delete manifest.files;
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  fs.writeFileSync(
    path.join(folder, 'dist', 'README.md'),
    packageReadme(fs.readFileSync(path.join(root, 'README.md'), 'utf8')),
  );
  return folder;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [given] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const out = path.resolve(given ?? path.join(root, 'mortgage-lens.vsix'));
  const list = process.argv.includes('--ls');
  if (!process.argv.includes('--no-build') && !list) {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const folder = stage();
  const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  try {
    execFileSync(
      process.execPath,
      list
        ? [vsce, 'ls', '--no-dependencies', '--readme-path', path.join('dist', 'README.md')]
        : [
            vsce,
            'package',
            '--no-dependencies',
            '--allow-missing-repository',
            '--no-rewrite-relative-links',
            '--readme-path',
            path.join('dist', 'README.md'),
            '--out',
            out,
          ],
      { cwd: folder, stdio: ['ignore', 'inherit', 'inherit'] },
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
