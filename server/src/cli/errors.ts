// The CLI's expected failures: each exits with code 2 and one message that names the file or the
// option and the problem, never a stack trace.

/** A wrong command line: the message is followed by a pointer to --help. */
export class UsageError extends Error {}

/** A file, folder, pattern, configuration or glossary the CLI cannot use. */
export class InputError extends Error {}
