// What the VS Code client adds on top of plain LSP: the term list for Show Glossary, the terms a
// document uses (Terms view, Explain Term), the glossary appendix, completion of glossary terms
// (setting, off by default), the largest file to analyse, and workspace trust. server.ts here wires
// these in; the core stays unaware of settings it does not need.
import {
  CompletionRequest,
  type ClientCapabilities,
  type Connection,
  type Disposable,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { formatAppendix } from '../core/render/appendix';
import { COMPLETION_TRIGGERS, termCompletions } from '../core/terms/completion';
import type { TermEntry } from '../core/glossaryTypes';
import { isSourceDocument, textOf } from '../core/text/pieceDocument';
import type { EditorSettings } from './settings';
import type { LanguageService } from '../core/languageService';
import type { ProjectService } from '../project/projectService';
import { DEFAULT_MAX_FILE_SIZE, SOURCE, TOO_LARGE_CODE } from '../protocol/constants';
import {
  APPENDIX_REQUEST,
  DOCUMENT_TERMS_REQUEST,
  PID_REQUEST,
  TERMS_REQUEST,
  type AppendixParams,
  type AppendixResult,
  type DocumentTerm,
  type DocumentTermsParams,
  type DocumentTermsResult,
  type TermsParams,
  type TermSummary,
} from '../protocol/requests';

export interface EditorFeatures {
  /** Whether a document is over mortgageLens.maxFileSize: nothing is answered for it. */
  tooLarge(document: TextDocument): boolean;
  /**
   * The service that answers requests on `document`, or undefined when it is over the size limit or
   * a long document still being read in steps (see prepare), which would otherwise be read at once.
   */
  answering(document: TextDocument): LanguageService | undefined;
  /** The one diagnostic of a file over the limit, saying why it is not checked. */
  sizeDiagnostic(document: TextDocument): Diagnostic;
  /** Reads the client's capabilities and initializationOptions (`trusted`); returns server capabilities. */
  initialize(capabilities: ClientCapabilities, initializationOptions: unknown): ServerCapabilities;
  /** Applies the settings read from the mortgageLens section (see settings.ts). */
  configure(settings: EditorSettings): void;
}

export function editorFeatures(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  projects: ProjectService,
): EditorFeatures {
  const settings: EditorSettings = { completion: false, maxFileSize: DEFAULT_MAX_FILE_SIZE };
  let dynamicCompletion = false;
  let completionRegistration: Promise<Disposable> | undefined;

  const summary = (term: TermEntry): TermSummary => ({
    id: term.id,
    term: term.term,
    aliases: term.aliases ?? [],
    definition: term.definition,
  });

  function answering(document: TextDocument): LanguageService | undefined {
    if (tooLarge(document, settings.maxFileSize)) return undefined;
    const service = projects.serviceFor(document);
    return service.isReady(document) ? service : undefined;
  }

  /** Terms in order of first use, each with its mentions; null when the document is not checked. */
  function documentTerms(
    document: TextDocument,
    service: LanguageService | undefined,
  ): DocumentTerm[] | null {
    if (!service) return null;
    const byId = new Map<string, DocumentTerm>();
    const text = textOf(document);
    for (const mention of service.analyze(document).mentions) {
      let entry = byId.get(mention.term.id);
      if (!entry) byId.set(mention.term.id, (entry = { ...summary(mention.term), count: 0, mentions: [] }));
      entry.count++;
      entry.mentions.push({
        range: { start: document.positionAt(mention.start), end: document.positionAt(mention.end) },
        text: text.slice(mention.start, mention.end),
      });
    }
    return [...byId.values()];
  }

  // By method name: a typed registration refuses a request without params, which means the built-in list.
  connection.onRequest(TERMS_REQUEST.method, (params: TermsParams | undefined): TermSummary[] => {
    const document = params?.uri ? documents.get(params.uri) : undefined;
    const glossary = document ? projects.serviceFor(document).glossary : projects.glossary;
    return glossary.terms.map(summary).sort((a, b) => a.term.localeCompare(b.term));
  });

  connection.onRequest(DOCUMENT_TERMS_REQUEST, ({ uri }: DocumentTermsParams): DocumentTermsResult => {
    const document = documents.get(uri);
    return document ? documentTerms(document, answering(document)) : null;
  });

  connection.onRequest(APPENDIX_REQUEST, ({ uri, exclude }: AppendixParams): AppendixResult | null => {
    const document = documents.get(uri);
    const service = document && answering(document);
    const used = document && documentTerms(document, service);
    if (!document || !service || !used) return null;
    const [from, to] = exclude
      ? [document.offsetAt(exclude.start), document.offsetAt(exclude.end)]
      : [Infinity, Infinity];
    const outside = (r: Range) => document.offsetAt(r.end) <= from || document.offsetAt(r.start) >= to;
    const glossary = service.glossary;
    const entries = used
      .filter((t) => t.mentions.some((m) => outside(m.range)))
      .map((t) => glossary.terms.find((entry) => entry.id === t.id))
      .filter((t): t is TermEntry => t !== undefined);
    return { markdown: formatAppendix(entries), terms: entries.length };
  });

  connection.onRequest(PID_REQUEST, () => (typeof process === 'undefined' ? 0 : process.pid));

  connection.onCompletion(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!settings.completion || !document || tooLarge(document, settings.maxFileSize)) return null;
    return termCompletions(document, position, projects.serviceFor(document).glossary.terms);
  });

  const completionOptions = { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false };

  /** Completion is registered only while the setting is on, so VS Code does not ask on every keystroke. */
  function updateCompletionRegistration(): void {
    if (!dynamicCompletion) return;
    if (settings.completion && !completionRegistration) {
      completionRegistration = connection.client.register(CompletionRequest.type, {
        documentSelector: null, // the client's own selector
        ...completionOptions,
      });
    } else if (!settings.completion && completionRegistration) {
      const registration = completionRegistration;
      completionRegistration = undefined;
      void registration.then((d) => d.dispose());
    }
  }

  return {
    tooLarge: (document) => tooLarge(document, settings.maxFileSize),
    answering,
    sizeDiagnostic: (document) => sizeDiagnostic(document, settings.maxFileSize),
    initialize(capabilities, initializationOptions) {
      const trusted = (initializationOptions as { trusted?: unknown } | undefined)?.trusted;
      projects.setTrusted(trusted !== false);
      dynamicCompletion = capabilities.textDocument?.completion?.dynamicRegistration === true;
      // Without dynamic registration the provider is always there and answers only when enabled.
      return dynamicCompletion ? {} : { completionProvider: completionOptions };
    },
    configure({ completion, maxFileSize }) {
      settings.completion = completion;
      settings.maxFileSize = maxFileSize;
      updateCompletionRegistration();
    },
  };
}

