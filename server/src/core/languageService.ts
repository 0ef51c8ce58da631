// The analysis core: text and a glossary in; term mentions, diagnostics, hovers and code actions
// out, as LSP protocol types. No connection, no file system: the server and the CLI wrap it.
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  Hover,
  Location,
  Position,
  Range,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildClaimIndex } from './claims/claimIndex';
import { compileRules, findClaims } from './claims';
import { compileScorer } from './claims/scorer';
import { claimRuleInfo } from './findings/catalog';
import type { Finding, FindingFix } from './findings/finding';
import { createPolicy } from './findings/policy';
import { fixAll, quickFixes, toDiagnostic, type ActionOptions } from './findings/protocol';
import { FIX_ALL_KIND } from '../protocol/constants';
import { createFixCheck } from './claims/fixCheck';
import { fixFor, type Fix } from './claims/fixes';
import type { GlossaryBundle, Severity } from './glossaryTypes';
import { entryPage } from './render/glossaryPage';
import { hoverFor, type HoverSection } from './terms/hover';
import { buildSenseCues } from './terms/senses';
import { suppressionsOf } from './findings/suppressions';
import { buildTermIndex, findTermMentions } from './terms/terms';
import type { MentionList } from './terms/mentionList';
import { assembleDetected, detectInBlocks } from './definitions/detect';
import { headingsOf } from './definitions/layout';
import { wordEnd } from './text/tokens';
import { detached } from './text/words';
import { textOf } from './text/pieceDocument';
import type { TextSource } from './text/pieceText';
import { analyzeLocal, stepLocal, updateLocal, type LocalAnalysis, type LocalReaders } from './incremental';
import {
  definitionLocations,
  definitionSymbols,
  prepareRenameAt,
  referenceLocations,
  renameAt,
} from './definitions/features';
import { analyzeDefinitions, hoverWithDefinitions, noDefinitions } from './definitions/service';
import type { DefinitionIndex } from './definitions/types';

export type { Finding } from './findings/finding';

/**
 * One version's analysis. Parts of it are reused and updated in place for the document's next
 * version (see incremental.ts): read it before analysing the same document again.
 */
export interface Analysis {
  version: number;
  mentions: MentionList;
  /** Every rule's findings (claims, defined terms), in document order, as settings and inline comments leave them. */
  findings: Finding[];
  /** The document's own defined terms. */
  definitions: { index: DefinitionIndex };
}

/** What a writer or team can change: per rule, a severity or "off". */
export interface Settings {
  rules?: Record<string, Severity | 'off'>;
  /** Which parts of a term's hover to show, in the hover's own order (default: see hover.ts). */
  hoverSections?: readonly HoverSection[];
}

export interface LanguageService {
  /** Applies settings; cached results are recomputed. */
  configure(settings: Settings): void;
  /** Makes diagnostics link to their glossary entry, for editors that can open such a URI. */
  linkEntries(entryUri: ((id: string) => string) | undefined): void;
  /** A glossary entry as a Markdown page, linking other entries the same way; undefined if unknown. */
  entryPage(id: string): string | undefined;
  analyze(document: TextDocument): Analysis;
  /**
   * Reads a long document a step (about STEP_LENGTH characters) at a time, so that a server can
   * answer other requests in between; true once the document is read and every method answers
   * without a long pause. A short document, or one read before, needs no step. `length` says about
   * how much to read in this step (the service's step length by default).
   */
  prepare(document: TextDocument, length?: number): boolean;
  /** Whether the methods below answer `document` without first reading all of it at once. */
  isReady(document: TextDocument): boolean;
  diagnostics(document: TextDocument): Diagnostic[];
  hover(document: TextDocument, position: Position): Hover | null;
  /** Where the defined term at `position` is defined in the document. */
  definition(document: TextDocument, position: Position): Location[];
  /** Every use of the defined term at `position`, and its definitions when asked. */
  references(document: TextDocument, position: Position, includeDeclaration: boolean): Location[];
  /** The document's defined terms, for the Outline. */
  documentSymbols(document: TextDocument): DocumentSymbol[];
  /** The defined term at `position` and its name as written, or null where nothing can be renamed. */
  prepareRename(document: TextDocument, position: Position): { range: Range; placeholder: string } | null;
  /** Renames a defined term's definitions and uses; throws with a message for a name that cannot be a term. */
  rename(document: TextDocument, position: Position, newName: string): WorkspaceEdit | null;
  /**
   * Quick fixes in `range`, and the document's fix-all action when `only` asks for source actions.
   * "Turn off <rule> in this workspace" only with `options.turnOff` (a client that runs the command).
   */
  codeActions(document: TextDocument, range: Range, only?: string[], options?: ActionOptions): CodeAction[];
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
  readonly glossary: GlossaryBundle;
}

