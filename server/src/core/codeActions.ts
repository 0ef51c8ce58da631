// Code actions for risky claims: the rule's rewording (preferred), ignoring this occurrence with an
// inline comment, switching the rule off in the workspace settings, and fixing the whole document.
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from './diagnostics';
import type { Finding } from './languageService';
import { ignoreDirective } from './suppressions';
import { textOf } from './pieceDocument';

/** The client command that switches a rule off in the workspace settings. */
export const DISABLE_RULE_COMMAND = 'mortgageLens.disableRule';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mortgageLens`;

export function quickFixes(document: TextDocument, findings: readonly Finding[], range: Range): CodeAction[] {
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    if (finding.end < from || finding.start > to) continue;
    const diagnostics = [toDiagnostic(document, finding)];
    if (finding.fix) {
      actions.push({
        title: finding.fix.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics,
        edit: { changes: { [document.uri]: [fixEdit(document, finding)] } },
      });
    }
    actions.push(...switchOffActions(document, finding, diagnostics));
  }
  return actions;
}

/** "Ignore this occurrence" and "Turn off <rule> in this workspace", shared by every kind of finding. */
export function switchOffActions(
  document: TextDocument,
  finding: { start: number; rule: { id: string } },
  diagnostics: Diagnostic[],
): CodeAction[] {
  const rule = finding.rule.id;
  return [
    {
      title: `Ignore this occurrence of ${rule}`,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      edit: { changes: { [document.uri]: [ignoreEdit(document, finding)] } },
    },
    {
      title: `Turn off ${rule} in this workspace`,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      command: { title: `Turn off ${rule}`, command: DISABLE_RULE_COMMAND, arguments: [rule] },
    },
  ];
}

/** Every preferred fix of the document in one action (source.fixAll); undefined when there is none. */
export function fixAll(document: TextDocument, findings: readonly Finding[]): CodeAction | undefined {
  const edits = findings.filter((f) => f.fix).map((f) => fixEdit(document, f));
  if (edits.length === 0) return undefined;
  return {
    title: 'Reword all risky claims',
    kind: FIX_ALL_KIND,
    edit: { changes: { [document.uri]: edits } },
  };
}

function fixEdit(document: TextDocument, finding: Finding): TextEdit {
  const fix = finding.fix!;
  return {
    range: { start: document.positionAt(fix.start), end: document.positionAt(fix.end) },
    newText: fix.replacement,
  };
}

/** Markdown: a comment at the end of the finding's line; plain text: a directive line above it. */
export function ignoreEdit(
  document: TextDocument,
  finding: { start: number; rule: { id: string } },
): TextEdit {
  const { line } = document.positionAt(finding.start);
  const directive = ignoreDirective(document.languageId, finding.rule.id);
  if (directive.sameLine) {
    const end = document.positionAt(lineEnd(document, line));
    return { range: { start: end, end }, newText: directive.text };
  }
  const start = { line, character: 0 };
  const indent = /^[ \t]*/.exec(document.getText({ start, end: { line, character: 200 } }))![0];
  return { range: { start, end: start }, newText: `${indent}${directive.text}\n` };
}

/** Offset of the end of a line, before its line break. */
function lineEnd(document: TextDocument, line: number): number {
  const next = document.offsetAt({ line: line + 1, character: 0 });
  const text = textOf(document);
  let end = next;
  if (line + 1 < document.lineCount) {
    end--;
    if (text.charAt(end) === '\n' && text.charAt(end - 1) === '\r') end--;
  }
  return end;
}
