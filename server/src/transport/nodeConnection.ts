// The server's connection in Node. Over stdio (the extension's transport, and other editors') it
// reads messages with OffThreadReader; over --node-ipc, --pipe or --socket, which the library still
// accepts, the library's reader is kept (Node IPC parses each message itself, before any reader).
import { format } from 'node:util';
import {
  createConnection,
  LogMessageNotification,
  MessageType,
  ProposedFeatures,
  StreamMessageWriter,
  type Connection,
  type ConnectionOptions,
} from 'vscode-languageserver/node';
import { workerParser } from './jsonWorker';
import { BrokenStream } from './frames';
import { initializeOrder } from './initializeOrder';
import { OffThreadReader } from './offThreadReader';

export function createNodeConnection(argv = process.argv.slice(2)): Connection {
  const order = initializeOrder();
  const connection = argv.includes('--stdio')
    ? overStdio(order.options)
    : createConnection(ProposedFeatures.all, order.options);
  order.answerRefusals(connection);
  return connection;
}

function overStdio(options: ConnectionOptions): Connection {
  const reader = new OffThreadReader(process.stdin, workerParser());
  const connection = createConnection(
    ProposedFeatures.all,
    reader,
    new StreamMessageWriter(process.stdout),
    options,
  );
  // The library drops what its reader reports; an unreadable message is worth a line in the log.
  // A stream out of step (a wrong Content-Length) cannot be read any more: staying up would leave
  // the editor waiting on a deaf server, so it ends, and the editor starts another.
  reader.onError((error) => {
    const logged = connection.sendNotification(LogMessageNotification.type, {
      type: MessageType.Error,
      message: `Mortgage Lens: ${error.message}`,
    });
    if (!(error instanceof BrokenStream)) return;
    // After the log line is written (the writer is asynchronous), or a second at most.
    const exit = () => process.exit(1);
    setTimeout(exit, 1000).unref();
    void logged.then(exit, exit);
  });
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
