// Names both sides of the connection must spell alike, and the server's defaults the client shows.
// Plain data without imports: the client bundle and the core (through findings/protocol.ts, so the
// CLI too) read this file.

/** The `source` of every diagnostic the server publishes; the client counts its own by it. */
export const SOURCE = 'Mortgage Lens';

/**
 * The document's fix-all code action: `source.fixAll` (CodeActionKind.SourceFixAll) narrowed to
 * this extension, so `editor.codeActionsOnSave` with source.fixAll runs it.
 */
export const FIX_ALL_KIND = 'source.fixAll.mortgageLens';

/** URI scheme of glossary entries opened from a diagnostic (see GLOSSARY_ENTRY_REQUEST). */
export const GLOSSARY_SCHEME = 'mortgage-lens-glossary';

/** The code of the one diagnostic a file over `mortgageLens.maxFileSize` gets instead of findings. */
export const TOO_LARGE_CODE = 'file-too-large';

/** The default of `mortgageLens.maxFileSize`, in UTF-8 bytes. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
