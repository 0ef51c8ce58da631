// Reading a glossary folder (terms/*.yaml, rules/*.yaml) through a WorkspaceFs: the built-in
// glossary at build time, and team glossaries, which are untrusted: only files inside the folder of
// their configuration, regular and not too large, are read.
import type { WorkspaceFs } from '../project/workspaceFs';
import { CONFIG_FILE } from '../project/config';
import {
  compileGlossary,
  TEAM_LIMITS,
  type CompileResult,
  type GlossaryError,
  type GlossaryFile,
} from './compileGlossary';
import { SCHEMAS } from './schemas';

/** The YAML files directly in a folder, in name order. */
const yamlNames = (fs: WorkspaceFs, folder: string) =>
  fs
    .files(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();

/** The YAML files of a team glossary `folder`; `root` (links followed) is the configuration's folder. */
export function teamGlossaryFiles(
  fs: WorkspaceFs,
  folder: string,
  root: string,
  problems: GlossaryError[],
): { terms: GlossaryFile[]; rules: GlossaryFile[]; names: number } {
  let names = 0;
  const yamlFiles = (sub: string): GlossaryFile[] => {
    const dir = fs.join(folder, sub);
    return yamlNames(fs, dir).flatMap((name) => {
      names++;
      const file = fs.join(dir, name);
      const refused = (message: string) => {
        problems.push({ path: file, line: 1, column: 1, message });
        return [];
      };
      const real = fs.real(file);
      if (real === undefined) return refused('cannot read: no such file');
      if (fs.below(root, real) === undefined)
        return refused(
          `links to a file outside the folder of ${CONFIG_FILE}: not read (team glossary files must be inside it)`,
        );
      // A named pipe or a device would block the read, or never end it.
      const size = fs.fileSize(real);
      if (size === undefined) return refused('is not a regular file: not read');
      // Not read at all when too large (see TEAM_LIMITS; a character is at least a byte).
      if (size > TEAM_LIMITS.fileCharacters)
        return refused(
          `${size} bytes, over the limit of ${TEAM_LIMITS.fileCharacters} for a team glossary file: not read`,
        );
      const read = fs.read(file);
      return 'error' in read ? refused(read.error) : [{ path: file, text: read.text }];
    });
  };
  const terms = yamlFiles('terms');
  const rules = yamlFiles('rules');
  return { terms, rules, names };
}

/** The built-in glossary's folder, compiled; paths in errors are relative to `base`. Build time only. */
export function readGlossaryFolder(fs: WorkspaceFs, folder: string, base: string): CompileResult {
  const read = (file: string): GlossaryFile => {
    const result = fs.read(file);
    if ('error' in result) throw new Error(`${file}: ${result.error}`);
    return { path: fs.below(base, file) ?? file, text: result.text };
  };
  const yamlIn = (sub: string) =>
    yamlNames(fs, fs.join(folder, sub)).map((name) => read(fs.join(fs.join(folder, sub), name)));
  return compileGlossary(
    { terms: yamlIn('terms'), rules: yamlIn('rules'), language: read(fs.join(folder, 'language.yaml')) },
    SCHEMAS,
  );
}
