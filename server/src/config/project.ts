// A project is what applies to a document: the nearest .mortgage-lens.json above it (if any), the
// team glossaries it names merged over the built-in one, and its ignore globs. This is the file
// system adapter for configuration; the server and the CLI both resolve documents through it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type Picomatch from 'picomatch';
import type { GlossaryBundle } from '../core/glossaryTypes';
import {
  compileGlossary,
  TEAM_LIMITS,
  type GlossaryError,
  type GlossaryFile,
} from '../glossary/compileGlossary';
import { CONFIG_FILE, configPosition, parseConfig, type Config } from './config';
import { unknownRuleErrors } from './unknownRules';
import termSchema from '../../../glossary/schema/term.schema.json';
import ruleSchema from '../../../glossary/schema/rule.schema.json';
import languageSchema from '../../../glossary/schema/language.schema.json';

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

/** The nearest configuration file in `dir` or above it. */
export function findConfigFile(dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const candidate = path.join(current, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

/**
 * Reads a project. When its configuration or a team glossary is broken, `previous` (the last good
 * state) is kept in force and the errors are reported, so nothing else stops working.
 */
export function loadProject(
  configFile: string | undefined,
  builtIn: GlossaryBundle,
  previous?: Project,
): Project {
  if (!configFile) return { config: {}, glossary: builtIn, errors: [], isIgnored: () => false };
  const dir = path.dirname(configFile);
  const read = readText(configFile);
  if (typeof read !== 'string') return broken(configFile, builtIn, previous, [read]);
  const { config, errors } = parseConfig(configFile, read);
  if (!config) return broken(configFile, builtIn, previous, errors);
  const warnings = errors; // with a configuration, only warnings (a key written twice)

  const terms: GlossaryFile[] = [];
  const rules: GlossaryFile[] = [];
  const problems: GlossaryError[] = [];
  // The workspace is untrusted content: its configuration must not make the server (or the CLI
  // in CI) read files elsewhere, such as ../../.ssh or /etc/passwd, and show parts of them in
  // error messages. Links are followed first, so a link cannot lead out either.
  const root = fs.realpathSync(dir);
  (config.glossaries ?? []).forEach((folder, i) => {
    const atEntry = (message: string): GlossaryError => ({
      path: configFile,
      ...configPosition(read, ['glossaries', i]),
      message,
    });
    const absolute = path.resolve(dir, folder);
    if (!fs.existsSync(absolute)) {
      problems.push(atEntry(`glossary folder "${folder}" does not exist`));
      return;
    }
    if (!isInside(root, fs.realpathSync(absolute))) {
      problems.push(
        atEntry(
          `glossary folder "${folder}" is outside the folder of ${CONFIG_FILE}: team glossaries must be inside it`,
        ),
      );
      return;
    }
    terms.push(...yamlFiles(path.join(absolute, 'terms'), root, problems));
    rules.push(...yamlFiles(path.join(absolute, 'rules'), root, problems));
  });
  const compiled = compileGlossary(
    { terms, rules, base: builtIn },
    { term: termSchema, rule: ruleSchema, language: languageSchema },
  );
  problems.push(...compiled.errors);
  if (!compiled.bundle || problems.length > 0)
    return broken(configFile, builtIn, previous, [...warnings, ...problems], config);
  // An unknown rule id is reported but does not hold the rest of the configuration back.
  return {
    configFile,
    config,
    glossary: compiled.bundle,
    errors: [...warnings, ...unknownRuleErrors(configFile, read, config, compiled.bundle)],
    isIgnored: ignoreMatcher(dir, config),
  };
}

function broken(
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
    isIgnored: ignoreMatcher(path.dirname(configFile), fallback),
  };
}

function ignoreMatcher(dir: string, config: Config): (file: string) => boolean {
  if (!config.ignore?.length) return () => false;
  const matches = picomatch()(config.ignore, { dot: true });
  return (file) => {
    const relative = path.relative(dir, path.resolve(file));
    return !relative.startsWith('..') && matches(relative.split(path.sep).join('/'));
  };
}

/** Whether `file` is `root` or below it; both already through realpath. */
function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function yamlFiles(folder: string, root: string, problems: GlossaryError[]): GlossaryFile[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => {
      const file = path.join(folder, f);
      const refused = (message: string) => {
        problems.push({ path: file, line: 1, column: 1, message });
        return [];
      };
      let real: string;
      try {
        real = fs.realpathSync(file);
      } catch (error) {
        return refused(`cannot read: ${(error as Error).message}`);
      }
      if (!isInside(root, real))
        return refused(
          `links to a file outside the folder of ${CONFIG_FILE}: not read (team glossary files must be inside it)`,
        );
      // A named pipe or a device would block the read, or never end it.
      const stat = fs.statSync(real);
      if (!stat.isFile()) return refused('is not a regular file: not read');
      // Not read at all when too large (see TEAM_LIMITS; a character is at least a byte).
      if (stat.size > TEAM_LIMITS.fileCharacters)
        return refused(
          `${stat.size} bytes, over the limit of ${TEAM_LIMITS.fileCharacters} for a team glossary file: not read`,
        );
      const text = readText(file);
      if (typeof text === 'string') return [{ path: file, text }];
      problems.push(text);
      return [];
    });
}

function readText(file: string): string | GlossaryError {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { path: file, line: 1, column: 1, message: `cannot read: ${(error as Error).message}` };
  }
}
