// The hover on a term mention: what it means and how it differs from the terms next to it.
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TermEntry } from './glossaryTypes';
import { capitalize, escapeMarkdown } from './markdownText';
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
  const name = (id: string) => escapeMarkdown(capitalize(termsById.get(id)?.term ?? id));
  const label = uncertain ? 'in mortgage usage' : 'mortgage glossary';
  const lines = [`**${escapeMarkdown(capitalize(term.term))}** · *${label}*`];
  if (shows('definition')) lines.push('', escapeMarkdown(term.definition));
  if (uncertain) {
    const others = (term.other_senses ?? [])
      .map((s) => escapeMarkdown(s.meaning.replace(/\.$/, '')))
      .join('; ');
    lines.push(
      '',
      `*Outside mortgages this can also mean: ${others}. This entry assumes the mortgage meaning.*`,
    );
  }
  if (shows('whyItMatters') && term.why_it_matters.trim()) {
    lines.push('', `**Why it matters:** ${escapeMarkdown(term.why_it_matters.trim())}`);
  }
  if (shows('example') && term.example?.trim()) {
    lines.push('', `**Example:** ${escapeMarkdown(term.example.trim())}`);
  }
  if (shows('differsFrom') && term.differs_from.length > 0) {
    lines.push('', '**Differs from**', '');
    for (const d of term.differs_from) lines.push(`- **${name(d.term)}**: ${escapeMarkdown(d.note)}`);
  }
  if (shows('related') && term.related?.length) {
    lines.push('', `**Related:** ${term.related.map(name).join(' · ')}`);
  }
  const sources = term.sources.map((s) => escapeMarkdown(s.citation ?? s.publisher ?? s.title));
  lines.push(
    '',
    shows('sources') && sources.length > 0
      ? `*General information, not legal advice. Sources: ${[...new Set(sources)].join('; ')}.*`
      : '*General information, not legal advice.*',
  );
  return lines.join('\n');
}
