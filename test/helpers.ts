// Shared test setup: the built-in glossary and in-memory documents, as the core sees them.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageService } from '../server/src/core/languageService';
import type { GlossaryBundle } from '../server/src/core/glossaryTypes';
import { loadBuiltInGlossary } from '../server/src/glossary/loadBuiltIn';

let glossary: GlossaryBundle | undefined;
let service: LanguageService | undefined;

export function builtInGlossary(): GlossaryBundle {
  return (glossary ??= loadBuiltInGlossary());
}

export function languageService(): LanguageService {
  return (service ??= createLanguageService(builtInGlossary()));
}

let counter = 0;
export function documentOf(text: string, languageId = 'markdown'): TextDocument {
  return TextDocument.create(
    `memory:///doc${++counter}.${languageId === 'markdown' ? 'md' : 'txt'}`,
    languageId,
    1,
    text,
  );
}

/** The text a range covers, for readable assertions. */
export function textAt(
  document: TextDocument,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
): string {
  return document.getText(range);
}

/** Applies the first quick fix for the first diagnostic and returns the new text. */
export function applyFirstFix(document: TextDocument): string | undefined {
  const s = languageService();
  const [diagnostic] = s.diagnostics(document);
  if (!diagnostic) return undefined;
  const [action] = s.codeActions(document, diagnostic.range);
  const edits = action?.edit?.changes?.[document.uri];
  return edits ? TextDocument.applyEdits(document, edits) : undefined;
}

/** The text after the first finding's preferred rewording, or null when none is offered. */
export function applyRewording(document: TextDocument): string | null {
  const s = languageService();
  const [diagnostic] = s.diagnostics(document);
  if (!diagnostic) return null;
  const action = s.codeActions(document, diagnostic.range).find((a) => a.isPreferred);
  const edits = action?.edit?.changes?.[document.uri];
  return edits ? TextDocument.applyEdits(document, edits) : null;
}
