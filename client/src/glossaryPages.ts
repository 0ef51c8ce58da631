// Glossary entries as read-only Markdown documents (scheme mortgage-lens-glossary:, rendered by the
// server), opened from a diagnostic's link, from Show Glossary, Explain Term or the Terms view.
import * as vscode from 'vscode';
import { GLOSSARY_SCHEME } from '../../server/src/protocol/constants';
import { GLOSSARY_ENTRY_REQUEST } from '../../server/src/protocol/requests';
import type { ServerHost } from './serverHost';

export function entryUri(id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: GLOSSARY_SCHEME, path: `/${id}.md` });
}

export function registerGlossaryPages(host: ServerHost): vscode.Disposable {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
      const page = await host.request(GLOSSARY_ENTRY_REQUEST, { id });
      return page ?? `No glossary entry "${id}" (is Mortgage Lens running?).`;
    },
  };
  return vscode.workspace.registerTextDocumentContentProvider(GLOSSARY_SCHEME, provider);
}

/** Opens an entry rendered as a page (Markdown preview); as a document if no preview is available. */
export async function openEntry(id: string, beside = false): Promise<void> {
  const uri = entryUri(id);
  try {
    await vscode.commands.executeCommand(beside ? 'markdown.showPreviewToSide' : 'markdown.showPreview', uri);
  } catch {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, {
      preview: true,
      viewColumn: beside ? vscode.ViewColumn.Beside : undefined,
    });
  }
}
