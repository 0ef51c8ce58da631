// The command line on the same core as the editor: `check` for CI, `terms` to list mentions,
// `lsp --stdio` for other editors. Exit codes: 0 clean, 1 findings, 2 usage or input error.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageService } from './core/languageService';
import { loadBuiltInGlossary } from './loadGlossary';
import { startLanguageServer } from './lspServer';
import { checkReport, formatCheckText, formatTermsText, termsReport, type InputFile } from './cliReports';
import { VERSION } from './version';

const USAGE = `Usage:
  mortgage-lens check [--format text|json] <files...>
  mortgage-lens check [--format text|json] --stdin --language markdown|plaintext
  mortgage-lens terms [--format json|text] <files...>
  mortgage-lens lsp --stdio
  mortgage-lens --version | --help

Exit codes: 0 no findings, 1 findings, 2 usage or input error.`;

class UsageError extends Error {}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    console.log(VERSION);
    return 0;
  }
  if (command === 'lsp') {
    if (!rest.includes('--stdio')) throw new UsageError('lsp needs --stdio: mortgage-lens lsp --stdio');
    startLanguageServer(createConnection(ProposedFeatures.all), service(), VERSION);
    return -1; // keeps running until the client says exit
  }
  if (command !== 'check' && command !== 'terms') throw new UsageError(`unknown command "${command}"`);

  const { values, positionals } = parseOptions(rest);
  const format = values.format ?? (command === 'check' ? 'text' : 'json');
  if (!['text', 'json'].includes(format))
    throw new UsageError(`--format must be text or json, not "${format}"`);
  const inputs = readInputs(positionals, values.stdin ?? false, values.language);
  const core = service();
  if (command === 'terms') {
    const report = termsReport(core, inputs.map(toDocument));
    const output = format === 'json' ? JSON.stringify(report) : formatTermsText(report);
    if (output) console.log(output);
    return 0;
  }
  const report = checkReport(core, inputs.map(toDocument));
  const output = format === 'json' ? JSON.stringify(report) : formatCheckText(report);
  if (output) console.log(output);
  return report.files.some((f) => f.diagnostics.length > 0) ? 1 : 0;
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string' }, stdin: { type: 'boolean' }, language: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function readInputs(files: string[], stdin: boolean, language: string | undefined): InputFile[] {
  if (stdin) {
    if (files.length > 0) throw new UsageError('give either --stdin or files, not both');
    if (!language) throw new UsageError('--stdin needs --language (markdown or plaintext)');
    if (!LANGUAGES.includes(language))
      throw new UsageError(`--language must be markdown or plaintext, not "${language}"`);
    return [{ path: '<stdin>', languageId: language, text: withoutBom(fs.readFileSync(0, 'utf8')) }];
  }
  if (language)
    throw new UsageError('--language goes with --stdin; files get their language from their extension');
  if (files.length === 0) throw new UsageError('no files given');
  return files.map((file) => ({ path: file, languageId: languageOf(file), text: readText(file) }));
}

function readText(file: string): string {
  try {
    if (fs.statSync(file).isDirectory())
      throw new UsageError(`${file}: is a folder; pass the files to check`);
    return withoutBom(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`${file}: cannot read: ${why}`);
  }
}

const LANGUAGES = ['markdown', 'plaintext'];

/** Editors drop a UTF-8 byte order mark; so do we, so columns and front matter agree with them. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function languageOf(file: string): string {
  return /^\.(md|markdown|mdown|mkd)$/i.test(path.extname(file)) ? 'markdown' : 'plaintext';
}

function toDocument(input: InputFile): InputFile & { document: TextDocument } {
  return {
    ...input,
    document: TextDocument.create(`file:///${encodeURI(input.path)}`, input.languageId, 1, input.text),
  };
}

function service(): LanguageService {
  return createLanguageService(loadBuiltInGlossary());
}

try {
  const code = main(process.argv.slice(2));
  if (code >= 0) process.exitCode = code;
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`mortgage-lens: ${error.message}`);
    console.error('Run mortgage-lens --help for usage.');
  } else {
    console.error(`mortgage-lens: internal error: ${(error as Error).message}`);
  }
  process.exitCode = 2;
}
