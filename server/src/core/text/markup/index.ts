// One prose extractor per markup format; unknown languages are read as plain text.
import { frontMatterLength, markdownProse, markdownWindowProse } from './markdown';
import { plaintextProse, plaintextWindowProse } from './plaintext';
import type { Prose } from './prose';
import type { TextSource } from '../pieceText';

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
 * would not start a block of its own (an unclosed fence, say), so the rest cannot be reused. In
 * Markdown, a window may also start or end at an item of a top-level list: `nextItem` is then the
 * line after the window (see markdownWindowProse).
 */
export function windowProseOf(
  text: string,
  languageId: string,
  atDocumentStart: boolean,
  atDocumentEnd: boolean,
  nextItem?: string,
): Prose | undefined {
  if (languageId !== 'markdown') return atDocumentEnd ? plaintextProse(text) : plaintextWindowProse(text);
  return markdownWindowProse(text, atDocumentStart, atDocumentEnd, nextItem);
}

/** Where a document's Markdown front matter ends (0 for none or for plain text). */
export function frontMatterEnd(text: TextSource, languageId: string): number {
  if (languageId !== 'markdown' || !/^(?:---|\+\+\+)/.test(text.slice(0, 3))) return 0;
  // Front matter closes near the start: read a longer start of the text until it is found. A
  // close found at the very end of the part read may continue past it, so that part grows too.
  for (let length = 4096; ; length *= 4) {
    const head = text.slice(0, length);
    const end = frontMatterLength(head);
    if ((end > 0 && end < head.length) || head.length === text.length) return end;
  }
}

export type { Prose } from './prose';
export { blockLimit } from './prose';
export { markdownBlockMasked } from './markdown';
