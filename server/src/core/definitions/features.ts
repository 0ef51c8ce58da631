// Editor features over the defined-terms index, as LSP types: the hover part that shows the document's own definition, go to definition,
// find all references, document symbols (Outline) and rename.
import {
  SymbolKind,
  type DocumentSymbol,
  type Location,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rangeOf } from '../findings/protocol';
import { escapeMarkdown } from '../text/markdownText';
import { pluralName, singularName } from './inflect';
import type { DefinedTerm, Definition, DefinitionIndex, Form, Span } from './types';

interface Target {
  term: DefinedTerm;
  span: Span;
  form: Form;
  definition?: Definition;
}

function targetAt(document: TextDocument, index: DefinitionIndex, position: Position): Target | undefined {
  return index.at(document.offsetAt(position));
}

/** The definitions a use refers to: those of its form when that form is defined, else all. */
function definitionsFor(target: Target): Definition[] {
  const ofForm = target.term.definitions.filter((d) => d.form === target.form);
  return ofForm.length > 0 ? ofForm : target.term.definitions;
}

/** Markdown for the document's own definition of the term at `offset`, or undefined when there is none. */
export function definedTermHover(
  document: TextDocument,
  index: DefinitionIndex,
  offset: number,
): { markdown: string; span: Span; term: DefinedTerm } | undefined {
  const target = index.at(offset);
  if (!target) return undefined;
  const candidates = definitionsFor(target);
  const shown =
    target.definition ?? [...candidates].reverse().find((d) => d.start <= offset) ?? candidates[0];
  const { line } = document.positionAt(shown.start);
  const link = `${document.uri.replace(/[()\s]/g, encodeURIComponent)}#L${line + 1}`;
  const lines = [
    `**“${escapeMarkdown(shown.name)}”** · *defined in this document* · [line ${line + 1}](${link})`,
    '',
    escapeMarkdown(displayText(document, shown)),
  ];
  const others = target.term.definitions.filter(
    (d) => d !== shown && d.name.toLowerCase() === shown.name.toLowerCase(),
  );
  if (others.length > 0) {
    const where = others.map((d) => document.positionAt(d.start).line + 1).join(', ');
    lines.push('', `*Also defined on line${others.length > 1 ? 's' : ''} ${where}.*`);
  }
  return { markdown: lines.join('\n'), span: target.span, term: target.term };
}

const MAX_HOVER_TEXT = 700;

/** The definition as a reader wants it in a hover: one paragraph, without Markdown emphasis or list markers. */
function displayText(document: TextDocument, definition: Definition): string {
  let text = document.getText(rangeOf(document, definition.statement));
  if (document.languageId === 'markdown')
    text = text.replace(/\*\*|__/g, '').replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, '');
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_HOVER_TEXT ? `${text.slice(0, MAX_HOVER_TEXT - 1).trimEnd()}…` : text;
}

export function definitionLocations(
  document: TextDocument,
  index: DefinitionIndex,
  position: Position,
): Location[] {
  const target = targetAt(document, index, position);
  if (!target) return [];
  return definitionsFor(target).map((d) => ({ uri: document.uri, range: rangeOf(document, d) }));
}

export function referenceLocations(
  document: TextDocument,
  index: DefinitionIndex,
  position: Position,
  includeDeclaration: boolean,
): Location[] {
  const target = targetAt(document, index, position);
  if (!target) return [];
  const spans: Span[] = [...target.term.uses, ...(includeDeclaration ? target.term.definitions : [])];
  return spans
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ uri: document.uri, range: rangeOf(document, s) }));
}

const KIND_LABEL: Record<Definition['kind'], string> = {
  means: 'defined term',
  section: 'defined term',
  parenthetical: 'defined term',
  naming: 'defined term',
  'cross-reference': 'defined elsewhere',
};

export function definitionSymbols(document: TextDocument, index: DefinitionIndex): DocumentSymbol[] {
  return index.definitions.map((d) => {
    const statement = { start: Math.min(d.statement.start, d.start), end: Math.max(d.statement.end, d.end) };
    return {
      name: d.name,
      detail: KIND_LABEL[d.kind],
      kind: SymbolKind.Constant,
      range: rangeOf(document, statement),
      selectionRange: rangeOf(document, d),
    };
  });
}

export function prepareRenameAt(
  document: TextDocument,
  index: DefinitionIndex,
  position: Position,
): { range: Range; placeholder: string } | null {
  const target = targetAt(document, index, position);
  if (!target) return null;
  return {
    range: rangeOf(document, target.span),
    placeholder: document.getText(rangeOf(document, target.span)),
  };
}

/**
 * Renames the term at `position` everywhere: each definition and each use, keeping its inflection
 * (plural, possessive) and its casing (in capitals, or capitalised at a sentence start). `newName`
 * is the form under the cursor: a plural when renaming a plural use.
 */
export function renameAt(
  document: TextDocument,
  index: DefinitionIndex,
  position: Position,
  newName: string,
): WorkspaceEdit | null {
  const target = targetAt(document, index, position);
  if (!target) return null;
  const name = newName.trim().replace(/\s+/g, ' ');
  if (!name || name.length > 80 || !/\p{L}/u.test(name) || /["“”\r\n*_`[\]()]/.test(name))
    throw new Error(`“${newName}” cannot name a defined term: use letters, digits, spaces and hyphens.`);
  const singular = target.form === 'plural' ? (singularName(name) ?? name) : name;
  const plural = target.form === 'plural' ? name : (pluralName(name) ?? name);
  const clash = index.terms.find(
    (t) =>
      t !== target.term && [t.singular, t.plural].some((f) => f?.toLowerCase() === singular.toLowerCase()),
  );
  if (clash) throw new Error(`“${clash.singular}” is already a defined term in this document.`);
  const formOf = (form: Form) => (form === 'plural' ? plural : singular);
  const text = document.getText();
  const edits: TextEdit[] = [];
  const replace = (span: Span, newText: string) => {
    edits.push({ range: rangeOf(document, span), newText });
    const article = articleEdit(text, span, newText);
    if (article) edits.push({ range: rangeOf(document, article), newText: article.newText });
  };
  for (const d of target.term.definitions) replace(d, formOf(d.form));
  for (const u of target.term.uses) {
    let newText = formOf(u.form);
    if (u.casing === 'caps') newText = newText.toUpperCase();
    else if (u.casing === 'initial') newText = newText.charAt(0).toUpperCase() + newText.slice(1);
    replace(u, newText);
  }
  edits.sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start));
  return { changes: { [document.uri]: edits } };
}

const ARTICLE_BEFORE = /(?:^|[^\p{L}])(a|an|A|An|AN)(\s+["“'‘*_]*)$/u;

/** "a Borrower" renamed to "Obligor" reads "an Obligor": the article follows, where the writer's followed the simple vowel rule. */
function articleEdit(text: string, span: Span, newText: string): (Span & { newText: string }) | undefined {
  const m = ARTICLE_BEFORE.exec(text.slice(Math.max(0, span.start - 8), span.start));
  if (!m) return undefined;
  const vowel = (s: string) => /^[aeiou]/i.test(s);
  const written = m[1];
  const hadAn = written.length === 2;
  if (hadAn !== vowel(text.slice(span.start, span.end)) || hadAn === vowel(newText)) return undefined;
  const start = span.start - m[2].length - written.length;
  const an = written === 'AN' ? 'AN' : written[0] + 'n';
  return { start, end: start + written.length, newText: hadAn ? written[0] : an };
}
