// `terms --format markdown`: a glossary appendix for the terms the documents use, to paste at the end
// of a document: "## Glossary", then for each distinct term in order of first use (across all the
// files, in the order given) its definition and a line naming its sources. Entries may come from a
// team glossary, so their text is escaped as the hover escapes it (escapeMarkdown: it shows as
// written and can form no link, image or HTML), and a source's title links to its address, made
// safe as the glossary pages make it (linkTarget), only when that is an http(s) one.
import type { Source, TermEntry } from '../core/glossaryTypes';
import { capitalize, escapeMarkdown, linkTarget } from '../core/markdownText';

/** `terms` in order of first use, duplicates already removed. */
export function formatAppendix(terms: TermEntry[]): string {
  if (terms.length === 0) return '';
  const sections = terms.map((term) => {
    const definition = `**${inline(capitalize(term.term))}.** ${escapeMarkdown(term.definition.trim())}`;
    if (term.sources.length === 0) return definition;
    const label = term.sources.length === 1 ? 'Source' : 'Sources';
    const sources = term.sources.map(formatSource).join('; ');
    return `${definition}\n\n${label}: ${sources}${sources.endsWith('.') ? '' : '.'}`;
  });
  return ['## Glossary', ...sections].join('\n\n');
}

function formatSource(source: Source): string {
  const title = inline(source.title);
  const linked =
    title && source.url && /^https?:\/\//i.test(source.url) ? `[${title}](${linkTarget(source.url)})` : title;
  return [linked, source.publisher && inline(source.publisher), source.citation && inline(source.citation)]
    .filter(Boolean)
    .join(', ');
}

/** Text that must stay on one line (bold, a link's text): a blank line in it would end the construct. */
function inline(text: string): string {
  return escapeMarkdown(text.trim().replace(/\s*(?:\r\n?|\n)\s*/g, ' '));
}
