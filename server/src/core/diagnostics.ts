// Risky claims as LSP diagnostics: the rule id as code, a message that says what is accurate,
// and the glossary entry the rule rests on.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from './languageService';
import type { Severity } from './glossaryTypes';

export const SOURCE = 'Mortgage Lens';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    code: finding.rule.id,
    source: SOURCE,
    message: finding.rule.message,
  };
}