/** About how much of a long document prepare() reads per step (about 10 ms of work on the bench machine). */
export const STEP_LENGTH = 64 * 1024;

export interface ServiceOptions {
  /** The document's own defined terms (hover, navigation, rename, defined-term rules); on by default. */
  definedTerms?: boolean;
  /** How much prepare() reads per step (STEP_LENGTH; tests use short steps). */
  stepLength?: number;
}

/** A fix that does not keep the document's text alive once the analysis outlives its version. */
function keptFix(fix: Fix | undefined): FindingFix | undefined {
  return (
    fix && {
      title: detached(fix.title),
      edits: [{ start: fix.start, end: fix.end, newText: detached(fix.replacement) }],
      preferred: true,
    }
  );
}

/** The related places of a claim finding: none (shared, as it is never changed). */
const NO_RELATED: Finding['related'] = Object.freeze([]) as unknown as Finding['related'];

export function createLanguageService(
  glossary: GlossaryBundle,
  options: ServiceOptions = {},
): LanguageService {
  const termIndex = buildTermIndex(glossary.terms);
  const claimIndex = buildClaimIndex(glossary.language);
  const senseCues = buildSenseCues(glossary.terms, glossary.language);
  const rules = compileRules(glossary.rules);
  // `in`, not a read: a lean glossary reads the weights when a sentence first needs them.
  const scorer = 'scorer' in glossary ? compileScorer(() => glossary.scorer) : undefined;
  const checkFix = createFixCheck(rules, claimIndex, scorer);
  const termsById = new Map(glossary.terms.map((t) => [t.id, t]));
  // Each claim rule as findings name it, and its glossary entry as its diagnostics link it.
  const claimRules = new Map(
    glossary.rules.map((rule) => [
      rule.id,
      {
        info: claimRuleInfo(rule),
        entry: { id: rule.entry, name: termsById.get(rule.entry)?.term ?? rule.entry },
      },
    ]),
  );
  // Keyed by URI; an entry holds for the same version *and* text and language: a client may send a
  // version twice or out of order, and a stale analysis would put ranges outside the new text.
  const cache = new Map<string, { text: TextSource; languageId: string; analysis: Analysis }>();
  let settings: Settings = {};
  let entryUri: ((id: string) => string) | undefined;

  const readers: LocalReaders = {
    abbreviations: claimIndex.abbreviations,
    mentions: (tokens, fromWord, toWord) => findTermMentions(tokens, termIndex, senseCues, fromWord, toWord),
    claims: (tokens, text, excluded, fromSentence, toSentence) =>
      findClaims(tokens, rules, claimIndex, excluded, fromSentence, toSentence, scorer).map((claim) => {
        const last = claim.slots[claim.slots.length - 1];
        const fix = fixFor(claim, tokens, text, claimIndex);
        return {
          rule: claim.rule,
          start: tokens.starts[claim.slots[0].first],
          end: wordEnd(tokens, last.first + last.length - 1),
          fix: keptFix(fix && checkFix(fix, claim, tokens, text)),
        };
      }),
    headings: (prose, languageId, fromBlock, toBlock) =>
      headingsOf(prose.masked, prose.blocks, languageId, fromBlock, toBlock),
    definitions: (prose, layout, fromBlock, toBlock) =>
      options.definedTerms === false
        ? []
        : detectInBlocks(prose.masked, prose.blocks, layout, claimIndex.abbreviations, fromBlock, toBlock),
  };
  // The block-local analysis of each document's last version, kept across settings changes (they
  // do not affect it) and reused for the next version (see incremental.ts).
  const local = new Map<string, LocalAnalysis>();
  const stepLength = options.stepLength ?? STEP_LENGTH;
  // Documents being read in steps: the analysis of the start read so far, and the text it was
  // cut from (while that is the document's text, nothing needs comparing).
  const partial = new Map<string, { analysis: LocalAnalysis; source: TextSource }>();

  function prepare(document: TextDocument, length = stepLength): boolean {
    if (isReady(document)) return true;
    const text = textOf(document);
    const kept = partial.get(document.uri);
    const known = kept?.source === text ? kept.analysis.text.length : undefined;
    const analysis = stepLocal(kept?.analysis, text, document.languageId, readers, length, known);
    if (analysis.text.length < text.length) {
      partial.set(document.uri, { analysis, source: text });
      return false;
    }
    partial.delete(document.uri);
    local.set(document.uri, analysis);
    return true;
  }

  function isReady(document: TextDocument): boolean {
    if (partial.has(document.uri)) return false;
    const text = textOf(document);
    if (text.length <= 2 * stepLength) return true;
    const previous = local.get(document.uri);
    if (!previous) return false;
    if (previous.text === text || previous.languageId !== document.languageId) return true;
    // An edit of a long document: what it changed is read again now if that is little (a keystroke),
    // else in steps from where it starts (a long paste, a fence opened above the rest), as a
    // document being read is after an edit.
    const updated = updateLocal(previous, text, readers, 2 * stepLength);
    if (updated) {
      local.set(document.uri, updated);
      return true;
    }
    local.delete(document.uri);
    partial.set(document.uri, { analysis: previous, source: previous.text });
    return false;
  }

  function analyze(document: TextDocument): Analysis {
    const text = textOf(document);
    const cached = cache.get(document.uri);
    if (
      cached?.analysis.version === document.version &&
      cached.languageId === document.languageId &&
      cached.text === text
    )
      return cached.analysis;
    const previous = local.get(document.uri);
    const current =
      previous?.languageId === document.languageId
        ? updateLocal(previous, text, readers)
        : analyzeLocal(text, document.languageId, readers);
    local.set(document.uri, current);
    partial.delete(document.uri);
    const { tokens, mentions } = current;
    const policy = createPolicy(
      settings.rules,
      suppressionsOf(document, current.marks.length > 0),
      (offset) => document.positionAt(offset).line,
    );
    const findings: Finding[] = [];
    for (const claim of current.claims) {
      const rule = claimRules.get(claim.rule.id)!;
      const severity = policy(rule.info, claim.start);
      if (severity === undefined) continue;
      // One literal shape, not a spread: this runs for every finding on every keystroke.
      findings.push({
        rule: rule.info,
        severity,
        start: claim.start,
        end: claim.end,
        message: claim.rule.message,
        related: NO_RELATED,
        entry: rule.entry,
        fix: claim.fix,
      });
    }
    const definitions =
      options.definedTerms === false
        ? noDefinitions(current.masked.length)
        : analyzeDefinitions({
            document,
            text,
            tokens,
            mentions,
            termIndex: termIndex.phrases,
            policy,
            found: { layout: current.layout, detected: assembleDetected(current.detections) },
          });
    const analysis = {
      version: document.version,
      mentions,
      findings: mergeByStart(findings, definitions.findings),
      definitions: { index: definitions.index },
    };
    cache.set(document.uri, { text, languageId: document.languageId, analysis });
    return analysis;
  }

  return {
    glossary,
    analyze,
    prepare,
    isReady,
    diagnostics: (document) => analyze(document).findings.map((f) => toDiagnostic(document, f, entryUri)),
    hover: (document, position) => {
      const { mentions, definitions } = analyze(document);
      const offset = document.offsetAt(position);
      const glossaryHover = hoverFor(document, mentions, offset, termsById, settings.hoverSections);
      return hoverWithDefinitions(
        document,
        definitions.index,
        offset,
        glossaryHover,
        termIndex.phrases,
        termsById,
        settings.hoverSections,
      );
    },
    definition: (document, position) =>
      definitionLocations(document, analyze(document).definitions.index, position),
    references: (document, position, includeDeclaration) =>
      referenceLocations(document, analyze(document).definitions.index, position, includeDeclaration),
    documentSymbols: (document) => definitionSymbols(document, analyze(document).definitions.index),
    prepareRename: (document, position) =>
      prepareRenameAt(document, analyze(document).definitions.index, position),
    rename: (document, position, newName) =>
      renameAt(document, analyze(document).definitions.index, position, newName),
    codeActions: (document, range, only, options = { turnOff: false }) => {
      const { findings } = analyze(document);
      const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
      const actions = wants('quickfix') ? quickFixes(document, findings, range, options) : [];
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
    forget: (uri) => {
      cache.delete(uri);
      local.delete(uri);
      partial.delete(uri);
    },
  };
}

/** Claim findings (in document order) and defined-term findings as one list in document order; a claim first at the same offset. */
function mergeByStart(first: Finding[], second: Finding[]): Finding[] {
  if (second.length === 0) return first;
  // The defined-term checks report term by term: few findings, put in order here.
  second.sort((a, b) => a.start - b.start);
  const merged: Finding[] = [];
  let j = 0;
  for (const finding of first) {
    while (j < second.length && second[j].start < finding.start) merged.push(second[j++]);
    merged.push(finding);
  }
  while (j < second.length) merged.push(second[j++]);
  return merged;
}
