// The lean copy of the built-in glossary the CLI and the server start from (server/src/leanGlossary.ts):
// loaded, it is the whole glossary, the same JSON key for key, its terms' reading text read from
// glossary.json on first use; one written from another glossary.json is not used.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  LEAN_FILE,
  leanFileOf,
  readLean,
  SCORER_FILE,
  scorerFileOf,
} from '../../server/src/glossary/leanGlossary';

const DIST = path.resolve(__dirname, '../../../dist');

describe('lean glossary', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-lean-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is written by the build for glossary.json as it is now', () => {
    const text = fs.readFileSync(path.join(DIST, 'glossary.json'), 'utf8');
    assert.equal(fs.readFileSync(path.join(DIST, LEAN_FILE), 'utf8'), leanFileOf(text));
    assert.equal(fs.readFileSync(path.join(DIST, SCORER_FILE), 'utf8'), scorerFileOf(text));
  });

  it('loads as the whole glossary, key for key, reading glossary.json only when reading text is asked for', () => {
    const text = fs.readFileSync(path.join(DIST, 'glossary.json'), 'utf8');
    const glossary = path.join(dir, 'glossary.json');
    fs.writeFileSync(glossary, text);
    fs.writeFileSync(path.join(dir, LEAN_FILE), leanFileOf(text));
    fs.writeFileSync(path.join(dir, SCORER_FILE), scorerFileOf(text)!);
    const lean = readLean(path.join(dir, LEAN_FILE), glossary);
    assert.ok(lean);
    assert.equal(lean.terms[0].term, JSON.parse(text).terms[0].term);
    // Only the reading text comes from glossary.json: without it the rest is still there.
    fs.renameSync(glossary, `${glossary}.away`);
    assert.throws(() => lean.terms[0].definition, /ENOENT/);
    // The claim scorer is read on first use from its own file beside the lean one, not from glossary.json.
    assert.equal(typeof lean.scorer?.keys, 'string');
    fs.renameSync(`${glossary}.away`, glossary);
    assert.equal(JSON.stringify(lean), text);
    lean.terms[1].definition = 'changed';
    assert.equal(lean.terms[1].definition, 'changed');
  });

  it('is not used when glossary.json was written since (another size)', () => {
    const text = fs.readFileSync(path.join(DIST, 'glossary.json'), 'utf8');
    const glossary = path.join(dir, 'glossary.json');
    fs.writeFileSync(path.join(dir, LEAN_FILE), leanFileOf(text));
    fs.writeFileSync(glossary, `${text} `);
    assert.equal(readLean(path.join(dir, LEAN_FILE), glossary), undefined);
    assert.equal(readLean(path.join(dir, 'missing.json'), glossary), undefined);
  });
});
