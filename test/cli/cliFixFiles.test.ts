// check --fix on real files in a temporary folder: what it does to a file's bytes, links, mode, owner
// and hard links, and which files it refuses to write (exit 2, nothing written).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO_ROOT, 'bin/mortgage-lens.js');

const CLAIM = 'Foreclosure erases all debt.\n';
const FIXED = 'Foreclosure does not always erase all debt.\n';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, input: string | Buffer = ''): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('check --fix on files', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-fix-files-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: string | Buffer, mode?: number) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    if (mode !== undefined) fs.chmodSync(file, mode); // chmod: the umask does not apply
    return file;
  };

  describe('a file that is not UTF-8', () => {
    // "Café crème" in Latin-1: é and è are single bytes (0xE9, 0xE8) that are not UTF-8.
    const latin1 = Buffer.from(`Café crème.\n${CLAIM}`, 'latin1');

    it('is not fixed: exit 2, the file byte for byte as it was, and the message says which file and why', () => {
      const file = write('menu.md', latin1);
      const run = cli(['check', '--fix', 'menu.md'], dir);
      assert.equal(run.status, 2);
      assert.deepEqual(fs.readFileSync(file), latin1);
      assert.match(
        run.stderr,
        /^mortgage-lens: menu\.md: not valid UTF-8 \(byte 0xE9 on line 1, byte offset 3\)/,
      );
      assert.match(run.stderr, /not fixed/);
      assert.deepEqual(fs.readdirSync(dir), ['menu.md']);
    });

    it('is checked with a warning that it is not UTF-8', () => {
      write('menu.md', latin1);
      const run = cli(['check', 'menu.md'], dir);
      assert.equal(run.status, 1);
      assert.match(run.stdout, /^menu\.md:2:1 warning .*foreclosure-erases-debt$/m);
      assert.match(
        run.stderr,
        /^mortgage-lens: menu\.md: warning: not valid UTF-8 \(byte 0xE9 on line 1, byte offset 3\)/,
      );
    });

    it('is left out of the --fix-dry-run diff, with a warning that --fix would refuse it', () => {
      write('menu.md', latin1);
      write('claims.md', CLAIM);
      const run = cli(['check', '--fix-dry-run', 'menu.md', 'claims.md'], dir);
      assert.equal(run.status, 1);
      assert.doesNotMatch(run.stdout, /menu\.md/);
      assert.match(run.stdout, /^\+\+\+ b\/claims\.md$/m);
      assert.match(run.stderr, /menu\.md: warning: not valid UTF-8 .*--fix would refuse it/);
      assert.match(run.stderr, /--fix would fix 1 finding;/);
    });

    it('without anything to fix only warns, and the other files are fixed', () => {
      const menu = Buffer.from('Café crème.\n', 'latin1');
      write('menu.md', menu);
      const claims = write('claims.md', CLAIM);
      const run = cli(['check', '--fix', 'menu.md', 'claims.md'], dir);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /menu\.md: warning: not valid UTF-8/);
      assert.equal(fs.readFileSync(claims, 'utf8'), FIXED);
      assert.deepEqual(fs.readFileSync(path.join(dir, 'menu.md')), menu);
    });

    it('on standard input is not fixed either', () => {
      const run = cli(['check', '--fix', '--stdin', '--language', 'plaintext'], dir, latin1);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.match(
        run.stderr,
        /^mortgage-lens: <stdin>: not valid UTF-8 \(byte 0xE9 on line 1, byte offset 3\)/,
      );
    });
  });

  describe('a symbolic link', () => {
    it('is kept, and the file it points to is fixed', () => {
      const target = write('docs/real.md', CLAIM);
      fs.symlinkSync('docs/real.md', path.join(dir, 'link.md'));
      const run = cli(['check', '--fix', 'link.md'], dir);
      assert.equal(run.status, 0, run.stderr);
      assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink(), 'link.md is still a link');
      assert.equal(fs.readlinkSync(path.join(dir, 'link.md')), 'docs/real.md');
      assert.equal(fs.readFileSync(target, 'utf8'), FIXED);
      assert.deepEqual(fs.readdirSync(dir).sort(), ['docs', 'link.md'], 'no temporary file is left');
      assert.deepEqual(fs.readdirSync(path.join(dir, 'docs')), ['real.md'], 'no temporary file is left');
    });

    it('named with the file it points to: the file is fixed once', () => {
      const target = write('real.md', CLAIM);
      fs.symlinkSync('real.md', path.join(dir, 'link.md'));
      const run = cli(['check', '--fix', 'link.md', 'real.md'], dir);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, 'mortgage-lens: fixed 1 finding\n');
      assert.equal(fs.readFileSync(target, 'utf8'), FIXED);
      assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
    });
  });

  describe('permissions and owner', () => {
    it('keeps a mode the umask would change (0664)', () => {
      const file = write('shared.md', CLAIM, 0o664);
      assert.equal(cli(['check', '--fix', 'shared.md'], dir).status, 0);
      assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
      assert.equal(fs.statSync(file).mode & 0o7777, 0o664);
    });

    it("keeps the file's owner and group where the process may set them", () => {
      // As root (as here), give the file to another user; otherwise keep the user's own, with one
      // of their groups: either way --fix must leave the owner and group as they were.
      const file = write('theirs.md', CLAIM, 0o666);
      const root = process.getuid!() === 0;
      const owner = root ? 65534 : process.getuid!();
      const group = root ? 65534 : process.getgroups!().at(-1)!;
      fs.chownSync(file, owner, group);
      assert.equal(cli(['check', '--fix', 'theirs.md'], dir).status, 0);
      assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
      const stat = fs.statSync(file);
      assert.deepEqual([stat.uid, stat.gid], [owner, group]);
    });

    // The refusal goes by the mode bits: root (as the tests run here) may write any file.
    it('refuses a read-only file (0444): exit 2, the file untouched, and says how to fix it anyway', () => {
      const file = write('frozen.md', CLAIM, 0o444);
      const run = cli(['check', '--fix', 'frozen.md'], dir);
      assert.equal(run.status, 2);
      assert.equal(fs.readFileSync(file, 'utf8'), CLAIM);
      assert.match(run.stderr, /^mortgage-lens: frozen\.md: read-only \(mode 0444\); not fixed/);
      assert.match(run.stderr, /--fix-read-only/);
    });

    it('fixes a read-only file with --fix-read-only, and it stays read-only', () => {
      const file = write('frozen.md', CLAIM, 0o444);
      const run = cli(['check', '--fix', '--fix-read-only', 'frozen.md'], dir);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
      assert.equal(fs.statSync(file).mode & 0o7777, 0o444);
    });

    it('--fix-read-only goes with --fix', () => {
      const run = cli(['check', '--fix-read-only', 'frozen.md'], dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /--fix-read-only goes with --fix/);
    });
  });

  describe('a file with hard links', () => {
    it('is refused, so its links are not split: exit 2, every name as it was', () => {
      const file = write('a.md', CLAIM);
      fs.linkSync(file, path.join(dir, 'b.md'));
      const run = cli(['check', '--fix', 'a.md'], dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^mortgage-lens: a\.md: has 2 hard links; not fixed/);
      assert.equal(fs.readFileSync(file, 'utf8'), CLAIM);
      assert.equal(fs.statSync(file).nlink, 2);
      assert.equal(fs.statSync(file).ino, fs.statSync(path.join(dir, 'b.md')).ino);
    });
  });

  it('writes nothing when any file is refused, and names every refused file', () => {
    const first = write('a.md', CLAIM);
    write('b.md', CLAIM, 0o444);
    write('c.md', Buffer.from(`Café.\n${CLAIM}`, 'latin1'));
    const last = write('d.md', CLAIM);
    const run = cli(['check', '--fix', 'a.md', 'b.md', 'c.md', 'd.md'], dir);
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr.replace(/;.*/g, ''),
      'mortgage-lens: b.md: read-only (mode 0444)\n' +
        'mortgage-lens: c.md: not valid UTF-8 (byte 0xE9 on line 1, byte offset 3)\n' +
        'mortgage-lens: --fix wrote nothing\n',
    );
    assert.equal(fs.readFileSync(first, 'utf8'), CLAIM);
    assert.equal(fs.readFileSync(last, 'utf8'), CLAIM);
  });
});
