// One prose extractor per markup format; unknown languages are read as plain text.
import { markdownProse } from './markdown';
import { plaintextProse } from './plaintext';
import type { Prose } from './prose';

const extractors: Record<string, (text: string) => Prose> = {
  markdown: markdownProse,
  plaintext: plaintextProse,
};

export function proseOf(text: string, languageId: string): Prose {
  return (extractors[languageId] ?? plaintextProse)(text);
}

export type { Prose } from './prose';
