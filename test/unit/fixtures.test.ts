// Fixture documents with exact expectations in the manner of Vale: each test/fixtures/check/<name>
// has <name>.expected listing `file:line:column:rule` (1-based) for every finding, in order.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { documentOf, languageService } from '../helpers';

const folder = path.resolve(__dirname, '../../../test/fixtures/check');

describe('fixtures: exact file:line:column:rule', () => {
  for (const name of fs.readdirSync(folder).filter((f) => !f.endsWith('.expected'))) {
    it(name, () => {
      const text = fs.readFileSync(path.join(folder, name), 'utf8');
      const document = documentOf(text, name.endsWith('.md') ? 'markdown' : 'plaintext');
      const actual = languageService()
        .diagnostics(document)
        .map((d) => `${name}:${d.range.start.line + 1}:${d.range.start.character + 1}:${d.code}`);
      const expected = fs
        .readFileSync(path.join(folder, `${name}.expected`), 'utf8')
        .trim()
        .split('\n');
      assert.deepEqual(actual, expected);
    });
  }
});
