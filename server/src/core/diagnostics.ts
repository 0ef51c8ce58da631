// Risky claims as LSP diagnostics: the rule id as code, a message that says what is accurate,
// and the glossary entry the rule rests on.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from './languageService';
import type { Severity } from './glossaryTypes';

export const SOURCE = 'Mortgage Lens';

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `entryUri` turns a glossary id into a link the editor can open (related information). */
export function toDiagnostic(
  document: TextDocument,
  finding: Finding,
  entryUri?: (id: string) => string,
  entryName?: string,
): Diagnostic {
  const range = { start: document.positionAt(finding.start), end: document.positionAt(finding.end) };
  const diagnostic: Diagnostic = {
    range,
    severity: SEVERITY[finding.severity],
    code: finding.rule.id,
    source: SOURCE,
    message: finding.rule.message,
  };
  if (entryUri) {
    const start = { line: 0, character: 0 };
    diagnostic.relatedInformation = [
      {
        location: { uri: entryUri(finding.rule.entry), range: { start, end: start } },
        message: `Glossary entry: ${entryName ?? finding.rule.entry}`,
      },
    ];
  }
  return diagnostic;
}
