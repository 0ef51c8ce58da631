// `check --fix`: applies the preferred rewording of every finding and writes each file atomically
// (a temporary file renamed over it), refusing a file that changed since it was read or that
// replacing would harm (hard links, read-only unless asked).
import type * as Crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixesToApply } from '../core/findings/protocol';
import type { LanguageService } from '../core/languageService';

export interface FixResult {
  text: string;
  fixed: number;
}

export function fixedText(service: LanguageService, document: TextDocument): FixResult {
  const edits = fixesToApply(service.analyze(document).findings).map((edit) => ({
    range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
    newText: edit.newText,
  }));
  return {
    text: edits.length > 0 ? TextDocument.applyEdits(document, edits) : document.getText(),
    fixed: edits.length,
  };
}

export interface WriteOptions {
  /** Also write a file whose permission bits give the user no write permission (--fix-read-only). */
  readOnly?: boolean;
}

/** The file changed between the read and the write: the writer's edit wins, the fix waits for a rerun. */
export class ChangedSinceReadError extends Error {}

/** A file --fix does not write, because writing it would lose or bypass something (see `refusal`). */
export class RefusedError extends Error {}

/**
 * Why --fix must not write `file` (the name as given is `shown`), or undefined. It goes by the file
 * a symbolic link points to, as that is the one written.
 */
export function refusal(file: string, options: WriteOptions = {}, shown = file): string | undefined {
  return refusalOf(fs.statSync(file), options, shown);
}

function refusalOf(stat: fs.Stats, options: WriteOptions, shown: string): string | undefined {
  if (!stat.isFile()) return `${shown}: not a regular file; not fixed`;
  // Renaming a new file over one name would leave the other names with the old text; writing in
  // place is not atomic (a crash midway loses the text under every name). So neither.
  if (stat.nlink > 1)
    return `${shown}: has ${stat.nlink} hard links; not fixed, as writing a new file in its place would split it from its other names (--fix-dry-run shows the change to make by hand)`;
  if (!options.readOnly && !writableByMode(stat))
    return `${shown}: read-only (mode ${(stat.mode & 0o7777).toString(8).padStart(4, '0')}); not fixed (add --fix-read-only to fix it and keep it read-only)`;
  return undefined;
}

/**
 * Whether the permission bits let the user write: the owner's if the file is theirs, else the
 * group's if they are in its group, else everyone else's. Root may write anything, so for root (and
 * on Windows, whose read-only attribute clears every w bit) a file is read-only when no one has w.
 */
function writableByMode(stat: fs.Stats): boolean {
  const uid = process.geteuid?.();
  if (uid === undefined || uid === 0) return (stat.mode & 0o222) !== 0;
  if (stat.uid === uid) return (stat.mode & 0o200) !== 0;
  if (stat.gid === process.getegid!() || process.getgroups!().includes(stat.gid))
    return (stat.mode & 0o020) !== 0;
  return (stat.mode & 0o002) !== 0;
}

/**
 * Replaces `file` with `content` unless its bytes are no longer `original`. A symbolic link stays a
 * link: the file it points to is replaced. The new text goes to a temporary file beside that file,
 * which gets its owner (where the process may set it) and mode, and is renamed over it. The bytes
 * and the file's inode, size and times are compared again just before the rename; an edit saved
 * between that comparison and the rename (one system call) would still be replaced.
 */
export function writeAtomically(
  file: string,
  original: Buffer,
  content: string,
  options: WriteOptions = {},
): void {
  const target = fs.realpathSync(file);
  const before = fs.statSync(target);
  const refused = refusalOf(before, options, file);
  if (refused) throw new RefusedError(refused);
  if (!fs.readFileSync(target).equals(original)) throw changedSinceRead(file);
  const temporary = createTemporary(target);
  try {
    try {
      fs.writeFileSync(temporary.fd, content);
      keepOwnerAndMode(temporary.fd, before);
      fs.fsyncSync(temporary.fd);
    } finally {
      fs.closeSync(temporary.fd);
    }
    // The last look, bytes first and then the cheaper stat, so that only the rename comes after it.
    if (!fs.readFileSync(target).equals(original) || !sameVersion(before, fs.statSync(target)))
      throw changedSinceRead(file);
    fs.renameSync(temporary.path, target);
  } catch (error) {
    fs.rmSync(temporary.path, { force: true });
    throw error;
  }
}

function changedSinceRead(file: string): ChangedSinceReadError {
  return new ChangedSinceReadError(`${file}: changed since it was read; not written (run again)`);
}

/** Same file, same contents as far as the file system tells: an edit or a replacement changes one of these. */
function sameVersion(a: fs.Stats, b: fs.Stats): boolean {
  return (
    a.dev === b.dev &&
    a.ino === b.ino &&
    a.size === b.size &&
    a.mtimeMs === b.mtimeMs &&
    a.ctimeMs === b.ctimeMs
  );
}

/**
 * A new, empty file beside `beside`, open for writing, with an unpredictable name. 'wx' (O_CREAT |
 * O_EXCL) never opens what is already there, so a file or link planted under that name (even a
 * dangling link) is not written through; another name is tried instead.
 */
export function createTemporary(
  beside: string,
  // node:crypto loads on first use: only --fix writes, and loading it costs every check's start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  randomName = () => (require('node:crypto') as typeof Crypto).randomBytes(8).toString('hex'),
): { path: string; fd: number } {
  // A shortened name keeps the temporary file's name within the usual 255-byte limit.
  const stem = path.join(path.dirname(beside), `.${path.basename(beside).slice(0, 100)}.mortgage-lens-`);
  for (let attempt = 1; ; attempt++) {
    const temporary = `${stem}${randomName()}.tmp`;
    try {
      return { path: temporary, fd: fs.openSync(temporary, 'wx', 0o600) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt === 10) throw error;
    }
  }
}

/** The original's owner and group (only root may give a file away: else as many as allowed), then its mode. */
function keepOwnerAndMode(fd: number, original: fs.Stats): void {
  const own = fs.fstatSync(fd);
  if (own.uid !== original.uid || own.gid !== original.gid) {
    if (!ignoringDenial(() => fs.fchownSync(fd, original.uid, original.gid)))
      ignoringDenial(() => fs.fchownSync(fd, -1, original.gid)); // a group the user belongs to
  }
  // After the chown, which may clear the set-user-ID and set-group-ID bits.
  fs.fchmodSync(fd, original.mode & 0o7777);
}

/** Runs `change`; true if it was done, false if the system denied it (EPERM), other errors thrown. */
function ignoringDenial(change: () => void): boolean {
  try {
    change();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return false;
    throw error;
  }
}
