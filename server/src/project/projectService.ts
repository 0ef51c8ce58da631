// One language service per project (see loadProject.ts), and the project service that finds the
// one for a document: the LSP adapter and the CLI ask `serviceFor(document)` and talk to that.
// Ignored files and languages a project does not check get an empty service. Editor settings apply
// on top of each project's configuration. The same service runs on a disk and in a browser: only
// the WorkspaceFs it reads through differs.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { GlossaryBundle } from '../core/glossaryTypes';
import { createLanguageService, type LanguageService, type Settings } from '../core/languageService';
import type { GlossaryError } from '../glossary/compileGlossary';
import { CONFIG_FILE } from './config';
import { findConfigFile, loadProject, type Project } from './loadProject';
import { EMPTY_FS, type WorkspaceFs } from './workspaceFs';

export interface ProjectService {
  /** The built-in glossary. */
  readonly glossary: GlossaryBundle;
  /** The service that answers for `document`: its project's, or an empty one where nothing is checked. */
  serviceFor(document: Pick<TextDocument, 'uri' | 'languageId'>): LanguageService;
  /** Editor settings, applied on top of each project's configuration. */
  configure(settings: Settings): void;
  /** Makes diagnostics link to glossary entries (see LanguageService.linkEntries). */
  linkEntries(entryUri: ((id: string) => string) | undefined): void;
  /** A glossary entry as a Markdown page; a team term is looked up in every loaded project. */
  entryPage(id: string): string | undefined;
  /** Drops what every service keeps for a closed document. */
  forget(uri: string): void;
  /** The workspace address of a document or watched file, or undefined where it has none. */
  addressOf(uri: string): string | undefined;
  /** Re-reads the projects a changed file belongs to; true when any of them changed. */
  fileChanged(address: string): boolean;
  /** Problems of every loaded project's configuration and team glossaries. */
  problems(): GlossaryError[];
  /** The project that applies to a file (for --print-config and tests). */
  projectOf(address: string): Project;
  /**
   * Workspace trust: when false, no .mortgage-lens.json or team glossary is read (they are the
   * workspace's content), and every document gets the built-in glossary. Trusted by default.
   */
  setTrusted(trusted: boolean): void;
  readonly trusted: boolean;
  /** Reads the workspace through `fs` from now on (a browser's new snapshot), with its projects already loaded. */
  useFs(fs: WorkspaceFs, loaded?: readonly Project[]): void;
}

interface Entry {
  project: Project;
  service: LanguageService;
}

export function createProjectService(builtIn: GlossaryBundle, workspace: WorkspaceFs): ProjectService {
  let trusted = true;
  const fs = () => (trusted ? workspace : EMPTY_FS);
  const configOfDir = new Map<string, string | undefined>();
  const entries = new Map<string, Entry>(); // by configuration file ('' for none)
  // Built on first use, like every service: building indexes should not delay the server's start.
  let emptyService: LanguageService | undefined;
  const empty = () =>
    (emptyService ??= createLanguageService({ ...builtIn, terms: [], rules: [] }, { definedTerms: false }));
  let editorSettings: Settings = {};
  let entryUri: ((id: string) => string) | undefined;

  const configure = (entry: Entry) => {
    entry.service.configure({
      ...editorSettings,
      rules: { ...entry.project.config.rules, ...editorSettings.rules },
    });
    entry.service.linkEntries(entryUri);
  };

  function entryFor(configFile: string | undefined, previous?: Entry): Entry {
    return install(loadProject(fs(), configFile, builtIn, previous?.project), previous);
  }

  function install(project: Project, previous?: Entry): Entry {
    const service =
      previous && project.glossary === previous.project.glossary
        ? previous.service
        : createLanguageService(project.glossary);
    const entry = { project, service };
    configure(entry);
    entries.set(project.configFile ?? '', entry);
    return entry;
  }

  const defaultEntry = () => entries.get('') ?? entryFor(undefined);

  function entryOf(address: string): Entry {
    const dir = fs().dirname(address);
    if (!configOfDir.has(dir)) configOfDir.set(dir, findConfigFile(fs(), dir));
    const configFile = configOfDir.get(dir);
    return configFile === undefined ? defaultEntry() : (entries.get(configFile) ?? entryFor(configFile));
  }

  /** Forgets every project read from the workspace (not the default one). */
  function dropProjects(): void {
    configOfDir.clear();
    for (const key of [...entries.keys()]) if (key) entries.delete(key);
  }

  return {
    glossary: builtIn,
    serviceFor(document) {
      const address = fs().addressOf(document.uri);
      if (address === undefined) return defaultEntry().service;
      const { project, service } = entryOf(address);
      const languages = project.config.languages;
      if (project.isIgnored(address) || (languages && !languages.includes(document.languageId)))
        return empty();
      return service;
    },
    configure(settings) {
      editorSettings = settings;
      for (const entry of entries.values()) configure(entry);
    },
    linkEntries(uriOf) {
      entryUri = uriOf;
      for (const entry of entries.values()) configure(entry);
    },
    entryPage: (id) =>
      defaultEntry().service.entryPage(id) ??
      [...entries.values()].map((e) => e.service.entryPage(id)).find((page) => page !== undefined),
    forget(uri) {
      for (const { service } of entries.values()) service.forget(uri);
      emptyService?.forget(uri);
    },
    addressOf: (uri) => workspace.addressOf(uri),
    fileChanged(file) {
      if (!trusted) return false;
      const at = fs();
      let changed = false;
      const isConfig = at.basename(file) === CONFIG_FILE;
      if (isConfig) configOfDir.clear(); // a configuration may have appeared or gone
      for (const [key, entry] of [...entries]) {
        if (!key) continue;
        const folders = (entry.project.config.glossaries ?? []).map((g) => at.resolve(at.dirname(key), g));
        if (file === key && !at.isFile(key)) {
          // Deleted: its problems go with it (they would stay in Problems), and its documents
          // find their configuration again.
          entries.delete(key);
          changed = true;
        } else if (file === key || folders.some((f) => at.below(f, file) !== undefined)) {
          entryFor(key, entry);
          changed = true;
        }
      }
      return changed || isConfig;
    },
    problems: () => [...entries.values()].flatMap((e) => e.project.errors),
    projectOf: (address) => entryOf(address).project,
    get trusted() {
      return trusted;
    },
    setTrusted(value) {
      if (value === trusted) return;
      trusted = value;
      dropProjects();
    },
    useFs(next, loaded = []) {
      workspace = next;
      dropProjects();
      if (trusted) for (const project of loaded) install(project);
    },
  };
}
