// The CLI as a whole process, as CI and pre-commit meet it: `check` on a one-line file against bare
// `node -e 0` (the floor any Node CLI pays), runs of the two interleaved so a busy moment of the
// machine falls on both, and `check` on a 5 MB Markdown file. Medians of wall time.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './stats';

export interface StartupResult {
  runs: number;
  nodeMs: number;
  checkMs: number;
  /** checkMs / nodeMs */
  ratio: number;
  /** `check` on the 5 MB Markdown file, median of `bigRuns`. */
  bigMs?: number;
  bigRuns: number;
}

function once(args: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'ignore', timeout: 120_000 });
  if (result.error) throw result.error;
  // 0 clean, 1 findings: anything else is a broken run, not a time.
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`node ${args.join(' ')} exited ${result.status}`);
  return performance.now() - started;
}

/** `bin` is the CLI's bin script; `scratch` a folder to write the documents in. */
export function measureStartup(
  bin: string,
  scratch: string,
  big?: string,
  runs = 20,
  bigRuns = 3,
): StartupResult {
  fs.mkdirSync(scratch, { recursive: true });
  const oneLine = path.join(scratch, 'one-line.md');
  fs.writeFileSync(oneLine, 'A foreclosure erases all debt.\n');
  const node: number[] = [];
  const check: number[] = [];
  // Two warm-up rounds fill the file system cache; they are not counted.
  for (let i = 0; i < runs + 2; i++) {
    const a = once(['-e', '0'], scratch);
    const b = once([bin, 'check', oneLine], scratch);
    if (i >= 2) {
      node.push(a);
      check.push(b);
    }
  }
  const bigTimes = big ? Array.from({ length: bigRuns }, () => once([bin, 'check', big], scratch)) : [];
  const nodeMs = median(node);
  const checkMs = median(check);
  return {
    runs,
    nodeMs,
    checkMs,
    ratio: checkMs / nodeMs,
    bigMs: big ? median(bigTimes) : undefined,
    bigRuns,
  };
}
