// The GitHub Action's check step (scripts/action/run.sh, called by action.yml) run as GitHub runs it: from the
// workspace folder, with the inputs in INPUT_* variables and the action's checkout in ACTION_PATH.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(REPO_ROOT, 'scripts/action/run.sh');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

describe('GitHub Action script (scripts/action/run.sh check)', function () {
  this.timeout(20_000);
  let workspace: string;

  beforeEach(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-action-'));
    fs.mkdirSync(path.join(workspace, 'docs'));
    fs.writeFileSync(path.join(workspace, 'docs/faq.md'), '# FAQ\n\nForeclosure erases all debt.\n');
    fs.writeFileSync(
      path.join(workspace, 'docs/clean.md'),
      '# Notes\n\nA deficiency judgment may follow a foreclosure sale in some states.\n',
    );
  });
  afterEach(() => fs.rmSync(workspace, { recursive: true, force: true }));

  function check(inputs: Record<string, string>): Run {
    const result = spawnSync('bash', [SCRIPT, 'check'], {
      cwd: workspace,
      env: { PATH: process.env.PATH, HOME: os.homedir(), ACTION_PATH: REPO_ROOT, ...inputs },
      encoding: 'utf8',
      timeout: 15_000,
    });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('annotates a risky claim on its file and line and fails the step', () => {
    const run = check({ INPUT_PATHS: 'docs' });
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 1, run.stdout);
    assert.match(
      lines[0],
      /^::warning file=docs\/faq\.md,line=3,col=1,endLine=3,endColumn=28,title=foreclosure-erases-debt::Foreclosure does not always end the debt\./,
    );
  });

  it('passes on a clean file and prints no annotation', () => {
    const run = check({ INPUT_PATHS: 'docs/clean.md' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), '');
  });

  it('takes several paths on separate lines, and globs unexpanded by the shell', () => {
    fs.writeFileSync(path.join(workspace, 'README.md'), 'Foreclosure erases all debt.\n');
    const run = check({ INPUT_PATHS: 'docs/clean.md\n*.md\n' });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^::warning file=README\.md,line=1,/m);
    assert.doesNotMatch(run.stdout, /docs\/faq\.md/, 'the glob is *.md at the root only');
  });

  it('passes within max-warnings', () => {
    const run = check({ INPUT_PATHS: 'docs', INPUT_MAX_WARNINGS: '1' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^::warning file=docs\/faq\.md/m, 'the annotation still shows');
  });

  it('with sarif: true writes a SARIF report holding the finding, and still fails on it', () => {
    // The report's folder does not exist yet: it is made, not taken for "findings".
    const run = check({ INPUT_PATHS: 'docs', INPUT_SARIF: 'true', INPUT_SARIF_FILE: 'reports/ml.sarif' });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^::warning file=docs\/faq\.md/m);
    const sarif = JSON.parse(fs.readFileSync(path.join(workspace, 'reports/ml.sarif'), 'utf8')) as {
      version: string;
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    assert.equal(sarif.version, '2.1.0');
    const results = sarif.runs[0].results;
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri]),
      [['foreclosure-erases-debt', 'docs/faq.md']],
    );
  });

  it('an input error stops the step with exit 2 and leaves no SARIF file to upload', () => {
    const run = check({ INPUT_PATHS: 'no-such-folder', INPUT_SARIF: 'true' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no-such-folder/);
    assert.equal(fs.existsSync(path.join(workspace, 'mortgage-lens.sarif')), false);
  });

  it('rejects an empty paths input and a sarif input that is not true or false', () => {
    const empty = check({ INPUT_PATHS: ' \n ' });
    assert.equal(empty.status, 2);
    assert.match(empty.stdout, /^::error title=mortgage-lens::the paths input is empty/m);
    const yes = check({ INPUT_PATHS: 'docs', INPUT_SARIF: 'yes' });
    assert.equal(yes.status, 2);
    assert.match(yes.stdout, /the sarif input must be true or false, not "yes"/);
  });
});

describe('action.yml', () => {
  interface Step {
    uses?: string;
    run?: string;
    env?: Record<string, string>;
  }
  const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; steps: Step[] };
  };

  it('is a composite action whose shell steps call run.sh with every input they read', () => {
    assert.equal(action.runs.using, 'composite');
    const scriptSteps = action.runs.steps.filter((step) => step.run);
    assert.deepEqual(
      scriptSteps.map((step) => step.run),
      [
        'bash "$ACTION_PATH/scripts/action/run.sh" install',
        'bash "$ACTION_PATH/scripts/action/run.sh" check',
      ],
    );
    const script = fs.readFileSync(SCRIPT, 'utf8');
    for (const step of scriptSteps) {
      assert.equal(step.env?.ACTION_PATH, '${{ github.action_path }}');
      for (const [name, value] of Object.entries(step.env ?? {})) {
        if (name === 'ACTION_PATH') continue;
        const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1];
        assert.ok(input && input in action.inputs, `${name} comes from an input that action.yml declares`);
        assert.ok(script.includes(name), `run.sh reads ${name}`);
      }
    }
    for (const name of script.match(/INPUT_[A-Z_]+/g) ?? [])
      assert.ok(
        scriptSteps.some((step) => step.env && name in step.env),
        `action.yml sets ${name}`,
      );
  });

  it('sets up Node and uploads SARIF only when asked', () => {
    const uses = action.runs.steps.map((step) => step.uses).filter(Boolean);
    assert.deepEqual(uses, ['actions/setup-node@v4', 'github/codeql-action/upload-sarif@v3']);
    assert.equal(action.inputs.sarif.default, 'false');
  });
});
