// Build step: compiles glossary/*.yaml into dist/glossary.json, which the server and the CLI load
// at startup without parsing YAML. A bad entry stops the build with file:line:column: reason.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatGlossaryError } from '../server/src/glossary/compileGlossary';
import { readGlossaryFolder } from '../server/src/glossary/readGlossaryFolder';

const root = path.resolve(__dirname, '../..');
const result = readGlossaryFolder(path.join(root, 'glossary'), root);
if (!result.bundle) {
  for (const e of result.errors) console.error(formatGlossaryError(e));
  console.error(`glossary: ${result.errors.length} error(s); dist/glossary.json not written`);
  process.exit(2);
}
fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist', 'glossary.json'), JSON.stringify(result.bundle));
console.log(`glossary: ${result.bundle.terms.length} terms, ${result.bundle.rules.length} rules`);
