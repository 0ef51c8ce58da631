// `npm run package [-- OUT]`: the .vsix (default ./mortgage-lens.vsix), after a build (--no-build: without).
// `npm run package -- --ls` lists the files the .vsix would hold (vsce ls), writing nothing.
//
// The .vsix has its own README, docs/marketplace/README.md: what a Marketplace or Open VSX reader needs (what it
// does, screenshots, commands, settings, privacy), not the root README's developer sections. Its pictures are
// absolute https links into the repository, since 2 MB of pictures would be twice the package's size budget.
// Every link must be https, an anchor of one of its headings or a file in the .vsix, and a link into this
// repository must name a file that exists here: checked before vsce runs, so a broken link fails the package.
// vsce's own rewriting of relative links stays off: it would point them at a repository silently.
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
import { URL, fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The package README, relative to the repository's root. */
export const README = path.join('docs', 'marketplace', 'README.md');
/** Where the staged README sits; .vscodeignore lets it through and vsce gets it as --readme-path. */
const STAGED_README = path.join('dist', 'README.md');

/** What the extension's files come from: everything .vscodeignore may let through. */
const STAGED = ['.vscodeignore', 'dist', 'images', 'glossary/schema', 'LICENSE', 'CHANGELOG.md'];

/** "https://github.com/owner/name" from package.json's repository (a string or { url }), or undefined. */
export function repositoryUrl(manifest) {
  const url = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const match = /^(?:git\+)?https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url ?? '');
  return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}

/** Problems with the manifest fields the Marketplace and Open VSX pages link to. */
export function manifestProblems(manifest) {
  const problems = [];
  if (!repositoryUrl(manifest)) problems.push('package.json: "repository" must be an https GitHub URL');
  if (!/^https:\/\//.test(manifest.bugs?.url ?? ''))
    problems.push('package.json: "bugs.url" must be an https URL');
  if (!/^https:\/\//.test(manifest.homepage ?? ''))
    problems.push('package.json: "homepage" must be an https URL');
  if (!manifest.license)
    problems.push('package.json: "license" is missing (Open VSX refuses unlicensed extensions)');
  return problems;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading) {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** The file a github.com blob/tree or raw.githubusercontent.com URL names in `repository`, or undefined. */
function repositoryFile(target, repository) {
  if (!repository) return undefined;
  const { host, pathname } = new URL(target);
  const [, owner, name, ...rest] = pathname.split('/');
  const same = `https://github.com/${owner}/${name}` === repository;
  if (host === 'raw.githubusercontent.com' && same) return decodeURIComponent(rest.slice(1).join('/'));
  if (host === 'github.com' && same && (rest[0] === 'blob' || rest[0] === 'tree')) {
    return decodeURIComponent(rest.slice(2).join('/'));
  }
  return undefined;
}

/**
 * Problems with the links and pictures of the package README, each as "line N: reason".
 * `packaged`: the .vsix's files (vsce ls); `repository`: "https://github.com/owner/name".
 */
export function readmeLinkProblems(markdown, packaged, repository) {
  const MarkdownIt = require('markdown-it');
  const tokens = new MarkdownIt().parse(markdown, {});
  const anchors = new Set();
  const links = [];
  let line = 1; // table cells' inline tokens have no map: the nearest block's line stands in
  tokens.forEach((token, i) => {
    if (token.map) line = token.map[0] + 1;
    if (token.type === 'heading_open') anchors.add(slug(tokens[i + 1].content));
    if (token.type !== 'inline') return;
    for (const child of token.children ?? []) {
      const target =
        child.type === 'link_open'
          ? child.attrGet('href')
          : child.type === 'image'
            ? child.attrGet('src')
            : null;
      if (target !== null) links.push({ target, line });
    }
  });
  const files = new Set(packaged);
  const problems = [];
  for (const { target, line } of links) {
    if (target.startsWith('#')) {
      if (!anchors.has(target.slice(1)))
        problems.push(`line ${line}: ${target} is not a heading of this README`);
    } else if (/^https:\/\//.test(target)) {
      const file = repositoryFile(target, repository);
      if (file !== undefined && !fs.existsSync(path.join(root, file))) {
        problems.push(`line ${line}: ${target} names ${file}, which is not in the repository`);
      }
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      if (!target.startsWith('mailto:')) problems.push(`line ${line}: ${target} is not https`);
    } else if (!files.has(path.posix.normalize(target.replace(/[?#].*$/, '').replace(/^\.\//, '')))) {
      problems.push(`line ${line}: ${target} is a relative link to a file the .vsix does not hold`);
    }
  }
  return problems;
}

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
  fs.mkdirSync(path.join(folder, 'dist'), { recursive: true });
  fs.copyFileSync(path.join(root, README), path.join(folder, STAGED_README));
  return folder;
}

const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');

/** The files the .vsix made from a staged folder holds (vsce ls). */
export function packagedFiles(folder) {
  const listed = execFileSync(
    process.execPath,
    [vsce, 'ls', '--no-dependencies', '--readme-path', STAGED_README],
    {
      cwd: folder,
      encoding: 'utf8',
    },
  );
  return listed.split('\n').filter(Boolean);
}

/** Every problem with a staged folder's manifest and README, as lines naming the file. */
export function stagedProblems(folder, files = packagedFiles(folder)) {
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const readme = fs.readFileSync(path.join(folder, STAGED_README), 'utf8');
  return [
    ...manifestProblems(manifest),
    ...readmeLinkProblems(readme, files, repositoryUrl(manifest)).map((problem) => `${README} ${problem}`),
  ];
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
  try {
    const files = packagedFiles(folder);
    const problems = stagedProblems(folder, files);
    if (problems.length > 0) {
      console.error(`The .vsix would ship broken links or manifest fields:\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    } else if (list) {
      console.log(files.join('\n'));
    } else {
      execFileSync(
        process.execPath,
        [
          vsce,
          'package',
          '--no-dependencies',
          '--no-rewrite-relative-links',
          '--readme-path',
          STAGED_README,
          '--out',
          out,
        ],
        { cwd: folder, stdio: ['ignore', 'inherit', 'inherit'] },
      );
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
