// Whether to colour the text report: FORCE_COLOR decides when set (0 or false: never; anything else:
// always), as in Node itself; otherwise a non-empty NO_COLOR turns colour off (no-color.org); otherwise
// colour only on a terminal that is not TERM=dumb.

export function useColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}
