// One prose extractor per markup format; unknown languages are read as plain text.
import { frontMatterLength, markdownProse, markdownWindowProse } from './markdown';
import { plaintextProse, plaintextWindowProse } from './plaintext';
import type { Prose } from './prose';

const extractors: Record<string, (text: string) => Prose> = {
  markdown: markdownProse,
  plaintext: plaintextProse,
};

export function proseOf(text: string, languageId: string): Prose {
  return (extractors[languageId] ?? plaintextProse)(text);
}

/**
 * The prose of a window of a document that starts at a top-level block (or the document's start)
 * and ends after a blank line (or at the document's end); undefined when what follows the window
 * would not start a block of its own (an unclosed fence, say), so the rest cannot be reused.
 */
export function windowProseOf(
  text: string,
  languageId: string,
  atDocumentStart: boolean,
  atDocumentEnd: boolean,
): Prose | undefined {
  if (languageId !== 'markdown') return atDocumentEnd ? plaintextProse(text) : plaintextWindowProse(text);
  return markdownWindowProse(text, atDocumentStart, atDocumentEnd);
}

/** Where a document's Markdown front matter ends (0 for none or for plain text). */
export function frontMatterEnd(text: string, languageId: string): number {
  return languageId === 'markdown' ? frontMatterLength(text) : 0;
}

export type { Prose } from './prose';
