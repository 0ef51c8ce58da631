// --fix never loses text: a file that changed after it was read is not overwritten, and the
// temporary file it writes first cannot be redirected by a link planted beside the document.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import nodeFs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ChangedSinceReadError, createTemporary, writeAtomically } from '../../server/src/cli/fix';

/** Replaces one function of node:fs (as the code under test calls it) until `restore` is called. */
function patchFs<K extends keyof typeof nodeFs>(name: K, replacement: (typeof nodeFs)[K]): () => void {
  const target = nodeFs as unknown as Record<string, unknown>;
  const original = target[name];
  target[name] = replacement;
  return () => (target[name] = original);
}

describe('writing fixes', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-atomic-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a file whose bytes changed since they were read, and leaves it as it is', () => {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'original');
    const read = fs.readFileSync(file);
    fs.writeFileSync(file, 'edited by the writer meanwhile');
    assert.throws(() => writeAtomically(file, read, 'fixed'), ChangedSinceReadError);
    assert.equal(fs.readFileSync(file, 'utf8'), 'edited by the writer meanwhile');
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });

  it('keeps an edit saved while the fixed text was being written (it compares again just before the rename)', () => {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'original');
    const read = fs.readFileSync(file);
    const writeFileSync = nodeFs.writeFileSync;
    let saved = false;
    const restore = patchFs('writeFileSync', (target, ...rest) => {
      writeFileSync(target, ...rest);
      // Once the temporary file is written, an editor saves the document.
      if (target !== file && !saved) {
        saved = true;
        writeFileSync(file, 'saved by the editor meanwhile');
      }
    });
    try {
      assert.throws(() => writeAtomically(file, read, 'fixed'), ChangedSinceReadError);
    } finally {
      restore();
    }
    assert.ok(saved, 'the temporary file was written');
    assert.equal(fs.readFileSync(file, 'utf8'), 'saved by the editor meanwhile');
    assert.deepEqual(fs.readdirSync(dir), ['a.md'], 'the temporary file is removed');
  });

  it('never writes through a link planted where a temporary file of a predictable name would go', () => {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'original');
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-victim-'));
    const victim = path.join(elsewhere, 'victim');
    fs.writeFileSync(victim, 'precious');
    // The name the temporary file had before: the document's name and the process id.
    const planted = path.join(dir, `.a.md.mortgage-lens-${process.pid}.tmp`);
    fs.symlinkSync(victim, planted);
    try {
      writeAtomically(file, fs.readFileSync(file), 'fixed');
      assert.equal(fs.readFileSync(victim, 'utf8'), 'precious');
      assert.ok(fs.lstatSync(file).isFile(), 'the document is a regular file, not the planted link');
      assert.equal(fs.readFileSync(file, 'utf8'), 'fixed');
      assert.ok(fs.lstatSync(planted).isSymbolicLink(), 'the planted link is left alone');
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('creates its temporary file under a new name when a link is planted under the one it drew', () => {
    const file = path.join(dir, 'a.md');
    const victim = path.join(dir, 'victim');
    fs.writeFileSync(victim, 'precious');
    fs.symlinkSync(victim, path.join(dir, '.a.md.mortgage-lens-planted.tmp'));
    const names = ['planted', 'fresh'];
    const temporary = createTemporary(file, () => names.shift()!);
    fs.writeSync(temporary.fd, 'fixed');
    fs.closeSync(temporary.fd);
    assert.equal(temporary.path, path.join(dir, '.a.md.mortgage-lens-fresh.tmp'));
    assert.equal(fs.readFileSync(victim, 'utf8'), 'precious');
    assert.equal(fs.statSync(temporary.path).mode & 0o777, 0o600, 'readable by its owner only until renamed');
  });

  it('still writes when the system does not let the process give the file back its owner (EPERM)', () => {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'original');
    fs.chmodSync(file, 0o664);
    // Another owner, so that the fix must try to set it: root (as the tests run here) may give the
    // file away; for a user the file stays their own and fchown is not even needed.
    if (process.getuid!() === 0) fs.chownSync(file, 65534, 65534);
    const denied = () => {
      throw Object.assign(new Error('EPERM: operation not permitted, fchown'), { code: 'EPERM' });
    };
    const restore = patchFs('fchownSync', denied);
    try {
      writeAtomically(file, fs.readFileSync(file), 'fixed');
    } finally {
      restore();
    }
    assert.equal(fs.readFileSync(file, 'utf8'), 'fixed');
    assert.equal(fs.statSync(file).mode & 0o777, 0o664);
  });
});
