// Where a message carries a whole document's text: a didOpen's text, and each change of a didChange
// that replaces the whole document (no range). The worker takes such texts out of the message as
// UTF-8 bytes, and the main thread puts them back as pieces (jsonWorker.ts); both find them here.

/** An object of the message whose `text` is a document's whole text. */
export interface TextHolder {
  text: unknown;
}

export function textHolders(message: unknown): TextHolder[] {
  const { method, params } = (message ?? {}) as {
    method?: unknown;
    params?: { textDocument?: TextHolder; contentChanges?: unknown };
  };
  if (method === 'textDocument/didOpen' && isHolder(params?.textDocument)) return [params.textDocument];
  if (method === 'textDocument/didChange' && Array.isArray(params?.contentChanges))
    return params.contentChanges.filter(
      (change): change is TextHolder => isHolder(change) && !('range' in change),
    );
  return [];
}

function isHolder(value: unknown): value is TextHolder {
  return typeof value === 'object' && value !== null && 'text' in value;
}
