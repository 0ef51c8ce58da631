// The real language server (dist/server.js --stdio), driven as an editor drives it: start-up,
// open → diagnostics, one keystroke → diagnostics, hovers, code actions, and the process's memory.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  HoverRequest,
  type Diagnostic,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../server/src/core/languageService';
import { VALIDATE_DELAY_MS } from '../server/src/lsp/server';
import { TIMING_NOTIFICATION, type Timing } from '../server/src/protocol/requests';
import { delay, startServer, withTimeout, type LspClient } from '../test/lsp/lspClient';
import { Rng } from './corpus';
import { median, percentile, round } from './stats';

/** The server's pause after an edit before it re-checks. */
export const DEBOUNCE_MS = VALIDATE_DELAY_MS;
const WAIT_MS = 60_000;
/**
 * Pushed as settings to the server for the 10 MB document: servers with a file size limit (the
 * mortgageLens.maxFileSize setting, default below 10 MB) would otherwise skip it and time nothing.
 */
const LARGE_FILE_SETTINGS = { mortgageLens: { maxFileSize: 64 * 1024 * 1024 } };

/** Edits on the 10 MB document are timed only when opening it took less than this. */
const EDIT_10MB_IF_OPEN_UNDER_MS = 30_000;

export interface ServerResult {
  /** node startup alone (`node -e 0`), for comparison with initialize. */
  nodeStartupMs: number;
  /** spawn → initialize response, median of several starts. */
  initializeMs: number;
  initializeRuns: number[];
  idleRssMB: number | null;
  open1MBMs: number;
  keystroke1MB: KeystrokeResult;
  hover1MB: LatencyResult;
  codeAction1MB: LatencyResult;
  diagnostics1MB: number;
  /** The 10 MB figures, absent when that part failed (see error10MB). */
  open10MBMs?: number;
  rss10MB?: number | null;
  peakRss10MB?: number | null;
  /** The lowest VmRSS while the server then idles with the document open (see settledRss). */
  settledRss10MB?: number | null;
  /** Seconds into that idling when it was read. */
  settledAfterS?: number;
  keystroke10MB?: KeystrokeResult;
  diagnostics10MB?: number;
  /** Set when the server published far fewer diagnostics than the document has: it did not check it. */
  warning10MB?: string;
  error10MB?: string;
  huge?: HugeResult;
}

/** A 50 MB document: how long the server is ever busy with it at once. */
export interface HugeResult {
  sizeMB: number;
  /** didOpen → diagnostics */
  openMs?: number;
  diagnostics?: number;
  /** Reading steps (see LanguageService.prepare): how many and the longest, server's own time. */
  steps?: number;
  longestStepMs?: number;
  /** The check once read (findings and diagnostics), server's own time. */
  checkMs?: number;
  /**
   * Hovers on another document sent one after another during the open: round trips, and the
   * longest without the time this process itself was blocked meanwhile (it sends the 50 MB and
   * parses the 14,000 diagnostics that come back, which is not the server's waiting).
   */
  hoversDuringOpen?: {
    requests: number;
    p50Ms: number;
    maxMs: number;
    maxServerMs: number;
    clientBusyMs: number;
  };
  keystroke?: KeystrokeResult;
  rssMB?: number | null;
  error?: string;
}

export interface KeystrokeResult {
  runs: number;
  /** edits made first and not measured */
  warmup: number;
  /** The server's own time for the check (analysis and diagnostics, no transport), median and p90. */
  ownMs: number;
  ownP90Ms: number;
  /** The server's own time to apply the edit to its copy of the document, median. */
  updateMs: number;
  /**
   * Reading steps the edit took before the check, if the check did not read it at once (a change
   * too long for that), median of their sums; 0 for an ordinary keystroke.
   */
  stepsMs: number;
  /** Update and check of each edit together: all the server's own work for a keystroke. */
  totalMs: number;
  totalP90Ms: number;
  totalMaxMs: number;
  /** didChange → publishDiagnostics, wall time, median */
  wallMs: number;
  /** wallMs minus the debounce */
  serverMs: number;
  serverP90Ms: number;
}

export interface LatencyResult {
  requests: number;
  /** requests that got a non-empty answer (hover content, at least one action) */
  answered: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The server's own time (hovers only), when it reports timings. */
  ownP50Ms?: number;
  ownP99Ms?: number;
}

