// The real command line (bin/mortgage-lens.js → dist/cli.js) on fixture files: exit codes, the
// JSON and text reports, stdin, and how usage and input errors are reported.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { builtInGlossary } from '../helpers';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO_ROOT, 'bin/mortgage-lens.js');
const FIXTURES = 'test/fixtures/cli';
const RISKY = `${FIXTURES}/risky.md`;
const CLEAN = `${FIXTURES}/clean.md`;
const NOTES = `${FIXTURES}/notes.txt`;
const TERMS = `${FIXTURES}/terms.md`;

const RULE = 'foreclosure-erases-debt';
const FIX_TITLE = 'Reword as “does not always erase”';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { input?: string; cwd?: string } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(run: Run): unknown {
  try {
    return JSON.parse(run.stdout);
  } catch {
    assert.fail(`stdout is not JSON: ${run.stdout}\nstderr: ${run.stderr}`);
  }
}

const message = () => {
  const rule = builtInGlossary().rules.find((r) => r.id === RULE);
  assert.ok(rule, `rule ${RULE} is not in the glossary`);
  return rule.message;
};

const range = (sl: number, sc: number, el: number, ec: number) => ({
  start: { line: sl, character: sc },
  end: { line: el, character: ec },
});

/** The finding for "Foreclosure erases all debt." at `line`, starting at `character` (UTF-16). */
/** A fix of one edit, as the JSON contract gives it: in `edits`, and repeated on the fix. */
function oneEdit(replacement: string, at: ReturnType<typeof range>) {
  return { edits: [{ replacement, range: at }], replacement, range: at };
}

function claimAt(line: number, character: number, fix: { replacement: string; from: number; to: number }) {
  return {
    rule: RULE,
    severity: 'warning',
    message: message(),
    range: range(line, character, line, character + 'Foreclosure erases all debt'.length),
    fixes: [{ title: FIX_TITLE, ...oneEdit(fix.replacement, range(line, fix.from, line, fix.to)) }],
  };
}

const RISKY_FINDING = () => claimAt(6, 17, { replacement: 'does not always erase', from: 29, to: 35 });
const NOTES_FINDING = () => ({
  rule: RULE,
  severity: 'warning',
  message: message(),
  range: range(2, 15, 2, 45),
  fixes: [
    {
      title: 'Reword as “does not always wipe out”',
      ...oneEdit('does not always wipe out', range(2, 27, 2, 36)),
    },
  ],
});

function assertUsageError(run: Run, expected: RegExp): void {
  assert.equal(run.status, 2, `exit code; stderr: ${run.stderr}`);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, expected);
  assert.match(run.stderr, /^mortgage-lens: /);
  assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
  assert.doesNotMatch(run.stderr, /internal error/);
}

