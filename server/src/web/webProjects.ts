// Team configuration in a browser (vscode.dev, github.dev): the server has no file system there, so
// the client finds and reads .mortgage-lens.json files and team glossaries for it (see the web
// client). Same rules as projectService.ts on the desktop: the nearest configuration above a
// document applies, team terms and rules merge over the built-in glossary, ignore globs and
// languages filter, editor settings apply on top, and a broken team file is a diagnostic in that
// file. Files are addressed by URI; the whole workspace is loaded at once and again on any change.
import picomatch from 'picomatch';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE, configPosition, parseConfig, type Config } from '../config/config';
import { unknownRuleErrors } from '../config/unknownRules';
import type { GlossaryBundle } from '../core/glossaryTypes';
import { createLanguageService, type LanguageService, type Settings } from '../core/languageService';
import { routedByDocument } from '../documentRouting';
import { compileGlossary, type GlossaryError, type GlossaryFile } from '../glossary/compileGlossary';
import termSchema from '../../../glossary/schema/term.schema.json';
import ruleSchema from '../../../glossary/schema/rule.schema.json';
import languageSchema from '../../../glossary/schema/language.schema.json';

/** How the server reads the workspace in a browser: requests answered by the client. */
export interface WorkspaceReader {
  findFiles(include: string): Promise<string[]>;
  readFile(uri: string): Promise<string | null>;
  readDirectory(uri: string): Promise<string[]>;
}

export interface WebProjectService extends LanguageService {
  fileChanged(file: string): boolean;
  /** Reads every configuration and team glossary again; resolves when done. */
  reload(): Promise<void>;
  problems(): GlossaryError[];
  setTrusted(trusted: boolean): void;
}

interface WebProject {
  /** The configuration's folder, as a URI ending in '/'. */
  folder: string;
  config: Config;
  service: LanguageService;
  errors: GlossaryError[];
  isIgnored(relative: string): boolean;
}

/** `base` is a URI ending in '/'; `relative` a path as written in the configuration. */
export function resolveUri(base: string, relative: string): string {
  const url = new URL(relative.replace(/\\/g, '/'), base);
  return url.toString().replace(/\/?$/, '/');
}

