// Our own words for what node:util's parseArgs rejects: an unknown option is named with the
// closest known one ("--formt": did you mean --format?), instead of Node's message, which suggests
// "--" and talks of positionals.
import { nearest } from '../core/text/nearest';

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

/** The known option nearest `name`, if it is near enough to be a slip. */
export function closestOf(name: string, known: string[]): string | undefined {
  return nearest(name.toLowerCase(), known, 3);
}
