// `npm run package [-- OUT]`: the .vsix (default ./mortgage-lens.vsix), after a build (--no-build: without). Its README is
// README.md without the screenshots (the parts between <!-- screenshots --> and <!-- /screenshots -->):
// 2 MB of pictures would be twice the package's size budget, and a README showing pictures the
// package lacks would show broken images on the extension's page. The pictures stay in the repository.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [given] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const out = path.resolve(given ?? path.join(root, 'mortgage-lens.vsix'));
  if (!process.argv.includes('--no-build')) {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const readme = path.join(root, 'dist', 'README.md');
  fs.writeFileSync(readme, packageReadme(fs.readFileSync(path.join(root, 'README.md'), 'utf8')));
  const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  execFileSync(
    process.execPath,
    [
      vsce,
      'package',
      '--no-dependencies',
      '--allow-missing-repository',
      '--no-rewrite-relative-links',
      '--readme-path',
      path.relative(root, readme),
      '--out',
      out,
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
}
