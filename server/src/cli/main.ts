// The command line on the same core as the editor: `check` for CI, `terms` to list mentions or write
// a glossary appendix, `lsp --stdio` for other editors. Exit codes: 0 clean, 1 findings, 2 usage or
// input error. The entry point (../cli.ts) also starts the worker threads that share out long runs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type * as Threads from 'node:worker_threads';
import type { TermEntry } from '../core/glossaryTypes';
import { formatGlossaryError, type GlossaryError } from '../glossary/compileGlossary';
import { NODE_FS } from '../project/nodeFs';
import { createProjectService, type ProjectService } from '../project/projectService';
import type { Project } from '../project/loadProject';
import { withoutBom } from '../project/config';
import { loadBuiltInGlossary } from '../glossary/loadBuiltIn';
import { ChangedSinceReadError, RefusedError, refusal, writeAtomically, type WriteOptions } from './fix';
import { type CheckReport, type InputFile, type TermsReport } from './reports';
import {
  absolutePath,
  analyzeAll,
  serveAsWorker,
  STDIN,
  workerCount,
  type Concurrency,
  type Mode,
  type Result,
} from './analyze';
import { useColour } from './colour';
import { unifiedDiff } from './diff';
import { decodeUtf8 } from './encoding';
import { InputError, UsageError } from './errors';
import { argumentProblem } from './arguments';
import { DEFAULT_EXTENSIONS, expandInputs, reason } from './inputs';
import { mergeReports } from './merge';
import { emptyShardNote, inShard, parseShard, type Shard } from './shard';
import { Progress } from './progress';
import { stdoutIsTTY, writeStdout } from './stdout';
import type { RuleDescriptor } from './sarif';
import { DEFAULT_FORMAT, FORMATS, formatChoices, type FormatContext } from './formats';
import { ruleCatalog } from '../core/findings/catalog';
import { VERSION } from '../protocol/version';

const USAGE = `Usage:
  mortgage-lens check [options] <files, folders or globs...>
  mortgage-lens check [options] --stdin --language markdown|plaintext
  mortgage-lens check --shard K/N [options] <files, folders or globs...>
  mortgage-lens check --merge [--format ...] <reports of check --format json or sarif...>
  mortgage-lens terms [--format ${formatChoices('terms')}] <files, folders or globs...>
  mortgage-lens terms [--format ${formatChoices('terms')}] --stdin --language markdown|plaintext
  mortgage-lens check --print-config [file or folder]
  mortgage-lens lsp --stdio
  mortgage-lens --version | --help

Folders are searched recursively for .md, .markdown and .txt files (and the extensions the
configuration adds), leaving out what .gitignore files and the configuration's "ignore" exclude.
Quote globs so the shell leaves them alone: 'docs/**/*.md'.

Options of check:
  --format ${formatChoices('check')}   the report (default ${DEFAULT_FORMAT})
  --fix                rewrite each file with the preferred rewordings of risky claims (with
                       --stdin, print the fixed text), then report what is left; refuses
                       read-only files, files with hard links and files that are not UTF-8
  --fix-read-only      with --fix: fix read-only files too (they stay read-only)
  --fix-dry-run        print what --fix would change as a unified diff; write nothing
  --max-warnings <n>   fail only on errors or on more than n warnings
  --concurrency <n>    worker threads: a number, auto (the default: only for long runs) or off
  --shard K/N          check only the K-th of N parts of the files (by a hash of each path
                       relative to the current folder: the same parts on every machine)
  --merge              read the given JSON reports or SARIF logs of --shard runs and print them
                       as one (JSON reports: --format json, text or github; SARIF logs: sarif)

terms prints text by default (--format json for the report of each mention).

Exit codes: 0 no errors or warnings (information and hints never fail), 1 errors or warnings
(with --max-warnings: errors, or more than n warnings), 2 usage or input error.`;

interface Options {
  command: 'check' | 'terms';
  format: string;
  files: string[];
  stdin: boolean;
  language?: string;
  fix: boolean;
  fixReadOnly: boolean;
  preview: boolean;
  maxWarnings?: number;
  concurrency: Concurrency;
  printConfig: boolean;
  shard?: Shard;
  merge: boolean;
}

/** A file as read; `notUtf8` says where its bytes stop being UTF-8, when they do. */
type ReadFile = InputFile & { notUtf8?: string };

