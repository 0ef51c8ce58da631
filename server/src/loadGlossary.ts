// Loads the compiled glossary bundle: beside the bundled server in dist/, or from the repo's
// dist/ when running the compiled sources under out/ (tests).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GlossaryBundle } from './core/glossaryTypes';

export function loadBuiltInGlossary(): GlossaryBundle {
  const candidates = [
    path.join(__dirname, 'glossary.json'),
    path.resolve(__dirname, '../../../dist/glossary.json'),
  ];
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found)
    throw new Error(`glossary bundle not found (looked at ${candidates.join(', ')}): run npm run build`);
  return JSON.parse(fs.readFileSync(found, 'utf8')) as GlossaryBundle;
}
