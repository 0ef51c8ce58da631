// The .vsix as the Marketplace and Open VSX show it: scripts/package.mjs stages the extension as vsce sees it,
// and this reads that staging folder (vsce ls, no .vsix written; about a second). The extension's page links to
// the manifest's repository, issues and homepage, and shows the package README: every link in it must work
// there, and it is the user-facing README, not the developers' one.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEED_FILE } from '../../server/src/glossary/loadBuiltIn';

const REPO_ROOT = path.resolve(__dirname, '../../..');

interface PackageScript {
  README: string;
  stage(): string;
  packagedFiles(folder: string): string[];
  stagedProblems(folder: string, files?: string[]): string[];
  readmeLinkProblems(markdown: string, packaged: string[], repository: string | undefined): string[];
  repositoryUrl(manifest: unknown): string | undefined;
}

describe('the .vsix for the Marketplace and Open VSX', function () {
  this.timeout(30_000);
  let script: PackageScript;
  let folder: string;
  let files: string[];
  let readme: string;

  before(async () => {
    const url = pathToFileURL(path.join(REPO_ROOT, 'scripts/package.mjs')).href;
    script = (await import(url)) as PackageScript;
    folder = script.stage();
    files = script.packagedFiles(folder);
    readme = fs.readFileSync(path.join(folder, 'dist/README.md'), 'utf8');
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('has repository, bugs and homepage, and every README link resolves', () => {
    assert.deepEqual(script.stagedProblems(folder, files), []);
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
    assert.match(script.repositoryUrl(manifest) ?? '', /^https:\/\/github\.com\/[^/]+\/[^/]+$/);
    assert.equal(manifest.files, undefined, 'vsce refuses "files" next to .vscodeignore');
  });

  // The server bundle loads the glossary and the build's claim index seed from beside itself
  // (loadBuiltInGlossary); without the seed it still works, only slower to start. The lean glossary
  // (about 1 ms of a start) stays out: 27 KB of the .vsix's 1 MB budget.
  it('ships the language server with the glossary and the claim index seed beside it', () => {
    for (const file of ['dist/server.js', 'dist/glossary.json', `dist/${SEED_FILE}`])
      assert.ok(files.includes(file), `${file} is not in the .vsix: ${files.join(', ')}`);
  });

  it('ships the user-facing README with screenshots, not the developer sections', () => {
    assert.equal(readme, fs.readFileSync(path.join(REPO_ROOT, script.README), 'utf8'));
    for (const section of ['## Commands', '## Settings', '## Privacy'])
      assert.ok(readme.includes(section), section);
    for (const section of ['## Develop', '## Performance', 'npm ci'])
      assert.ok(!readme.includes(section), section);
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(pictures.length >= 5, `${pictures.length} pictures`);
    for (const picture of pictures) assert.match(picture, /^https:\/\/raw\.githubusercontent\.com\/.+\.png$/);
  });

  it('every contributed command and setting is in the README', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
    for (const setting of Object.keys(manifest.contributes.configuration.properties)) {
      assert.ok(readme.includes(`\`${setting}\``), setting);
    }
    const hidden = new Set(['mortgageLens.openEntry']); // the Mortgage Terms view's inline button only
    for (const command of manifest.contributes.commands) {
      if (!hidden.has(command.command)) assert.ok(readme.includes(`**${command.title}**`), command.title);
    }
  });

  it('reports the root README, whose links are relative to the repository, as broken in the .vsix', () => {
    const root = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const problems = script.readmeLinkProblems(root, files, 'https://github.com/mortgage-lens/mortgage-lens');
    assert.ok(
      problems.some((p) => /docs\/screenshots\/hover\.png is a relative link/.test(p)),
      problems.join('\n'),
    );
    const broken =
      '![x](https://raw.githubusercontent.com/mortgage-lens/mortgage-lens/HEAD/docs/screenshots/no.png)\n';
    assert.deepEqual(
      script.readmeLinkProblems(broken, files, 'https://github.com/mortgage-lens/mortgage-lens'),
      [
        'line 1: https://raw.githubusercontent.com/mortgage-lens/mortgage-lens/HEAD/docs/screenshots/no.png names docs/screenshots/no.png, which is not in the repository',
      ],
    );
  });
});
