// The LSP adapter: wires the analysis core to a connection. Documents are synced incrementally,
// diagnostics follow each edit after a short pause, and results for outdated versions are dropped.
import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
// Not node:url: this adapter is bundled for the browser too.
import { URI } from 'vscode-uri';
import { PieceDocument } from '../core/text/pieceDocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ProjectService } from '../project/projectService';
import type { LanguageService } from '../core/languageService';
import { editorFeatures } from './editorFeatures';
import { lspSettings } from './settings';
import { DISABLE_RULE_COMMAND } from '../protocol/commands';
import { FIX_ALL_KIND, GLOSSARY_SCHEME, SOURCE } from '../protocol/constants';
import { GLOSSARY_ENTRY_REQUEST, TIMING_NOTIFICATION, type Timing } from '../protocol/requests';
import { ReadingPace } from './readingPace';

/** More diagnostics than this are published in a turn after the one that found them. */
const MANY_DIAGNOSTICS = 2000;

/** Pause after the last keystroke before a document is re-checked. */
export const VALIDATE_DELAY_MS = 120;

export interface ServerOptions {
  /** Runs once the client has initialized the connection (the browser reads the workspace then). */
  afterInitialized?: () => void;
}

export function startLanguageServer(
  connection: Connection,
  projects: ProjectService,
  version: string,
  options: ServerOptions = {},
): { revalidate(): void } {
  let pullsConfiguration = false;
  let runsDisableRule = false;
  let reportsTimings = false;
  /** `start`: when the work began, if before `work` (see validate). */
  const timed = <T>(
    kind: Timing['kind'],
    uri: string,
    version: number,
    work: () => T,
    start = performance.now(),
  ): T => {
    if (!reportsTimings) return work();
    const result = work();
    const timing: Timing = { kind, uri, version, ms: performance.now() - start };
    void connection.sendNotification(TIMING_NOTIFICATION, timing);
    return result;
  };

  // Documents in pieces: an edit copies the pieces it touches, not the whole text (pieceDocument.ts).
  const documents = new TextDocuments<PieceDocument>({
    // A long didOpen's `text`, and a long whole-document change's, arrive as pieces (string[]) from
    // OffThreadReader (jsonWorker.ts); PieceDocument takes either as it is.
    create: (uri, languageId, version, text) => new PieceDocument(uri, languageId, version, text),
    update: (document, changes, version) => {
      // Client input, applied to the server's copy that every later position refers to: a
      // malformed event ("text": null, a negative or fractional position) would corrupt it for good.
      // The whole notification is dropped, as its later events were written against the earlier ones.
      const problem = changeProblem(changes);
      if (problem) {
        connection.console.error(
          `Mortgage Lens: dropped a didChange for ${document.uri} (version ${String(version)}): ${problem}; the document stays at version ${document.version}`,
        );
        return document;
      }
      return timed('update', document.uri, version, () => {
        document.update(changes, version);
        return document;
      });
    },
  });
  // Term list, document terms, appendix, completion, trust; files over mortgageLens.maxFileSize skipped.
  const editor = editorFeatures(connection, documents, projects);
  const answering = editor.answering;
  /** Each document's next check, as the way to cancel it. */
  const pending = new Map<string, () => void>();

  connection.onInitialize(({ capabilities, initializationOptions }): InitializeResult => {
    pullsConfiguration = capabilities.workspace?.configuration === true;
    // "Turn off <rule> in this workspace" runs a command of our VS Code client; other editors (Neovim,
    // Helix, …) would list an action that does nothing, so it is offered only to a client that says so.
    const commands = (initializationOptions as { clientCommands?: unknown } | undefined)?.clientCommands;
    runsDisableRule = Array.isArray(commands) && commands.includes(DISABLE_RULE_COMMAND);
    reportsTimings = (initializationOptions as { timings?: unknown } | undefined)?.timings === true;
    // Our VS Code client can open glossary entries as documents; other editors get plain diagnostics.
    const opensEntries =
      (initializationOptions as { glossaryLinks?: unknown } | undefined)?.glossaryLinks === true &&
      capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
    projects.linkEntries(opensEntries ? (id) => `${GLOSSARY_SCHEME}:/${id}.md` : undefined);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        ...editor.initialize(capabilities, initializationOptions),
        // The document's own defined terms: go to definition, references, Outline, rename.
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        renameProvider: capabilities.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
      },
      serverInfo: { name: 'mortgage-lens', version },
    };
  });

  /** Reads the editor's mortgageLens settings (per-rule severity or "off") and re-checks open documents. */
  async function loadSettings(pushed?: unknown): Promise<void> {
    const section = pullsConfiguration
      ? await connection.workspace.getConfiguration('mortgageLens').catch(() => undefined)
      : (pushed as { mortgageLens?: unknown } | undefined)?.mortgageLens;
    const settings = lspSettings(section);
    editor.configure(settings);
    projects.configure(settings.service);
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  connection.onInitialized(() => {
    void loadSettings();
    options.afterInitialized?.();
  });
  connection.onDidChangeConfiguration(({ settings }) => void loadSettings(settings));

  function validate(uri: string): void {
    pending.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    // This runs from a timer: an exception here would end the process, and with it every open
    // document's checks. A document that cannot be checked (a malformed URI, a didOpen without text
    // from a buggy client) is reported in the server log and skipped.
    let diagnostics: Diagnostic[];
    try {
      // A long document is read a step per turn of the event loop, so other requests are answered in
      // between; its diagnostics come in a turn of their own after the last step.
      // isReady reads an edit's blocks again when they are few (see LanguageService.isReady): part
      // of the check's time.
      const start = performance.now();
      if (editor.tooLarge(document)) diagnostics = [editor.sizeDiagnostic(document)];
      else {
        const service = projects.serviceFor(document);
        if (!service.isReady(document)) {
          readStep(document, service);
          schedule(uri, 0);
          return;
        }
        diagnostics = timed('diagnostics', uri, document.version, () => service.diagnostics(document), start);
      }
    } catch (error) {
      connection.console.error(
        `Mortgage Lens could not check ${uri}: ${(error as Error).stack ?? String(error)}`,
      );
      return;
    }
    const publish = () => {
      // An edit may have arrived while we worked: never publish results for an older version.
      if (documents.get(uri)?.version !== document.version) return;
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
      publishProblems();
    };
    // Serialising thousands of diagnostics takes about as long as finding them: a turn of its own.
    if (diagnostics.length > MANY_DIAGNOSTICS) afterQueuedMessages(publish);
    else publish();
  }

  /** One step of reading a long document, and of its line index. */
  function readStep(document: PieceDocument, service: LanguageService): void {
    const length = pace.next(document.uri);
    const start = performance.now();
    const read = timed('prepare', document.uri, document.version, () => {
      document.indexLines(length);
      return service.prepare(document, length);
    });
    if (read) pace.forget(document.uri);
    else pace.took(document.uri, length, performance.now() - start);
  }
  const pace = new ReadingPace();

  // Problems in a .mortgage-lens.json or a team glossary show as diagnostics in that file.
  let published = new Map<string, string>();
  function publishProblems(): void {
    const byFile = new Map<string, Diagnostic[]>();
    for (const p of projects.problems()) {
      const position = { line: p.line - 1, character: p.column - 1 };
      const list = byFile.get(p.path) ?? [];
      list.push({
        range: { start: position, end: position },
        severity: p.severity === 'warning' ? 2 : 1,
        source: SOURCE,
        message: p.message,
      });
      byFile.set(p.path, list);
    }
    const next = new Map([...byFile].map(([file, list]) => [file, JSON.stringify(list)]));
    for (const file of new Set([...published.keys(), ...next.keys()])) {
      if (published.get(file) === next.get(file)) continue;
      void connection.sendDiagnostics({
        // A path, or already a URI (in a browser, team files are read through the client).
        uri: /^[a-z][a-z\d+.-]+:\/\//i.test(file) ? file : URI.file(file).toString(),
        diagnostics: byFile.get(file) ?? [],
      });
    }
    published = next;
  }

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let changed = false;
    for (const { uri } of changes) {
      if (fileChanged(uri)) changed = true;
    }
    if (changed) revalidate();
  });
  /** Whether a changed file: URI (a configuration, a team glossary) changed a project. */
  function fileChanged(uri: string): boolean {
    const file = uri.startsWith('file:') ? projects.addressOf(uri) : undefined;
    return file !== undefined && projects.fileChanged(file);
  }
  /** Shows the projects' problems again and re-checks every open document. */
  function revalidate(): void {
    publishProblems();
    for (const document of documents.all()) schedule(document.uri, 0);
  }
  documents.onDidSave(({ document }) => {
    if (fileChanged(document.uri)) revalidate();
  });

  function schedule(uri: string, delay: number): void {
    pending.get(uri)?.();
    if (delay > 0) {
      const timer = setTimeout(() => validate(uri), delay);
      pending.set(uri, () => clearTimeout(timer));
    } else
      pending.set(
        uri,
        afterQueuedMessages(() => validate(uri)),
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
    pending.get(document.uri)?.();
    pending.delete(document.uri);
    projects.forget(document.uri);
    pace.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const service = document && answering(document);
    return document && service
      ? timed('hover', document.uri, document.version, () => service.hover(document, position))
      : null;
  });

  connection.onDefinition(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    return (document && answering(document)?.definition(document, position)) ?? null;
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    return answering(document)?.references(document, position, context.includeDeclaration) ?? null;
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    return answering(document)?.documentSymbols(document) ?? null;
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    return (document && answering(document)?.prepareRename(document, position)) ?? null;
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const document = documents.get(textDocument.uri);
    const service = document && answering(document);
    if (!document || !service) return null;
    try {
      return service.rename(document, position, newName);
    } catch (error) {
      return new ResponseError(LSPErrorCodes.RequestFailed, (error as Error).message);
    }
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    return (
      answering(document)?.codeActions(document, range, context.only, { turnOff: runsDisableRule }) ?? null
    );
  });

  connection.onRequest(GLOSSARY_ENTRY_REQUEST, ({ id }: { id: string }) => projects.entryPage(id) ?? null);

  documents.listen(connection);
  connection.listen();
  return {
    /** Re-checks every open document, e.g. after team glossaries were loaded another way. */
    revalidate,
  };
}

