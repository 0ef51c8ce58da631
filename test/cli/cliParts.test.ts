// The CLI's parts on their own: .gitignore semantics checked against git itself, the escaping of
// GitHub workflow commands and of the glossary appendix, "did you mean", when colour is on, the
// progress line's timing, and when worker threads are worth starting.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TermEntry } from '../../server/src/core/glossaryTypes';
import { formatAppendix } from '../../server/src/core/render/appendix';
import { workerCount } from '../../server/src/cli/analyze';
import { useColour } from '../../server/src/cli/colour';
import { closest } from '../../server/src/project/unknownRules';
import { escapeData, escapeProperty, formatGithub } from '../../server/src/cli/github';
import { GitIgnores } from '../../server/src/cli/gitignore';
import { Progress } from '../../server/src/cli/progress';

describe('CLI parts', () => {
  describe('GitIgnores agrees with git check-ignore', () => {
    let dir: string;
    const files = [
      'a.md',
      'debug.log.md',
      'build/out.md',
      'build/keep.md',
      'docs/a.md',
      'docs/build/b.md',
      'docs/tmp.md',
      'docs/sub/tmp.md',
      'docs/sub/keep.tmp.md',
      'docs/sub/deeper/x.md',
      'only/dir.md',
      'rooted.md',
      'docs/rooted.md',
      'vendor/lib/readme.md',
      'vendor/lib/keep.md',
    ];
    const gitignores: Record<string, string> = {
      '.gitignore':
        '# comment\n*.log.md\nbuild/\n!build/keep.md\n/rooted.md\nvendor/lib\n!vendor/lib/keep.md\n',
      'docs/.gitignore': 'tmp.md\nonly/\n',
      'docs/sub/.gitignore': '!keep.tmp.md\ndeeper\n*.tmp.md\n!keep.tmp.md\n',
    };

    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-gitignore-'));
      assert.equal(spawnSync('git', ['init', '-q'], { cwd: dir }).status, 0, 'git init');
      for (const file of [...files, ...Object.keys(gitignores)]) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), gitignores[file] ?? 'x\n');
      }
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('for files and folders, with negations, nested files, anchored and folder-only patterns', () => {
      const git = spawnSync('git', ['check-ignore', '--stdin'], {
        cwd: dir,
        input: files.join('\n'),
        encoding: 'utf8',
      });
      const ignoredByGit = new Set(git.stdout.split('\n').filter(Boolean));
      assert.ok(ignoredByGit.size > 3 && ignoredByGit.size < files.length, git.stdout + git.stderr);
      const ours = new GitIgnores();
      for (const file of files) {
        assert.equal(Boolean(ours.ignoredBy(path.join(dir, file))), ignoredByGit.has(file), file);
      }
    });

    it('names the .gitignore that decided', () => {
      const ours = new GitIgnores();
      assert.equal(ours.ignoredBy(path.join(dir, 'docs/tmp.md')), path.join(dir, 'docs/.gitignore'));
      assert.equal(ours.ignoredBy(path.join(dir, 'build/out.md')), path.join(dir, '.gitignore'));
      assert.equal(ours.ignoredBy(path.join(dir, 'build'), true), path.join(dir, '.gitignore'));
      assert.equal(ours.ignoredBy(path.join(dir, 'a.md')), undefined);
    });
  });

  describe('GitHub workflow commands', () => {
    it('escape %, CR and LF in the message, and also : and , in properties', () => {
      assert.equal(escapeData('100% sure\r\nnext: a, b'), '100%25 sure%0D%0Anext: a, b');
      assert.equal(escapeProperty('C:\\docs\\a, b%.md'), 'C%3A\\docs\\a%2C b%25.md');
    });

    it('map severities to error, warning and notice', () => {
      const diagnostic = (severity: 'error' | 'warning' | 'information' | 'hint') => ({
        rule: 'r',
        severity,
        message: 'm\nn',
        range: { start: { line: 0, character: 0 }, end: { line: 1, character: 2 } },
        fixes: [],
      });
      const output = formatGithub({
        files: [
          {
            path: 'a.md',
            diagnostics: [
              diagnostic('error'),
              diagnostic('warning'),
              diagnostic('information'),
              diagnostic('hint'),
            ],
          },
        ],
      });
      const properties = 'file=a.md,line=1,col=1,endLine=2,endColumn=3,title=r';
      assert.equal(
        output,
        [
          `::error ${properties}::m%0An`,
          `::warning ${properties}::m%0An`,
          `::notice ${properties}::m%0An`,
          `::notice ${properties}::m%0An`,
        ].join('\n'),
      );
    });
  });

  describe('glossary appendix', () => {
    const term = (over: Partial<TermEntry>): TermEntry => ({
      id: 'x',
      term: 'x',
      definition: 'd',
      why_it_matters: '',
      where_it_appears: '',
      differs_from: [],
      knowledge_check: [],
      sources: [],
      ...over,
    });

    it('escapes glossary text as the hover does (tags as entities), links only http(s) addresses, and encodes parentheses in them', () => {
      const output = formatAppendix([
        term({
          term: 'escrow *cushion*',
          definition: 'A <b>buffer</b> of up to 1/6 [sic] of the `annual` total_amount.',
          sources: [
            { title: 'RESPA (Reg. X)', url: 'https://example.org/a_(b)', citation: '12 CFR § 1024.17' },
            { title: 'Not a link', url: 'javascript:alert(1)' },
          ],
        }),
        term({ term: 'b', definition: 'e', sources: [{ title: 'Ends with a period.' }] }),
        term({ term: 'c', definition: 'f' }),
      ]);
      assert.equal(
        output,
        [
          '## Glossary',
          '',
          '**Escrow \\*cushion\\*.** A &lt;b&gt;buffer&lt;/b&gt; of up to 1/6 \\[sic\\] of the \\`annual\\` total\\_amount.',
          '',
          'Sources: [RESPA \\(Reg. X\\)](https://example.org/a_%28b%29), 12 CFR § 1024.17; Not a link.',
          '',
          '**B.** e',
          '',
          'Source: Ends with a period.',
          '',
          '**C.** f',
        ].join('\n'),
      );
    });

    it('is empty when no term is used', () => {
      assert.equal(formatAppendix([]), '');
    });
  });

  describe('"did you mean"', () => {
    const known = ['foreclosure-erases-debt', 'deficiency-never', 'short-sale-is-foreclosure'];
    it('suggests the nearest id for a slip, nothing for something else', () => {
      assert.equal(closest('foreclosure-erase-debt', known), 'foreclosure-erases-debt');
      assert.equal(closest('deficiency-nevr', known), 'deficiency-never');
      assert.equal(closest('shortsale-is-foreclosure', known), 'short-sale-is-foreclosure');
      assert.equal(closest('balloon', known), undefined);
    });
  });

  describe('colour', () => {
    const tty = { isTTY: true };
    const pipe = { isTTY: false };
    it('FORCE_COLOR decides when set, then NO_COLOR, then whether it is a terminal', () => {
      assert.equal(useColour(tty, {}), true);
      assert.equal(useColour(pipe, {}), false);
      assert.equal(useColour(tty, { TERM: 'dumb' }), false);
      assert.equal(useColour(tty, { NO_COLOR: '1' }), false);
      assert.equal(useColour(tty, { NO_COLOR: '' }), true);
      assert.equal(useColour(pipe, { FORCE_COLOR: '1' }), true);
      assert.equal(useColour(pipe, { FORCE_COLOR: '' }), true);
      assert.equal(useColour(pipe, { FORCE_COLOR: '3', NO_COLOR: '1' }), true);
      assert.equal(useColour(tty, { FORCE_COLOR: '0' }), false);
      assert.equal(useColour(tty, { FORCE_COLOR: 'false' }), false);
    });
  });

  describe('progress line', () => {
    const stream = (isTTY: boolean) => {
      const writes: string[] = [];
      return { isTTY, writes, write: (text: string) => writes.push(text) };
    };

    it('waits half a second, redraws at most every 100 ms, and erases itself', () => {
      let now = 1000;
      const out = stream(true);
      const progress = new Progress(50, out, () => now);
      for (const [at, done] of [
        [1100, 1],
        [1499, 2],
        [1500, 3],
        [1550, 4],
        [1599, 5],
        [1600, 6],
        [1700, 50],
      ]) {
        now = at;
        progress.update(done);
      }
      progress.end();
      assert.deepEqual(out.writes, [
        '\r\x1b[Kmortgage-lens: 3/50 files',
        '\r\x1b[Kmortgage-lens: 6/50 files',
        '\r\x1b[Kmortgage-lens: 50/50 files',
        '\r\x1b[K',
      ]);
    });

    it('writes nothing off a terminal, and nothing at the end of a short run', () => {
      let now = 0;
      const pipe = stream(false);
      const progress = new Progress(5, pipe, () => now);
      now = 10_000;
      progress.update(5);
      progress.end();
      assert.deepEqual(pipe.writes, []);
      const tty = stream(true);
      const short = new Progress(5, tty, () => 0);
      short.update(5);
      short.end();
      assert.deepEqual(tty.writes, []);
    });
  });

  describe('when worker threads pay', () => {
    const files = (count: number, kilobytes: number) =>
      Array.from({ length: count }, () => ({ text: 'x'.repeat(kilobytes * 1024) }));

    it('auto: only when the estimated time saved is worth starting them', () => {
      assert.equal(workerCount(files(40, 3), 'auto', 8), 0); // 120 KB: too little
      assert.equal(workerCount(files(600, 3), 'auto', 2), 0); // 1.8 MB on 2 cores
      assert.equal(workerCount(files(600, 3), 'auto', 1), 0);
      assert.equal(workerCount(files(800, 3), 'auto', 4), 4); // 2.4 MB on 4 cores
      assert.equal(workerCount(files(2500, 3), 'auto', 2), 2); // 7.5 MB on 2 cores
      assert.equal(workerCount(files(3000, 3), 'auto', 64), 8); // at most 8
      assert.equal(workerCount(files(3, 2048), 'auto', 8), 3); // 6 MB in 3 files: one worker each
    });

    it('a number forces that many (at most one per file); off or one file, none', () => {
      assert.equal(workerCount(files(5, 1), 3, 1), 3);
      assert.equal(workerCount(files(2, 1), 3, 8), 2);
      assert.equal(workerCount(files(1, 1), 3, 8), 0);
      assert.equal(workerCount(files(5000, 3), 'off', 8), 0);
    });
  });
});
