// `check --fix`: applies the preferred rewording of every finding and writes each file atomically
// (a temporary file renamed over it), refusing a file that changed since it was read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from './core/languageService';

export interface FixResult {
  text: string;
  fixed: number;
}

export function fixedText(service: LanguageService, document: TextDocument): FixResult {
  const fixes = service.analyze(document).findings.flatMap((f) => (f.fix ? [f.fix] : []));
  const edits = fixes.map((fix) => ({
    range: { start: document.positionAt(fix.start), end: document.positionAt(fix.end) },
    newText: fix.replacement,
  }));
  return {
    text: edits.length > 0 ? TextDocument.applyEdits(document, edits) : document.getText(),
    fixed: edits.length,
  };
}

export class ChangedSinceReadError extends Error {}

/** Replaces `file` with `content` unless its bytes are no longer `original`; keeps its permissions. */
export function writeAtomically(file: string, original: Buffer, content: string): void {
  const current = fs.readFileSync(file);
  if (!current.equals(original)) {
    throw new ChangedSinceReadError(`${file}: changed since it was read; not written (run again)`);
  }
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.mortgage-lens-${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, content, { mode: fs.statSync(file).mode });
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
