// A project is what applies to a document: the nearest .mortgage-lens.json above it (if any), the
// team glossaries it names merged over the built-in one, and its ignore globs. This is the file
// system adapter for configuration; the server and the CLI both resolve documents through it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { GlossaryBundle } from '../core/glossaryTypes';
import { compileGlossary, type GlossaryError, type GlossaryFile } from '../glossary/compileGlossary';
import { CONFIG_FILE, parseConfig, type Config } from './config';
import { unknownRuleErrors } from './unknownRules';
import termSchema from '../../../glossary/schema/term.schema.json';
import ruleSchema from '../../../glossary/schema/rule.schema.json';
import languageSchema from '../../../glossary/schema/language.schema.json';

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
  for (const folder of config.glossaries ?? []) {
    const absolute = path.resolve(dir, folder);
    if (!fs.existsSync(absolute)) {
      problems.push({
        path: configFile,
        line: 1,
        column: 1,
        message: `glossary folder "${folder}" does not exist`,
      });
      continue;
    }
    terms.push(...yamlFiles(path.join(absolute, 'terms'), problems));
    rules.push(...yamlFiles(path.join(absolute, 'rules'), problems));
  }
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
  const matches = picomatch(config.ignore, { dot: true });
  return (file) => {
    const relative = path.relative(dir, path.resolve(file));
    return !relative.startsWith('..') && matches(relative.split(path.sep).join('/'));
  };
}

function yamlFiles(folder: string, problems: GlossaryError[]): GlossaryFile[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => {
      const file = path.join(folder, f);
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
