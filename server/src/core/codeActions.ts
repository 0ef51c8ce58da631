// Quick fixes for the risky claims in a range: the rule's hedged rewording, marked preferred.
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from './diagnostics';
import type { Finding } from './languageService';

export function quickFixes(document: TextDocument, findings: readonly Finding[], range: Range): CodeAction[] {
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    if (!finding.fix || finding.end < from || finding.start > to) continue;
    const { fix } = finding;
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: [toDiagnostic(document, finding)],
      edit: {
        changes: {
          [document.uri]: [
            {
              range: { start: document.positionAt(fix.start), end: document.positionAt(fix.end) },
              newText: fix.replacement,
            },
          ],
        },
      },
    });
  }
  return actions;
}
