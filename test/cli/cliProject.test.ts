// The real command line (bin/mortgage-lens.js) on a whole project, test/fixtures/cli-project/: folders,
// globs, .gitignore files (nested ones too) and the configuration's `ignore` and `extensions`; every
// report format compared whole (text, JSON, SARIF, GitHub, the --fix-dry-run diff, the glossary
// appendix); SARIF validated against the SARIF 2.1.0 JSON Schema; --max-warnings; worker threads
// giving the same output as one thread; colour and the progress line only on a terminal; and input
// errors exiting 2 with a message, never a stack trace.
//
// The fixture is copied to a temporary folder for each group of cases (with an empty .git folder
// marking the top of its work tree), and the files its .gitignore files exclude are created there,
// so git never has to hold them and concurrent runs never share a file.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { builtInGlossary } from '../helpers';
import { VERSION } from '../../server/src/protocol/version';
import { DEFINED_TERM_RULES, type DefinedTermRule } from '../../server/src/core/definitions/rules';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO_ROOT, 'bin/mortgage-lens.js');
const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/cli-project');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(
  args: string[],
  options: { cwd: string; input?: string; env?: Record<string, string | undefined> },
): Run {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'MORTGAGE_LENS_DEBUG']) delete env[name];
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024, // a report on a few thousand files
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Files the fixture's .gitignore files (or the never-entered node_modules) leave out. */
const IGNORED_FILES = [
  'build/out.md',
  'docs/nested/scratch.md',
  'docs/old.generated.md',
  'node_modules/pkg/readme.md',
];

/** A fresh copy of the fixture project, with the ignored files in place. */
function copyProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-project-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, '.git'));
  for (const file of IGNORED_FILES) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), 'Foreclosure erases all debt.\n');
  }
  return dir;
}

const rule = (id: string) => {
  const entry = builtInGlossary().rules.find((r) => r.id === id);
  assert.ok(entry, `rule ${id} is not in the glossary`);
  return entry;
};

type Severity = 'error' | 'warning' | 'information' | 'hint';
type Span = [line: number, character: number, endLine: number, endCharacter: number];

interface Finding {
  file: string;
  rule: string;
  severity: Severity;
  range: Span;
  fix: { title: string; replacement: string; range: Span };
  /** A defined-term finding's own message (a claim finding has its rule's). */
  message?: string;
}

const messageOf = (f: Finding) => f.message ?? rule(f.rule).message;

const reword = (replacement: string, range: Span) => ({
  title: `Reword as “${replacement}”`,
  replacement,
  range,
});

/** Every finding in the project, in report order (0-based, UTF-16 ranges, as in the JSON report). */
const FINDINGS: Finding[] = [
  {
    file: 'docs/agreement.md', // defined terms: an unused definition, the defined term after an emoji
    rule: 'defined-term-unused',
    severity: 'information',
    range: [2, 67, 2, 78],
    message: '“Credit Line” is defined but never used.',
    fix: { title: 'Remove the unused definition of “Credit Line”', replacement: '', range: [2, 60, 2, 80] },
  },
  {
    file: 'docs/agreement.md',
    rule: 'defined-term-case',
    severity: 'warning',
    range: [4, 26, 4, 34],
    message: '“property” is written in lower case; the defined term is “Property” (line 3).',
    fix: { title: 'Write “Property”', replacement: 'Property', range: [4, 26, 4, 34] },
  },
  {
    file: 'docs/component.mdx', // Markdown through "extensions": the fenced copy is not prose
    rule: 'modification-forgives',
    severity: 'warning',
    range: [4, 2, 4, 42],
    fix: reword('does not automatically wipe out', [4, 20, 4, 29]),
  },
  {
    file: 'docs/faq, part 2.md',
    rule: 'deed-in-lieu-releases-debt',
    severity: 'warning',
    range: [2, 2, 2, 48],
    fix: reword('does not always release', [2, 15, 2, 23]),
  },
  {
    file: 'docs/guide.md', // raised to an error by the configuration
    rule: 'deficiency-never',
    severity: 'error',
    range: [2, 0, 2, 47],
    fix: reword('may be able to chase a deficiency, depending on state law', [2, 8, 2, 47]),
  },
  {
    file: 'docs/guide.md', // after an emoji: two UTF-16 code units
    rule: 'foreclosure-erases-debt',
    severity: 'warning',
    range: [4, 3, 4, 30],
    fix: reword('does not always erase', [4, 15, 4, 21]),
  },
  {
    file: 'docs/guide.md',
    rule: 'short-sale-is-foreclosure',
    severity: 'information',
    range: [6, 2, 6, 48],
    fix: reword('is not', [6, 13, 6, 20]),
  },
  {
    file: 'docs/guide.md',
    rule: 'forbearance-forgives',
    severity: 'hint',
    range: [8, 0, 8, 29],
    fix: reword('does not erase', [8, 12, 8, 18]),
  },
  {
    file: 'docs/nested/faq.md',
    rule: 'short-sale-settles-debt',
    severity: 'warning',
    range: [2, 33, 2, 81],
    fix: reword('does not always cancel', [2, 44, 2, 58]),
  },
  {
    file: 'docs/soft.md',
    rule: 'short-sale-is-foreclosure',
    severity: 'information',
    range: [2, 2, 2, 48],
    fix: reword('is not', [2, 13, 2, 20]),
  },
  {
    file: 'docs/soft.md',
    rule: 'forbearance-forgives',
    severity: 'hint',
    range: [4, 0, 4, 29],
    fix: reword('does not erase', [4, 12, 4, 18]),
  },
  {
    file: 'notes.txt',
    rule: 'foreclosure-erases-debt',
    severity: 'warning',
    range: [2, 15, 2, 45],
    fix: reword('does not always wipe out', [2, 27, 2, 36]),
  },
];

