// Reads a glossary folder (terms/*.yaml, rules/*.yaml, language.yaml, schema/*.json) from disk and
// compiles it. The one place the glossary meets the file system; paths in errors are relative to `base`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileGlossary, type CompileResult, type GlossaryFile } from './compileGlossary';

export function readGlossaryFolder(folder: string, base: string): CompileResult {
  const read = (file: string): GlossaryFile => ({
    path: path.relative(base, file),
    text: fs.readFileSync(file, 'utf8'),
  });
  const yamlIn = (dir: string) =>
    fs
      .readdirSync(path.join(folder, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => read(path.join(folder, dir, f)));
  const schema = (name: string) =>
    JSON.parse(fs.readFileSync(path.join(folder, 'schema', `${name}.schema.json`), 'utf8'));
  return compileGlossary(
    { terms: yamlIn('terms'), rules: yamlIn('rules'), language: read(path.join(folder, 'language.yaml')) },
    { term: schema('term'), rule: schema('rule'), language: schema('language') },
  );
}
