// Findings as LSP protocol types, for every rule alike: the diagnostic (rule id as code, related
// places, the glossary entry as a link), its quick fixes (the fix, ignoring the occurrence with an
// inline comment, turning the rule off in the workspace) and the document's fix-all action.
import {
  CodeActionKind,
  DiagnosticSeverity,
  DiagnosticTag,
  type CodeAction,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity } from '../glossaryTypes';
import { textOf } from '../text/pieceDocument';
import { ignoreDirective } from './suppressions';
import type { Edit, Finding, Span } from './finding';
// Names the client matches too, defined once with the protocol (plain data); the rest of the core
// takes them from this file.
import { DISABLE_RULE_COMMAND } from '../../protocol/commands';
import { FIX_ALL_KIND, SOURCE } from '../../protocol/constants';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const rangeOf = (document: TextDocument, span: Span): Range => ({
  start: document.positionAt(span.start),
  end: document.positionAt(span.end),
});

/** `entryUri` turns a glossary id into a link the editor can open (related information). */
export function toDiagnostic(
  document: TextDocument,
  finding: Finding,
  entryUri?: (id: string) => string,
): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(document, finding),
    severity: SEVERITY[finding.severity],
    code: finding.rule.id,
    source: SOURCE,
    message: finding.message,
  };
  if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  const entry = entryUri && finding.entry;
  if (finding.related.length === 0 && !entry) return diagnostic;
  const related: DiagnosticRelatedInformation[] = finding.related.map((r) => ({
    location: { uri: document.uri, range: rangeOf(document, r) },
    message: r.message,
  }));
  if (entryUri && entry) {
    const start = { line: 0, character: 0 };
    related.push({
      location: { uri: entryUri(entry.id), range: { start, end: start } },
      message: `Glossary entry: ${entry.name}`,
    });
  }
  diagnostic.relatedInformation = related;
  return diagnostic;
}

export interface ActionOptions {
  /** Offer "Turn off <rule> in this workspace": only a client that runs DISABLE_RULE_COMMAND can. */
  turnOff: boolean;
}

/** For each finding in `range`: its fix (when there is one), ignoring it, and turning its rule off. */
export function quickFixes(
  document: TextDocument,
  findings: readonly Finding[],
  range: Range,
  options: ActionOptions,
): CodeAction[] {
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
        isPreferred: finding.fix.preferred || undefined,
        diagnostics,
        edit: { changes: { [document.uri]: finding.fix.edits.map((e) => textEdit(document, e)) } },
      });
    }
    const rule = finding.rule.id;
    actions.push({
      title: `Ignore this occurrence of ${rule}`,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      edit: { changes: { [document.uri]: [ignoreEdit(document, finding)] } },
    });
    if (options.turnOff)
      actions.push({
        title: `Turn off ${rule} in this workspace`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        command: { title: `Turn off ${rule}`, command: DISABLE_RULE_COMMAND, arguments: [rule] },
      });
  }
  return actions;
}

/** The fixes "fix all" and `check --fix` apply: every claim's rewording. */
export function fixesToApply(findings: readonly Finding[]): Edit[] {
  return findings.flatMap((f) => (f.rule.kind === 'claim' && f.fix ? f.fix.edits : []));
}

/** Every claim rewording of the document in one action (source.fixAll); undefined when there is none. */
export function fixAll(document: TextDocument, findings: readonly Finding[]): CodeAction | undefined {
  const edits = fixesToApply(findings).map((e) => textEdit(document, e));
  if (edits.length === 0) return undefined;
  return {
    title: 'Reword all risky claims',
    kind: FIX_ALL_KIND,
    edit: { changes: { [document.uri]: edits } },
  };
}

function textEdit(document: TextDocument, edit: Edit): TextEdit {
  return { range: rangeOf(document, edit), newText: edit.newText };
}

/** Markdown: a comment at the end of the finding's line; plain text: a directive line above it. */
export function ignoreEdit(document: TextDocument, finding: Pick<Finding, 'start' | 'rule'>): TextEdit {
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