/** VmRSS and VmHWM (peak) of a process in MB, from /proc; null where there is no /proc. */
export function memoryOf(pid: number | undefined): { rss: number | null; peak: number | null } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rss: round(kb('VmRSS') / 1024), peak: round(kb('VmHWM') / 1024) };
  } catch {
    return { rss: null, peak: null };
  }
}

const SETTLE_S = 60;

/**
 * The lowest VmRSS of a process over SETTLE_S seconds of idling, read once a second. V8 keeps the
 * young generation it grew while reading a long document, and the garbage of reading it, until it
 * sees the process idle (its "memory reducer": some 20–50 s after a 10 MB open here); the figure
 * right after the open includes both.
 */
async function settledRss(pid: number | undefined): Promise<{ rss: number | null; afterS: number }> {
  let lowest = { rss: memoryOf(pid).rss, afterS: 0 };
  for (let s = 1; s <= SETTLE_S; s++) {
    await delay(1000);
    const { rss } = memoryOf(pid);
    if (rss !== null && (lowest.rss === null || rss < lowest.rss)) lowest = { rss, afterS: s };
  }
  return lowest;
}

/** The server's own timings, by kind, as it reports them (see TIMING_NOTIFICATION). */
export const timings = new WeakMap<LspClient, Timing[]>();

export async function started(server: string): Promise<{ client: LspClient; ms: number }> {
  const start = performance.now();
  const client = startServer([server, '--stdio']);
  const reported: Timing[] = [];
  timings.set(client, reported);
  client.connection.onNotification(TIMING_NOTIFICATION, (t: Timing) => void reported.push(t));
  await client.initialize({ timings: true });
  return { client, ms: performance.now() - start };
}

/** The server's own time for the check of `version` of `uri`. */
export function ownTime(client: LspClient, kind: Timing['kind'], uri: string, version: number): number {
  const found = [...timings.get(client)!]
    .reverse()
    .find((t) => t.kind === kind && t.uri === uri && t.version === version);
  if (!found) throw new Error(`the server reported no ${kind} time for version ${version} of ${uri}`);
  return found.ms;
}

export async function stop(client: LspClient): Promise<void> {
  await client.shutdown().catch(() => undefined);
  await client.dispose();
}

async function openMs(client: LspClient, uri: string, text: string): Promise<number> {
  const start = performance.now();
  await client.open(uri, text, 'markdown', 1);
  await client.waitForVersion(uri, 1, WAIT_MS);
  return performance.now() - start;
}

/** Offsets inside prose lines (not code, tables or front matter), where a writer would type. */
function proseOffsets(text: string): number[] {
  const offsets: number[] = [];
  const line = /^[A-Za-z][^\n]{40,}$/gm;
  for (let m = line.exec(text); m; m = line.exec(text)) offsets.push(m.index + 20);
  return offsets;
}

/**
 * One character typed at a random prose position (one of `at`, if given), then the diagnostics for
 * that version.
 */
export async function keystrokes(
  client: LspClient,
  uri: string,
  runs: number,
  rng: Rng,
  warmup: number,
  at?: number[],
): Promise<KeystrokeResult> {
  const walls: number[] = [];
  const own: number[] = [];
  const updates: number[] = [];
  const steps: number[] = [];
  const offsets = at ?? proseOffsets(client.documents.get(uri)!.getText());
  // The first edits also warm up the JIT for the re-analysis path (a writer types many).
  for (let i = -warmup; i < runs; i++) {
    const document = client.documents.get(uri)!;
    const position = document.positionAt(rng.pick(offsets));
    const version = document.version + 1;
    const start = performance.now();
    await client.change(uri, version, [{ range: { start: position, end: position }, text: 'a' }]);
    await client.waitForVersion(uri, version, WAIT_MS);
    if (i < 0) continue;
    walls.push(performance.now() - start);
    own.push(ownTime(client, 'diagnostics', uri, version));
    updates.push(ownTime(client, 'update', uri, version));
    steps.push(
      timings
        .get(client)!
        .filter((t) => t.kind === 'prepare' && t.uri === uri && t.version === version)
        .reduce((sum, t) => sum + t.ms, 0),
    );
  }
  const server = walls.map((w) => Math.max(0, w - DEBOUNCE_MS));
  const totals = own.map((ms, i) => ms + updates[i] + steps[i]);
  return {
    runs,
    warmup,
    updateMs: round(median(updates)),
    stepsMs: round(median(steps)),
    totalMs: round(median(totals)),
    totalP90Ms: round(percentile(totals, 90)),
    totalMaxMs: round(Math.max(...totals)),
    wallMs: round(median(walls)),
    serverMs: round(median(server)),
    serverP90Ms: round(percentile(server, 90)),
    ownMs: round(median(own)),
    ownP90Ms: round(percentile(own, 90)),
  };
}