const LANGUAGES = ['markdown', 'plaintext'];
const BINARY_PROBE = 8192;
const KNOWN_OPTIONS = [
  'format',
  'stdin',
  'language',
  'fix',
  'fix-read-only',
  'fix-dry-run',
  'max-warnings',
  'concurrency',
  'print-config',
  'shard',
  'merge',
  'help',
  'version',
];
const BOM = '\uFEFF';

async function main(argv: string[], workerScript: string): Promise<number> {
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
    // The language server is its own bundle beside this one (dist/server.js; the build keeps this
    // require out of the CLI bundle): check and terms never load the protocol libraries. It reads
    // --stdio from process.argv.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../server');
    return -1; // keeps running until the client says exit
  }
  if (command !== 'check' && command !== 'terms') throw new UsageError(`unknown command "${command}"`);

  const options = parseOptions(command, rest);
  if (options.merge) return printMerged(options);
  const core = service();
  if (options.printConfig) return printConfig(core, options.files[0] ?? '.');
  const { inputs, projects } = readInputs(options, core);
  // A broken team configuration or glossary stops the run: CI must not pass on a partial check.
  // A warning (a key written twice) is printed and holds nothing back.
  const problems = errorsAfterWarnings(core.problems());
  if (problems.length > 0) {
    throw new InputError(
      `the configuration or a team glossary has errors:\n${problems.map(formatGlossaryError).join('\n')}`,
    );
  }

  const mode: Mode =
    command === 'terms' ? 'terms' : options.fix ? 'fix' : options.preview ? 'preview' : 'check';
  const workers = workerCount(inputs, options.concurrency);
  if (process.env.MORTGAGE_LENS_DEBUG)
    console.error(`mortgage-lens: ${inputs.length} file(s), ${workers} worker thread(s)`);
  const progress = new Progress(inputs.length);
  let results: Result[];
  try {
    results = await analyzeAll(core, inputs, { mode, workers, workerScript, progress });
  } finally {
    progress.end();
  }

  // --fix prints all of standard input: each invalid byte would come out as U+FFFD.
  if (mode === 'fix' && options.stdin && inputs[0].notUtf8 !== undefined)
    throw refusedInputs([notUtf8Refusal(inputs[0])]);
  inputs.forEach((input, i) => {
    if (input.notUtf8 !== undefined && !(mode === 'fix' && results[i].fixed!.count > 0))
      console.error(`mortgage-lens: ${notUtf8Warning(input, mode, (results[i].fixed?.count ?? 0) > 0)}`);
  });

  if (command === 'terms') {
    const report: TermsReport = {
      files: inputs.map((input, i) => ({ path: input.path, terms: results[i].terms! })),
    };
    print(
      FORMATS.terms[options.format](
        report,
        formatContext({ usedTerms: () => usedTerms(report, inputs, projects, core) }),
      ),
    );
    return 0;
  }

  const report: CheckReport = {
    files: inputs.map((input, i) => ({ path: input.path, diagnostics: results[i].diagnostics! })),
  };
  if (mode === 'preview') {
    // --fix leaves alone a file that is not UTF-8, so the diff does too.
    const written = (input: ReadFile) => input.notUtf8 === undefined;
    print(
      inputs
        .map((input, i) =>
          written(input) ? unifiedDiff(input.path, input.text, results[i].fixed!.text) : '',
        )
        .join(''),
      '',
    );
    const count = results.reduce((sum, r, i) => sum + (written(inputs[i]) ? r.fixed!.count : 0), 0);
    console.error(`mortgage-lens: --fix would fix ${plural(count, 'finding')}; nothing was written`);
    return exitCode(report, options.maxWarnings);
  }
  if (mode === 'fix') {
    if (options.stdin) {
      writeStdout(results[0].fixed!.text);
      return exitCode(report, options.maxWarnings);
    }
    writeFixes(inputs, results, { readOnly: options.fixReadOnly });
  }
  print(FORMATS.check[options.format](report, formatContext({ ruleOf: (id) => ruleEntry(id, projects) })));
  return exitCode(report, options.maxWarnings);
}

/**
 * Without --max-warnings any error or warning fails; with it, errors or more than that many warnings.
 * Information and hints (an unused definition, say) are reported but never fail a run.
 */
