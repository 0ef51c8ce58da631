// Entry point of the bundled command line (dist/cli.js, the mortgage-lens binary). The same file is
// the script of the worker threads that share out long runs (see cli/analyze.ts).
import { WORKER_FLAG } from './cli/analyze';
import { runCli, runWorker } from './cli/main';

// A worker thread of a long run is started with WORKER_FLAG: worker_threads loads only then.
if (process.argv[2] === WORKER_FLAG) runWorker();
else runCli(process.argv.slice(2), __filename);
