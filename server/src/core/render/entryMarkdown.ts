// The pieces of a glossary entry's Markdown that the hover (hover.ts), the entry pages
// (glossaryPage.ts) and the CLI appendix (appendix.ts) share, so that all three treat entry text
// alike. Entries can come from a team glossary in the workspace: their text is untrusted, and every
// piece here escapes it so that it shows as written and forms no link, image, HTML or command link;
// the only links are to other entries (made by the caller) and to a source's http(s) address.
import type { TermEntry } from '../glossaryTypes';
import { capitalize, escapeLinksAndHtml, escapeMarkdown, linkTarget } from '../text/markdownText';

/** How entry text is escaped where it is read. */
export interface EntryEscaping {
  /** Text in a paragraph or a list item. */
  text(written: string): string;
  /**
   * Text on one line (a heading, bold, link text, a table cell): a line break in it would end the
   * construct, so a break and the whitespace around it become one space.
   */
  inline(written: string): string;
}

function escaping(escape: (written: string) => string): EntryEscaping {
  return {
    text: escape,
    inline: (written) => escape(written.replace(/\s*(?:\r\n?|\n)\s*/g, ' ')),
  };
}

/** Markdown a reader sees rendered (a hover, an appendix pasted into a document): every Markdown character. */
export const RENDERED = escaping(escapeMarkdown);

/**
 * Markdown a writer reads as source (an entry opened as a document, docs/glossary.md): only what
 * could form a link, an image, an autolink or HTML, so that ordinary prose stays readable.
 */
export const SOURCE = escaping(escapeLinksAndHtml);

/** The name of the entry `id`, as a heading or a list would show it (unescaped); the id when unknown. */
export function termName(id: string, terms: ReadonlyMap<string, TermEntry>): string {
  return capitalize(terms.get(id)?.term ?? id);
}

/**
 * `text` (already escaped) linked to a source's `url` when that is a web address: the schema asks
 * for https, but a `command:`, `javascript:` or scheme-less URL stays text whatever reaches a
 * renderer. Empty text gets no link either: one nobody could see.
 */
export function webLink(text: string, url: string | undefined): string {
  return text && url && /^https?:\/\//i.test(url) ? `[${text}](${linkTarget(url)})` : text;
}

/** "How it differs" as list items; `name` renders a reference to the other entry. */
export function differences(
  term: TermEntry,
  name: (id: string) => string,
  { text }: EntryEscaping,
): string[] {
  return term.differs_from.map((d) => `- ${name(d.term)}: ${text(d.note)}`);
}

/** The related entries on one line; undefined when there are none. */
export function relatedLine(term: TermEntry, name: (id: string) => string): string | undefined {
  return term.related?.length ? `**Related:** ${term.related.map(name).join(' · ')}` : undefined;
}

/** The hover and the entry pages end on it, in italics. */
export const NOT_LEGAL_ADVICE = 'General information, not legal advice';
