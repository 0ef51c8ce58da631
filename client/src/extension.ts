// The extension is a thin client: it starts the bundled language server and passes settings to it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

function languages(): string[] {
  return vscode.workspace
    .getConfiguration('mortgageLens')
    .get<string[]>('languages', ['markdown', 'plaintext']);
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  if (!vscode.workspace.getConfiguration('mortgageLens').get<boolean>('enable', true)) return;
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const documentSelector = languages().flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: {
      configurationSection: 'mortgageLens',
      // Team configuration and glossaries reload when they change on disk.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.mortgage-lens.json,*.yaml,*.yml}'),
    },
    initializationOptions: { glossaryLinks: true },
  };
  client = new LanguageClient('mortgageLens', 'Mortgage Lens', serverOptions, clientOptions);
  await client.start();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}

/** Glossary entries linked from a diagnostic open as read-only Markdown documents. */
const glossaryEntries: vscode.TextDocumentContentProvider = {
  async provideTextDocumentContent(uri) {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const page = client
      ? await client.sendRequest<string | null>('mortgageLens/glossaryEntry', { id })
      : null;
    return page ?? `No glossary entry "${id}" (is Mortgage Lens running?).`;
  },
};

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider('mortgage-lens-glossary', glossaryEntries),
    vscode.commands.registerCommand('mortgageLens.disableRule', async (rule: string) => {
      const config = vscode.workspace.getConfiguration('mortgageLens');
      const rules = { ...config.get<Record<string, string>>('rules', {}), [rule]: 'off' };
      const target = vscode.workspace.workspaceFolders
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
      await config.update('rules', rules, target);
    }),
    vscode.commands.registerCommand('mortgageLens.restartServer', async () => {
      await stop();
      await start(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (
        event.affectsConfiguration('mortgageLens.enable') ||
        event.affectsConfiguration('mortgageLens.languages')
      ) {
        await stop();
        await start(context);
      }
    }),
  );
  await start(context);
}

export function deactivate(): Promise<void> {
  return stop();
}
