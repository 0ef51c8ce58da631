// Reads LSP messages from a stream, as vscode-jsonrpc's stream reader does, except that a large
// message (a long document's didOpen or full-text didChange) is parsed elsewhere (a worker thread)
// instead of stopping the event loop for the 100 ms or more that 50 MB of JSON takes. While it is parsed,
// requests and notifications about other documents are delivered; everything else waits its turn,
// so the order between any two messages that could depend on each other is kept.
import {
  AbstractMessageReader,
  Disposable,
  type DataCallback,
  type Message,
  type MessageReader,
} from 'vscode-languageserver/node';
import { BrokenStream, MessageFrames } from './frames';
import { utf8Text } from './utf8';

/** Below this size a message is parsed at once, as the library would. */
export const LARGE_MESSAGE_BYTES = 2 * 1024 * 1024;

export type ParseElsewhere = (body: Uint8Array) => Promise<Message>;

interface Parsing {
  /** The document the message is about, when its first bytes say so plainly. */
  readonly uri: string | undefined;
  readonly bytes: number;
  result?: { message: Message } | { error: unknown };
}
type Entry = Parsing | { readonly message: Message };

export class OffThreadReader extends AbstractMessageReader implements MessageReader {
  /** Messages not delivered yet, in arrival order; the first is always a parse in progress. */
  private readonly waiting: Entry[] = [];
  private callback: DataCallback = () => undefined;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    /** Where large messages are parsed; without it, every message is parsed here. */
    private readonly parseElsewhere: ParseElsewhere | undefined,
    private readonly largeBytes = LARGE_MESSAGE_BYTES,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const frames = new MessageFrames(
      (body) => this.read(body),
      (error) =>
        this.fireError(
          error instanceof BrokenStream
            ? new BrokenStream(`The message stream is broken: ${error.message}`)
            : new Error(`A message was skipped: ${error.message}`),
        ),
    );
    const onData = (chunk: Buffer) => {
      try {
        frames.push(chunk);
      } catch (error) {
        this.fireError(error); // e.g. no memory for a body: reported, not a crash
      }
    };
    const onError = (error: Error) => this.fireError(error);
    let closed = false;
    const onClose = () => {
      if (!closed) this.fireClose();
      closed = true;
    };
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('end', onClose);
    this.readable.on('close', onClose);
    return Disposable.create(() => {
      this.readable.off('data', onData);
      this.readable.off('error', onError);
      this.readable.off('end', onClose);
      this.readable.off('close', onClose);
    });
  }

  private read(body: Buffer): void {
    if (this.parseElsewhere && body.byteLength >= this.largeBytes) {
      this.startParsing(body, this.parseElsewhere);
      return;
    }
    let message: Message;
    try {
      message = JSON.parse(utf8Text(body)) as Message;
    } catch (error) {
      this.fireError(unreadable(body.byteLength, error));
      return;
    }
    this.receive(message);
  }

  private startParsing(body: Uint8Array, parseElsewhere: ParseElsewhere): void {
    const parsing: Parsing = { uri: documentOf(body), bytes: body.byteLength };
    this.waiting.push(parsing);
    parseElsewhere(body).then(
      (message) => this.settle(parsing, { message }),
      (error: unknown) => this.settle(parsing, { error }),
    );
  }

  private receive(message: Message): void {
    if (this.waiting.length === 0 || this.mayOvertake(message)) this.deliver(message);
    else this.waiting.push({ message });
  }

  /** As the library's reader: what the connection fails on (JSON that is no message) is an error, not a crash. */
  private deliver(message: Message): void {
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      this.fireError(new Error(`Not a JSON-RPC message: ${JSON.stringify(message).slice(0, 80)}`));
      return;
    }
    try {
      this.callback(message);
    } catch (error) {
      this.fireError(error);
    }
  }

  /** A message about another document may pass parses in progress, and only those. */
  private mayOvertake(message: Message): boolean {
    const uri = documentUriOf(message);
    return (
      uri !== undefined &&
      this.waiting.every((entry) => 'uri' in entry && entry.uri !== undefined && entry.uri !== uri)
    );
  }

  private settle(parsing: Parsing, result: Parsing['result']): void {
    parsing.result = result;
    while (this.waiting.length > 0) {
      const first = this.waiting[0];
      if ('uri' in first && !first.result) return;
      this.waiting.shift();
      if (!('uri' in first)) this.deliver(first.message);
      else if (first.result && 'message' in first.result) this.deliver(first.result.message);
      else this.fireError(unreadable(first.bytes, first.result?.error));
    }
  }
}

/**
 * The document a large message is about, read from its first bytes only where they plainly say it:
 * a textDocument/didOpen or didChange whose params begin with the document's uri (as every client
 * writes them). Anything else answers undefined, and nothing then passes the message.
 */
function documentOf(body: Uint8Array): string | undefined {
  const head = utf8Text(body.subarray(0, 4096));
  const found =
    /^\s*\{\s*"jsonrpc"\s*:\s*"2\.0"\s*,\s*"method"\s*:\s*"textDocument\/did(?:Open|Change)"\s*,\s*"params"\s*:\s*\{\s*"textDocument"\s*:\s*\{\s*"uri"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(
      head,
    );
  if (!found) return undefined;
  try {
    return JSON.parse(found[1]) as string;
  } catch {
    return undefined;
  }
}

/** The document a request or notification is about: textDocument/* methods name it in their params. */
function documentUriOf(message: Message): string | undefined {
  // Any JSON may arrive (null, a number): read it without assuming an object.
  const { method, params } = (message ?? {}) as {
    method?: unknown;
    params?: { textDocument?: { uri?: unknown } } | null;
  };
  if (typeof method !== 'string' || !method.startsWith('textDocument/')) return undefined;
  const uri = params?.textDocument?.uri;
  return typeof uri === 'string' ? uri : undefined;
}

function unreadable(bytes: number, error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`A message of ${bytes} bytes could not be read as JSON: ${reason}`);
}
