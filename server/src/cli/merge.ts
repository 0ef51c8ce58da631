// `check --merge`: the reports of `check --shard K/N` runs (JSON reports or SARIF logs) as one, the
// same as a single run over all the files gives when its files are in path order (as a folder's
// are). Files, and SARIF results, are put in path order, segment by segment, keeping each file's
// findings in their order; SARIF rules are the union, by id, with each result's ruleIndex renumbered.
import * as fs from 'node:fs';
import type * as Sarif from 'sarif';
import type { CheckReport } from './reports';
import { InputError } from './errors';
import { byPath, reason } from './inputs';

export type Merged = { kind: 'json'; report: CheckReport } | { kind: 'sarif'; log: Sarif.Log };

export function mergeReports(files: string[]): Merged {
  const parsed = files.map((file) => {
    let value: unknown;
    try {
      value = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new InputError(
        `${file}: cannot merge: ${error instanceof SyntaxError ? `not JSON (${error.message})` : reason(error)}`,
      );
    }
    const object = value as { files?: unknown; runs?: unknown; version?: unknown };
    if (Array.isArray(object?.files)) return { file, kind: 'json' as const, value: value as CheckReport };
    if (Array.isArray(object?.runs) && object.version === '2.1.0' && object.runs.length === 1)
      return { file, kind: 'sarif' as const, value: value as Sarif.Log };
    throw new InputError(
      `${file}: cannot merge: neither a report of check --format json nor a SARIF 2.1.0 log of check --format sarif`,
    );
  });
  const kinds = new Set(parsed.map((p) => p.kind));
  if (kinds.size > 1)
    throw new InputError('cannot merge JSON reports with SARIF logs: give files of one format');
  if (parsed[0].kind === 'json') {
    const all = parsed.flatMap((p) => (p.value as CheckReport).files);
    return { kind: 'json', report: { files: stableSort(all, (f) => f.path) } };
  }
  const logs = parsed.map((p) => p.value as Sarif.Log);
  const runs = logs.map((log) => log.runs[0]);
  const rules = new Map<string, Sarif.ReportingDescriptor>();
  for (const run of runs)
    for (const rule of run.tool.driver.rules ?? []) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  const ids = [...rules.keys()].sort();
  const results = stableSort(
    runs.flatMap((run) => run.results ?? []),
    (r) => pathOfUri(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''),
  ).map((r) => ({ ...r, ruleIndex: ids.indexOf(r.ruleId!) }));
  const first = logs[0];
  return {
    kind: 'sarif',
    log: {
      ...first,
      runs: [
        {
          ...first.runs[0],
          tool: { driver: { ...runs[0].tool.driver, rules: ids.map((id) => rules.get(id)!) } },
          results,
        },
      ],
    },
  };
}

/** A relative URI reference back to the path it encodes, so SARIF results sort as paths do. */
function pathOfUri(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** Sorted by `key` in path order; items of one key keep their order. */
function stableSort<T>(items: T[], key: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => byPath(key(a.item), key(b.item)) || a.i - b.i)
    .map(({ item }) => item);
}
