// The LSP adapter: wires the analysis core to a connection. Documents are synced incrementally,
// diagnostics follow each edit after a short pause, and results for outdated versions are dropped.
import {
  CodeActionKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from './core/languageService';

/** Pause after the last keystroke before a document is re-checked. */
const VALIDATE_DELAY_MS = 120;

export function startLanguageServer(connection: Connection, service: LanguageService, version: string): void {
  const documents = new TextDocuments(TextDocument);
  const pending = new Map<string, NodeJS.Timeout>();

  connection.onInitialize((): InitializeResult => ({
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'mortgage-lens', version },
  }));

  function validate(uri: string): void {
    pending.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    const diagnostics = service.diagnostics(document);
    // An edit may have arrived while we worked: never publish results for an older version.
    if (documents.get(uri)?.version !== document.version) return;
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(pending.get(uri));
    pending.set(
      uri,
      setTimeout(() => validate(uri), delay),
    );
  }

  // didOpen also fires a content change: a document seen for the first time is checked at once,
  // later edits after a pause.
  const open = new Set<string>();
  documents.onDidChangeContent(({ document }) => {
    const opening = !open.has(document.uri);
    open.add(document.uri);
    schedule(document.uri, opening ? 0 : VALIDATE_DELAY_MS);
  });
  documents.onDidClose(({ document }) => {
    open.delete(document.uri);
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    service.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    return document ? service.hover(document, position) : null;
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
    return service.codeActions(document, range);
  });

  documents.listen(connection);
  connection.listen();
}
