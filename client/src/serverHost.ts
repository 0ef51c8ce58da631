// Owns the language client, desktop or web alike: starts it with the settings' languages, stops and
// restarts it, and tells the status bar and views when its state changes. The transport (a Node
// process or a browser worker) comes from the entry point, extension.ts or browserExtension.ts.
import * as vscode from 'vscode';
import {
  State,
  type BaseLanguageClient,
  type LanguageClientOptions,
  type RequestType,
  type RequestType0,
} from 'vscode-languageclient';
import { DISABLE_RULE_COMMAND } from '../../server/src/protocol/commands';

export type ServerState = 'starting' | 'running' | 'stopped' | 'failed' | 'disabled';

export interface ClientFactory {
  /** Makes a client speaking to a new server with these options. */
  create(options: LanguageClientOptions): BaseLanguageClient | Promise<BaseLanguageClient>;
  /** Where the server runs, for the status bar: 'in the browser' for the web extension. */
  where?: string;
  /** URI schemes whose documents are checked: file and untitled on the desktop, more on the web. */
  schemes: string[];
  /** Runs before a client starts (the web client answers the server's file requests); undone on stop. */
  beforeStart?(client: BaseLanguageClient): vscode.Disposable | undefined;
  /** Extra synchronize options for each new client; the desktop client watches team files for the server. */
  synchronize?(): LanguageClientOptions['synchronize'];
}

export function configuredLanguages(): string[] {
  return vscode.workspace
    .getConfiguration('mortgageLens')
    .get<string[]>('languages', ['markdown', 'plaintext']);
}

export class ServerHost implements vscode.Disposable {
  readonly output = vscode.window.createOutputChannel('Mortgage Lens', { log: true });
  private readonly stateChanged = new vscode.EventEmitter<ServerState>();
  /** Fires on every state change, and after a restart with the new client. */
  readonly onDidChangeState = this.stateChanged.event;
  private current: BaseLanguageClient | undefined;
  private currentState: ServerState = 'stopped';
  private startedHooks: vscode.Disposable[] = [];
  /** Serialises start, stop and restart, so a quick succession never leaves two servers. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly factory: ClientFactory) {}

  get client(): BaseLanguageClient | undefined {
    return this.current;
  }

  get state(): ServerState {
    return this.currentState;
  }

  /** Where the server runs, e.g. 'in the browser'; undefined for a local process. */
  get where(): string | undefined {
    return this.factory.where;
  }

  /** The document is one the server checks: a configured language and a checked scheme. */
  handles(document: vscode.TextDocument): boolean {
    return (
      configuredLanguages().includes(document.languageId) &&
      this.factory.schemes.includes(document.uri.scheme)
    );
  }

  start(): Promise<void> {
    return this.enqueue(() => this.doStart());
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.doStop();
      await this.doStart();
    });
  }

  /** A request to the running server; undefined when it is not running or the request fails. */
  request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R | undefined>;
  request<R>(type: RequestType0<R, void>): Promise<R | undefined>;
  async request<R>(
    type: RequestType<unknown, R, void> | RequestType0<R, void>,
    params?: unknown,
  ): Promise<R | undefined> {
    const client = this.current;
    if (!client || this.currentState !== 'running') return undefined;
    try {
      // By name, so one call serves both kinds: the signatures above have checked the params.
      return await client.sendRequest<R>(type.method, params);
    } catch (error) {
      this.output.appendLine(`${type.method} failed: ${(error as Error).message}`);
      return undefined;
    }
  }

  dispose(): void {
    void this.stop();
    this.stateChanged.dispose();
    this.output.dispose();
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private setState(state: ServerState): void {
    this.currentState = state;
    this.stateChanged.fire(state);
  }

  private async doStart(): Promise<void> {
    if (this.current) return;
    if (!vscode.workspace.getConfiguration('mortgageLens').get<boolean>('enable', true)) {
      this.setState('disabled');
      return;
    }
    const documentSelector = configuredLanguages().flatMap((language) =>
      this.factory.schemes.map((scheme) => ({ scheme, language })),
    );
    let client: BaseLanguageClient;
    try {
      client = await this.factory.create({
        documentSelector,
        synchronize: { configurationSection: 'mortgageLens', ...this.factory.synchronize?.() },
        initializationOptions: {
          glossaryLinks: true,
          // Commands this extension runs for the server's code actions (see commands.ts).
          clientCommands: [DISABLE_RULE_COMMAND],
          // In Restricted Mode the server reads no .mortgage-lens.json and no team glossary.
          trusted: vscode.workspace.isTrusted,
        },
        // Hovers and completion documentation are glossary text: never trusted, no HTML.
        markdown: { isTrusted: false, supportHtml: false },
        outputChannel: this.output,
      });
    } catch (error) {
      this.output.appendLine(`The server could not be created: ${(error as Error).message}`);
      this.setState('failed');
      return;
    }
    this.current = client;
    client.onDidChangeState(({ newState }) => {
      if (this.current !== client) return;
      if (newState === State.Running) this.setState('running');
      else if (newState === State.Starting) this.setState('starting');
      else this.setState('stopped');
    });
    this.setState('starting');
    const hook = this.factory.beforeStart?.(client);
    if (hook) this.startedHooks.push(hook);
    try {
      await client.start();
      this.setState('running');
    } catch (error) {
      this.output.appendLine(`The server did not start: ${(error as Error).message}`);
      for (const started of this.startedHooks.splice(0)) started.dispose();
      this.current = undefined;
      this.setState('failed');
    }
  }

  private async doStop(): Promise<void> {
    const client = this.current;
    this.current = undefined;
    for (const hook of this.startedHooks.splice(0)) hook.dispose();
    if (client) {
      try {
        await client.stop();
      } catch (error) {
        this.output.appendLine(`The server did not stop cleanly: ${(error as Error).message}`);
      }
    }
    this.setState('stopped');
  }
}
