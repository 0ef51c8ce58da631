// .gitignore files as git reads them, for the CLI's folder walks and globs: every .gitignore from the
// top of the work tree (the nearest folder above with a .git; the file system root outside a
// repository) down to a file's folder applies, a deeper one overriding a higher one, and nothing
// inside an ignored folder can be re-included. Parsing is the `ignore` package's, as in ESLint.
// (.git/info/exclude and the global excludes file are not read.)
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Ignore } from 'ignore';
import type IgnoreModule from 'ignore';

// Loaded at the first .gitignore read: a run on named files in a folder without one never needs it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ignore = (): ReturnType<typeof IgnoreModule> => (require('ignore') as typeof IgnoreModule)();

interface IgnoreFile {
  file: string;
  rules: Ignore;
}

export class GitIgnores {
  private readonly files = new Map<string, IgnoreFile | null>();
  private readonly tops = new Map<string, string>();
  private readonly folders = new Map<string, string | undefined>();

  /** The .gitignore that ignores `file` (or a folder above it), or undefined when none does. */
  ignoredBy(file: string, isFolder = false): string | undefined {
    const absolute = path.resolve(file);
    if (isFolder && this.folders.has(absolute)) return this.folders.get(absolute);
    const parent = path.dirname(absolute);
    const top = this.topOf(parent);
    let decided: string | undefined;
    if (absolute !== top && parent !== absolute) {
      decided = parent === top ? undefined : this.ignoredBy(parent, true);
      if (decided === undefined) {
        for (const folder of foldersFrom(top, parent)) {
          const rules = this.rulesOf(folder);
          if (!rules) continue;
          const relative = path.relative(folder, absolute).split(path.sep).join('/');
          const result = rules.rules.test(isFolder ? `${relative}/` : relative);
          if (result.ignored) decided = rules.file;
          else if (result.unignored) decided = undefined;
        }
      }
    }
    if (isFolder) this.folders.set(absolute, decided);
    return decided;
  }

  /** The top of the git work tree `folder` is in, or the file system root outside one. */
  private topOf(folder: string): string {
    const cached = this.tops.get(folder);
    if (cached !== undefined) return cached;
    const parent = path.dirname(folder);
    const top = fs.existsSync(path.join(folder, '.git')) || parent === folder ? folder : this.topOf(parent);
    this.tops.set(folder, top);
    return top;
  }

  private rulesOf(folder: string): IgnoreFile | null {
    let rules = this.files.get(folder);
    if (rules === undefined) {
      const file = path.join(folder, '.gitignore');
      let text: string | undefined;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        text = undefined; // none, or unreadable: git skips it too
      }
      rules = text === undefined ? null : { file, rules: ignore().add(text) };
      this.files.set(folder, rules);
    }
    return rules;
  }
}

/** `top`, then each folder below it down to `folder` (which is inside `top` or equal to it). */
function foldersFrom(top: string, folder: string): string[] {
  const chain: string[] = [];
  for (let current = folder; ; current = path.dirname(current)) {
    chain.push(current);
    if (current === top || path.dirname(current) === current) break;
  }
  return chain.reverse();
}
