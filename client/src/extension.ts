// The extension is a thin client: it starts the bundled language server and passes settings to it.
// This is the desktop entry point (the server is a Node process over stdio, where it can parse a
// long document's message off its main thread; Node IPC would parse it first); browserExtension.ts
// is the web one. Commands, views and the status bar are shared (activate.ts).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, type MortgageLensApi } from './activate';
import { crashHandler, type CrashNotice } from './crashHandler';

let api: MortgageLensApi | undefined;
/** What the writer was told about server crashes (exported with the API for the tests). */
const serverCrashes: CrashNotice[] = [];

export async function activate(context: vscode.ExtensionContext): Promise<MortgageLensApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // One watcher for the extension's life: a client restarted after a crash or by Restart Server
  // subscribes to it again, and stopping a client does not dispose its watchers.
  const teamFiles = vscode.workspace.createFileSystemWatcher('**/{.mortgage-lens.json,*.yaml,*.yml}');
  context.subscriptions.push(teamFiles);
  api = await activateWith(context, {
    // A crashed server is restarted with a warning that says so (see crashHandler.ts).
    create: (options) =>
      new LanguageClient('mortgageLens', 'Mortgage Lens', serverOptions, {
        ...options,
        errorHandler: crashHandler(serverCrashes, options.outputChannel),
      }),
    // vscode-vfs: a GitHub repository opened remotely; checked with the built-in glossary only.
    schemes: ['file', 'untitled', 'vscode-vfs'],
    // Team configuration and glossaries reload when they change on disk.
    synchronize: () => ({ fileEvents: teamFiles }),
  });
  Object.assign(api, { serverCrashes });
  return api;
}

export function deactivate(): Promise<void> | undefined {
  return api?.host.stop();
}
