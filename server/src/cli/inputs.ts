// What the CLI checks: files as named, folders walked recursively and glob patterns, each reduced to
// the files whose extension has a language (.md and .markdown as Markdown, .txt as plain text, plus
// the configuration's `extensions`) that neither a .gitignore nor the configuration's `ignore`
// excludes. node_modules and .git are never entered, and symbolic links are not followed in folders
// or globs. A file named explicitly is checked whatever its extension (plain text unless it is
// Markdown), but an ignored one is skipped with a warning, as ESLint does. A file reached by two
// paths (a symbolic link and its target) is checked once.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Tinyglobby from 'tinyglobby';
import type { ProjectService } from '../project/projectService';
import type { Project } from '../project/loadProject';
import { GitIgnores } from './gitignore';
import { InputError } from './errors';

export interface Target {
  /** The path as given, or the folder as given joined with the path below it, or as a glob found it. */
  path: string;
  absolute: string;
  languageId: string;
}

export interface Expansion {
  targets: Target[];
  /** Files named explicitly but not checked, each with the reason. */
  warnings: string[];
  /** Every project a target or a skipped file belongs to, by configuration file ('' for none). */
  projects: Map<string, Project>;
}

export const DEFAULT_EXTENSIONS: Record<string, string> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'plaintext',
};
const NEVER_ENTERED = new Set(['node_modules', '.git']);

// Loaded with require, on first use (only a glob needs it), so the bundle takes tinyglobby's
// CommonJS build: its ES module build (through fdir) needs import.meta.url, which a CommonJS bundle
// does not have.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const globber = () => require('tinyglobby') as typeof Tinyglobby;

