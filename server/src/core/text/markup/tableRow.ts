// Whether an edit inside one line that starts with "|" leaves the Markdown block structure around
// it as it was, so that the line alone is read again (a keystroke in a table of a hundred thousand
// rows). Such a line never starts a block of another kind; what it is depends only on its cells:
// their count decides whether it heads a table with the next line and how many cells a body row
// leaves empty (markdown-it stops a table after 65,536 of those), and a line of bars, dashes and
// colons may be a table's delimiter row. The characters that may make lines before it part of a
// link reference definition (label, destination, title) are left out of such edits.

/** Characters that, added or removed, may change how lines other than their own are read. */
const FAR_REACHING = /[\r\n[\]<>"'()\\]/;
/** A line that could be a table's delimiter row (markdown-it checks more; this errs wider). */
const DELIMITER_LIKE = /^[|:\-\s]*$/;

/**
 * Whether `before` and `after`, one line (without its line break) before and after an edit that
 * removed `removed` and inserted `inserted` after its first character, are read as the same kind
 * of line in any Markdown document.
 */
export function sameTableLine(before: string, after: string, removed: string, inserted: string): boolean {
  if (before[0] !== '|' || after[0] !== '|') return false;
  if (FAR_REACHING.test(removed) || FAR_REACHING.test(inserted)) return false;
  if (DELIMITER_LIKE.test(before) || DELIMITER_LIKE.test(after)) return false;
  return cellCount(before) === cellCount(after);
}

/** The cells markdown-it's table rule finds in a line: split at unescaped bars, less an empty first and last. */
function cellCount(line: string): number {
  const text = line.trim();
  let cells = 1;
  for (let i = 0; i < text.length; i++) if (text[i] === '|' && text[i - 1] !== '\\') cells++;
  if (text[0] === '|') cells--;
  if (cells > 0 && text[text.length - 1] === '|' && text[text.length - 2] !== '\\') cells--;
  return cells;
}
