// Requests and notifications beyond LSP between the Mortgage Lens server and its VS Code client
// (desktop and web), as typed message objects: both sides name the same object, so params and
// results are checked at compile time. vscode-languageserver-protocol's platform-neutral entry is
// already in every bundle (the client's, the server's and the browser worker's).
import {
  NotificationType,
  NotificationType0,
  RequestType,
  RequestType0,
} from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-types';

/** Every glossary term that applies to a document (or the built-in glossary without one): the Show Glossary list. */
export interface TermsParams {
  uri?: string;
}
export interface TermSummary {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
}
export const TERMS_REQUEST = new RequestType<TermsParams, TermSummary[], void>('mortgageLens/terms');

/** The terms a document uses, in order of first use, with every mention: the Terms view and Explain Term. */
export interface DocumentTermsParams {
  uri: string;
}
export interface DocumentTerm extends TermSummary {
  count: number;
  /** Each mention as written, in document order. */
  mentions: { range: Range; text: string }[];
}
/** Null when the document is not open in the server or is not checked (language, size, ignored). */
export type DocumentTermsResult = DocumentTerm[] | null;
export const DOCUMENT_TERMS_REQUEST = new RequestType<DocumentTermsParams, DocumentTermsResult, void>(
  'mortgageLens/documentTerms',
);

/** The glossary appendix (Markdown) for the terms a document uses; empty when it uses none. */
export interface AppendixParams {
  uri: string;
  /** A previous appendix to replace: mentions inside it do not count. */
  exclude?: Range;
}
export interface AppendixResult {
  markdown: string;
  terms: number;
}
/** Null when the document is not open in the server or is not checked. */
export const APPENDIX_REQUEST = new RequestType<AppendixParams, AppendixResult | null, void>(
  'mortgageLens/appendix',
);

/** A glossary entry as a Markdown page (see GLOSSARY_SCHEME); null for an unknown id. */
export interface GlossaryEntryParams {
  id: string;
}
export const GLOSSARY_ENTRY_REQUEST = new RequestType<GlossaryEntryParams, string | null, void>(
  'mortgageLens/glossaryEntry',
);

/** The id of the server process (or 0 in a browser worker), for tests that restart or stop it. */
export const PID_REQUEST = new RequestType0<number, void>('mortgageLens/pid');

/*
 * Web only, server to client: the server cannot read the workspace in a browser, so it asks the
 * client for the team configuration files and glossaries (see project/snapshotFs.ts).
 */
export interface FindFilesParams {
  /** A glob relative to the workspace folders, e.g. `**\/.mortgage-lens.json`. */
  include: string;
}
/** The URIs of the files found. */
export const FIND_FILES_REQUEST = new RequestType<FindFilesParams, string[], void>('mortgageLens/findFiles');
export interface ReadFileParams {
  uri: string;
}
/** The file's text, or null when it cannot be read. */
export const READ_FILE_REQUEST = new RequestType<ReadFileParams, string | null, void>(
  'mortgageLens/readFile',
);
export interface ReadDirectoryParams {
  uri: string;
}
/** The names of the files directly in a folder ([] when it does not exist). */
export const READ_DIRECTORY_REQUEST = new RequestType<ReadDirectoryParams, string[], void>(
  'mortgageLens/readDirectory',
);
/** Web only, client to server: a team configuration or glossary file changed; read them again. */
export const WORKSPACE_CHANGED_NOTIFICATION = new NotificationType0('mortgageLens/workspaceChanged');

/**
 * Sent after each check and hover when the client asks with initializationOptions.timings (the
 * benchmark does): the server's own time, without transport. Nothing is sent otherwise.
 */
export interface Timing {
  /**
   * update: applying an edit to the server's copy of the document; prepare: one step of reading a
   * long document (see LanguageService.prepare).
   */
  kind: 'update' | 'diagnostics' | 'hover' | 'prepare';
  uri: string;
  version: number;
  ms: number;
}
export const TIMING_NOTIFICATION = new NotificationType<Timing>('mortgageLens/timing');

/**
 * Server-internal (transport/initializeOrder.ts): what a request refused before initialize becomes.
 * Named here with the others so that no request of the protocol takes its name.
 */
export const REFUSED_METHOD = 'mortgageLens/$refused';