/** Every file a walk of the project checks, in order; the ignored ones are absent. */
const CHECKED = [
  'clean.md',
  'docs/agreement.md',
  'docs/component.mdx',
  'docs/faq, part 2.md',
  'docs/guide.md',
  'docs/nested/faq.md',
  'docs/nested/kept.generated.md', // re-included by docs/nested/.gitignore
  'docs/soft.md',
  'notes.txt',
];

const lspRange = ([sl, sc, el, ec]: Span) => ({
  start: { line: sl, character: sc },
  end: { line: el, character: ec },
});

/** A one-edit fix in the JSON contract: the edit in `edits` and repeated on the fix. */
const fixEdits = (replacement: string, range: ReturnType<typeof lspRange>) => ({
  edits: [{ replacement, range }],
  replacement,
  range,
});

function jsonReport(files: string[], findings: Finding[]) {
  return {
    files: files.map((file) => ({
      path: file,
      diagnostics: findings
        .filter((f) => f.file === file)
        .map((f) => ({
          rule: f.rule,
          severity: f.severity,
          message: messageOf(f),
          range: lspRange(f.range),
          fixes: [{ title: f.fix.title, ...fixEdits(f.fix.replacement, lspRange(f.fix.range)) }],
        })),
    })),
  };
}

function textReport(findings: Finding[]): string {
  const files = new Set(findings.map((f) => f.file)).size;
  const lines = findings.map(
    (f) => `${f.file}:${f.range[0] + 1}:${f.range[1] + 1} ${f.severity} ${messageOf(f)} ${f.rule}`,
  );
  const count = `${findings.length} finding${findings.length === 1 ? '' : 's'}`;
  return `${lines.join('\n')}\n${count} in ${files} file(s)\n`;
}

const region = ([sl, sc, el, ec]: Span) => ({
  startLine: sl + 1,
  startColumn: sc + 1,
  endLine: el + 1,
  endColumn: ec + 1,
});
const LEVELS = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

