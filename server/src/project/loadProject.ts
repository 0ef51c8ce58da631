// A project is what applies to a document: the nearest .mortgage-lens.json above it (if any), the
// team glossaries it names merged over the built-in one, and its ignore globs. Read through a
// WorkspaceFs, so the desktop server, the CLI and the browser worker resolve documents alike.
import type Picomatch from 'picomatch';
import type { GlossaryBundle } from '../core/glossaryTypes';
import { compileGlossary, type GlossaryError, type GlossaryFile } from '../glossary/compileGlossary';
import { SCHEMAS } from '../glossary/schemas';
import { teamGlossaryFiles } from '../glossary/glossaryFolder';
import { CONFIG_FILE, configPosition, parseConfig, type Config } from './config';
import { unknownRuleErrors } from './unknownRules';
import type { WorkspaceFs } from './workspaceFs';

// Only a configuration with "ignore" globs needs picomatch: the CLI's start-up does not load it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const picomatch = (): typeof Picomatch => require('picomatch') as typeof Picomatch;

export interface Project {
  /** The configuration file, or undefined for documents no configuration covers. */
  configFile?: string;
  config: Config;
  glossary: GlossaryBundle;
  /** Problems in the configuration or a team glossary, each with file, line and column. */
  errors: GlossaryError[];
  isIgnored(file: string): boolean;
}

/** The nearest configuration file in `folder` or above it. */
export function findConfigFile(fs: WorkspaceFs, folder: string): string | undefined {
  for (let current = folder; ; current = fs.dirname(current)) {
    const candidate = fs.join(current, CONFIG_FILE);
    if (fs.isFile(candidate)) return candidate;
    if (fs.dirname(current) === current) return undefined;
  }
}

/**
 * Reads a project. When its configuration or a team glossary is broken, `previous` (the last good
 * state) is kept in force and the errors are reported, so nothing else stops working.
 */
export function loadProject(
  fs: WorkspaceFs,
  configFile: string | undefined,
  builtIn: GlossaryBundle,
  previous?: Project,
): Project {
  if (!configFile) return { config: {}, glossary: builtIn, errors: [], isIgnored: () => false };
  const folder = fs.dirname(configFile);
  const read = fs.read(configFile);
  if ('error' in read)
    return broken(fs, configFile, builtIn, previous, [
      { path: configFile, line: 1, column: 1, message: read.error },
    ]);
  const { config, errors } = parseConfig(configFile, read.text);
  if (!config) return broken(fs, configFile, builtIn, previous, errors);
  const warnings = errors; // with a configuration, only warnings (a key written twice)

  const terms: GlossaryFile[] = [];
  const rules: GlossaryFile[] = [];
  const problems: GlossaryError[] = [];
  // The workspace is untrusted content: its configuration must not make the server (or the CLI
  // in CI) read files elsewhere, such as ../../.ssh or /etc/passwd, and show parts of them in
  // error messages. Links are followed first, so a link cannot lead out either.
  const root = fs.real(folder) ?? folder;
  (config.glossaries ?? []).forEach((written, i) => {
    const atEntry = (message: string): GlossaryError => ({
      path: configFile,
      ...configPosition(read.text, ['glossaries', i]),
      message,
    });
    const real = fs.real(fs.resolve(folder, written));
    if (real === undefined) {
      problems.push(atEntry(`glossary folder "${written}" does not exist`));
      return;
    }
    if (fs.below(root, real) === undefined) {
      problems.push(
        atEntry(
          `glossary folder "${written}" is outside the folder of ${CONFIG_FILE}: team glossaries must be inside it`,
        ),
      );
      return;
    }
    const found = teamGlossaryFiles(fs, fs.resolve(folder, written), root, problems);
    if (found.names === 0)
      problems.push(atEntry(`glossary folder "${written}" has no terms/ or rules/ files`));
    terms.push(...found.terms);
    rules.push(...found.rules);
  });
  const compiled = compileGlossary({ terms, rules, base: builtIn }, SCHEMAS);
  problems.push(...compiled.errors);
  if (!compiled.bundle || problems.length > 0)
    return broken(fs, configFile, builtIn, previous, [...warnings, ...problems], config);
  // An unknown rule id is reported but does not hold the rest of the configuration back.
  return {
    configFile,
    config,
    glossary: compiled.bundle,
    errors: [...warnings, ...unknownRuleErrors(configFile, read.text, config, compiled.bundle)],
    isIgnored: ignoreMatcher(fs, folder, config),
  };
}

function broken(
  fs: WorkspaceFs,
  configFile: string,
  builtIn: GlossaryBundle,
  previous: Project | undefined,
  errors: GlossaryError[],
  config?: Config,
): Project {
  if (previous) return { ...previous, errors };
  const fallback = config ?? {};
  return {
    configFile,
    config: fallback,
    glossary: builtIn,
    errors,
    isIgnored: ignoreMatcher(fs, fs.dirname(configFile), fallback),
  };
}

function ignoreMatcher(fs: WorkspaceFs, folder: string, config: Config): (file: string) => boolean {
  if (!config.ignore?.length) return () => false;
  const matches = picomatch()(config.ignore, { dot: true, windows: false });
  return (file) => {
    const relative = fs.below(folder, file);
    return relative !== undefined && matches(relative);
  };
}