function exitCode(report: CheckReport, maxWarnings: number | undefined): number {
  const severities = report.files.flatMap((f) => f.diagnostics.map((d) => d.severity));
  if (maxWarnings === undefined) return severities.some((s) => s === 'error' || s === 'warning') ? 1 : 0;
  const warnings = severities.filter((s) => s === 'warning').length;
  if (warnings > maxWarnings) {
    console.error(
      `mortgage-lens: ${plural(warnings, 'warning')}, more than --max-warnings ${maxWarnings} allows`,
    );
  }
  return severities.includes('error') || warnings > maxWarnings ? 1 : 0;
}

/**
 * Writes each fixed file (through a temporary file, never over one that changed since it was read).
 * Files it must not write (not UTF-8, read-only, hard links) are all found first: then nothing is written.
 */
function writeFixes(inputs: ReadFile[], results: Result[], options: WriteOptions): void {
  const toWrite = inputs.flatMap((input, i) =>
    results[i].fixed!.count > 0 ? [{ input, result: results[i] }] : [],
  );
  const refusals = toWrite.flatMap(({ input }) => {
    // Writing it back would turn each invalid byte into U+FFFD.
    if (input.notUtf8 !== undefined) return notUtf8Refusal(input);
    try {
      return refusal(input.path, options) ?? [];
    } catch (error) {
      return `${input.path}: cannot write: ${reason(error)}`;
    }
  });
  if (refusals.length > 0) throw refusedInputs(refusals);
  let fixed = 0;
  for (const { input, result } of toWrite) {
    try {
      writeAtomically(input.path, input.raw!, (input.bom ? BOM : '') + result.fixed!.text, options);
    } catch (error) {
      throw new InputError(
        error instanceof ChangedSinceReadError || error instanceof RefusedError
          ? error.message
          : `${input.path}: cannot write: ${reason(error)}`,
      );
    }
    fixed += result.fixed!.count;
  }
  console.error(`mortgage-lens: fixed ${plural(fixed, 'finding')}`);
}

/** One input error for every file --fix refuses, each on its line, and that nothing was written. */
function refusedInputs(refusals: string[]): InputError {
  return new InputError([...refusals, '--fix wrote nothing'].join('\nmortgage-lens: '));
}

function notUtf8Refusal(input: ReadFile): string {
  return `${input.path}: not valid UTF-8 (${input.notUtf8}); not fixed, as writing it back would turn those bytes into U+FFFD (save it as UTF-8 first)`;
}

function notUtf8Warning(input: ReadFile, mode: Mode, fixable: boolean): string {
  const fix =
    mode === 'fix'
      ? ', and --fix leaves it alone'
      : mode === 'preview' && fixable
        ? ', and --fix would refuse it, so the diff leaves it out'
        : '';
  return `${input.path}: warning: not valid UTF-8 (${input.notUtf8}); read with each invalid byte as U+FFFD${fix}`;
}

function parseOptions(command: 'check' | 'terms', args: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        stdin: { type: 'boolean' },
        language: { type: 'string' },
        fix: { type: 'boolean' },
        'fix-read-only': { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        concurrency: { type: 'string' },
        'print-config': { type: 'boolean' },
        shard: { type: 'string' },
        merge: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(argumentProblem(error as Error & { code?: string }, KNOWN_OPTIONS));
  }
  const { values, positionals } = parsed;
  const formats = Object.keys(FORMATS[command]);
  const format = values.format ?? DEFAULT_FORMAT;
  if (!formats.includes(format)) throw new UsageError(`--format must be ${orList(formats)}, not "${format}"`);
  if (command === 'terms') {
    for (const option of [
      'fix',
      'fix-read-only',
      'fix-dry-run',
      'max-warnings',
      'print-config',
      'shard',
      'merge',
    ] as const)
      if (values[option] !== undefined) throw new UsageError(`--${option} goes with check, not terms`);
  }
  if (values['fix-read-only'] && !values.fix) throw new UsageError('--fix-read-only goes with --fix');
  if (values.fix && values['fix-dry-run'])
    throw new UsageError('give either --fix or --fix-dry-run, not both');
  if (values['fix-dry-run'] && values.format !== undefined)
    throw new UsageError('--fix-dry-run prints a diff and takes no --format');
  if (values.merge) {
    const other = ['stdin', 'fix', 'fix-dry-run', 'shard', 'print-config', 'language'].find(
      (o) => values[o as 'fix'] !== undefined,
    );
    if (other) throw new UsageError(`--merge reads reports and takes no --${other}`);
    if (positionals.length === 0) throw new UsageError('--merge needs the reports to merge');
  }
  if (values.shard !== undefined && values.stdin) throw new UsageError('--shard splits files, not --stdin');
  return {
    command,
    // --merge without --format prints what it merges: JSON from JSON reports, SARIF from SARIF logs.
    format: values.merge && values.format === undefined ? '' : format,
    files: positionals,
    stdin: values.stdin ?? false,
    language: values.language,
    fix: values.fix ?? false,
    fixReadOnly: values['fix-read-only'] ?? false,
    preview: values['fix-dry-run'] ?? false,
    maxWarnings: wholeNumber('--max-warnings', values['max-warnings']),
    concurrency:
      values.concurrency === undefined || values.concurrency === 'auto' || values.concurrency === 'off'
        ? ((values.concurrency ?? 'auto') as 'auto' | 'off')
        : positive('--concurrency', values.concurrency),
    printConfig: values['print-config'] ?? false,
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    merge: values.merge ?? false,
  };
}

