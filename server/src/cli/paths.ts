// Paths as the machine-read formats give them: relative to the current folder, with forward slashes.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** `file` relative to the current folder with forward slashes (absolute only on another drive). */
export function cwdRelative(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative.split(path.sep).join('/');
}

/** A URI reference for `file`: relative and percent-encoded, or a file: URI on another drive. */
export function uriReference(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  if (path.isAbsolute(relative)) return pathToFileURL(path.resolve(cwd, file)).href;
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}
