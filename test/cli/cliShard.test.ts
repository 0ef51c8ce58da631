// The real command line on what a newcomer meets first (a binary file, a mistyped option, a missing
// folder, --print-config without a configuration) and on `check --shard K/N` with `--merge`: N
// shards merged give what one run gives, in JSON and in SARIF.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fnv1a, parseShard } from '../../server/src/cli/shard';
import { builtInGlossary } from '../helpers';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO_ROOT, 'bin/mortgage-lens.js');

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  if (result.error) throw result.error;
  return result;
}

describe('CLI: what a newcomer meets, and --shard with --merge', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-shard-'));
    // 40 files in nested folders, every fourth with a risky claim.
    for (let i = 0; i < 40; i++) {
      const folder = path.join(dir, 'docs', `part${i % 3}`);
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(
        path.join(folder, `page ${i}.md`),
        i % 4 === 0
          ? `# Page ${i}\n\nA foreclosure erases all debt.\n`
          : `# Page ${i}\n\nA short sale, explained.\n`,
      );
    }
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('skips a binary file named on the command line, and says so', () => {
    fs.writeFileSync(path.join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x41]));
    const result = cli(['check', 'image.png', 'docs/part0/page 0.md'], dir);
    assert.match(
      result.stderr,
      /image\.png: skipped: a binary file \(a NUL byte in its first 8 KB\), not text/,
    );
    assert.equal(result.status, 1, 'the text file is still checked');
    assert.match(result.stdout, /page 0\.md:3:3 warning/);
    assert.doesNotMatch(result.stdout, /image\.png/);
  });

  it('names an unknown option and the closest known one, in its own words', () => {
    const result = cli(['check', '--formt', 'json', 'docs'], dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^mortgage-lens: unknown option --formt: did you mean --format\?$/m);
    assert.doesNotMatch(result.stderr, /Unknown option|positional/);
    const missing = cli(['check', 'docs', '--max-warnings'], dir);
    assert.match(missing.stderr, /--max-warnings needs a value/);
  });

  it('says "no such file or folder" for a missing folder', () => {
    const result = cli(['check', 'no-such-folder/'], dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /no-such-folder\/: cannot read: no such file or folder/);
  });

  it('--print-config without a configuration file prints the defaults that apply', () => {
    const result = cli(['check', '--print-config'], dir);
    assert.equal(result.status, 0, result.stderr);
    const printed = JSON.parse(result.stdout) as {
      configFile: null;
      rules: Record<string, string>;
      languages: string[];
      extensions: Record<string, string>;
      ignore: string[];
    };
    assert.equal(printed.configFile, null);
    for (const rule of builtInGlossary().rules) assert.equal(printed.rules[rule.id], rule.severity, rule.id);
    assert.equal(printed.rules['defined-term-unused'] !== undefined, true);
    assert.deepEqual(printed.languages, ['markdown', 'plaintext']);
    assert.equal(printed.extensions['.md'], 'markdown');
    assert.deepEqual(printed.ignore, []);
  });

  it('the usage lists terms --stdin, --shard and --merge, and says terms prints text by default', () => {
    const help = cli(['--help'], dir).stdout;
    assert.match(help, /mortgage-lens terms \[--format text\|json\|markdown\] --stdin --language/);
    assert.match(help, /--shard K\/N/);
    assert.match(help, /--merge/);
    assert.match(help, /terms prints text by default/);
  });

  it('shards by a hash of the path: fixed numbers, whatever the machine', () => {
    // FNV-1a 32-bit reference values: a change of hash would move files between CI jobs.
    assert.equal(fnv1a(''), 0x811c9dc5);
    assert.equal(fnv1a('a'), 0xe40c292c);
    assert.equal(fnv1a('docs/part0/page 0.md'), fnv1a('docs/part0/page 0.md'));
    assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'x', '1/2/3'])
      assert.throws(() => parseShard(bad), /--shard must be K\/N/);
  });

  for (const format of ['json', 'sarif'] as const) {
    it(`${format}: 3 shards are disjoint, cover every file, and merge into what one run gives`, () => {
      const whole = cli(['check', '--format', format, 'docs'], dir);
      assert.equal(whole.status, 1, whole.stderr);
      const parts = [1, 2, 3].map((k) => {
        const run = cli(['check', '--format', format, '--shard', `${k}/3`, 'docs'], dir);
        const file = path.join(dir, `shard-${k}.${format}`);
        fs.writeFileSync(file, run.stdout);
        return { run, file };
      });
      if (format === 'json') {
        const paths = parts.map(({ run }) =>
          (JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((f) => f.path),
        );
        const all = paths.flat();
        assert.equal(new Set(all).size, all.length, 'no file in two shards');
        assert.equal(all.length, 40, 'every file in one shard');
        assert.ok(
          paths.every((p) => p.length > 0 && p.length < 40),
          `each shard has some files: ${paths.map((p) => p.length)}`,
        );
        // The same split on a second run.
        const again = cli(['check', '--format', format, '--shard', '2/3', 'docs'], dir);
        assert.equal(again.stdout, parts[1].run.stdout);
      }
      const merged = cli(['check', '--merge', ...parts.map((p) => p.file)], dir);
      assert.equal(merged.status, 1, merged.stderr);
      assert.deepEqual(JSON.parse(merged.stdout), JSON.parse(whole.stdout));
    });
  }

  it('--merge of JSON reports prints text too, and refuses a file that is not a report', () => {
    const reports = [1, 2].map((k) => {
      const file = path.join(dir, `half-${k}.json`);
      fs.writeFileSync(file, cli(['check', '--format', 'json', '--shard', `${k}/2`, 'docs'], dir).stdout);
      return file;
    });
    const text = cli(['check', '--merge', '--format', 'text', ...reports], dir);
    assert.equal(text.stdout, cli(['check', 'docs'], dir).stdout);
    fs.writeFileSync(path.join(dir, 'other.json'), '{"name": "x"}');
    const refused = cli(['check', '--merge', 'other.json'], dir);
    assert.equal(refused.status, 2);
    assert.match(
      refused.stderr,
      /other\.json: cannot merge: neither a report of check --format json nor a SARIF/,
    );
  });

  it('an empty shard reports no file and exits 0', () => {
    const one = path.join(dir, 'one');
    fs.mkdirSync(one);
    fs.writeFileSync(path.join(one, 'a.md'), 'A foreclosure erases all debt.\n');
    const shards = [1, 2].map((k) => cli(['check', '--format', 'json', '--shard', `${k}/2`, 'one'], dir));
    const empty = shards.find((r) => r.status === 0)!;
    assert.deepEqual(JSON.parse(empty.stdout), { files: [] });
    assert.match(empty.stderr, /shard \d\/2 has no files to check/);
    assert.equal(shards.filter((r) => r.status === 1).length, 1);
  });
});
