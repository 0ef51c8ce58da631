// Our own words for what node:util's parseArgs rejects: an unknown option is named with the
// closest known one ("--formt": did you mean --format?), instead of Node's message, which suggests
// "--" and talks of positionals.

/** The message for a parseArgs error, given the options the command knows (without dashes). */
export function argumentProblem(error: Error & { code?: string }, known: string[]): string {
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /option '([^']+)'/.exec(error.message)?.[1] ?? '';
    const name = option.replace(/^-+/, '').split('=')[0];
    const closest = closestOf(name, known);
    return `unknown option ${option}${closest ? `: did you mean --${closest}?` : ''}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /Option '(?:-\w, )?(--[^ ']+)/.exec(error.message)?.[1];
    if (option) return `${option} needs a value (${option} <value>)`;
  }
  return error.message;
}

/** The known name nearest `name` by edit distance, if it is near enough to be a slip. */
export function closestOf(name: string, known: string[]): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const word of known) {
    const distance = editDistance(name.toLowerCase(), word);
    if (!best || distance < best.distance) best = { word, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.word : undefined;
}

/** Levenshtein distance: insertions, deletions and substitutions, one row at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}
