// Core throughput, in process: the full check (terms + claims) against term matching alone (the same
// glossary with an empty rules list), and the floor, one regex pass over the words.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { GlossaryBundle } from '../server/src/core/glossaryTypes';
import { createLanguageService, type LanguageService } from '../server/src/core/languageService';
import type { Format } from './corpus';
import { mbps, median, round, timeInterleaved, timeRuns, type Runs } from './stats';

export interface CoreDocument {
  name: string;
  format: Format;
  bytes: number;
  text: string;
}

export interface CoreResult {
  name: string;
  format: Format;
  bytes: number;
  /** timed runs of each, the full check and terms only (interleaved) */
  iterations: number;
  checkMs: number;
  checkMBps: number;
  /** fastest run, less sensitive than the median to other load on the machine */
  checkMinMs: number;
  termsMs: number;
  termsMinMs: number;
  termsMBps: number;
  /** full check / terms only */
  checkOverTerms: number;
  floorMs: number;
  checkOverFloor: number;
  mentions: number;
  findings: number;
}

/**
 * Runs by size: enough for a stable median, few enough to finish the whole bench in minutes on 2
 * cores. Each document is measured in a process of its own (coreWorker.ts), so even the largest
 * gets a warm-up run: without one, the first of its timed runs was the JIT's (about 1.1 s for
 * 10 MB against 0.8 s once warm), while 1 MB's median came from fifteen warm runs. Five timed runs
 * of 10 MB, not three: the 10 MB / 1 MB ratio, a budget, moved by a tenth between benchmark runs.
 */
export function runsFor(bytes: number): Runs {
  if (bytes <= 200 * 1024) return { warmup: 5, min: 5, max: 30, budgetMs: 3000 };
  if (bytes <= 2 * 1024 * 1024) return { warmup: 1, min: 3, max: 15, budgetMs: 5000 };
  return { warmup: 1, min: 5, max: 5, budgetMs: 0 };
}

/**
 * A full analyze() run: every run is a document the service has not seen (it would otherwise reuse
 * its analysis of the previous version, see core/incremental.ts).
 */
function analyzer(service: LanguageService, doc: CoreDocument) {
  let version = 0;
  const counts = { mentions: 0, findings: 0 };
  const run = () => {
    const uri = `file:///bench/${++version}/${doc.name}`;
    const analysis = service.analyze(TextDocument.create(uri, doc.format, version, doc.text));
    service.forget(uri);
    counts.mentions = analysis.mentions.length;
    counts.findings = analysis.findings.length;
  };
  return { run, counts };
}

/** The floor: the least any word-level checker must do, one pass of a word regex. */
export function floorMs(text: string, runs: Runs = { warmup: 3, min: 15, max: 15, budgetMs: 0 }): number {
  let words = 0;
  const times = timeRuns(() => {
    words += text.match(/[A-Za-z]+/g)?.length ?? 0;
  }, runs);
  if (words < 0) throw new Error('unreachable: keeps the match from being optimised away');
  return median(times);
}

/** Full check, terms only and floor for one document. */
export function measureDocument(glossary: GlossaryBundle, doc: CoreDocument): CoreResult {
  const full = createLanguageService(glossary);
  const termsOnly = createLanguageService({ ...glossary, rules: [] });
  const runs = runsFor(doc.bytes);
  const check = analyzer(full, doc);
  const terms = analyzer(termsOnly, doc);
  const [checkTimes, termsTimes] = timeInterleaved([check.run, terms.run], runs);
  const checkMs = median(checkTimes);
  const termsMs = median(termsTimes);
  const floor = floorMs(doc.text, { ...runs, warmup: 3, min: 5 });
  return {
    name: doc.name,
    format: doc.format,
    bytes: doc.bytes,
    iterations: checkTimes.length,
    checkMs: round(checkMs),
    checkMBps: round(mbps(doc.bytes, checkMs)),
    checkMinMs: round(Math.min(...checkTimes)),
    termsMs: round(termsMs),
    termsMinMs: round(Math.min(...termsTimes)),
    termsMBps: round(mbps(doc.bytes, termsMs)),
    checkOverTerms: round(checkMs / termsMs),
    floorMs: round(floor),
    checkOverFloor: round(checkMs / floor),
    mentions: check.counts.mentions,
    findings: check.counts.findings,
  };
}

/**
 * Measures one document in its own process (the bundled coreWorker.js) with a time limit: analysis
 * is synchronous, so a document that takes far too long could not be stopped otherwise.
 */
export function measureInChild(
  worker: string,
  glossaryFile: string,
  file: string,
  format: Format,
  timeoutMs: number,
): CoreResult | { name: string; error: string } {
  const name = path.basename(file);
  const result = spawnSync(process.execPath, ['--expose-gc', worker, glossaryFile, file, format], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) {
    const timedOut = (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
    return { name, error: timedOut ? `did not finish within ${timeoutMs / 1000} s` : result.error.message };
  }
  try {
    return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as CoreResult;
  } catch {
    const why = result.stderr.trim().split('\n').slice(0, 3).join(' ');
    return { name, error: `exited with ${result.status ?? result.signal}: ${why.slice(0, 300)}` };
  }
}
