// --fix never loses text: a file that changed after it was read is not overwritten.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ChangedSinceReadError, writeAtomically } from '../../server/src/cliFix';

describe('writing fixes', () => {
  it('refuses a file whose bytes changed since they were read, and leaves it as it is', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-atomic-'));
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'original');
    const read = fs.readFileSync(file);
    fs.writeFileSync(file, 'edited by the writer meanwhile');
    assert.throws(() => writeAtomically(file, read, 'fixed'), ChangedSinceReadError);
    assert.equal(fs.readFileSync(file, 'utf8'), 'edited by the writer meanwhile');
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
    fs.rmSync(dir, { recursive: true });
  });
});