describe('CLI (bin/mortgage-lens.js)', function () {
  // Each case starts a Node process; leave room for slow machines.
  this.timeout(20_000);

  before(() => {
    assert.ok(
      fs.existsSync(path.join(REPO_ROOT, 'dist/cli.js')),
      'dist/cli.js is missing: run node scripts/build.mjs',
    );
  });

  describe('check --format json', () => {
    it('reports the risky claim with exact UTF-16 ranges and its fix, exit 1', () => {
      const run = cli(['check', '--format', 'json', RISKY]);
      assert.equal(run.status, 1, run.stderr);
      assert.equal(run.stderr, '');
      // Only the prose claim on line 7: not the front matter, the fenced block or the inline code.
      assert.deepEqual(json(run), { files: [{ path: RISKY, diagnostics: [RISKY_FINDING()] }] });
    });

    it('gives back each path exactly as it was given', () => {
      const dotted = `./${RISKY}`;
      assert.deepEqual(json(cli(['check', '--format', 'json', dotted])), {
        files: [{ path: dotted, diagnostics: [RISKY_FINDING()] }],
      });
      const fromFixtures = cli(['check', '--format', 'json', 'risky.md'], {
        cwd: path.join(REPO_ROOT, FIXTURES),
      });
      assert.deepEqual(json(fromFixtures), { files: [{ path: 'risky.md', diagnostics: [RISKY_FINDING()] }] });
      const absolute = path.join(REPO_ROOT, RISKY);
      assert.deepEqual(json(cli(['check', '--format', 'json', absolute])), {
        files: [{ path: absolute, diagnostics: [RISKY_FINDING()] }],
      });
    });

    it('reports every file in the order given, clean ones with no diagnostics', () => {
      const run = cli(['check', '--format', 'json', RISKY, CLEAN, NOTES]);
      assert.equal(run.status, 1);
      assert.deepEqual(json(run), {
        files: [
          { path: RISKY, diagnostics: [RISKY_FINDING()] },
          { path: CLEAN, diagnostics: [] },
          { path: NOTES, diagnostics: [NOTES_FINDING()] },
        ],
      });
    });

    it('reads .txt files as plain text', () => {
      const run = cli(['check', '--format', 'json', NOTES]);
      assert.equal(run.status, 1);
      assert.deepEqual(json(run), { files: [{ path: NOTES, diagnostics: [NOTES_FINDING()] }] });
    });

    it('exits 0 with an empty diagnostics list for a clean file', () => {
      const run = cli(['check', '--format', 'json', CLEAN]);
      assert.equal(run.status, 0);
      assert.deepEqual(json(run), { files: [{ path: CLEAN, diagnostics: [] }] });
    });

    describe('a CRLF file with astral characters', () => {
      let dir: string;
      before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-cli-'));
        const lines = ['# 😀 Notes', '', 'Intro line.', '', '😀 Foreclosure erases all debt.', ''];
        fs.writeFileSync(path.join(dir, 'crlf.md'), lines.join('\r\n'));
      });
      after(() => {
        fs.rmSync(dir, { recursive: true, force: true });
      });

      it('counts lines across CRLF and characters in UTF-16 code units', () => {
        const run = cli(['check', '--format', 'json', 'crlf.md'], { cwd: dir });
        assert.equal(run.status, 1, run.stderr);
        assert.deepEqual(json(run), {
          files: [
            {
              path: 'crlf.md',
              diagnostics: [claimAt(4, 3, { replacement: 'does not always erase', from: 15, to: 21 })],
            },
          ],
        });
      });

      it('gives 1-based columns in UTF-16 code units in the text format', () => {
        const run = cli(['check', 'crlf.md'], { cwd: dir });
        assert.equal(run.stdout, `crlf.md:5:4 warning ${message()} ${RULE}\n1 finding in 1 file(s)\n`);
      });
    });
  });

  describe('check (text format)', () => {
    it('prints path:line:col severity message rule, 1-based, then a summary', () => {
      const run = cli(['check', RISKY, CLEAN, NOTES]);
      assert.equal(run.status, 1);
      assert.equal(run.stderr, '');
      assert.deepEqual(run.stdout.split('\n'), [
        `${RISKY}:7:18 warning ${message()} ${RULE}`,
        `${NOTES}:3:16 warning ${message()} ${RULE}`,
        '2 findings in 2 file(s)',
        '',
      ]);
    });

    it('is the default format and uses the singular for one finding', () => {
      const run = cli(['check', RISKY]);
      assert.equal(run.status, 1);
      assert.equal(run.stdout, `${RISKY}:7:18 warning ${message()} ${RULE}\n1 finding in 1 file(s)\n`);
      assert.deepEqual(cli(['check', '--format', 'text', RISKY]), run);
    });

    it('prints nothing and exits 0 for clean files', () => {
      const run = cli(['check', CLEAN]);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, '');
    });

    // Standard output is written without process.stdout for files, pipes and /dev/null (start-up).
    it('writes the same report to a file, a pipe and /dev/null, uncoloured', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-stdout-'));
      try {
        const out = path.join(dir, 'report.txt');
        const fd = fs.openSync(out, 'w');
        const toFile = spawnSync(process.execPath, [BIN, 'check', RISKY, NOTES], {
          cwd: REPO_ROOT,
          stdio: ['ignore', fd, 'pipe'],
          encoding: 'utf8',
        });
        fs.closeSync(fd);
        const piped = cli(['check', RISKY, NOTES]);
        assert.equal(toFile.status, 1);
        assert.equal(fs.readFileSync(out, 'utf8'), piped.stdout);
        assert.ok(!piped.stdout.includes('\x1b['), 'no colour codes in a pipe');
        const toNull = spawnSync(process.execPath, [BIN, 'check', RISKY], {
          cwd: REPO_ROOT,
          stdio: ['ignore', 'ignore', 'pipe'],
          encoding: 'utf8',
        });
        assert.equal(toNull.status, 1);
        assert.equal(toNull.stderr, '');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('check --stdin', () => {
    const input = 'Intro.\n\nForeclosure erases all debt.\n\n```\nForeclosure erases all debt.\n```\n';

    it('reads markdown from standard input and reports it as <stdin>', () => {
      const run = cli(['check', '--format', 'json', '--stdin', '--language', 'markdown'], { input });
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(json(run), {
        files: [
          {
            path: '<stdin>',
            diagnostics: [claimAt(2, 0, { replacement: 'does not always erase', from: 12, to: 18 })],
          },
        ],
      });
    });

    it('reads plain text from standard input, where fences are just text', () => {
      const run = cli(['check', '--format', 'json', '--stdin', '--language', 'plaintext'], { input });
      assert.equal(run.status, 1, run.stderr);
      const report = json(run) as { files: { path: string; diagnostics: { range: unknown }[] }[] };
      assert.equal(report.files[0]?.path, '<stdin>');
      assert.deepEqual(
        report.files[0]?.diagnostics.map((d) => d.range),
        [range(2, 0, 2, 27), range(5, 0, 5, 27)],
      );
    });

    it('prints <stdin> in the text format', () => {
      const run = cli(['check', '--stdin', '--language', 'markdown'], { input });
      assert.equal(run.stdout, `<stdin>:3:1 warning ${message()} ${RULE}\n1 finding in 1 file(s)\n`);
    });

    it('exits 0 for clean input', () => {
      const run = cli(['check', '--stdin', '--language', 'markdown'], {
        input: 'A short sale may leave a balance.\n',
      });
      assert.equal(run.status, 0);
      assert.equal(run.stdout, '');
    });
  });

  describe('terms', () => {
    it('lists the term mentions of prose as JSON with --format json, with canonical names and the text as written', () => {
      const run = cli(['terms', '--format', 'json', TERMS]);
      assert.equal(run.status, 0, run.stderr);
      // The front matter and the indented code block mention the term too, but are not prose.
      assert.deepEqual(json(run), {
        files: [
          {
            path: TERMS,
            terms: [
              {
                term: 'deficiency judgment',
                id: 'deficiency-judgment',
                text: 'deficiency judgments',
                range: range(4, 32, 4, 52),
              },
            ],
          },
        ],
      });
      // The default is text, as for check: one line per mention, the same mentions.
      const text = cli(['terms', TERMS]);
      assert.equal(text.status, 0, text.stderr);
      assert.equal(
        text.stdout
          .trim()
          .split('\n')
          .filter((line) => /^\S+:\d+:\d+ /.test(line)).length,
        (json(run) as { files: { terms: unknown[] }[] }).files[0].terms.length,
      );
      assert.throws(() => JSON.parse(text.stdout));
    });

    it('lower-cases the canonical name but keeps the document text', () => {
      const run = cli(['terms', '--format', 'json', '--stdin', '--language', 'plaintext'], {
        input: 'Deficiency Judgments differ.\nA Short Sale too.\n',
      });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(json(run), {
        files: [
          {
            path: '<stdin>',
            terms: [
              {
                term: 'deficiency judgment',
                id: 'deficiency-judgment',
                text: 'Deficiency Judgments',
                range: range(0, 0, 0, 20),
              },
              { term: 'short sale', id: 'short-sale', text: 'Short Sale', range: range(1, 2, 1, 12) },
            ],
          },
        ],
      });
    });

    it('exits 0 even when the files hold risky claims', () => {
      const run = cli(['terms', '--format', 'json', RISKY]);
      assert.equal(run.status, 0);
      const report = json(run) as { files: { terms: { id: string; text: string }[] }[] };
      assert.deepEqual(
        report.files[0]?.terms.map((t) => [t.id, t.text]),
        [
          ['foreclosure', 'Foreclosure'],
          ['deficiency-judgment', 'deficiency judgments'],
        ],
      );
    });

    it('prints path:line:col term (text) in the text format', () => {
      const run = cli(['terms', '--format', 'text', TERMS, NOTES]);
      assert.equal(run.status, 0);
      assert.equal(
        run.stdout,
        `${TERMS}:5:33 deficiency judgment (deficiency judgments)\n${NOTES}:3:16 foreclosure (foreclosure)\n`,
      );
    });
  });

  describe('check --fix', () => {
    let dir: string;
    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-fix-'))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('rewrites each file with the preferred fixes, keeps its BOM and mode, and reports nothing left', () => {
      const file = path.join(dir, 'claims.md');
      fs.writeFileSync(
        file,
        '\uFEFFForeclosure erases all debt.\r\n\r\nA deed in lieu releases you from the entire loan.\r\n',
        { mode: 0o640 },
      );
      const run = cli(['check', '--fix', 'claims.md'], { cwd: dir });
      assert.equal(run.status, 0);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /fixed 2 findings/);
      assert.equal(
        fs.readFileSync(file, 'utf8'),
        '\uFEFFForeclosure does not always erase all debt.\r\n\r\nA deed in lieu does not always release you from the entire loan.\r\n',
      );
      assert.equal(fs.statSync(file).mode & 0o777, 0o640);
      assert.deepEqual(fs.readdirSync(dir), ['claims.md'], 'no temporary file is left behind');
    });

    it('leaves a file without findings untouched', () => {
      const file = path.join(dir, 'clean.md');
      fs.writeFileSync(file, 'Foreclosure does not always erase all debt.\n');
      const before = fs.statSync(file).mtimeMs;
      assert.equal(cli(['check', '--fix', 'clean.md'], { cwd: dir }).status, 0);
      assert.equal(fs.statSync(file).mtimeMs, before);
    });

    it('prints the fixed text for --stdin', () => {
      const run = cli(['check', '--fix', '--stdin', '--language', 'plaintext'], {
        input: 'Foreclosure erases all debt.',
      });
      assert.equal(run.status, 0);
      assert.equal(run.stdout, 'Foreclosure does not always erase all debt.');
    });
  });

  describe('byte order mark', () => {
    it('is dropped as editors drop it: front matter is still front matter, columns match', () => {
      const input = '\uFEFF---\ntitle: Foreclosure erases all debt.\n---\nForeclosure erases all debt.\n';
      const run = cli(['check', '--format', 'json', '--stdin', '--language', 'markdown'], { input });
      const report = json(run) as { files: { diagnostics: { range: unknown }[] }[] };
      assert.deepEqual(
        report.files[0].diagnostics.map((d) => d.range),
        [range(3, 0, 3, 27)],
      );
    });
  });

  describe('terms --format text with no mentions', () => {
    it('prints nothing', () => {
      const run = cli(['terms', '--format', 'text', '--stdin', '--language', 'plaintext'], {
        input: 'No terms.',
      });
      assert.equal(run.status, 0);
      assert.equal(run.stdout, '');
    });
  });

  describe('usage and input errors (exit 2, a message, no stack trace)', () => {
    it('a missing file', () => {
      assertUsageError(
        cli(['check', `${FIXTURES}/missing.md`]),
        /test\/fixtures\/cli\/missing\.md: cannot read: no such file/,
      );
      assertUsageError(cli(['terms', `${FIXTURES}/missing.md`]), /missing\.md: cannot read: no such file/);
    });

    it('a missing file among existing ones: nothing is reported on stdout', () => {
      assertUsageError(
        cli(['check', RISKY, `${FIXTURES}/missing.md`]),
        /missing\.md: cannot read: no such file/,
      );
    });

    it('a folder with no file to check', () => {
      assertUsageError(
        cli(['check', 'test/fixtures/project/team-glossary']),
        /test\/fixtures\/project\/team-glossary: no files to check in this folder/,
      );
    });

    it('an unknown command', () => {
      assertUsageError(cli(['frobnicate', RISKY]), /unknown command "frobnicate"/);
    });

    it('an unknown option', () => {
      assertUsageError(cli(['check', '--colour', RISKY]), /--colour/);
    });

    it('a bad --format', () => {
      assertUsageError(
        cli(['check', '--format', 'xml', RISKY]),
        /--format must be text, json, sarif or github, not "xml"/,
      );
      assertUsageError(
        cli(['terms', '--format', 'yaml', TERMS]),
        /--format must be json, text or markdown, not "yaml"/,
      );
    });

    it('--stdin without --language', () => {
      assertUsageError(cli(['check', '--stdin'], { input: 'text' }), /--stdin needs --language/);
    });

    it('--stdin together with files, and --language without --stdin', () => {
      assertUsageError(cli(['check', '--stdin', '--language', 'markdown', RISKY]), /either --stdin or files/);
      assertUsageError(cli(['check', '--language', 'markdown', RISKY]), /--language goes with --stdin/);
    });

    it('no files', () => {
      assertUsageError(cli(['check']), /no files given/);
      assertUsageError(cli(['terms', '--format', 'json']), /no files given/);
    });

    it('an unknown --language, and lsp without --stdio', () => {
      assertUsageError(
        cli(['check', '--stdin', '--language', 'latex'], { input: 'x' }),
        /--language must be markdown or plaintext, not "latex"/,
      );
      assertUsageError(cli(['lsp']), /lsp needs --stdio/);
    });

    it('no command at all prints the usage and exits 2', () => {
      const run = cli([]);
      assert.equal(run.status, 2);
      assert.match(run.stdout, /^Usage:/);
    });
  });

  describe('--version and --help', () => {
    it('--version prints the package version', () => {
      const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
        version: string;
      };
      for (const flag of ['--version', '-v']) {
        const run = cli([flag]);
        assert.equal(run.status, 0);
        assert.equal(run.stdout, `${version}\n`);
      }
    });

    it('--help prints the usage and exits 0', () => {
      for (const flag of ['--help', '-h']) {
        const run = cli([flag]);
        assert.equal(run.status, 0);
        assert.match(run.stdout, /^Usage:/);
        for (const command of ['check', 'terms', 'lsp --stdio'])
          assert.ok(run.stdout.includes(`mortgage-lens ${command}`));
        assert.equal(run.stderr, '');
      }
    });
  });
});
