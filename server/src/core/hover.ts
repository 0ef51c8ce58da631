// The hover on a term mention: what it means and how it differs from the terms next to it.
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TermEntry } from './glossaryTypes';
import { capitalize, escapeMarkdown } from './markdownText';
import type { TermMention } from './terms';

export function hoverFor(
  document: TextDocument,
  mentions: readonly TermMention[],
  offset: number,
  termsById: ReadonlyMap<string, TermEntry>,
): Hover | null {
  const mention = mentionAt(mentions, offset);
  if (!mention) return null;
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: termMarkdown(mention.term, termsById, mention.sense === 'uncertain'),
    },
    range: { start: document.positionAt(mention.start), end: document.positionAt(mention.end) },
  };
}

/** Binary search over mentions sorted by start; a position at either edge of a mention counts. */
export function mentionAt(mentions: readonly TermMention[], offset: number): TermMention | undefined {
  let low = 0;
  let high = mentions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const m = mentions[mid];
    if (offset < m.start) high = mid - 1;
    else if (offset > m.end) low = mid + 1;
    else return m;
  }
  return undefined;
}

/** `uncertain`: the paragraph does not show which meaning is meant, so the hover says which it assumes. */
export function termMarkdown(
  term: TermEntry,
  termsById: ReadonlyMap<string, TermEntry>,
  uncertain = false,
): string {
  const name = (id: string) => escapeMarkdown(capitalize(termsById.get(id)?.term ?? id));
  const label = uncertain ? 'in mortgage usage' : 'mortgage glossary';
  const lines = [
    `**${escapeMarkdown(capitalize(term.term))}** · *${label}*`,
    '',
    escapeMarkdown(term.definition),
  ];
  if (uncertain) {
    const others = (term.other_senses ?? [])
      .map((s) => escapeMarkdown(s.meaning.replace(/\.$/, '')))
      .join('; ');
    lines.push(
      '',
      `*Outside mortgages this can also mean: ${others}. This entry assumes the mortgage meaning.*`,
    );
  }
  if (term.differs_from.length > 0) {
    lines.push('', '**Differs from**', '');
    for (const d of term.differs_from) lines.push(`- **${name(d.term)}**: ${escapeMarkdown(d.note)}`);
  }
  if (term.related?.length) lines.push('', `**Related:** ${term.related.map(name).join(' · ')}`);
  const sources = term.sources.map((s) => escapeMarkdown(s.citation ?? s.publisher ?? s.title));
  lines.push('', `*General information, not legal advice. Sources: ${[...new Set(sources)].join('; ')}.*`);
  return lines.join('\n');
}
