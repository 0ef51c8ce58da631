// The defined-terms part of a document's analysis, and the hover that puts the document's own
// definition before the glossary entry. languageService.ts calls these once per document version.
import { MarkupKind, type Hover, type MarkupContent } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TermEntry } from '../glossaryTypes';
import type { Finding } from '../findings/finding';
import type { Policy } from '../findings/policy';
import { termMarkdown, type HoverSection } from '../terms/hover';
import type { PhraseTrie } from '../text/phraseTrie';
import type { MentionList } from '../terms/mentionList';
import type { Tokens } from '../text/tokens';
import { phraseWords } from '../text/words';
import { definedTermHover } from './features';
import { indexDefinitions } from './index';
import type { Detected } from './detect';
import type { Layout } from './layout';
import { checkDefinitions } from './rules';
import type { DefinedTerm, DefinitionIndex } from './types';
import type { TextSource } from '../text/pieceText';

interface DefinitionAnalysis {
  index: DefinitionIndex;
  findings: Finding[];
}

export interface DefinitionInput {
  document: TextDocument;
  text: TextSource;
  tokens: Tokens;
  mentions: MentionList;
  termIndex: PhraseTrie<TermEntry>;
  policy: Policy;
  /** The layout and the definitions, read per block (see incremental.ts). */
  found: { layout: Layout; detected: Detected };
}

export function analyzeDefinitions(input: DefinitionInput): DefinitionAnalysis {
  const { document, text, tokens } = input;
  const index = indexDefinitions(text, tokens, input.found);
  const findings =
    index.terms.length === 0
      ? []
      : checkDefinitions(index, {
          text,
          tokens,
          mentions: input.mentions,
          glossaryTermOf: (term) => glossaryTermOf(input.termIndex, term),
          policy: input.policy,
          lineOf: (offset) => document.positionAt(offset).line,
        });
  return { index, findings };
}

/** No defined terms: for a service that must stay silent (files a project ignores). */
export function noDefinitions(length: number): DefinitionAnalysis {
  const index: DefinitionIndex = {
    terms: [],
    definitions: [],
    uses: [],
    mismatches: [],
    sections: [],
    headings: [],
    pointers: [],
    forwardStatement: length,
    at: () => undefined,
  };
  return { index, findings: [] };
}

/** The glossary entry whose name (or alias, or plural) is exactly the defined term. */
export function glossaryTermOf(termIndex: PhraseTrie<TermEntry>, term: DefinedTerm): TermEntry | undefined {
  for (const name of [term.singular, term.plural]) {
    if (!name) continue;
    const words = phraseWords(name);
    const match = termIndex
      .matchesAt(
        (k) => words[k] ?? '',
        0,
        () => true,
      )
      .find((m) => m.length === words.length);
    if (match) return match.values[0];
  }
  return undefined;
}

/**
 * On a defined term: the document's definition first, then the glossary entry when the term (or
 * the glossary mention under the cursor) is also a glossary term. Elsewhere: the glossary hover.
 */
export function hoverWithDefinitions(
  document: TextDocument,
  index: DefinitionIndex,
  offset: number,
  glossaryHover: Hover | null,
  termIndex: PhraseTrie<TermEntry>,
  termsById: ReadonlyMap<string, TermEntry>,
  sections?: readonly HoverSection[],
): Hover | null {
  const own = definedTermHover(document, index, offset);
  if (!own) return glossaryHover;
  let glossary = (glossaryHover?.contents as MarkupContent | undefined)?.value;
  if (glossary === undefined) {
    const entry = glossaryTermOf(termIndex, own.term);
    if (entry) glossary = termMarkdown(entry, termsById, false, sections);
  }
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: glossary === undefined ? own.markdown : `${own.markdown}\n\n---\n\n${glossary}`,
    },
    range: { start: document.positionAt(own.span.start), end: document.positionAt(own.span.end) },
  };
}
