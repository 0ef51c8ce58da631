// Web only: the server runs in a browser worker without a file system, so the client finds and reads
// team configuration and glossary files for it, through VS Code's file system API (which reaches
// github.dev repositories and folders opened in vscode.dev). Nothing is read in Restricted Mode.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  FIND_FILES_REQUEST,
  READ_DIRECTORY_REQUEST,
  READ_FILE_REQUEST,
  WORKSPACE_CHANGED_NOTIFICATION,
} from '../../server/src/protocol/requests';

const MAX_CONFIG_FILES = 50;

export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
  const decoder = new TextDecoder();
  const watcher = vscode.workspace.createFileSystemWatcher('**/{.mortgage-lens.json,*.yaml,*.yml}');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void client.sendNotification(WORKSPACE_CHANGED_NOTIFICATION), 200);
  };
  return vscode.Disposable.from(
    client.onRequest(FIND_FILES_REQUEST, async ({ include }) => {
      if (!vscode.workspace.isTrusted) return [];
      const found = await vscode.workspace.findFiles(include, '**/node_modules/**', MAX_CONFIG_FILES);
      return found.map((uri) => uri.toString());
    }),
    client.onRequest(READ_FILE_REQUEST, async ({ uri }) => {
      if (!vscode.workspace.isTrusted) return null;
      try {
        return decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
      } catch {
        return null;
      }
    }),
    client.onRequest(READ_DIRECTORY_REQUEST, async ({ uri }) => {
      if (!vscode.workspace.isTrusted) return [];
      try {
        const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri));
        return entries.filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
      } catch {
        return [];
      }
    }),
    watcher,
    watcher.onDidChange(changed),
    watcher.onDidCreate(changed),
    watcher.onDidDelete(changed),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (/(\.mortgage-lens\.json|\.ya?ml)$/.test(document.uri.path)) changed();
    }),
    { dispose: () => clearTimeout(timer) },
  );
}
