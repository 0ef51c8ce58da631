// Completion of glossary terms while typing (setting `mortgageLens.completion.enable`, off by
// default): the words just typed are matched against the start of every term and alias, also
// across words ("deficiency ju" → "deficiency judgment"), and the item replaces what was typed.
import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TermEntry } from '../glossaryTypes';
import { capitalize, escapeMarkdown } from '../text/markdownText';

/** Letters typed before a single-word prefix is completed. */
const MIN_PREFIX = 2;
/** How many of the words before the cursor may belong to the term being typed. */
const MAX_WORDS = 5;
const MAX_ITEMS = 50;

/** Word characters: VS Code asks for completions when one of them is typed (trigger characters). */
export const COMPLETION_TRIGGERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];

interface Name {
  text: string;
  lower: string;
  term: TermEntry;
  alias: boolean;
}

/** TYPED_WORDS[n]: the last n words typed before the cursor. */
const TYPED_WORDS = Array.from(
  { length: MAX_WORDS + 1 },
  (_, words) =>
    new RegExp(
      `(?:^|[^\\p{L}\\p{N}'’-])((?:[\\p{L}\\p{N}'’-]+[ \\t]+){${Math.max(0, words - 1)}}[\\p{L}'’-]+)$`,
      'u',
    ),
);

// Completion may run on every letter typed: each glossary's names are listed once.
const nameLists = new WeakMap<readonly TermEntry[], Name[]>();
function namesOf(terms: readonly TermEntry[]): Name[] {
  let names = nameLists.get(terms);
  if (!names) {
    names = terms.flatMap((term) =>
      [term.term, ...(term.aliases ?? [])].map((text, i) => ({
        text,
        lower: text.toLowerCase(),
        term,
        alias: i > 0,
      })),
    );
    nameLists.set(terms, names);
  }
  return names;
}

export function termCompletions(
  document: TextDocument,
  position: Position,
  terms: readonly TermEntry[],
): CompletionList | null {
  const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
  // Only at the end of a word being typed: not after a space, and not in the middle of a word.
  if (!/[\p{L}]$/u.test(before)) return null;
  const after = document.getText({
    start: position,
    end: { line: position.line, character: position.character + 1 },
  });
  if (/[\p{L}\p{N}]/u.test(after)) return null;

  const names = namesOf(terms);
  const items = new Map<string, CompletionItem>();
  // From the longest run of words to the last word alone: the longest typed phrase that starts a
  // name decides that name's replaced range.
  for (let words = MAX_WORDS; words >= 1 && items.size < MAX_ITEMS; words--) {
    const match = TYPED_WORDS[words].exec(before);
    if (!match) continue;
    const typed = match[1];
    if (words === 1 && typed.length < MIN_PREFIX) continue;
    const typedLower = typed
      .toLowerCase()
      .replace(/[ \t]+/g, ' ')
      .replace(/’/g, "'");
    for (const name of names) {
      if (items.has(name.lower) || name.lower === typedLower || !name.lower.startsWith(typedLower)) continue;
      const newText = /^\p{Lu}/u.test(typed) ? capitalize(name.text) : name.text;
      const start = position.character - typed.length;
      items.set(name.lower, {
        label: newText,
        kind: CompletionItemKind.Text,
        detail: name.alias ? `Mortgage glossary: ${name.term.term}` : 'Mortgage glossary',
        documentation: {
          kind: MarkupKind.Markdown,
          value: `**${escapeMarkdown(capitalize(name.term.term))}**\n\n${escapeMarkdown(name.term.definition)}`,
        },
        filterText: newText,
        sortText: `${name.alias ? 1 : 0}${name.lower}`,
        textEdit: { range: { start: { line: position.line, character: start }, end: position }, newText },
      });
      if (items.size >= MAX_ITEMS) break;
    }
  }
  return items.size > 0 ? { isIncomplete: false, items: [...items.values()] } : null;
}
