// The server's connection in Node. Over stdio (the extension's transport, and other editors') it
// reads messages with OffThreadReader; over --node-ipc, --pipe or --socket, which the library still
// accepts, the library's reader is kept (Node IPC parses each message itself, before any reader).
import {
  createConnection,
  ProposedFeatures,
  StreamMessageWriter,
  type Connection,
} from 'vscode-languageserver/node';
import { workerParser } from './jsonWorker';
import { OffThreadReader } from './offThreadReader';

export function createNodeConnection(argv = process.argv.slice(2)): Connection {
  return argv.includes('--stdio') ? overStdio() : createConnection(ProposedFeatures.all);
}
function overStdio(): Connection {
  const connection = createConnection(
    ProposedFeatures.all,
    new OffThreadReader(process.stdin, workerParser()),
    new StreamMessageWriter(process.stdout),
  );
  // What the library does for --stdio itself: stdout carries the protocol, so console output goes
  // to the client's log, and the server ends with its input.
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  const log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.log = console.info = console.debug = log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  const end = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  return connection;
}