function sarifReport(findings: Finding[]): string {
  const ids = [...new Set(findings.map((f) => f.rule))].sort();
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Mortgage Lens',
            version: VERSION,
            rules: ids.map((id) =>
              id in DEFINED_TERM_RULES
                ? {
                    id,
                    shortDescription: { text: DEFINED_TERM_RULES[id as DefinedTermRule].title },
                    defaultConfiguration: {
                      level: LEVELS[DEFINED_TERM_RULES[id as DefinedTermRule].severity],
                    },
                  }
                : {
                    id,
                    shortDescription: { text: rule(id).title },
                    fullDescription: { text: rule(id).message },
                    defaultConfiguration: { level: LEVELS[rule(id).severity] },
                  },
            ),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => {
          const artifactLocation = { uri: f.file.replace(/ /g, '%20').replace(/,/g, '%2C') };
          return {
            ruleId: f.rule,
            ruleIndex: ids.indexOf(f.rule),
            level: LEVELS[f.severity],
            message: { text: messageOf(f) },
            locations: [{ physicalLocation: { artifactLocation, region: region(f.range) } }],
            fixes: [
              {
                description: { text: f.fix.title },
                artifactChanges: [
                  {
                    artifactLocation,
                    replacements: [
                      { deletedRegion: region(f.fix.range), insertedContent: { text: f.fix.replacement } },
                    ],
                  },
                ],
              },
            ],
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

const GITHUB_COMMANDS = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

function githubReport(findings: Finding[]): string {
  return findings
    .map((f) => {
      const [sl, sc, el, ec] = f.range;
      const file = f.file.replace(/,/g, '%2C');
      return `::${GITHUB_COMMANDS[f.severity]} file=${file},line=${sl + 1},col=${sc + 1},endLine=${el + 1},endColumn=${ec + 1},title=${f.rule}::${messageOf(f)}\n`;
    })
    .join('');
}

/** What --fix would change in the whole project, as a unified diff. */
const PROJECT_DIFF = `--- a/docs/component.mdx
+++ b/docs/component.mdx
@@ -1,9 +1,9 @@
 import Note from './note';
 
 # Component
 
-A loan modification wipes out your arrears.
+A loan modification does not automatically wipe out your arrears.
 
 \`\`\`text
 A loan modification wipes out your arrears.
 \`\`\`
--- a/docs/faq, part 2.md
+++ b/docs/faq, part 2.md
@@ -1,3 +1,3 @@
 # FAQ, part 2
 
-A deed in lieu releases you from the entire loan.
+A deed in lieu does not always release you from the entire loan.
--- a/docs/guide.md
+++ b/docs/guide.md
@@ -1,9 +1,9 @@
 # Guide
 
-Lenders are never allowed to chase a deficiency.
+Lenders may be able to chase a deficiency, depending on state law.
 
-😀 Foreclosure erases all debt.
+😀 Foreclosure does not always erase all debt.
 
-A short sale is just another type of foreclosure.
+A short sale is not another type of foreclosure.
 
-Forbearance erases the months you skipped.
+Forbearance does not erase the months you skipped.
--- a/docs/nested/faq.md
+++ b/docs/nested/faq.md
@@ -1,3 +1,3 @@
 # Nested FAQ
 
-A cash-out refi is a new loan. A short sale always cancels whatever is still owed.
+A cash-out refi is a new loan. A short sale does not always cancel whatever is still owed.
--- a/docs/soft.md
+++ b/docs/soft.md
@@ -1,5 +1,5 @@
 # Softer findings
 
-A short sale is just another type of foreclosure.
+A short sale is not another type of foreclosure.
 
-Forbearance erases the months you skipped.
+Forbearance does not erase the months you skipped.
--- a/notes.txt
+++ b/notes.txt
@@ -1,3 +1,3 @@
 Call notes
 
-In short, Ana: foreclosure wipes out the loan.
+In short, Ana: foreclosure does not always wipe out the loan.
`;

/** The glossary appendix of clean.md and docs/nested/kept.generated.md: team terms only. */
const TEAM_APPENDIX = `## Glossary

**Rate lock.** A lender's promise to hold an interest rate and points for a set period while the loan application is processed.

Sources: [What's a lock-in or a rate lock on a mortgage?](https://www.consumerfinance.gov/ask-cfpb/whats-a-lock-in-or-a-rate-lock-en-143/), Consumer Financial Protection Bureau; Team style guide, section 4.2.

**Cash-out refinance.** A new mortgage for more than the old balance, paying off the old loan and giving the borrower the difference in cash.

Source: Team style guide.
`;

function assertInputError(run: Run, expected: RegExp): void {
  assert.equal(run.status, 2, `exit code; stderr: ${run.stderr}`);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, expected);
  assert.match(run.stderr, /^mortgage-lens: /);
  assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
  assert.doesNotMatch(run.stderr, /internal error/);
}

// Microsoft's SARIF SDK (the reference implementation, maintained with the OASIS committee) ships
// the SARIF 2.1.0 JSON Schema and its validator, the Multitool, as @microsoft/sarif-multitool.
const MULTITOOL = path.dirname(
  require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`),
);

/** The SARIF 2.1.0 JSON Schema as the SDK ships it (draft 2020-12). */
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(MULTITOOL, 'sarif-2.1.0.json'), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** The Multitool's `validate` (schema plus the SDK's SARIF rules) on a log: the rule ids it reports. */
function multitoolFindings(sarif: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sarif-'));
  try {
    const input = path.join(dir, 'log.sarif');
    const output = path.join(dir, 'validation.sarif');
    fs.writeFileSync(input, sarif);
    const tool = path.join(
      MULTITOOL,
      process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool',
    );
    // npm may skip the package's chmod postinstall (install scripts need approval).
    if (process.platform !== 'win32') fs.chmodSync(tool, 0o755);
    const result = spawnSync(tool, ['validate', input, '--output', output, '--log', 'ForceOverwrite'], {
      encoding: 'utf8',
      // .NET needs ICU for culture data; invariant mode keeps the tool working where libicu is absent.
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    });
    assert.equal(result.status, 0, `Sarif.Multitool: ${result.stdout}${result.stderr}`);
    const log = JSON.parse(fs.readFileSync(output, 'utf8')) as { runs: { results?: { ruleId: string }[] }[] };
    return log.runs.flatMap((run) => (run.results ?? []).map((r) => r.ruleId));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('CLI on a project (folders, globs, ignores, every format)', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    assert.ok(fs.existsSync(path.join(REPO_ROOT, 'dist/cli.js')), 'run node scripts/build.mjs first');
    dir = copyProject();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[], env?: Record<string, string | undefined>) => cli(args, { cwd: dir, env });

  describe('which files are checked', () => {
    it('walks a folder: mapped extensions only, minus .gitignore (nested too), config ignore and node_modules', () => {
      const result = run(['check', '--format', 'json', '.']);
      assert.equal(result.status, 1, result.stderr);
      assert.equal(result.stderr, '');
      assert.equal(result.stdout, `${JSON.stringify(jsonReport(CHECKED, FINDINGS))}\n`);
    });

    it('names found files as the folder given joined with the path below it', () => {
      const result = run(['check', '--format', 'json', 'docs/nested/', './notes.txt']);
      const report = JSON.parse(result.stdout) as { files: { path: string }[] };
      assert.deepEqual(
        report.files.map((f) => f.path),
        ['docs/nested/faq.md', 'docs/nested/kept.generated.md', './notes.txt'],
      );
    });

    it('expands a quoted glob relative to the current folder, with the same ignores', () => {
      const result = run(['check', '--format', 'json', 'docs/**/*.md', '*.txt']);
      assert.equal(result.status, 1, result.stderr);
      const files = [
        'docs/agreement.md',
        'docs/faq, part 2.md',
        'docs/guide.md',
        'docs/nested/faq.md',
        'docs/nested/kept.generated.md',
        'docs/soft.md',
        'notes.txt',
      ];
      assert.equal(
        result.stdout,
        `${JSON.stringify(
          jsonReport(
            files,
            FINDINGS.filter((f) => files.includes(f.file)),
          ),
        )}\n`,
      );
      assert.equal(result.stderr, '');
    });

    it('checks a file once when several inputs name it, in the order first named', () => {
      const result = run(['check', '--format', 'json', 'notes.txt', '.', '*.txt']);
      const report = JSON.parse(result.stdout) as { files: { path: string }[] };
      assert.deepEqual(
        report.files.map((f) => f.path),
        ['notes.txt', ...CHECKED.filter((f) => f !== 'notes.txt')],
      );
    });

    it('skips an explicitly named ignored file with a warning, as ESLint does, and exits 0 when nothing is left', () => {
      const result = run(['check', 'build/out.md', 'docs/nested/scratch.md', 'drafts/wip.md']);
      assert.equal(result.status, 0);
      assert.equal(result.stdout, '');
      assert.equal(
        result.stderr,
        [
          'mortgage-lens: build/out.md: warning: File ignored because of a matching ignore pattern in .gitignore; not checked',
          'mortgage-lens: docs/nested/scratch.md: warning: File ignored because of a matching ignore pattern in docs/nested/.gitignore; not checked',
          'mortgage-lens: drafts/wip.md: warning: File ignored because of a matching ignore pattern in .mortgage-lens.json; not checked',
          '',
        ].join('\n'),
      );
    });

    it('checks an explicitly named file whatever its extension, as plain text', () => {
      fs.writeFileSync(path.join(dir, 'letter.rst'), 'Foreclosure erases all debt.\n');
      try {
        const result = run(['check', 'letter.rst']);
        assert.equal(result.status, 1);
        assert.equal(
          result.stdout,
          `letter.rst:1:1 warning ${rule('foreclosure-erases-debt').message} foreclosure-erases-debt\n1 finding in 1 file(s)\n`,
        );
      } finally {
        fs.rmSync(path.join(dir, 'letter.rst'));
      }
    });
  });

  describe('formats (whole outputs)', () => {
    it('text: file:line:col severity message rule, then the count; no colour on a pipe', () => {
      const result = run(['check', '.']);
      assert.equal(result.status, 1);
      assert.equal(result.stdout, textReport(FINDINGS));
      assert.equal(result.stderr, '');
      assert.deepEqual(run(['check', '--format', 'text', '.']), result);
    });

    it('json: the documented contract', () => {
      const result = run(['check', '--format', 'json', 'docs/guide.md', 'clean.md']);
      assert.equal(result.stdout, `${JSON.stringify(jsonReport(['docs/guide.md', 'clean.md'], FINDINGS))}\n`);
    });

    it('sarif: SARIF 2.1.0 with rules, levels, 1-based UTF-16 regions and fixes', () => {
      const result = run(['check', '--format', 'sarif', '.']);
      assert.equal(result.status, 1, result.stderr);
      assert.equal(result.stderr, '');
      assert.equal(result.stdout, sarifReport(FINDINGS));
    });

    it('github: one workflow command per finding, properties escaped', () => {
      const result = run(['check', '--format', 'github', '.']);
      assert.equal(result.status, 1);
      assert.equal(result.stderr, '');
      assert.equal(result.stdout, githubReport(FINDINGS));
      // The comma in "faq, part 2.md" is escaped in the file property.
      assert.match(result.stdout, /^::warning file=docs\/faq%2C part 2\.md,line=3,col=3,/m);
    });

    it('--fix-dry-run: the unified diff of what --fix would change, nothing written, exit as check', () => {
      const before = fs.readFileSync(path.join(dir, 'docs/guide.md'), 'utf8');
      const result = run(['check', '--fix-dry-run', '.']);
      assert.equal(result.status, 1);
      assert.equal(result.stdout, PROJECT_DIFF);
      assert.equal(result.stderr, 'mortgage-lens: --fix would fix 10 findings; nothing was written\n');
      assert.equal(fs.readFileSync(path.join(dir, 'docs/guide.md'), 'utf8'), before);
    });

    it('--fix-dry-run on standard input labels the diff <stdin>', () => {
      const result = cli(['check', '--fix-dry-run', '--stdin', '--language', 'markdown'], {
        cwd: dir,
        input: 'Foreclosure erases all debt.\n',
      });
      assert.equal(result.status, 1);
      assert.equal(
        result.stdout,
        '--- <stdin>\n+++ <stdin>\n@@ -1,1 +1,1 @@\n-Foreclosure erases all debt.\n+Foreclosure does not always erase all debt.\n',
      );
    });

    it('--fix-dry-run on a clean file prints nothing and exits 0', () => {
      const result = run(['check', '--fix-dry-run', 'clean.md']);
      assert.equal(result.status, 0);
      assert.equal(result.stdout, '');
    });

    it('terms --format markdown: one glossary appendix for all the files, terms in order of first use', () => {
      const result = run(['terms', '--format', 'markdown', 'clean.md', 'docs/nested/kept.generated.md']);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, TEAM_APPENDIX);
    });

    it('terms --format markdown: built-in terms with their definitions', () => {
      const result = run(['terms', '--format', 'markdown', 'notes.txt', 'docs/soft.md']);
      const terms = builtInGlossary().terms;
      const definition = (id: string) => terms.find((t) => t.id === id)!.definition;
      const headings = result.stdout.split('\n').filter((line) => line.startsWith('**'));
      assert.deepEqual(headings, [
        `**Foreclosure.** ${definition('foreclosure')}`,
        `**Short sale.** ${definition('short-sale')}`,
        `**Forbearance.** ${definition('forbearance')}`,
      ]);
      assert.match(result.stdout, /^## Glossary\n\n\*\*Foreclosure\.\*\* /);
    });

    it('terms --format markdown prints nothing when no term is used', () => {
      const result = run(['terms', '--format', 'markdown', '--stdin', '--language', 'plaintext']);
      assert.equal(result.status, 0);
      assert.equal(result.stdout, '');
    });
  });

  describe('SARIF against the SARIF 2.1.0 JSON Schema and the SDK validator', function () {
    this.timeout(120_000);
    const validate = sarifValidator();
    const check = (sarif: string) => {
      const log = JSON.parse(sarif) as { runs: { results: unknown[] }[] };
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      return log;
    };

    it('the Multitool finds nothing but the missing tool home page', () => {
      // SARIF2005 asks for driver.informationUri; Mortgage Lens has no public home page to name yet.
      assert.deepEqual(multitoolFindings(run(['check', '--format', 'sarif', '.']).stdout), ['SARIF2005']);
    });

    it('the whole project is valid', () => {
      assert.equal(check(run(['check', '--format', 'sarif', '.']).stdout).runs[0].results.length, 12);
    });

    it('a clean run and standard input are valid', () => {
      assert.equal(check(run(['check', '--format', 'sarif', 'clean.md']).stdout).runs[0].results.length, 0);
      const stdin = cli(['check', '--format', 'sarif', '--stdin', '--language', 'markdown'], {
        cwd: dir,
        input: 'Foreclosure erases all debt.\n',
      });
      assert.equal(stdin.status, 1);
      check(stdin.stdout);
      assert.match(stdin.stdout, /"artifactLocation": \{\n\s+"description": \{\n\s+"text": "standard input"/);
    });

    it('the validator does reject a broken log', () => {
      const log = JSON.parse(run(['check', '--format', 'sarif', 'notes.txt']).stdout) as {
        runs: { results: { level: string; locations: { physicalLocation: { region: object } }[] }[] }[];
      };
      log.runs[0].results[0].level = 'warn';
      log.runs[0].results[0].locations[0].physicalLocation.region = { startLine: 0 };
      assert.equal(validate(log), false);
      assert.deepEqual(validate.errors?.map((e) => e.instancePath).sort(), [
        '/runs/0/results/0/level',
        '/runs/0/results/0/locations/0/physicalLocation/region/startLine',
      ]);
    });
  });

  describe('github format on standard input', () => {
    it('has no file property', () => {
      const result = cli(['check', '--format', 'github', '--stdin', '--language', 'plaintext'], {
        cwd: dir,
        input: 'Note: foreclosure erases all debt.\n',
      });
      assert.equal(
        result.stdout,
        `::warning line=1,col=7,endLine=1,endColumn=34,title=foreclosure-erases-debt::${rule('foreclosure-erases-debt').message}\n`,
      );
    });
  });

  describe('--max-warnings (errors always fail; information and hints never count)', () => {
    const warningsFile = 'notes.txt'; // one warning
    const softFile = 'docs/soft.md'; // information and a hint
    const errorFile = 'docs/guide.md'; // an error among others

    it('without it, any error or warning fails; information and hints are reported but pass', () => {
      assert.equal(run(['check', warningsFile]).status, 1);
      const soft = run(['check', softFile]);
      assert.equal(soft.status, 0);
      assert.equal(soft.stdout, textReport(FINDINGS.filter((f) => f.file === softFile)));
    });

    it('fails when the warnings exceed n, and says so on stderr', () => {
      const result = run(['check', '--max-warnings', '0', warningsFile]);
      assert.equal(result.status, 1);
      assert.equal(result.stdout, textReport(FINDINGS.filter((f) => f.file === warningsFile)));
      assert.equal(result.stderr, 'mortgage-lens: 1 warning, more than --max-warnings 0 allows\n');
    });

    it('passes with n warnings or fewer and no errors', () => {
      const result = run(['check', '--max-warnings', '1', warningsFile]);
      assert.equal(result.status, 0);
      assert.equal(result.stderr, '');
      assert.equal(run(['check', '--max-warnings', '0', softFile]).status, 0);
    });

    it('fails on an error however large n is', () => {
      const result = run(['check', '--max-warnings', '100', errorFile]);
      assert.equal(result.status, 1);
      assert.equal(result.stderr, '');
    });

    it('counts warnings across files, and applies to --fix-dry-run too', () => {
      const files = ['notes.txt', 'docs/component.mdx', 'docs/soft.md'];
      assert.equal(run(['check', '--max-warnings', '2', ...files]).status, 0);
      assert.equal(run(['check', '--max-warnings', '1', ...files]).status, 1);
      assert.equal(run(['check', '--fix-dry-run', '--max-warnings', '2', ...files]).status, 0);
      assert.equal(run(['check', '--fix-dry-run', '--max-warnings', '1', ...files]).status, 1);
    });

    it('must be a whole number', () => {
      for (const bad of ['-1', 'many', '1.5']) {
        const result = run(['check', `--max-warnings=${bad}`, warningsFile]);
        assert.equal(result.status, 2);
        assert.match(result.stderr, /--max-warnings must be a whole number/);
      }
    });
  });

  describe('colour', () => {
    const finding = FINDINGS.find((f) => f.file === 'notes.txt')!;
    const coloured = `notes.txt:3:16 \x1b[33mwarning\x1b[39m ${rule(finding.rule).message} ${finding.rule}\n1 finding in 1 file(s)\n`;
    const plain = coloured.replace('\x1b[33m', '').replace('\x1b[39m', '');

    it('FORCE_COLOR colours the severity even on a pipe; FORCE_COLOR=0 and NO_COLOR do not', () => {
      assert.equal(run(['check', 'notes.txt'], { FORCE_COLOR: '1' }).stdout, coloured);
      assert.equal(run(['check', 'notes.txt'], { FORCE_COLOR: '0' }).stdout, plain);
      assert.equal(run(['check', 'notes.txt'], { NO_COLOR: '1' }).stdout, plain);
      assert.equal(run(['check', 'notes.txt']).stdout, plain);
    });

    it('each severity has its colour', () => {
      const out = run(['check', 'docs/guide.md'], { FORCE_COLOR: '1' }).stdout;
      assert.ok(out.includes(':3:1 \x1b[31merror\x1b[39m '), out);
      assert.ok(out.includes(':5:4 \x1b[33mwarning\x1b[39m '), out);
      assert.ok(out.includes(':7:3 \x1b[36minformation\x1b[39m '), out);
      assert.ok(out.includes(':9:1 \x1b[2mhint\x1b[22m '), out);
    });

    it('other formats are never coloured', () => {
      const result = run(['check', '--format', 'github', 'notes.txt'], { FORCE_COLOR: '1' });
      assert.ok(!result.stdout.includes('\x1b'));
    });

    it('on a terminal: coloured, unless NO_COLOR', () => {
      const onTty = (env: string) =>
        spawnSync('script', ['-qec', `${env} "${process.execPath}" "${BIN}" check notes.txt`, '/dev/null'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, TERM: 'xterm' },
          timeout: 60_000,
        }).stdout.replace(/\r\n/g, '\n');
      assert.equal(onTty('env'), coloured);
      assert.equal(onTty('env NO_COLOR=1'), plain);
    });
  });

  describe('--fix on a project', () => {
    let copy: string;
    beforeEach(() => (copy = copyProject()));
    afterEach(() => fs.rmSync(copy, { recursive: true, force: true }));

    it('writes exactly what --fix-dry-run showed (git apply of the diff gives the same files)', () => {
      const preview = cli(['check', '--fix-dry-run', '.'], { cwd: copy }).stdout;
      const applied = copyProject();
      try {
        fs.writeFileSync(path.join(applied, 'fix.diff'), preview);
        const git = spawnSync('git', ['apply', 'fix.diff'], { cwd: applied, encoding: 'utf8' });
        assert.equal(git.status, 0, git.stderr);
        fs.rmSync(path.join(applied, 'fix.diff'));

        const result = cli(['check', '--fix', '.'], { cwd: copy });
        assert.equal(result.stderr, 'mortgage-lens: fixed 10 findings\n');
        // Left: the defined-term findings, whose fixes are a writer's call (never applied by --fix).
        assert.equal(result.status, 1);
        assert.equal(result.stdout, textReport(FINDINGS.filter((f) => f.rule.startsWith('defined-term-'))));
        for (const file of [...CHECKED, ...IGNORED_FILES, 'drafts/wip.md'])
          assert.equal(
            fs.readFileSync(path.join(copy, file), 'utf8'),
            fs.readFileSync(path.join(applied, file), 'utf8'),
            file,
          );
      } finally {
        fs.rmSync(applied, { recursive: true, force: true });
      }
    });

    it('leaves ignored files alone', () => {
      cli(['check', '--fix', '.'], { cwd: copy });
      for (const file of [...IGNORED_FILES, 'drafts/wip.md'])
        assert.equal(fs.readFileSync(path.join(copy, file), 'utf8'), 'Foreclosure erases all debt.\n', file);
    });
  });

  describe('worker threads', () => {
    let big: string;
    before(() => {
      // 72 files: 8 copies of each checked file (7 in numbered folders, with the nested .gitignore).
      big = copyProject();
      for (let i = 0; i < 7; i++) {
        for (const file of [...CHECKED, 'docs/nested/.gitignore']) {
          const target = path.join(big, `copy${i}`, file);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.copyFileSync(path.join(big, file), target);
        }
      }
    });
    after(() => fs.rmSync(big, { recursive: true, force: true }));

    const formats: string[][] = [
      ['check'],
      ['check', '--format', 'json'],
      ['check', '--format', 'sarif'],
      ['check', '--format', 'github'],
      ['check', '--fix-dry-run'],
      ['terms', '--format', 'json'],
      ['terms', '--format', 'text'],
      ['terms', '--format', 'markdown'],
    ];
    for (const args of formats) {
      it(`give the same output as one thread: ${args.join(' ')}`, () => {
        const serial = cli([...args, '--concurrency', 'off', '.'], {
          cwd: big,
          env: { MORTGAGE_LENS_DEBUG: '1' },
        });
        const parallel = cli([...args, '--concurrency', '3', '.'], {
          cwd: big,
          env: { MORTGAGE_LENS_DEBUG: '1' },
        });
        assert.match(serial.stderr, /^mortgage-lens: 72 file\(s\), 0 worker thread\(s\)\n/);
        assert.match(parallel.stderr, /^mortgage-lens: 72 file\(s\), 3 worker thread\(s\)\n/);
        assert.equal(parallel.status, serial.status);
        assert.ok(serial.stdout.length > 0);
        assert.equal(parallel.stdout, serial.stdout);
        assert.equal(parallel.stderr.replace(/^.*\n/, ''), serial.stderr.replace(/^.*\n/, ''));
      });
    }

    it('--fix in workers writes the same files as in one thread', () => {
      const other = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-parallel-fix-'));
      try {
        fs.cpSync(big, other, { recursive: true });
        const serial = cli(['check', '--fix', '--concurrency', 'off', '.'], { cwd: big });
        const parallel = cli(['check', '--fix', '--concurrency', '4', '.'], { cwd: other });
        assert.deepEqual(parallel, serial);
        assert.equal(serial.stderr, 'mortgage-lens: fixed 80 findings\n');
        for (const file of CHECKED.map((f) => path.join('copy6', f)))
          assert.equal(
            fs.readFileSync(path.join(other, file), 'utf8'),
            fs.readFileSync(path.join(big, file), 'utf8'),
          );
      } finally {
        fs.rmSync(other, { recursive: true, force: true });
      }
    });

    it('are not started for a small run by default', () => {
      const result = cli(['check', '.'], { cwd: dir, env: { MORTGAGE_LENS_DEBUG: '1' } });
      assert.match(result.stderr, /^mortgage-lens: 9 file\(s\), 0 worker thread\(s\)\n$/);
    });

    it('--concurrency takes a number of threads, auto or off', () => {
      for (const bad of ['0', 'many', '-2']) {
        const result = cli(['check', `--concurrency=${bad}`, '.'], { cwd: dir });
        assert.equal(result.status, 2);
        assert.match(result.stderr, /--concurrency must be a number of threads \(1 or more\), auto or off/);
      }
      assert.equal(cli(['check', '--concurrency', 'auto', 'notes.txt'], { cwd: dir }).status, 1);
    });
  });

  describe('progress line', () => {
    let many: string;
    before(() => {
      // Enough text for well over half a second of analysis on one thread (about 2 s here; 100
      // copies took 0.7 s once the check got faster, too close to the half second).
      many = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-progress-'));
      const docs = path.join(REPO_ROOT, 'test/corpus/docs');
      const sources = fs.readdirSync(docs).filter((f) => f.endsWith('.md'));
      for (let i = 0; i < 300; i++)
        for (const source of sources)
          fs.copyFileSync(path.join(docs, source), path.join(many, `${i}-${source}`));
    });
    after(() => fs.rmSync(many, { recursive: true, force: true }));

    it('is never written when stderr is not a terminal', () => {
      const result = cli(['check', '--concurrency', 'off', '.'], { cwd: many });
      assert.equal(result.status, 1);
      assert.equal(result.stderr, '');
    });

    it('is drawn on a terminal during a long run and erased at the end', () => {
      const tty = spawnSync(
        'script',
        ['-qec', `"${process.execPath}" "${BIN}" check --concurrency off . > /dev/null`, '/dev/null'],
        { cwd: many, encoding: 'utf8', timeout: 60_000 },
      );
      const total = fs.readdirSync(many).length;
      const lines = tty.stdout.split('\r\x1b[K').filter(Boolean);
      assert.ok(lines.length >= 1, `a progress line: ${JSON.stringify(tty.stdout)}`);
      for (const line of lines) assert.match(line, new RegExp(`^mortgage-lens: \\d+/${total} files$`));
      assert.ok(tty.stdout.endsWith('\r\x1b[K'), 'erased at the end');
    });
  });

  describe('input errors (exit 2, a message naming the file or pattern, no stack trace)', () => {
    it('a glob that matches no file', () => {
      assertInputError(
        run(['check', 'docs/**/*.rst']),
        /^mortgage-lens: no file matches the pattern "docs\/\*\*\/\*\.rst" \(a pattern is relative to the current folder\)\n$/,
      );
    });

    it('a glob whose files are all ignored', () => {
      assertInputError(run(['check', 'build/*.md']), /the pattern "build\/\*\.md" matches no file to check/);
    });

    it('a folder with no file to check, and a folder whose files are all ignored', () => {
      assertInputError(
        run(['check', 'team-glossary']),
        /^mortgage-lens: team-glossary: no files to check in this folder \(it has no \.md, \.markdown, \.txt or \.mdx files\)\n$/,
      );
      assertInputError(
        run(['check', 'build']),
        /^mortgage-lens: build: every file to check in this folder is ignored/,
      );
    });

    it('a file that cannot be read', () => {
      fs.symlinkSync('loop.md', path.join(dir, 'loop.md'));
      try {
        assertInputError(run(['check', 'loop.md']), /^mortgage-lens: loop\.md: cannot read: /);
      } finally {
        fs.rmSync(path.join(dir, 'loop.md'));
      }
    });

    describe('a broken configuration', () => {
      let broken: string;
      beforeEach(() => (broken = copyProject()));
      afterEach(() => fs.rmSync(broken, { recursive: true, force: true }));
      const config = (text: string) => fs.writeFileSync(path.join(broken, '.mortgage-lens.json'), text);

      it('an unknown rule id: the file, line and column, and the id it was probably meant to be', () => {
        config(
          '{\n  "rules": {\n    "deficiency-never": "error",\n    "foreclosure-erase-debt": "off"\n  }\n}\n',
        );
        const result = cli(['check', 'notes.txt'], { cwd: broken });
        assertInputError(result, /unknown rule/);
        assert.equal(
          result.stderr,
          `mortgage-lens: the configuration or a team glossary has errors:\n${path.join(broken, '.mortgage-lens.json')}:4:5: unknown rule "foreclosure-erase-debt" in "rules": did you mean "foreclosure-erases-debt"?\n`,
        );
      });

      it('an unknown rule id with no near match lists the rules', () => {
        config('{ "rules": { "balloon": "off" } }');
        const result = cli(['check', 'notes.txt'], { cwd: broken });
        assertInputError(result, /:1:14: unknown rule "balloon" in "rules": the rules are "/);
        for (const { id } of builtInGlossary().rules) assert.ok(result.stderr.includes(`"${id}"`), id);
      });

      it('accepts the defined-term checks as rule ids', () => {
        config('{ "rules": { "defined-term-unused": "off", "foreclosure-erases-debt": "error" } }');
        const result = cli(['check', 'notes.txt'], { cwd: broken });
        assert.equal(result.status, 1, result.stderr);
        assert.equal(result.stderr, '');
        assert.match(result.stdout, /^notes\.txt:3:16 error /);
      });

      it('--print-config reports an unknown rule id too', () => {
        config('{ "rules": { "foreclosure-erase-debt": "off" } }');
        const result = cli(['check', '--print-config', 'notes.txt'], { cwd: broken });
        assert.equal(result.status, 2);
        assert.match(result.stderr, /unknown rule "foreclosure-erase-debt" in "rules": did you mean/);
      });

      it('a team glossary entry that is not valid', () => {
        fs.writeFileSync(
          path.join(broken, 'team-glossary/terms/rate-lock.yaml'),
          'id: rate-lock\nterm: [unclosed\n',
        );
        const result = cli(['check', '.'], { cwd: broken });
        assertInputError(result, /team-glossary\/terms\/rate-lock\.yaml:\d+:\d+: /);
      });

      it('a configuration that is not JSON', () => {
        config('{ "rules": ');
        assertInputError(cli(['check', '.'], { cwd: broken }), /\.mortgage-lens\.json:1:\d+: JSON syntax/);
      });
    });

    it('--fix-dry-run with --fix or --format, and check options on terms', () => {
      const usage = (args: string[], expected: RegExp) => {
        const result = run(args);
        assertInputError(result, expected);
        assert.match(result.stderr, /Run mortgage-lens --help for usage/);
      };
      usage(['check', '--fix', '--fix-dry-run', '.'], /either --fix or --fix-dry-run/);
      usage(
        ['check', '--fix-dry-run', '--format', 'json', '.'],
        /--fix-dry-run prints a diff and takes no --format/,
      );
      usage(['terms', '--max-warnings', '1', '.'], /--max-warnings goes with check, not terms/);
      usage(['terms', '--format', 'sarif', '.'], /--format must be json, text or markdown, not "sarif"/);
    });
  });
});
