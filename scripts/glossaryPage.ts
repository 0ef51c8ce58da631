// Writes docs/glossary.md from the glossary data; `--check` fails when the committed page is stale.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatGlossaryError } from '../server/src/glossary/compileGlossary';
import { glossaryPage } from '../server/src/core/render/glossaryPage';
import { readGlossaryFolder } from '../server/src/glossary/glossaryFolder';
import { NODE_FS } from '../server/src/project/nodeFs';

const root = path.resolve(__dirname, '../..');
const result = readGlossaryFolder(NODE_FS, path.join(root, 'glossary'), root);
if (!result.bundle) {
  for (const e of result.errors) console.error(formatGlossaryError(e));
  process.exit(2);
}
const target = path.join(root, 'docs', 'glossary.md');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, glossaryPage(result.bundle.terms));
console.log(`wrote docs/glossary.md (${result.bundle.terms.length} terms)`);
