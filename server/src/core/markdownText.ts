// Glossary text can come from a workspace, so hovers treat it as untrusted: every character that
// could start Markdown syntax (links, HTML, code, emphasis) is escaped and shows as written.
const SPECIAL = /[\\`*_[\]{}()<>#+!|~&$]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
