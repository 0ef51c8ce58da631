// The analysis core: text and a glossary in; term mentions, diagnostics, hovers and code actions
// out, as LSP protocol types. No connection, no file system: the server and the CLI wrap it.
import type { CodeAction, Diagnostic, Hover, Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildClaimIndex } from './claimIndex';
import { compileRules, findClaims } from './claims';
import { fixAll, FIX_ALL_KIND, quickFixes } from './codeActions';
import { toDiagnostic } from './diagnostics';
import { fixFor, type Fix } from './fixes';
import type { GlossaryBundle, RuleEntry, Severity } from './glossaryTypes';
import { entryPage } from './glossaryPage';
import { hoverFor } from './hover';
import { proseOf } from './markup';
import { buildSenseCues } from './senses';
import { suppressionsOf } from './suppressions';
import { buildTermIndex, findTermMentions, type TermMention } from './terms';
import { tokenize } from './tokens';

export interface Finding {
  rule: RuleEntry;
  /** The rule's severity, or the one the settings give it. */
  severity: Severity;
  /** Document offsets of the claim, [start, end). */
  start: number;
  end: number;
  fix?: Fix;
}

export interface Analysis {
  version: number;
  mentions: TermMention[];
  findings: Finding[];
}

/** What a writer or team can change: per rule, a severity or "off". */
export interface Settings {
  rules?: Record<string, Severity | 'off'>;
}

export interface LanguageService {
  /** Applies settings; cached results are recomputed. */
  configure(settings: Settings): void;
  /** Makes diagnostics link to their glossary entry, for editors that can open such a URI. */
  linkEntries(entryUri: ((id: string) => string) | undefined): void;
  /** A glossary entry as a Markdown page, linking other entries the same way; undefined if unknown. */
  entryPage(id: string): string | undefined;
  analyze(document: TextDocument): Analysis;
  diagnostics(document: TextDocument): Diagnostic[];
  hover(document: TextDocument, position: Position): Hover | null;
  /** Quick fixes in `range`, and the document's fix-all action when `only` asks for source actions. */
  codeActions(document: TextDocument, range: Range, only?: string[]): CodeAction[];
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
  readonly glossary: GlossaryBundle;
}

export function createLanguageService(glossary: GlossaryBundle): LanguageService {
  const termIndex = buildTermIndex(glossary.terms);
  const claimIndex = buildClaimIndex(glossary.language);
  const senseCues = buildSenseCues(glossary.terms, glossary.language);
  const rules = compileRules(glossary.rules);
  const termsById = new Map(glossary.terms.map((t) => [t.id, t]));
  const cache = new Map<string, Analysis>();
  let settings: Settings = {};
  let entryUri: ((id: string) => string) | undefined;
  const diagnosticOf = (document: TextDocument, finding: Finding) =>
    toDiagnostic(document, finding, entryUri, termsById.get(finding.rule.entry)?.term);

  function analyze(document: TextDocument): Analysis {
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    const tokens = tokenize(proseOf(text, document.languageId), claimIndex.abbreviations);
    const { mentions, otherSense } = findTermMentions(tokens, termIndex, senseCues);
    const claims = findClaims(tokens, rules, claimIndex, (k) => otherSense.has(k));
    const suppressed = suppressionsOf(document);
    const findings: Finding[] = [];
    for (const claim of claims) {
      const configured = settings.rules?.[claim.rule.id] ?? claim.rule.severity;
      const start = tokens.starts[claim.slots[0].first];
      if (configured === 'off' || suppressed(claim.rule.id, document.positionAt(start).line)) continue;
      const last = claim.slots[claim.slots.length - 1];
      findings.push({
        rule: claim.rule,
        severity: configured,
        start,
        end: tokens.ends[last.first + last.length - 1],
        fix: fixFor(claim, tokens, text),
      });
    }
    const analysis = { version: document.version, mentions, findings };
    cache.set(document.uri, analysis);
    return analysis;
  }

  return {
    glossary,
    analyze,
    diagnostics: (document) => analyze(document).findings.map((f) => diagnosticOf(document, f)),
    hover: (document, position) =>
      hoverFor(document, analyze(document).mentions, document.offsetAt(position), termsById),
    codeActions: (document, range, only) => {
      const { findings } = analyze(document);
      const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
      const actions = wants('quickfix') ? quickFixes(document, findings, range) : [];
      const all = wants(FIX_ALL_KIND) && only ? fixAll(document, findings) : undefined;
      return all ? [...actions, all] : actions;
    },
    linkEntries: (uriOf) => {
      entryUri = uriOf;
    },
    entryPage: (id) => {
      const term = termsById.get(id);
      return term && entryPage(term, termsById, entryUri ?? ((other) => other));
    },
    configure: (next) => {
      settings = next;
      cache.clear();
    },
    forget: (uri) => void cache.delete(uri),
  };
}
