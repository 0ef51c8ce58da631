// Requests beyond LSP between the Mortgage Lens server and its VS Code client (desktop and web).
// Plain data only: the client bundle imports this file too.
import type { Range } from 'vscode-languageserver-types';

/** Every glossary term that applies to a document (or the built-in glossary without one): the Show Glossary list. */
export const TERMS_REQUEST = 'mortgageLens/terms';
export interface TermsParams {
  uri?: string;
}
export interface TermSummary {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
}

/** The terms a document uses, in order of first use, with every mention: the Terms view and Explain Term. */
export const DOCUMENT_TERMS_REQUEST = 'mortgageLens/documentTerms';
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

/** The glossary appendix (Markdown) for the terms a document uses; empty when it uses none. */
export const APPENDIX_REQUEST = 'mortgageLens/appendix';
export interface AppendixParams {
  uri: string;
  /** A previous appendix to replace: mentions inside it do not count. */
  exclude?: Range;
}
export interface AppendixResult {
  markdown: string;
  terms: number;
}

/** The id of the server process (or 0 in a browser worker), for tests that restart or stop it. */
export const PID_REQUEST = 'mortgageLens/pid';

/**
 * Web only, server to client: the server cannot read the workspace in a browser, so it asks the
 * client for the team configuration files and glossaries (see project/snapshotFs.ts).
 */
export const FIND_FILES_REQUEST = 'mortgageLens/findFiles';
export interface FindFilesParams {
  /** A glob relative to the workspace folders, e.g. `**\/.mortgage-lens.json`. */
  include: string;
}
export const READ_FILE_REQUEST = 'mortgageLens/readFile';
/** The file's text, or null when it cannot be read. */
export interface ReadFileParams {
  uri: string;
}
export const READ_DIRECTORY_REQUEST = 'mortgageLens/readDirectory';
/** The names of the files directly in a folder ([] when it does not exist). */
export interface ReadDirectoryParams {
  uri: string;
}
/** Web only, client to server: a team configuration or glossary file changed; read them again. */
export const WORKSPACE_CHANGED_NOTIFICATION = 'mortgageLens/workspaceChanged';

/** Settings the server reads besides `rules`, with their defaults. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** URI scheme of glossary entries opened from a diagnostic, and the request that renders one. */
export const GLOSSARY_SCHEME = 'mortgage-lens-glossary';
export const GLOSSARY_ENTRY_REQUEST = 'mortgageLens/glossaryEntry';

/** The code of the one diagnostic a file over `mortgageLens.maxFileSize` gets instead of findings. */
export const TOO_LARGE_CODE = 'file-too-large';
