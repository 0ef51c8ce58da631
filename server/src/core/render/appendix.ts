// `terms --format markdown`: a glossary appendix for the terms the documents use, to paste at the end
// of a document: "## Glossary", then for each distinct term in order of first use (across all the
// files, in the order given) its definition and a line naming its sources. The appendix is read
// rendered and entries may come from a team glossary, so their text is escaped as the hover escapes
// it (RENDERED in entryMarkdown.ts), and a source's title links only to an http(s) address.
import type { Source, TermEntry } from '../glossaryTypes';
import { RENDERED, webLink } from './entryMarkdown';
import { capitalize } from '../text/markdownText';

const { text } = RENDERED;
/** Trimmed too: bold cannot open on a space ("** X.**" shows its asterisks). */
const inline = (written: string) => RENDERED.inline(written.trim());

/** `terms` in order of first use, duplicates already removed. */
export function formatAppendix(terms: TermEntry[]): string {
  if (terms.length === 0) return '';
  const sections = terms.map((term) => {
    const definition = `**${inline(capitalize(term.term))}.** ${text(term.definition.trim())}`;
    if (term.sources.length === 0) return definition;
    const label = term.sources.length === 1 ? 'Source' : 'Sources';
    const sources = term.sources.map(formatSource).join('; ');
    return `${definition}\n\n${label}: ${sources}${sources.endsWith('.') ? '' : '.'}`;
  });
  return ['## Glossary', ...sections].join('\n\n');
}

function formatSource(source: Source): string {
  const title = webLink(inline(source.title), source.url);
  return [title, inline(source.publisher ?? ''), inline(source.citation ?? '')].filter(Boolean).join(', ');
}