export function expandInputs(args: string[], core: ProjectService, cwd = process.cwd()): Expansion {
  const gitignores = new GitIgnores();
  const projects = new Map<string, Project>();
  const seen = new Set<string>();
  const targets: Target[] = [];
  const warnings: string[] = [];

  const projectOf = (absolute: string): Project => {
    const project = core.projectOf(absolute);
    projects.set(project.configFile ?? '', project);
    return project;
  };
  // A file named twice, or also through a symbolic link, is checked (and fixed) once.
  const add = (target: Target) => {
    const real = realPath(target.absolute);
    if (seen.has(real)) return;
    seen.add(real);
    targets.push(target);
  };

  /** Why a found file is not checked, or undefined to check it; its language when it is. */
  const consider = (absolute: string): { language?: string; ignored: boolean } => {
    const project = projectOf(absolute);
    const language = languageOf(absolute, project);
    if (!language) return { ignored: false };
    if (gitignores.ignoredBy(absolute) || project.isIgnored(absolute)) return { ignored: true };
    if (project.config.languages && !project.config.languages.includes(language)) return { ignored: false };
    return { language, ignored: false };
  };

  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stat = statOf(arg, absolute);
    if (stat?.isFile()) {
      const project = projectOf(absolute);
      const language = languageOf(absolute, project) ?? fallbackLanguage(absolute);
      const ignoredBy =
        gitignores.ignoredBy(absolute) ?? (project.isIgnored(absolute) ? project.configFile : undefined);
      if (ignoredBy) {
        warnings.push(
          `${arg}: warning: File ignored because of a matching ignore pattern in ${shown(ignoredBy, cwd)}; not checked`,
        );
      } else if (project.config.languages && !project.config.languages.includes(language)) {
        warnings.push(
          `${arg}: warning: not checked: ${shown(project.configFile!, cwd)} checks only ${project.config.languages.join(' and ')}`,
        );
      } else {
        add({ path: arg, absolute, languageId: language });
      }
      continue;
    }
    if (stat?.isDirectory()) {
      const found = { files: 0, ignored: 0 };
      const walk = (folder: string, shownAs: string) => {
        for (const entry of readFolder(folder, shownAs)) {
          const file = path.join(folder, entry.name);
          const display = path.join(shownAs, entry.name);
          if (entry.isDirectory()) {
            if (NEVER_ENTERED.has(entry.name)) continue;
            if (gitignores.ignoredBy(file, true)) found.ignored++;
            else walk(file, display);
          } else if (entry.isFile()) {
            const { language, ignored } = consider(file);
            if (ignored) found.ignored++;
            if (!language) continue;
            found.files++;
            add({ path: display, absolute: file, languageId: language });
          }
        }
      };
      walk(absolute, arg);
      if (found.files === 0) {
        throw new InputError(
          found.ignored > 0
            ? `${arg}: every file to check in this folder is ignored (by a .gitignore or the "ignore" of .mortgage-lens.json)`
            : `${arg}: no files to check in this folder (it has no ${extensionList(projects)} files)`,
        );
      }
      continue;
    }
    if (stat) throw new InputError(`${arg}: not a file or a folder`);
    if (!globber().isDynamicPattern(arg)) throw new InputError(`${arg}: cannot read: no such file or folder`);
    let matches: string[];
    try {
      matches = globber().globSync([arg], {
        cwd,
        dot: true,
        onlyFiles: true,
        expandDirectories: false,
        followSymbolicLinks: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
    } catch (error) {
      throw new InputError(`invalid pattern "${arg}": ${(error as Error).message}`);
    }
    if (matches.length === 0)
      throw new InputError(
        `no file matches the pattern "${arg}" (a pattern is relative to the current folder)`,
      );
    let checked = 0;
    for (const match of matches.sort(byPath)) {
      const file = path.resolve(cwd, match);
      const { language } = consider(file);
      if (!language) continue;
      checked++;
      add({ path: path.isAbsolute(arg) ? file : match, absolute: file, languageId: language });
    }
    if (checked === 0) {
      throw new InputError(
        `the pattern "${arg}" matches no file to check: each match is ignored or has no ${extensionList(projects)} extension`,
      );
    }
  }
  return { targets, warnings, projects };
}

/** The language of a file by the defaults and the project's `extensions`, or undefined. */
export function languageOf(file: string, project: Project): string | undefined {
  const extension = path.extname(file).toLowerCase();
  const configured = Object.entries(project.config.extensions ?? {}).find(
    ([key]) => key.toLowerCase() === extension,
  );
  return configured?.[1] ?? DEFAULT_EXTENSIONS[extension];
}

/** A file named explicitly with no configured extension: Markdown by its usual extensions, else plain text. */
function fallbackLanguage(file: string): string {
  return /^\.(md|markdown|mdown|mkd)$/i.test(path.extname(file)) ? 'markdown' : 'plaintext';
}

function statOf(arg: string, absolute: string): fs.Stats | undefined {
  try {
    return fs.statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new InputError(`${arg}: cannot read: ${reason(error)}`);
  }
}

/** The file a path names after every symbolic link, or the path itself if that cannot be told. */
function realPath(absolute: string): string {
  try {
    return fs.realpathSync(absolute);
  } catch {
    return absolute; // reading it will say what is wrong
  }
}

function readFolder(folder: string, shownAs: string): fs.Dirent[] {
  try {
    return fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => compare(a.name, b.name));
  } catch (error) {
    throw new InputError(`${shownAs}: cannot read the folder: ${reason(error)}`);
  }
}

export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied (check its permissions)';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  return (error as Error).message;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Paths in the order a folder walk gives them: segment by segment. */
export function byPath(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) {
      // A file and a folder of the same name: the walk sorts by name only, so compare names.
      return compare(x[i], y[i]);
    }
  }
  return x.length - y.length;
}

function extensionList(projects: Map<string, Project>): string {
  const extensions = new Set(Object.keys(DEFAULT_EXTENSIONS));
  for (const project of projects.values())
    for (const extension of Object.keys(project.config.extensions ?? {})) extensions.add(extension);
  const list = [...extensions];
  return `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
