// `terms --format markdown`: a glossary appendix for the terms the documents use, to paste at the end
// of a document: "## Glossary", then for each distinct term in order of first use (across all the
// files, in the order given) its definition and a line naming its sources. Glossary text is escaped
// so it shows as written; a source's title links to its address when it has an http(s) one.
import type { Source, TermEntry } from '../core/glossaryTypes';

/** `terms` in order of first use, duplicates already removed. */
export function formatAppendix(terms: TermEntry[]): string {
  if (terms.length === 0) return '';
  const sections = terms.map((term) => {
    const definition = `**${escape(capitalize(term.term))}.** ${escape(term.definition.trim())}`;
    if (term.sources.length === 0) return definition;
    const label = term.sources.length === 1 ? 'Source' : 'Sources';
    const sources = term.sources.map(formatSource).join('; ');
    return `${definition}\n\n${label}: ${sources}${sources.endsWith('.') ? '' : '.'}`;
  });
  return ['## Glossary', ...sections].join('\n\n');
}

function formatSource(source: Source): string {
  const title =
    source.url && /^https?:\/\/[^\s]+$/i.test(source.url)
      ? `[${escape(source.title)}](${source.url.replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`
      : escape(source.title);
  return [title, source.publisher, source.citation]
    .filter((part): part is string => Boolean(part))
    .map((part, i) => (i === 0 ? part : escape(part)))
    .join(', ');
}

/** Escapes what would start Markdown syntax (emphasis, code, links, HTML), and nothing else. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
