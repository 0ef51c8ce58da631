// `npm run demo`: serves real VS Code (code-server) on 127.0.0.1 with the built extension installed and the
// repository's samples/ folder open, then waits for Ctrl-C. Open the printed address in a browser.
import * as path from 'node:path';
import { REPO_ROOT, installBuiltExtension, startCodeServer } from '../test/vscode/codeServer';

const DEFAULT_PORT = 8080;

async function main(): Promise<void> {
  const requestedPort = Number(process.env.PORT ?? DEFAULT_PORT);
  const samples = path.join(REPO_ROOT, 'samples');
  const server = await startCodeServer({
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
  console.error(`code-server stopped unexpectedly (exit code ${code}). Log:\n${server.logFile}`);
  process.exit(1);
}

main().catch((error: Error) => {
  console.error(`Demo could not start: ${error.message}`);
  process.exit(1);
});
