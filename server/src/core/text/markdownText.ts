// Glossary text can come from a workspace, so hovers treat it as untrusted: every character that
// could start Markdown syntax (links, HTML, code, emphasis) is escaped and shows as written.
// `<` and `>` become entities, not backslash escapes: a renderer that linkifies a bare URL may take
// the backslash into the URL ("https://a.example\<command:x>"), leaving an autolink or a tag live.
// Which escaping a glossary entry's text gets in the hover, the entry pages and the appendix is
// decided once, in entryMarkdown.ts.
const SPECIAL = /[\\`*_[\]{}()<>#+!|~&$]/g;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;' };
const escaped = (c: string) => ENTITIES[c] ?? `\\${c}`;

export function escapeMarkdown(text: string): string {
  return breakSchemelessLinks(text.replace(SPECIAL, escaped));
}

/**
 * Lighter, for pages a writer reads as Markdown source (glossary entries opened as documents,
 * docs/glossary.md): only what could form a link, an image, an autolink or HTML (or a code span
 * that swallows our own link) is escaped, so workspace text cannot plant a `command:` link or a
 * tag, and ordinary prose stays readable.
 */
const LINK_OR_HTML = /[\\[\]<>`]/g;

export function escapeLinksAndHtml(text: string): string {
  return breakSchemelessLinks(text.replace(LINK_OR_HTML, escaped));
}

/**
 * A renderer that linkifies reads "//host/path" as a link without a scheme, which an editor may
 * open as a file on that host: a "//" not after a scheme's colon gets its second slash escaped.
 */
const SCHEMELESS_LINK = /(^|[^:/])\/\//g;

function breakSchemelessLinks(text: string): string {
  return text.replace(SCHEMELESS_LINK, '$1/\\/');
}

/**
 * A URL as a Markdown link target that cannot end early: spaces, control characters, brackets and
 * quotes percent-encoded (a control character in a target unmakes the link, leaving it as text).
 */
export function linkTarget(url: string): string {
  return url.replace(/[\s\p{Cc}()<>[\]\\"'`]/gu, (c) =>
    c.charCodeAt(0) < 0x80
      ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
      : encodeURIComponent(c),
  );
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