/** UTF-8 size of a text over `limit`, measured only when the UTF-16 length leaves a doubt. */
function tooLarge(document: TextDocument, limit: number): boolean {
  const length = textOf(document).length;
  if (length > limit) return true; // UTF-8 never takes fewer bytes than UTF-16 code units
  if (length * 3 <= limit) return false;
  return utf8Size(document) > limit;
}

/**
 * Every request on a document asks: a server's document keeps its size up to date, others are
 * measured once per version.
 */
function utf8Size(document: TextDocument): number {
  if (isSourceDocument(document)) return document.byteLength();
  const text = document.getText();
  let known = measured.get(document);
  if (known?.text !== text)
    measured.set(document, (known = { text, bytes: new TextEncoder().encode(text).length }));
  return known.bytes;
}
const measured = new WeakMap<TextDocument, { text: string; bytes: number }>();

function sizeDiagnostic(document: TextDocument, limit: number): Diagnostic {
  const mb = (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
      : bytes >= 1024
        ? `${Math.round(bytes / 1024)} KB`
        : `${bytes} bytes`;
  const size = utf8Size(document);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: TOO_LARGE_CODE,
    message:
      `Mortgage Lens did not check this file: it is ${mb(size)}, over the ${mb(limit)} limit ` +
      '(setting mortgageLens.maxFileSize).',
  };
}