export function createWebProjectService(
  builtIn: GlossaryBundle,
  reader: WorkspaceReader,
  onLoaded: () => void,
): WebProjectService {
  const fallback = createLanguageService(builtIn);
  // Ignored files and languages a project does not check: nothing at all, as on the desktop.
  const empty = createLanguageService({ ...builtIn, terms: [], rules: [] }, { definedTerms: false });
  let projects: WebProject[] = [];
  let trusted = true;
  let editorSettings: Settings = {};
  let entryUri: ((id: string) => string) | undefined;
  let loading: Promise<void> | undefined;
  let generation = 0;

  const configure = (service: LanguageService, config: Config) => {
    service.configure({ ...editorSettings, rules: { ...config.rules, ...editorSettings.rules } });
    service.linkEntries(entryUri);
  };

  async function loadProject(configUri: string): Promise<WebProject | undefined> {
    const folder = configUri.slice(0, configUri.lastIndexOf('/') + 1);
    const text = await reader.readFile(configUri);
    if (text === null) return undefined;
    const { config, errors } = parseConfig(configUri, text);
    const at = (message: string): GlossaryError => ({ path: configUri, line: 1, column: 1, message });
    if (!config) return project(folder, {}, fallback, errors);
    const warnings = errors; // with a configuration, only warnings (a key written twice)
    const terms: GlossaryFile[] = [];
    const rules: GlossaryFile[] = [];
    const problems: GlossaryError[] = [];
    for (const [i, glossaryFolder] of (config.glossaries ?? []).entries()) {
      const root = resolveUri(folder, glossaryFolder);
      // As on the desktop (config/project.ts): nothing outside the configuration's folder is read.
      if (!root.startsWith(folder)) {
        problems.push({
          path: configUri,
          ...configPosition(text, ['glossaries', i]),
          message: `glossary folder "${glossaryFolder}" is outside the folder of ${CONFIG_FILE}: team glossaries must be inside it`,
        });
        continue;
      }
      const [termNames, ruleNames] = await Promise.all([
        reader.readDirectory(`${root}terms`),
        reader.readDirectory(`${root}rules`),
      ]);
      if (termNames.length === 0 && ruleNames.length === 0) {
        problems.push(at(`glossary folder "${glossaryFolder}" has no terms/ or rules/ files`));
        continue;
      }
      const read = async (sub: string, names: string[], into: GlossaryFile[]) => {
        for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
          const uri = `${root}${sub}/${encodeURIComponent(name)}`;
          const content = await reader.readFile(uri);
          if (content === null) problems.push({ path: uri, line: 1, column: 1, message: 'cannot read' });
          else into.push({ path: uri, text: content });
        }
      };
      await read('terms', termNames, terms);
      await read('rules', ruleNames, rules);
    }
    if (terms.length === 0 && rules.length === 0) {
      // With a team glossary missing, its rule ids cannot be told from misspellings.
      if (problems.length === 0) problems.push(...unknownRuleErrors(configUri, text, config, builtIn));
      return project(folder, config, createLanguageService(builtIn), [...warnings, ...problems]);
    }
    const compiled = compileGlossary(
      { terms, rules, base: builtIn },
      { term: termSchema, rule: ruleSchema, language: languageSchema },
    );
    problems.push(...compiled.errors);
    const glossary = compiled.bundle && problems.length === 0 ? compiled.bundle : builtIn;
    if (glossary === compiled.bundle) problems.push(...unknownRuleErrors(configUri, text, config, glossary));
    const service = createLanguageService(glossary);
    return project(folder, config, service, [...warnings, ...problems]);
  }

  function project(
    folder: string,
    config: Config,
    service: LanguageService,
    errors: GlossaryError[],
  ): WebProject {
    const matches = config.ignore?.length
      ? picomatch(config.ignore, { dot: true, windows: false })
      : undefined;
    configure(service, config);
    return { folder, config, service, errors, isIgnored: (relative) => matches?.(relative) ?? false };
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    const next: WebProject[] = [];
    if (trusted) {
      const configs = (await reader.findFiles(`**/${CONFIG_FILE}`)).filter((uri) =>
        uri.endsWith(`/${CONFIG_FILE}`),
      );
      for (const uri of configs) {
        const loaded = await loadProject(uri);
        if (loaded) next.push(loaded);
      }
    }
    if (mine !== generation) return; // a newer load started meanwhile
    // The nearest configuration first: the longest folder.
    projects = next.sort((a, b) => b.folder.length - a.folder.length);
    onLoaded();
  }

  function serviceOf(document: Pick<TextDocument, 'uri' | 'languageId'>): LanguageService {
    const owner = projects.find((p) => document.uri.startsWith(p.folder));
    if (!owner) return fallback;
    const relative = decodeURIComponent(document.uri.slice(owner.folder.length));
    const languages = owner.config.languages;
    if (owner.isIgnored(relative) || (languages && !languages.includes(document.languageId))) return empty;
    return owner.service;
  }

  const all = () => [fallback, ...projects.map((p) => p.service)];

  const routed: Partial<WebProjectService> = {
    get glossary() {
      return builtIn;
    },
    reload: () => (loading = load().catch(() => undefined)),
    problems: () => projects.flatMap((p) => p.errors),
    // Changes reach this service as a notification from the client (see browserServer.ts).
    fileChanged: () => false,
    setTrusted: (value) => {
      if (value === trusted) return;
      trusted = value;
      void routed.reload!();
    },
    configure: (settings) => {
      editorSettings = settings;
      configure(fallback, {});
      configure(empty, {});
      for (const p of projects) configure(p.service, p.config);
      // The first settings arrive right after `initialized`: the time to read the workspace.
      if (!loading) void routed.reload!();
    },
    linkEntries: (uriOf) => {
      entryUri = uriOf;
      for (const service of [...all(), empty]) service.linkEntries(uriOf);
    },
    entryPage: (id) =>
      all()
        .map((s) => s.entryPage(id))
        .find((page) => page !== undefined),
    forget: (uri) => {
      for (const service of all()) service.forget(uri);
    },
  };
  // Every other method takes a document first and goes to that document's service.
  return routedByDocument<WebProjectService>(routed, serviceOf);
}
