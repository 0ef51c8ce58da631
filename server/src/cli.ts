// The command line on the same core as the editor: `check` for CI, `terms` to list mentions,
// `lsp --stdio` for other editors. Exit codes: 0 clean, 1 findings, 2 usage or input error.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from './core/languageService';
import { formatGlossaryError } from './glossary/compileGlossary';
import { createProjectService, type ProjectService } from './projectService';
import { loadBuiltInGlossary } from './loadGlossary';
import { startLanguageServer } from './lspServer';
import { ChangedSinceReadError, fixedText, writeAtomically } from './cliFix';
import { checkReport, formatCheckText, formatTermsText, termsReport, type InputFile } from './cliReports';
import { VERSION } from './version';

const USAGE = `Usage:
  mortgage-lens check [--format text|json] [--fix] <files...>
  mortgage-lens check [--format text|json] [--fix] --stdin --language markdown|plaintext
  mortgage-lens terms [--format json|text] <files...>
  mortgage-lens check --print-config [file or folder]
  mortgage-lens lsp --stdio
  mortgage-lens --version | --help

--fix rewrites each file with the preferred rewordings (with --stdin it prints the fixed text)
and then reports what is left.

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
  const core = service();
  if (values['print-config']) return printConfig(core, positionals[0] ?? '.');
  const inputs = readInputs(positionals, values.stdin ?? false, values.language);
  // A broken team configuration or glossary stops the run: CI must not pass on a partial check.
  for (const input of inputs) core.analyze(toDocument(input).document);
  const problems = core.problems();
  if (problems.length > 0) {
    throw new UsageError(
      `the configuration or a team glossary has errors:\n${problems.map(formatGlossaryError).join('\n')}`,
    );
  }
  if (command === 'terms') {
    const report = termsReport(core, inputs.map(toDocument));
    const output = format === 'json' ? JSON.stringify(report) : formatTermsText(report);
    if (output) console.log(output);
    return 0;
  }
  if (values.fix) return fix(core, inputs, format);
  const report = checkReport(core, inputs.map(toDocument));
  const output = format === 'json' ? JSON.stringify(report) : formatCheckText(report);
  if (output) console.log(output);
  return report.files.some((f) => f.diagnostics.length > 0) ? 1 : 0;
}

/** Rewrites each file with its fixes, then reports what is left; --stdin prints the fixed text. */
function fix(core: LanguageService, inputs: InputFile[], format: string): number {
  if (inputs[0].path === STDIN) {
    const { text } = fixedText(core, toDocument(inputs[0]).document);
    process.stdout.write(text);
    return checkReport(core, [toDocument({ ...inputs[0], text })]).files[0].diagnostics.length > 0 ? 1 : 0;
  }
  let fixed = 0;
  const after = inputs.map((input) => {
    const result = fixedText(core, toDocument(input).document);
    if (result.fixed > 0) {
      try {
        writeAtomically(input.path, input.raw!, (input.bom ? BOM : '') + result.text);
      } catch (error) {
        throw new UsageError(
          error instanceof ChangedSinceReadError
            ? error.message
            : `${input.path}: cannot write: ${(error as Error).message}`,
        );
      }
      fixed += result.fixed;
    }
    return { ...input, text: result.text };
  });
  console.error(`mortgage-lens: fixed ${fixed} finding${fixed === 1 ? '' : 's'}`);
  const report = checkReport(core, after.map(toDocument));
  const output = format === 'json' ? JSON.stringify(report) : formatCheckText(report);
  if (output) console.log(output);
  return report.files.some((f) => f.diagnostics.length > 0) ? 1 : 0;
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        stdin: { type: 'boolean' },
        language: { type: 'string' },
        fix: { type: 'boolean' },
        'print-config': { type: 'boolean' },
      },
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
    return [{ path: STDIN, languageId: language, text: withoutBom(fs.readFileSync(0, 'utf8')) }];
  }
  if (language)
    throw new UsageError('--language goes with --stdin; files get their language from their extension');
  if (files.length === 0) throw new UsageError('no files given');
  return files.map((file) => {
    const raw = readRaw(file);
    const text = raw.toString('utf8');
    return {
      path: file,
      languageId: languageOf(file),
      text: withoutBom(text),
      raw,
      bom: text.startsWith(BOM),
    };
  });
}

function readRaw(file: string): Buffer {
  try {
    if (fs.statSync(file).isDirectory())
      throw new UsageError(`${file}: is a folder; pass the files to check`);
    return fs.readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`${file}: cannot read: ${why}`);
  }
}

const LANGUAGES = ['markdown', 'plaintext'];
const STDIN = '<stdin>';
const BOM = '\uFEFF';

/** Editors drop a UTF-8 byte order mark; so do we, so columns and front matter agree with them. */
function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

function languageOf(file: string): string {
  return /^\.(md|markdown|mdown|mkd)$/i.test(path.extname(file)) ? 'markdown' : 'plaintext';
}

let version = 0;

/** Each text gets its own version, so the core's per-document cache never serves an older text. */
function toDocument(input: InputFile): InputFile & { document: TextDocument } {
  // Standard input is checked as if it were a file in the working folder, under its configuration.
  const file = path.resolve(
    input.path === STDIN ? `stdin.${input.languageId === 'markdown' ? 'md' : 'txt'}` : input.path,
  );
  const uri = pathToFileURL(file).toString();
  return { ...input, document: TextDocument.create(uri, input.languageId, ++version, input.text) };
}

function service(): ProjectService {
  return createProjectService(loadBuiltInGlossary());
}

/** --print-config [path]: the configuration that applies to a file or folder, as JSON. */
function printConfig(core: ProjectService, target: string): number {
  const probe =
    fs.existsSync(target) && fs.statSync(target).isDirectory() ? path.join(target, 'probe.md') : target;
  const project = core.projectOf(probe);
  console.log(JSON.stringify({ configFile: project.configFile ?? null, ...project.config }, null, 2));
  if (project.errors.length > 0) {
    throw new UsageError(
      `the configuration has errors:\n${project.errors.map(formatGlossaryError).join('\n')}`,
    );
  }
  return 0;
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
