// The web entry point (vscode.dev, github.dev, and VS Code in a browser on a remote such as
// code-server): the same extension, with the language server in a browser worker
// (dist/web/server.js) and team files read through VS Code's file system API.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, type MortgageLensApi } from './activate';
import { serveWorkspaceFiles } from './workspaceFiles';

// Browser globals of VS Code's web extension host; the project compiles without DOM types.
type WorkerLike = Exclude<ConstructorParameters<typeof LanguageClient>[2], () => unknown>;
declare const Worker: new (url: string) => WorkerLike;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

let api: MortgageLensApi | undefined;

/**
 * The server's worker. VS Code's web extension host refuses to start a worker from a remote
 * extension's URI (vscode-remote:, e.g. code-server): there the script is read through the file
 * system API and started from a blob URL.
 */
async function serverWorker(context: vscode.ExtensionContext): Promise<WorkerLike> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  if (main.scheme !== 'vscode-remote') return new Worker(main.toString(true));
  const source = await vscode.workspace.fs.readFile(main);
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

export async function activate(context: vscode.ExtensionContext): Promise<MortgageLensApi> {
  api = await activateWith(context, {
    create: async (options) =>
      new LanguageClient('mortgageLens', 'Mortgage Lens', await serverWorker(context), options),
    // Documents of github.dev repositories, of the test web host and of a remote (code-server,
    // Codespaces in a browser), besides local ones.
    schemes: ['file', 'untitled', 'vscode-vfs', 'vscode-test-web', 'vscode-remote'],
    beforeStart: (client) => serveWorkspaceFiles(client),
    where: 'in the browser',
  });
  return api;
}

export function deactivate(): Promise<void> | undefined {
  return api?.host.stop();
}