/** Why a didChange's content changes cannot be applied, or undefined when they can. */
export function changeProblem(changes: unknown): string | undefined {
  if (!Array.isArray(changes)) return 'contentChanges is not a list';
  for (const [i, change] of changes.entries()) {
    const where = `contentChanges[${i}]`;
    if (!change || typeof change !== 'object') return `${where} is not an object`;
    const { text, range } = change as { text?: unknown; range?: unknown };
    // A long whole-document text arrives as pieces (jsonWorker.ts).
    const pieces = range === undefined && Array.isArray(text) && text.every((t) => typeof t === 'string');
    if (typeof text !== 'string' && !pieces) return `${where}.text is ${describe(text)}, not a string`;
    if (range === undefined) continue;
    const { start, end } = (range ?? {}) as { start?: unknown; end?: unknown };
    for (const [name, position] of [
      ['start', start],
      ['end', end],
    ] as const) {
      const { line, character } = (position ?? {}) as { line?: unknown; character?: unknown };
      if (!isPositionPart(line) || !isPositionPart(character))
        return `${where}.range.${name} is ${JSON.stringify(position) ?? 'missing'}, not a position (line and character whole numbers from 0)`;
    }
  }
  return undefined;
}

const isPositionPart = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
const describe = (value: unknown) => (value === undefined ? 'missing' : JSON.stringify(value));

/**
 * Runs `work` once the messages already received are handled: the JSON-RPC layer handles one per
 * setImmediate turn, so two turns put a reading step after a hover that arrived with (or during)
 * a long document's didOpen, where a 0 ms timer ran before it. Where there is no setImmediate (a
 * browser worker), a timer. Returns a cancel function.
 */
function afterQueuedMessages(work: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) work();
  };
  if (typeof setImmediate === 'function') setImmediate(() => setImmediate(run));
  else setTimeout(run, 0);
  return () => (cancelled = true);
}
