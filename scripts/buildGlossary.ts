// Build step: compiles glossary/*.yaml into dist/glossary.json, which the server and the CLI load
// at startup without parsing YAML. A bad entry stops the build with file:line:column: reason.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatGlossaryError } from '../server/src/glossary/compileGlossary';
import { readGlossaryFolder } from '../server/src/glossary/glossaryFolder';
import { NODE_FS } from '../server/src/project/nodeFs';
import { claimIndexSeed } from '../server/src/core/claims/claimIndex';
import { packScorer, scorerProblem } from '../server/src/core/claims/scorer';
import type { ScorerModel } from '../server/src/core/glossaryTypes';
import { SEED_FILE } from '../server/src/glossary/loadBuiltIn';
import { LEAN_FILE, leanFileOf, SCORER_FILE, scorerFileOf } from '../server/src/glossary/leanGlossary';

const root = path.resolve(__dirname, '../..');
const result = readGlossaryFolder(NODE_FS, path.join(root, 'glossary'), root);
if (!result.bundle) {
  for (const e of result.errors) console.error(formatGlossaryError(e));
  console.error(`glossary: ${result.errors.length} error(s); dist/glossary.json not written`);
  process.exit(2);
}
// The learned reading of the built-in rules (npm run train), checked against the rules it speaks for.
const scorerFile = path.join(root, 'glossary', 'scorer.json');
if (fs.existsSync(scorerFile)) {
  const model: unknown = JSON.parse(fs.readFileSync(scorerFile, 'utf8'));
  const problem = scorerProblem(model, result.bundle.rules);
  if (problem) {
    console.error(`${path.relative(root, scorerFile)}: ${problem}; train again (npm run train)`);
    process.exit(2);
  }
  result.bundle.scorer = packScorer(model as ScorerModel);
}
const dist = path.join(root, 'dist');
fs.mkdirSync(dist, { recursive: true });
const text = JSON.stringify(result.bundle);
fs.writeFileSync(path.join(dist, 'glossary.json'), text);
// For start-up, beside it (see server/src/glossary/loadBuiltIn.ts): the claim index's words found ahead, and
// the glossary without its terms' reading text.
fs.writeFileSync(path.join(dist, SEED_FILE), JSON.stringify(claimIndexSeed(result.bundle.language)));
fs.writeFileSync(path.join(dist, LEAN_FILE), leanFileOf(text));
const scorerText = scorerFileOf(text);
if (scorerText) fs.writeFileSync(path.join(dist, SCORER_FILE), scorerText);
console.log(`glossary: ${result.bundle.terms.length} terms, ${result.bundle.rules.length} rules`);
