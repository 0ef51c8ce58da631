// The hover on a term mention: what it means and how it differs from the terms next to it.
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TermEntry } from '../glossaryTypes';
import { differences, NOT_LEGAL_ADVICE, relatedLine, RENDERED, termName } from '../render/entryMarkdown';
import { capitalize } from '../text/markdownText';
import type { MentionList } from './mentionList';

/** The parts of a term's hover a writer can choose (setting `mortgageLens.hover.sections`). */
export const HOVER_SECTIONS = [
  'definition',
  'whyItMatters',
  'example',
  'differsFrom',
  'related',
  'sources',
] as const;
export type HoverSection = (typeof HOVER_SECTIONS)[number];
export const DEFAULT_HOVER_SECTIONS: readonly HoverSection[] = [
  'definition',
  'differsFrom',
  'related',
  'sources',
];

export function hoverFor(
  document: TextDocument,
  mentions: MentionList,
  offset: number,
  termsById: ReadonlyMap<string, TermEntry>,
  sections?: readonly HoverSection[],
): Hover | null {
  const mention = mentions.holding(offset);
  if (!mention) return null;
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: termMarkdown(mention.term, termsById, mention.sense === 'uncertain', sections),
    },
    range: { start: document.positionAt(mention.start), end: document.positionAt(mention.end) },
  };
}

// A hover's Markdown depends only on the entry and the options: built once, so hovering never
// allocates more than the answer (a glossary's entries are few; the cache is per glossary).
const markdownCache = new WeakMap<ReadonlyMap<string, TermEntry>, Map<string, string>>();

/**
 * `uncertain`: the paragraph does not show which meaning is meant, so the hover says which it assumes.
 * `sections`: the parts to show, in the hover's fixed order; the title, the note on other meanings and
 * "not legal advice" always show.
 */
export function termMarkdown(
  term: TermEntry,
  termsById: ReadonlyMap<string, TermEntry>,
  uncertain = false,
  sections: readonly HoverSection[] = DEFAULT_HOVER_SECTIONS,
): string {
  let cache = markdownCache.get(termsById);
  if (!cache) markdownCache.set(termsById, (cache = new Map()));
  const key = `${term.id}\u0000${uncertain}\u0000${sections.join(',')}`;
  let markdown = cache.get(key);
  if (markdown === undefined)
    cache.set(key, (markdown = buildTermMarkdown(term, termsById, uncertain, sections)));
  return markdown;
}

function buildTermMarkdown(
  term: TermEntry,
  termsById: ReadonlyMap<string, TermEntry>,
  uncertain: boolean,
  sections: readonly HoverSection[],
): string {
  const shows = (section: HoverSection) => sections.includes(section);
  // Shown rendered by the editor, so all entry text is fully escaped; names too go through `text`, as
  // they always have (a glossary name is one line in practice, and the hover's output stays the same).
  const { text } = RENDERED;
  const name = (id: string) => text(termName(id, termsById));
  const label = uncertain ? 'in mortgage usage' : 'mortgage glossary';
  const lines = [`**${text(capitalize(term.term))}** · *${label}*`];
  if (shows('definition')) lines.push('', text(term.definition));
  if (uncertain) {
    const others = (term.other_senses ?? []).map((s) => text(s.meaning.replace(/\.$/, ''))).join('; ');
    lines.push(
      '',
      `*Outside mortgages this can also mean: ${others}. This entry assumes the mortgage meaning.*`,
    );
  }
  if (shows('whyItMatters') && term.why_it_matters.trim()) {
    lines.push('', `**Why it matters:** ${text(term.why_it_matters.trim())}`);
  }
  if (shows('example') && term.example?.trim()) {
    lines.push('', `**Example:** ${text(term.example.trim())}`);
  }
  if (shows('differsFrom') && term.differs_from.length > 0) {
    lines.push('', '**Differs from**', '', ...differences(term, (id) => `**${name(id)}**`, RENDERED));
  }
  const related = shows('related') && relatedLine(term, name);
  if (related) lines.push('', related);
  const sources = term.sources.map((s) => text(s.citation ?? s.publisher ?? s.title));
  lines.push(
    '',
    shows('sources') && sources.length > 0
      ? `*${NOT_LEGAL_ADVICE}. Sources: ${[...new Set(sources)].join('; ')}.*`
      : `*${NOT_LEGAL_ADVICE}.*`,
  );
  return lines.join('\n');
}
