// Reads LSP messages as vscode-jsonrpc's stream reader does, except that a large message (a long
// document's didOpen or full-text didChange) is parsed elsewhere (a worker thread) instead of
// stopping the event loop for the 100 ms or more that 50 MB of JSON takes. While it is parsed,
// requests and notifications about other documents are delivered; everything else waits its turn,
// so the order between any two messages that could depend on each other is kept.
import {
  AbstractMessageReader,
  StreamMessageReader,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
} from 'vscode-languageserver/node';

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

const parsingMark = Symbol('parsing');
type ParsingMark = Message & { [parsingMark]: Parsing; then?: never };

export class OffThreadReader extends AbstractMessageReader implements MessageReader {
  private readonly inner: StreamMessageReader;
  /** Messages not delivered yet, in arrival order; the first is always a parse in progress. */
  private readonly waiting: Entry[] = [];
  private callback: DataCallback = () => undefined;

  constructor(
    readable: NodeJS.ReadableStream,
    private readonly parseElsewhere: ParseElsewhere,
    private readonly largeBytes = LARGE_MESSAGE_BYTES,
  ) {
    super();
    const decoder = new TextDecoder();
    this.inner = new StreamMessageReader(readable, {
      contentTypeDecoder: {
        name: 'application/json',
        decode: async (body) =>
          body.byteLength < this.largeBytes
            ? (JSON.parse(decoder.decode(body)) as Message)
            : this.startParsing(body),
      },
    });
    this.inner.onError((error) => this.fireError(error));
    this.inner.onClose(() => this.fireClose());
    this.inner.onPartialMessage((info) => this.firePartialMessage(info));
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return this.inner.listen((message) => this.receive(message));
  }

  dispose(): void {
    this.inner.dispose();
    super.dispose();
  }

  /** Stands in for the message in the library's queue, which then reads on. */
  private startParsing(body: Uint8Array): ParsingMark {
    const parsing: Parsing = { uri: documentOf(body), bytes: body.byteLength };
    this.parseElsewhere(body).then(
      (message) => this.settle(parsing, { message }),
      (error: unknown) => this.settle(parsing, { error }),
    );
    return { jsonrpc: '2.0', [parsingMark]: parsing } as ParsingMark;
  }

  private receive(message: Message): void {
    const parsing = (message as Partial<ParsingMark>)[parsingMark];
    if (parsing) this.waiting.push(parsing);
    else if (this.waiting.length === 0 || this.mayOvertake(message)) this.callback(message);
    else this.waiting.push({ message });
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
      if (!('uri' in first)) this.callback(first.message);
      else if (first.result && 'message' in first.result) this.callback(first.result.message);
      else
        this.fireError(
          new Error(
            `A message of ${first.bytes} bytes could not be read as JSON: ${describe(first.result?.error)}`,
          ),
        );
    }
  }
}

/**
 * The document a large message is about, read from its first bytes only where they plainly say it:
 * a textDocument/didOpen or didChange whose params begin with the document's uri (as every client
 * writes them). Anything else answers undefined, and nothing then passes the message.
 */
function documentOf(body: Uint8Array): string | undefined {
  const head = new TextDecoder().decode(body.subarray(0, 4096));
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
  const { method, params } = message as { method?: unknown; params?: { textDocument?: { uri?: unknown } } };
  if (typeof method !== 'string' || !method.startsWith('textDocument/')) return undefined;
  const uri = params?.textDocument?.uri;
  return typeof uri === 'string' ? uri : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