function wholeNumber(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new UsageError(`${option} must be a whole number (0 or more), not "${value}"`);
  return Number(value);
}

function positive(option: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) === 0)
    throw new UsageError(`${option} must be a number of threads (1 or more), auto or off, not "${value}"`);
  return Number(value);
}

/** The files to analyse, read and in order, and the projects they belong to. */
function readInputs(
  options: Options,
  core: ProjectService,
): { inputs: ReadFile[]; projects: Map<string, Project> } {
  const { files, stdin, language } = options;
  if (stdin) {
    if (files.length > 0) throw new UsageError('give either --stdin or files, not both');
    if (!language) throw new UsageError('--stdin needs --language (markdown or plaintext)');
    if (!LANGUAGES.includes(language))
      throw new UsageError(`--language must be markdown or plaintext, not "${language}"`);
    const { text, invalid } = decodeUtf8(fs.readFileSync(0));
    const input = { path: STDIN, languageId: language, text: withoutBom(text), notUtf8: invalid };
    const project = core.projectOf(absolutePath(input));
    return { inputs: [input], projects: new Map([[project.configFile ?? '', project]]) };
  }
  if (language)
    throw new UsageError('--language goes with --stdin; files get their language from their extension');
  if (files.length === 0) throw new UsageError('no files given');
  const expansion = expandInputs(files, core);
  const { warnings, projects } = expansion;
  for (const warning of warnings) console.error(`mortgage-lens: ${warning}`);
  const shard = options.shard;
  const targets = shard ? expansion.targets.filter((t) => inShard(t.absolute, shard)) : expansion.targets;
  if (shard && targets.length === 0) console.error(`mortgage-lens: ${emptyShardNote(shard)}`);
  const inputs = targets.flatMap((target) => {
    let raw: Buffer;
    try {
      raw = fs.readFileSync(target.absolute);
    } catch (error) {
      throw new InputError(`${target.path}: cannot read: ${reason(error)}`);
    }
    // A file named on the command line may be anything; a NUL byte near the start is how git and
    // grep tell a binary file, which read as text would give nonsense findings or none.
    if (raw.subarray(0, BINARY_PROBE).includes(0)) {
      console.error(
        `mortgage-lens: ${target.path}: skipped: a binary file (a NUL byte in its first 8 KB), not text`,
      );
      return [];
    }
    const { text, invalid } = decodeUtf8(raw);
    return {
      path: target.path,
      languageId: target.languageId,
      text: withoutBom(text),
      raw,
      bom: text.startsWith(BOM),
      notUtf8: invalid,
    };
  });
  return { inputs, projects };
}

/** The distinct terms of a terms report, in order of first use, from each file's own glossary. */
function usedTerms(
  report: TermsReport,
  inputs: InputFile[],
  projects: Map<string, Project>,
  core: ProjectService,
): TermEntry[] {
  const used = new Map<string, TermEntry>();
  report.files.forEach((file, i) => {
    const glossary = core.projectOf(absolutePath(inputs[i])).glossary;
    for (const mention of file.terms) {
      if (used.has(mention.id)) continue;
      const entry =
        glossary.terms.find((t) => t.id === mention.id) ??
        [...projects.values()].flatMap((p) => p.glossary.terms).find((t) => t.id === mention.id);
      if (entry) used.set(mention.id, entry);
    }
  });
  return [...used.values()];
}

