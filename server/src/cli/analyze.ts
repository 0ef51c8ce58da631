// Analysing the CLI's files: one function per file, run in this thread or spread over worker
// threads when there is enough to do. Each file's result depends only on its text and its project,
// so results come back in input order and the output is the same whichever way they ran.
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Threads from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ProjectService } from '../project/projectService';
import { fixedText } from './fix';
import { checkReport, termsReport, type CheckReport, type TermsReport } from './reports';
import type { Progress } from './progress';

export const STDIN = '<stdin>';

/** check: findings; terms: mentions; fix: the fixed text and what is left in it; preview: the fixed text and the findings of the original. */
export type Mode = 'check' | 'terms' | 'fix' | 'preview';

export interface Task {
  path: string;
  languageId: string;
  text: string;
}

export interface Result {
  diagnostics?: CheckReport['files'][number]['diagnostics'];
  terms?: TermsReport['files'][number]['terms'];
  fixed?: { text: string; count: number };
}

/**
 * Analyses one file as `mode` asks. The core keeps each document's analysis to reuse for its next
 * version; a run over many files must not keep them all, so each is forgotten when done.
 */
export function analyzeTask(core: ProjectService, task: Task, mode: Mode): Result {
  try {
    return analyzeOnce(core, task, mode);
  } finally {
    core.forget(pathToFileURL(absolutePath(task)).toString());
  }
}

function analyzeOnce(core: ProjectService, task: Task, mode: Mode): Result {
  const original = toDocument(task);
  const service = core.serviceFor(original.document);
  if (mode === 'terms') return { terms: termsReport(service, [original]).files[0].terms };
  const diagnostics = (input: typeof original) => checkReport(service, [input]).files[0].diagnostics;
  if (mode === 'check') return { diagnostics: diagnostics(original) };
  const { text, fixed } = fixedText(service, original.document);
  // The preview reports the text as it is: the analysis fixedText made of it serves again.
  return {
    fixed: { text, count: fixed },
    diagnostics: diagnostics(mode === 'fix' ? toDocument({ ...task, text }) : original),
  };
}

let version = 0;

/** Each text gets its own version, so the core's per-document cache never serves an older text. */
export function toDocument(task: Task): Task & { document: TextDocument } {
  const uri = pathToFileURL(absolutePath(task)).toString();
  return { ...task, document: TextDocument.create(uri, task.languageId, ++version, task.text) };
}

/** Standard input is checked as if it were a file in the working folder, under its configuration. */
export function absolutePath(task: Pick<Task, 'path' | 'languageId'>): string {
  return path.resolve(
    task.path === STDIN ? `stdin.${task.languageId === 'markdown' ? 'md' : 'txt'}` : task.path,
  );
}

export type Concurrency = 'auto' | 'off' | number;

/*
 * When worker threads pay, from measurements of the bundled CLI: analysis costs about 0.3 ms per KB
 * of text plus 0.2 ms per file on one core; a worker takes about 300 ms to start (it loads the
 * bundle and the glossary) and then runs about 1.3 times slower than a warm main thread. Workers are
 * used only when that estimate beats one thread by a fifth: on 4 cores from about 2 MB of text, on
 * 2 cores from about 6 MB. A number asks for that many workers whatever the size; off for none.
 */
const MS_PER_KB = 0.3;
const MS_PER_FILE = 0.2;
const WORKER_START_MS = 300;
const WORKER_SLOWDOWN = 1.3;
const MAX_WORKERS = 8;

/** How many worker threads to spread `tasks` over (0: analyse them in this thread). */
export function workerCount(
  tasks: Pick<Task, 'text'>[],
  concurrency: Concurrency,
  cores = os.availableParallelism(),
): number {
  if (concurrency === 'off' || tasks.length < 2) return 0;
  if (typeof concurrency === 'number') return Math.min(concurrency, tasks.length);
  const kilobytes = tasks.reduce((sum, t) => sum + t.text.length, 0) / 1024;
  const serial = kilobytes * MS_PER_KB + tasks.length * MS_PER_FILE;
  const workers = Math.min(cores, MAX_WORKERS, tasks.length);
  const parallel = WORKER_START_MS + (serial * WORKER_SLOWDOWN) / workers;
  return workers > 1 && parallel < 0.8 * serial ? workers : 0;
}

export interface RunOptions {
  mode: Mode;
  workers: number;
  /** The script that runs a worker (the CLI's own bundle) when `workers` > 0. */
  workerScript: string;
  progress?: Progress;
}

/** Every task's result, in input order. */
export async function analyzeAll(
  core: ProjectService,
  tasks: Task[],
  options: RunOptions,
): Promise<Result[]> {
  if (options.workers === 0) {
    return tasks.map((task, i) => {
      const result = analyzeTask(core, task, options.mode);
      options.progress?.update(i + 1);
      return result;
    });
  }
  return inWorkers(tasks, options);
}

/** The first argument of a worker thread's process.argv: the CLI's script serves as the worker. */
export const WORKER_FLAG = '--mortgage-lens-worker';

interface Reply {
  index: number;
  result?: Result;
  error?: string;
}

function inWorkers(tasks: Task[], options: RunOptions): Promise<Result[]> {
  const results: Result[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Threads.Worker[] = [];
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      void stop().finally(() => reject(error));
    };
    const feed = (worker: Threads.Worker) => {
      if (next < tasks.length) {
        worker.postMessage({ index: next, task: tasks[next] });
        next++;
      }
    };
    // Loaded here, not at start: most runs are short and use no worker.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const threads = require('node:worker_threads') as typeof Threads;
    for (let i = 0; i < options.workers; i++) {
      const worker = new threads.Worker(options.workerScript, {
        argv: [WORKER_FLAG],
        workerData: { mode: options.mode },
      });
      workers.push(worker);
      worker.on('message', (reply: Reply) => {
        if (reply.error !== undefined) return fail(new Error(`${tasks[reply.index].path}: ${reply.error}`));
        results[reply.index] = reply.result!;
        done++;
        options.progress?.update(done);
        if (done === tasks.length) {
          void stop().then(() => resolve(results), reject);
        } else feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (done < tasks.length && !failed) fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      // Two files in flight per worker, so none waits for the next message.
      feed(worker);
      feed(worker);
    }
  });
}

/** The worker side: analyses each file it is sent with its own language service. */
export function serveAsWorker(
  core: ProjectService,
  mode: Mode,
  port: {
    on(event: 'message', listener: (message: { index: number; task: Task }) => void): void;
    postMessage(reply: Reply): void;
  },
): void {
  port.on('message', ({ index, task }) => {
    try {
      port.postMessage({ index, result: analyzeTask(core, task, mode) });
    } catch (error) {
      port.postMessage({ index, error: (error as Error).message });
    }
  });
}