async function latencies(
  requests: number,
  send: (i: number) => Promise<boolean>,
  warmup = 20,
): Promise<LatencyResult> {
  for (let i = 0; i < warmup; i++) await send(i);
  const times: number[] = [];
  let answered = 0;
  for (let i = 0; i < requests; i++) {
    const start = performance.now();
    if (await send(i)) answered++;
    times.push(performance.now() - start);
  }
  return {
    requests,
    answered,
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(Math.max(...times)),
  };
}

function nodeStartupMs(): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * `server` is the bundled server to run (a copy of dist/server.js, see run.ts); `local` analyses the same text in
 * process, to find term positions for hovers; `text1MB` and `text10MB` are Markdown documents.
 */
export async function measureServer(
  server: string,
  local: LanguageService,
  text1MB: string,
  text10MB: string,
  progress: (s: string) => void,
): Promise<ServerResult> {
  const rng = new Rng(7);
  progress('server: start-up');
  const nodeMs = nodeStartupMs();
  const initializeRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { client, ms } = await started(server);
    initializeRuns.push(ms);
    await stop(client);
  }

  // One server for the 1 MB document: open, typing, hovers, code actions.
  progress('server: 1 MB document');
  let { client } = await started(server);
  const idle = memoryOf(client.child.pid);
  const opens: number[] = [];
  for (let i = 0; i < 3; i++) {
    const uri = `file:///bench/open-${i}.md`;
    opens.push(await openMs(client, uri, text1MB));
    await client.close(uri);
  }
  const uri1 = 'file:///bench/doc-1mb.md';
  await openMs(client, uri1, text1MB);
  const keystroke1MB = await keystrokes(client, uri1, 30, rng, 20);

  // Hovers at term mentions of the current version (the server has its analysis cached).
  const current = client.documents.get(uri1)!;
  const mentions = local
    .analyze(TextDocument.create(current.uri, 'markdown', current.version, current.getText()))
    .mentions.toArray();
  const hoverAt: Position[] = Array.from({ length: 220 }, () => {
    const m = rng.pick(mentions);
    return current.positionAt((m.start + m.end) >> 1);
  });
  progress('server: hovers');
  const reported = timings.get(client)!;
  const hoversBefore = reported.length;
  const hover1MB = await latencies(200, async (i) => {
    const hover = await withTimeout(
      client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: uri1 },
        position: hoverAt[i % hoverAt.length],
      }),
      WAIT_MS,
      'a hover',
    );
    return hover !== null;
  });
  // The last 200 (after the warm-up ones) are the measured hovers.
  const hoverOwn = reported
    .slice(hoversBefore)
    .filter((t) => t.kind === 'hover')
    .slice(-200)
    .map((t) => t.ms);
  hover1MB.ownP50Ms = round(percentile(hoverOwn, 50));
  hover1MB.ownP99Ms = round(percentile(hoverOwn, 99));

  progress('server: code actions');
  const published = client.publishedFor(uri1).at(-1)!;
  const diagnostics1MB = published.diagnostics.length;
  const actionAt: Diagnostic[] = Array.from({ length: 220 }, () => rng.pick(published.diagnostics));
  const codeAction1MB = await latencies(200, async (i) => {
    const diagnostic = actionAt[i % actionAt.length];
    const actions = await withTimeout(
      client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: uri1 },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      }),
      WAIT_MS,
      'code actions',
    );
    return (actions?.length ?? 0) > 0;
  });
  await stop(client);

  // A fresh server for the 10 MB document, so its memory is that document's alone.
  progress('server: 10 MB document');
  const large: Partial<ServerResult> = {};
  ({ client } = await started(server));
  try {
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: LARGE_FILE_SETTINGS,
    });
    const uri10 = 'file:///bench/doc-10mb.md';
    large.open10MBMs = round(await openMs(client, uri10, text10MB));
    const published10 = client.publishedFor(uri10).at(-1)!.diagnostics;
    large.diagnostics10MB = published10.length;
    if (published10.length < diagnostics1MB) {
      large.warning10MB = `only ${published10.length} diagnostics (1 MB has ${diagnostics1MB}), the server may not have checked it: ${published10[0]?.message ?? ''}`;
    }
    const memory = memoryOf(client.child.pid);
    large.rss10MB = memory.rss;
    large.peakRss10MB = memory.peak;
    if (large.open10MBMs < EDIT_10MB_IF_OPEN_UNDER_MS)
      large.keystroke10MB = await keystrokes(client, uri10, 10, rng, 10);
    progress(`server: 10 MB document, idle for ${SETTLE_S} s`);
    const settled = await settledRss(client.child.pid);
    large.settledRss10MB = settled.rss;
    large.settledAfterS = settled.afterS;
  } catch (error) {
    large.error10MB = error instanceof Error ? error.message : String(error);
    progress(`server: 10 MB document: ${large.error10MB}`);
  }
  await stop(client);

  progress('server: 50 MB document');
  ({ client } = await started(server));
  const huge = await measureHuge(client, Array<string>(5).fill(text10MB).join('\n\n'), rng);
  if (huge.error) progress(`server: 50 MB document: ${huge.error}`);
  await stop(client);

  return {
    nodeStartupMs: round(nodeMs),
    initializeMs: round(median(initializeRuns)),
    initializeRuns: initializeRuns.map(round),
    idleRssMB: idle.rss,
    open1MBMs: round(median(opens)),
    keystroke1MB,
    hover1MB,
    codeAction1MB,
    diagnostics1MB,
    ...large,
    huge,
  };
}

