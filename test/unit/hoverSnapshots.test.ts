// A hover snapshot per glossary term, so a change to any entry or to the hover layout shows up in
// review as a readable diff. UPDATE_SNAPSHOTS=1 npm run test:unit rewrites them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MarkupContent } from 'vscode-languageserver-types';
import { builtInGlossary, documentOf, languageService } from '../helpers';

const folder = path.resolve(__dirname, '../../../test/fixtures/hovers');
const update = process.env.UPDATE_SNAPSHOTS === '1';

describe('hover snapshots, one per term', () => {
  const terms = builtInGlossary().terms;

  it('has a snapshot for every term and none for a term that is gone', () => {
    if (update) return;
    const expected = terms.map((t) => `${t.id}.md`).sort();
    assert.deepEqual(fs.readdirSync(folder).sort(), expected);
  });

  for (const term of terms) {
    it(term.id, () => {
      // The hover a writer gets on the term in a mortgage paragraph.
      const text = `The lender and the borrower discussed the ${term.term} on the home loan.`;
      const document = documentOf(text);
      const hover = languageService().hover(document, document.positionAt(text.indexOf(term.term) + 1));
      assert.ok(hover, `no hover for "${term.term}"`);
      const value = (hover.contents as MarkupContent).value + '\n';
      const file = path.join(folder, `${term.id}.md`);
      if (update) {
        fs.mkdirSync(folder, { recursive: true });
        fs.writeFileSync(file, value);
      } else {
        assert.equal(
          value,
          fs.readFileSync(file, 'utf8'),
          `${file} is stale: UPDATE_SNAPSHOTS=1 npm run test:unit`,
        );
      }
    });
  }
});
