// The server's connection in Node. Over stdio (the extension's transport, and other editors') it
// reads messages with OffThreadReader; over --node-ipc, --pipe or --socket, which the library still
// accepts, the library's reader is kept (Node IPC parses each message itself, before any reader).
import { format } from 'node:util';
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
  console.log = console.info = console.debug = (...args) => connection.console.log(format(...args));
  console.warn = (...args) => connection.console.warn(format(...args));
  console.error = (...args) => connection.console.error(format(...args));
  const end = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  return connection;
}
