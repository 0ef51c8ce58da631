// Measures one document (core.ts measureDocument) and prints one JSON line. Bundled with its core
// into the bench's snapshot folder when the bench starts, so a rebuild of out/ during the run does not
// change the code measured: node coreWorker.js <glossary.json> <file> <markdown|plaintext>
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GlossaryBundle } from '../server/src/core/glossaryTypes';
import type { Format } from './corpus';
import { measureDocument } from './core';

const [glossaryFile, file, format] = process.argv.slice(2);
const glossary = JSON.parse(fs.readFileSync(glossaryFile, 'utf8')) as GlossaryBundle;
const text = fs.readFileSync(file, 'utf8');
const result = measureDocument(glossary, {
  name: path.basename(file),
  format: format as Format,
  bytes: Buffer.byteLength(text),
  text,
});
process.stdout.write(`${JSON.stringify(result)}\n`);
