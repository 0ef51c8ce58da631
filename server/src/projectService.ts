// One language service per project (see config/project.ts), behind the single LanguageService
// the LSP adapter and the CLI talk to: every call that names a document is routed to the service
// of that document's project. Ignored files and languages a project does not check get an empty
// service. Editor settings apply on top of each project's configuration.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { GlossaryBundle } from './core/glossaryTypes';
import { createLanguageService, type LanguageService, type Settings } from './core/languageService';
import { routedByDocument } from './documentRouting';
import { CONFIG_FILE } from './config/config';
import { findConfigFile, loadProject, type Project } from './config/project';
import type { GlossaryError } from './glossary/compileGlossary';

export interface ProjectService extends LanguageService {
  /** Re-reads the projects a changed file belongs to; true when any of them changed. */
  fileChanged(file: string): boolean;
  /** Problems of every loaded project's configuration and team glossaries. */
  problems(): GlossaryError[];
  /** The project that applies to a file path (for --print-config and tests). */
  projectOf(file: string): Project;
  /**
   * Workspace trust: when false, no .mortgage-lens.json or team glossary is read (they are the
   * workspace's content), and every document gets the built-in glossary. Trusted by default.
   */
  setTrusted(trusted: boolean): void;
}

interface Entry {
  project: Project;
  service: LanguageService;
}

export function createProjectService(builtIn: GlossaryBundle): ProjectService {
  const configOfDir = new Map<string, string | undefined>();
  const entries = new Map<string, Entry>(); // by configuration file ('' for none)
  // Built on first use, like every service: building indexes should not delay the server's start.
  let emptyService: LanguageService | undefined;
  const empty = () =>
    (emptyService ??= createLanguageService({ ...builtIn, terms: [], rules: [] }, { definedTerms: false }));
  let editorSettings: Settings = {};
  let entryUri: ((id: string) => string) | undefined;
  let trusted = true;

  const configure = (entry: Entry) => {
    entry.service.configure({
      ...editorSettings,
      rules: { ...entry.project.config.rules, ...editorSettings.rules },
    });
    entry.service.linkEntries(entryUri);
  };

  function entryFor(configFile: string | undefined, previous?: Entry): Entry {
    const key = configFile ?? '';
    const project = loadProject(configFile, builtIn, previous?.project);
    const service =
      previous && project.glossary === previous.project.glossary
        ? previous.service
        : createLanguageService(project.glossary);
    const entry = { project, service };
    configure(entry);
    entries.set(key, entry);
    return entry;
  }

  function entryOfFile(file: string): Entry {
    if (!trusted) return entries.get('') ?? entryFor(undefined);
    const dir = path.dirname(file);
    if (!configOfDir.has(dir)) configOfDir.set(dir, findConfigFile(dir));
    const configFile = configOfDir.get(dir);
    return entries.get(configFile ?? '') ?? entryFor(configFile);
  }

  function serviceOf(document: Pick<TextDocument, 'uri' | 'languageId'>): LanguageService {
    if (!document.uri.startsWith('file:')) return (entries.get('') ?? entryFor(undefined)).service;
    const file = fileURLToPath(document.uri);
    const { project, service } = entryOfFile(file);
    const languages = project.config.languages;
    if (project.isIgnored(file) || (languages && !languages.includes(document.languageId))) return empty();
    return service;
  }

  const defaultService = () => (entries.get('') ?? entryFor(undefined)).service;

  const routed: Partial<ProjectService> = {
    get glossary() {
      return builtIn;
    },
    analyze: (document) => serviceOf(document).analyze(document),
    diagnostics: (document) => serviceOf(document).diagnostics(document),
    hover: (document, position) => serviceOf(document).hover(document, position),
    codeActions: (document, range, only, options) =>
      serviceOf(document).codeActions(document, range, only, options),
    forget: (uri) => {
      for (const { service } of entries.values()) service.forget(uri);
    },
    configure: (settings) => {
      editorSettings = settings;
      for (const entry of entries.values()) configure(entry);
    },
    linkEntries: (uriOf) => {
      entryUri = uriOf;
      for (const entry of entries.values()) configure(entry);
    },
    // A team term has no entry in the built-in glossary: look in every loaded project.
    entryPage: (id) =>
      defaultService().entryPage(id) ??
      [...entries.values()].map((e) => e.service.entryPage(id)).find((page) => page !== undefined),
    fileChanged: (file) => {
      if (!trusted) return false;
      let changed = false;
      if (path.basename(file) === CONFIG_FILE) configOfDir.clear(); // a configuration may have appeared or gone
      for (const [key, entry] of [...entries]) {
        if (!key) continue;
        const folders = (entry.project.config.glossaries ?? []).map((g) =>
          path.resolve(path.dirname(key), g),
        );
        if (file === key && !fs.existsSync(key)) {
          // Deleted: its problems go with it (they would stay in Problems), and its documents
          // find their configuration again.
          entries.delete(key);
          changed = true;
        } else if (file === key || folders.some((f) => file.startsWith(f + path.sep))) {
          entryFor(key, entry);
          changed = true;
        }
      }
      return changed || path.basename(file) === CONFIG_FILE;
    },
    problems: () => [...entries.values()].flatMap((e) => e.project.errors),
    projectOf: (file) => entryOfFile(path.resolve(file)).project,
    setTrusted: (value) => {
      if (value === trusted) return;
      trusted = value;
      configOfDir.clear();
      for (const key of [...entries.keys()]) if (key) entries.delete(key);
    },
  };
  return routedByDocument<ProjectService>(routed, serviceOf);
}