/** Opens a document of 50 MB or so, hovering on another document meanwhile, then types in it. */
async function measureHuge(client: LspClient, text: string, rng: Rng): Promise<HugeResult> {
  const result: HugeResult = { sizeMB: round(Buffer.byteLength(text) / 2 ** 20) };
  try {
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: LARGE_FILE_SETTINGS,
    });
    const small = 'file:///bench/small.md';
    await client.open(small, 'Foreclosure erases all debt.\n');
    await client.waitForVersion(small, 1, WAIT_MS);
    const uri = 'file:///bench/doc-50mb.md';
    const clientBusy = busyPeriods();
    const start = performance.now();
    await client.open(uri, text, 'markdown', 1);
    let read = false;
    const checked = client.waitForVersion(uri, 1, 10 * WAIT_MS).finally(() => (read = true));
    const hovers: { sent: number; answered: number }[] = [];
    while (!read) {
      const sent = performance.now();
      await withTimeout(
        client.connection.sendRequest(HoverRequest.type, {
          textDocument: { uri: small },
          position: { line: 0, character: 2 },
        }),
        WAIT_MS,
        'a hover during the open',
      );
      hovers.push({ sent, answered: performance.now() });
      await delay(20);
    }
    clientBusy.stop();
    result.diagnostics = (await checked).diagnostics.length;
    result.openMs = round(performance.now() - start);
    result.rssMB = memoryOf(client.child.pid).rss;
    const roundTrips = hovers.map((h) => h.answered - h.sent);
    const serverWaits = hovers.map((h) => h.answered - h.sent - clientBusy.within(h.sent, h.answered));
    result.hoversDuringOpen = {
      requests: hovers.length,
      p50Ms: round(median(roundTrips)),
      maxMs: round(Math.max(...roundTrips)),
      maxServerMs: round(Math.max(...serverWaits)),
      clientBusyMs: round(clientBusy.longest()),
    };
    const steps = timings.get(client)!.filter((t) => t.kind === 'prepare' && t.uri === uri);
    result.steps = steps.length;
    result.longestStepMs = round(Math.max(0, ...steps.map((t) => t.ms)));
    result.checkMs = round(ownTime(client, 'diagnostics', uri, 1));
    result.keystroke = await keystrokes(client, uri, 5, rng, 3);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  }
  return result;
}

/**
 * When this process's event loop was blocked: a 1 ms timer that fires late marks the gap. Used to
 * tell the server's delays from the measuring client's own.
 */
function busyPeriods() {
  const periods: [number, number][] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last > 5) periods.push([last + 1, now]);
    last = now;
  }, 1);
  return {
    stop: () => clearInterval(timer),
    /** Blocked time inside [from, to]. */
    within: (from: number, to: number) =>
      periods.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0),
    longest: () => Math.max(0, ...periods.map(([a, b]) => b - a)),
  };
}
