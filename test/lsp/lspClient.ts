// A minimal LSP client for protocol tests: spawns the built server as another editor would
// (`node … --stdio`), speaks JSON-RPC over its stdin/stdout and records what it publishes.
// Every wait has a timeout, so a broken server fails a test with a message instead of hanging it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** The repository root, from out/test/lsp/ where this file runs once compiled. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

export const DEFAULT_TIMEOUT_MS = 5000;

/** Rejects with a clear message if `promise` does not settle within `ms`; `what` may be computed then. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string | (() => string)): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const describe = () => (typeof what === 'string' ? what : what());
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${describe()}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Waiter {
  uri: string;
  predicate: (params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
}

export class LspClient {
  readonly connection: ProtocolConnection;
  /** Every publishDiagnostics notification received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Everything the server wrote to stderr, for failure messages. */
  stderr = '';
  /** Local copies of the open documents, kept in step with what was sent. */
  readonly documents = new Map<string, TextDocument>();
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private readonly consumed = new Map<string, number>();
  private waiters: Waiter[] = [];

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    // Writes after the server has gone (e.g. in cleanup) must not crash the test run.
    child.stdin.on('error', () => undefined);
    this.connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      const index = this.published.length - 1;
      const waiter = this.waiters.find((w) => w.uri === params.uri && w.predicate(params));
      if (waiter) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        this.consumed.set(params.uri, index + 1);
        waiter.resolve(params);
      }
    });
    this.connection.listen();
  }

  async initialize(initializationOptions?: object): Promise<InitializeResult> {
    const result = await withTimeout(
      this.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        initializationOptions,
        clientInfo: { name: 'mortgage-lens-protocol-tests' },
        rootUri: null,
        workspaceFolders: null,
        capabilities: {
          textDocument: {
            synchronization: { dynamicRegistration: false },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            publishDiagnostics: { versionSupport: true },
            codeAction: {
              codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } },
              isPreferredSupport: true,
            },
          },
        },
      }),
      DEFAULT_TIMEOUT_MS,
      'the initialize response',
    );
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<TextDocument> {
    const document = TextDocument.create(uri, languageId, version, text);
    this.documents.set(uri, document);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
    return document;
  }

  /** Sends incremental (or full) changes and applies them to the local copy. */
  async change(
    uri: string,
    version: number,
    changes: TextDocumentContentChangeEvent[],
  ): Promise<TextDocument> {
    const current = this.documents.get(uri);
    if (!current) throw new Error(`${uri} is not open`);
    const document = TextDocument.update(current, changes, version);
    this.documents.set(uri, document);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return document;
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /**
   * The next publishDiagnostics for `uri` (not yet returned by an earlier wait) that satisfies
   * `predicate`; notifications that arrived before the call count, so there is no race with the send.
   */
  waitForDiagnostics(
    uri: string,
    predicate: (params: PublishDiagnosticsParams) => boolean = () => true,
    what = 'diagnostics',
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<PublishDiagnosticsParams> {
    const from = this.consumed.get(uri) ?? 0;
    for (let i = from; i < this.published.length; i++) {
      const params = this.published[i];
      if (params.uri === uri && predicate(params)) {
        this.consumed.set(uri, i + 1);
        return Promise.resolve(params);
      }
    }
    let waiter: Waiter | undefined;
    const found = new Promise<PublishDiagnosticsParams>((resolve) => {
      waiter = { uri, predicate, resolve };
      this.waiters.push(waiter);
    });
    return withTimeout(found, timeoutMs, () => `${what} for ${uri}${this.describe(uri)}`).catch(
      (error: unknown) => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        throw error;
      },
    );
  }

  /** Diagnostics published for `uri` with exactly this version. */
  waitForVersion(
    uri: string,
    version: number,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics(
      uri,
      (p) => p.version === version,
      `diagnostics of version ${version}`,
      timeoutMs,
    );
  }

  /** All notifications published so far for `uri`. */
  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  /** shutdown, then exit, as a well-behaved editor does. */
  async shutdown(): Promise<void> {
    await withTimeout(
      this.connection.sendRequest(ShutdownRequest.type),
      DEFAULT_TIMEOUT_MS,
      'the shutdown response',
    );
    await this.connection.sendNotification(ExitNotification.type);
  }

  /** Ends the connection and the process, whatever state they are in. */
  async dispose(): Promise<void> {
    this.waiters = [];
    this.connection.dispose();
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill();
      await withTimeout(this.exited, DEFAULT_TIMEOUT_MS, 'the server process to end').catch(() => {
        this.child.kill('SIGKILL');
      });
    }
  }

  private describe(uri: string): string {
    const seen = this.publishedFor(uri).map((p) => `version ${p.version ?? '-'}: ${p.diagnostics.length}`);
    const stderr = this.stderr.trim() ? `; server stderr: ${this.stderr.trim().slice(0, 500)}` : '';
    return ` (published so far: ${seen.length ? seen.join(', ') : 'nothing'}${stderr})`;
  }
}

/** Spawns `node <args>` from the repository root, e.g. `dist/server.js --stdio`. */
export function startServer(args: string[]): LspClient {
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  return new LspClient(child);
}