/** A rule as the catalog of the first project that has it describes it. */
function ruleEntry(id: string, projects: Map<string, Project>): RuleDescriptor | undefined {
  for (const project of projects.values()) {
    const rule = ruleCatalog(project.glossary.rules).find((r) => r.id === id);
    if (rule) return rule;
  }
  return undefined;
}

function service(): ProjectService {
  return createProjectService(loadBuiltInGlossary(), NODE_FS);
}

/** --print-config [path]: the configuration that applies to a file or folder, as JSON. */
function printConfig(core: ProjectService, target: string): number {
  const probe =
    fs.existsSync(target) && fs.statSync(target).isDirectory() ? path.join(target, 'probe.md') : target;
  const project = core.projectOf(path.resolve(probe));
  // Without a configuration file, the settings that apply are the defaults: show them.
  const settings = project.configFile === undefined ? defaultSettings(project) : project.config;
  console.log(JSON.stringify({ configFile: project.configFile ?? null, ...settings }, null, 2));
  const problems = errorsAfterWarnings(project.errors);
  if (problems.length > 0) {
    throw new InputError(`the configuration has errors:\n${problems.map(formatGlossaryError).join('\n')}`);
  }
  return 0;
}

/** What applies where no .mortgage-lens.json does: each rule at its default severity, and so on. */
function defaultSettings(project: Project): object {
  const rules = Object.fromEntries(ruleCatalog(project.glossary.rules).map((r) => [r.id, r.severity]));
  return { rules, languages: LANGUAGES, extensions: DEFAULT_EXTENSIONS, ignore: [], glossaries: [] };
}

/** What a format may need besides the report; `given` supplies what the run knows. */
function formatContext(given: Partial<Pick<FormatContext, 'ruleOf' | 'usedTerms'>>): FormatContext {
  return {
    colour: useColour(stdoutStream),
    ruleOf: () => undefined,
    version: VERSION,
    usedTerms: () => [],
    ...given,
  };
}

/** --merge: the reports as one, in the format asked (or their own), and the exit code of a check. */
function printMerged(options: Options): number {
  const merged = mergeReports(options.files);
  if (merged.kind === 'sarif') {
    if (options.format !== '' && options.format !== 'sarif')
      throw new UsageError(`SARIF logs merge into SARIF only, not --format ${options.format}`);
    print(JSON.stringify(merged.log, null, 2));
    const levels = merged.log.runs[0].results?.map((r) => r.level) ?? [];
    return levels.some((l) => l === 'error' || l === 'warning') ? 1 : 0;
  }
  const { report } = merged;
  if (options.format === 'sarif')
    throw new UsageError('JSON reports merge into json, text or github; merge SARIF logs for SARIF');
  print(FORMATS.check[options.format || 'json'](report, formatContext({})));
  return exitCode(report, options.maxWarnings);
}

/** Prints the warnings among `problems` to stderr; returns the errors. */
function errorsAfterWarnings(problems: GlossaryError[]): GlossaryError[] {
  for (const warning of problems.filter((p) => p.severity === 'warning'))
    console.error(`mortgage-lens: warning: ${formatGlossaryError(warning)}`);
  return problems.filter((p) => p.severity !== 'warning');
}

function print(output: string, end = '\n'): void {
  if (output) writeStdout(output + end);
}

/** What useColour reads of standard output, asked only when no environment variable decides. */
const stdoutStream = {
  get isTTY() {
    return stdoutIsTTY();
  },
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function orList(items: string[]): string {
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Runs the command line and sets the exit code; `workerScript` is the bundle's own file (see analyze.ts). */
export function runCli(argv: string[], workerScript: string): void {
  main(argv, workerScript).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        console.error(`mortgage-lens: ${error.message}`);
        console.error('Run mortgage-lens --help for usage.');
      } else if (error instanceof InputError) {
        console.error(`mortgage-lens: ${error.message}`);
      } else {
        console.error(`mortgage-lens: internal error: ${(error as Error).message}`);
      }
      process.exitCode = 2;
    },
  );
}

/** The worker side of a long run: analyses the files the main thread sends. */
export function runWorker(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parentPort, workerData } = require('node:worker_threads') as typeof Threads;
  serveAsWorker(service(), (workerData as { mode: Mode }).mode, parentPort!);
}
