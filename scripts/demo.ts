// `npm run demo`: serves real VS Code (code-server) on 127.0.0.1 with the built extension installed and the
// repository's samples/ folder open, then waits for Ctrl-C. Open the printed address in a browser.
import * as path from 'node:path';
import {
  type CodeServer,
  REPO_ROOT,
  installBuiltExtension,
  startCodeServer,
} from '../test/vscode/codeServer';

const DEFAULT_PORT = 8080;

let server: CodeServer | undefined;
let stopping = false;

/** Stops code-server's whole process group (startCodeServer put it in its own) and exits. */
async function shutdown(reason: string, code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${reason}: stopping code-server.`);
  await server?.stop(); // SIGTERM to the group, SIGKILL after 3 s, temp folder removed
  process.exit(code); // before code-server was spawned there is nothing else to stop
}

/**
 * `npm run demo` runs `sh -c "build && node demo.js"`. A SIGTERM to npm reaches sh, which dies without passing
 * it on, so this process is orphaned instead of signalled (and code-server kept :8080). Losing the parent that
 * started us therefore stops the demo, whatever signal ended it. SIGINT and SIGTERM sent to this process are
 * handled by startCodeServer; SIGHUP (the terminal closed) is handled here.
 */
function stopWithParent(): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent)
      void shutdown(`The process that started the demo (pid ${parent}) exited`, 143);
  }, 250).unref();
  process.once('SIGHUP', () => void shutdown('SIGHUP', 129));
}

async function main(): Promise<void> {
  stopWithParent();
  const requestedPort = Number(process.env.PORT ?? DEFAULT_PORT);
  const samples = path.join(REPO_ROOT, 'samples');
  server = await startCodeServer({
    port: requestedPort,
    installExtensions: (extensionsDir) => installBuiltExtension(extensionsDir),
    log: (line) => console.log(line),
  });
  if (server.port !== requestedPort) console.log(`Port ${requestedPort} is busy; using ${server.port}.`);
  console.log(
    [
      '',
      'Mortgage Lens demo is running in VS Code (code-server, listening on 127.0.0.1 only).',
      `Open: ${server.workbenchUrl(samples, 'borrower-faq.md')}`,
      `  (or ${server.workbenchUrl(samples)} and pick borrower-faq.md in the Explorer)`,
      '',
      'Try: hover "deficiency judgment"; the squiggle under "Foreclosure erases all debt." has a quick fix',
      '(Ctrl+. or the light bulb). Edits you save change the files in samples/.',
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
  const code = await server.exited; // Ctrl-C is handled by startCodeServer: it stops code-server and exits
  if (stopping) return;
  console.error(`code-server stopped unexpectedly (exit code ${code}). Log:\n${server.logFile}`);
  process.exit(1);
}

main().catch((error: Error) => {
  console.error(`Demo could not start: ${error.message}`);
  process.exit(1);
});
