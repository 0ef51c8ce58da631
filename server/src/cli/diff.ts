// `check --fix-dry-run`: what --fix would write, as a unified diff (a/ and b/ paths relative to the
// current folder, as git prints them, so `git apply` takes it). Nothing is written.
import type * as Diff from 'diff';
import { STDIN } from './analyze';
import { cwdRelative } from './paths';

/** The diff of one file, or '' when the fixes change nothing. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  // Loaded on first use: only --fix-dry-run needs it, and a check's start-up counts.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = require('diff') as typeof Diff;
  const [from, to] = file === STDIN ? [STDIN, STDIN] : [`a/${cwdRelative(file)}`, `b/${cwdRelative(file)}`];
  return createTwoFilesPatch(from, to, before, after, undefined, undefined, {
    headerOptions: FILE_HEADERS_ONLY,
  });
}
