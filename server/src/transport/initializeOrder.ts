// The protocol's order, kept for every transport: before the initialize request a request is
// answered with ServerNotInitialized (-32002) and a notification is dropped, except exit; a second
// initialize is answered with an error. The library would otherwise run a hover, or open a document,
// on a server that was never set up, and run initialize twice.
import {
  ErrorCodes,
  ExitNotification,
  InitializeRequest,
  Message,
  ResponseError,
  type ConnectionOptions,
  type MessageStrategy,
  type RequestMessage,
} from 'vscode-languageserver';
// What a refused request becomes, so the library answers it with the error under its own id.
import { REFUSED_METHOD as REFUSED } from '../protocol/requests';

interface Refusable {
  onRequest(method: string, handler: (params: unknown) => ResponseError<void>): unknown;
}

/**
 * Options for createConnection, and `answerRefusals` to call on the connection it made (before
 * it listens).
 */
export function initializeOrder(): {
  options: ConnectionOptions;
  answerRefusals(connection: Refusable): void;
} {
  let initialized = false;
  // The errors, by the params object of each rewritten message: a client that sends the method
  // itself gets no chosen error out of it.
  const refusals = new WeakMap<object, ResponseError<void>>();
  const refuse = (message: RequestMessage, error: ResponseError<void>): RequestMessage => {
    const params = {};
    refusals.set(params, error);
    return { jsonrpc: message.jsonrpc, id: message.id, method: REFUSED, params };
  };
  type Next = Parameters<MessageStrategy['handleMessage']>[1];
  const handleMessage = (message: Message, next: Next): ReturnType<Next> => {
    if (Message.isRequest(message)) {
      if (message.method === InitializeRequest.method) {
        if (!initialized) {
          initialized = true;
          return next(message);
        }
        return next(
          refuse(
            message,
            new ResponseError(
              ErrorCodes.InvalidRequest,
              'initialize was already received: the protocol allows it once per server',
            ),
          ),
        );
      }
      if (!initialized)
        return next(
          refuse(
            message,
            new ResponseError(
              ErrorCodes.ServerNotInitialized,
              `the server is not initialized: "${message.method}" must come after initialize`,
            ),
          ),
        );
    } else if (Message.isNotification(message) && !initialized && message.method !== ExitNotification.method)
      return; // dropped, as the protocol says
    return next(message);
  };
  return {
    options: { messageStrategy: { handleMessage } },
    answerRefusals(connection) {
      connection.onRequest(REFUSED, (params) => {
        const refusal = params && typeof params === 'object' ? refusals.get(params) : undefined;
        return refusal ?? new ResponseError(ErrorCodes.MethodNotFound, `unhandled method ${REFUSED}`);
      });
    },
  };
}
