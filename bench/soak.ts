// `npm run bench:soak`: 100,000 edits to a 1 MB Markdown document through the real language server
// (dist/server.js over stdio), as a writer's long session would send them: typing and backspacing
// at a moving cursor, pastes and cuts elsewhere, in bursts of one to ten changes per notification.
// Every 2,000 edits it waits for the diagnostics of the current version (a full check of the
// document) and asks for a hover and the fix-all action, so analysis runs throughout. It reports
// the server's memory (RSS) after warm-up and at the end, the growth, and the peak, checks the final
// diagnostics against a full analysis by the core, and exits 1 when the server died, diverged, or
// grew more than the bound. The server runs with a capped heap, so a leak ends it, not the machine.
// MORTGAGE_LENS_SOAK_EDITS=5000 runs a shorter session.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  HoverRequest,
  type Position,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../server/src/core/languageService';
import { loadBuiltInGlossary } from '../server/src/glossary/loadBuiltIn';
import { startServer, withTimeout, type LspClient } from '../test/lsp/lspClient';
import { generateDocument, Rng } from './corpus';

const EDITS = Number(process.env.MORTGAGE_LENS_SOAK_EDITS ?? 100_000);
const DOCUMENT_BYTES = 1024 * 1024;
const CHECK_EVERY = 2_000;
const SEED = 20250607;
/** Allowed RSS growth from the warmed-up server to the end of the session. */
const GROWTH_BOUND_MB = 64;
/** The server's V8 heap cap: a leak makes it crash here rather than swap the machine. */
const HEAP_CAP_MB = 512;
const URI = 'file:///mortgage-lens-soak/long-session.md';
const RESULTS = path.resolve(__dirname, '../../bench/results/soak.json');

const TYPED = 'abcdefghijklmnopqrstuvwxyz     ,.'.split('').concat(['\n', '\n\n', '😀', 'é', '’']);
const PASTES = [
  'Foreclosure erases all debt. ',
  'A short sale is just another type of foreclosure. ',
  'Lenders may seek a deficiency judgment in some states. ',
  'A loan modification wipes out your arrears. ',
  '\n\nForbearance pauses payments; it does not forgive them.\n\n',
  '"Borrower" means the person who signs the Note. ',
  '`inline code` and a [link](https://example.com/). ',
];

/**
 * The client's copy of the text as lines, so that an edit costs the length of a line, not of the
 * document (the server's copy is a TextDocument, as in every Node language server).
 */
class Lines {
  private readonly lines: string[];
  cursor: Position;

  constructor(text: string, rng: Rng) {
    this.lines = text.split('\n');
    const line = rng.int(this.lines.length);
    this.cursor = { line, character: rng.int(this.lines[line].length + 1) };
  }

  text(): string {
    return this.lines.join('\n');
  }

  get length(): number {
    return this.lines.reduce((n, l) => n + l.length + 1, -1);
  }

  /** Inserts `text` at `at` and puts the cursor after it. */
  insert(at: Position, text: string): TextDocumentContentChangeEvent {
    const line = this.lines[at.line];
    const parts = text.split('\n');
    const before = line.slice(0, at.character);
    const after = line.slice(at.character);
    parts[0] = before + parts[0];
    const last = parts.length - 1;
    const character = parts[last].length;
    parts[last] += after;
    this.lines.splice(at.line, 1, ...parts);
    this.cursor = { line: at.line + last, character: last === 0 ? at.character + text.length : character };
    return { range: { start: at, end: at }, text };
  }

  /** Deletes from `start` to `end` (on one line, or the line break between two) and puts the cursor there. */
  delete(start: Position, end: Position): TextDocumentContentChangeEvent {
    if (start.line === end.line) {
      const line = this.lines[start.line];
      this.lines[start.line] = line.slice(0, start.character) + line.slice(end.character);
    } else {
      this.lines.splice(start.line, 2, this.lines[start.line] + this.lines[end.line].slice(end.character));
    }
    this.cursor = start;
    return { range: { start, end }, text: '' };
  }

  /** One edit: typing and backspace at the cursor, pastes and cuts anywhere. */
  edit(rng: Rng): TextDocumentContentChangeEvent {
    const { line, character } = this.cursor;
    const roll = rng.next();
    if (roll < 0.6) return this.insert(this.cursor, rng.pick(TYPED));
    if (roll < 0.85) {
      if (character > 0) return this.delete({ line, character: character - 1 }, this.cursor);
      if (line > 0)
        return this.delete({ line: line - 1, character: this.lines[line - 1].length }, this.cursor);
      return this.insert(this.cursor, rng.pick(TYPED));
    }
    const at = rng.int(this.lines.length);
    const length = this.lines[at].length;
    const start = { line: at, character: rng.int(length + 1) };
    if (roll < 0.92) return this.insert(start, rng.pick(PASTES));
    const cut = Math.min(rng.between(10, 50), length - start.character);
    if (cut > 0) return this.delete(start, { line: at, character: start.character + cut });
    if (at + 1 < this.lines.length) return this.delete(start, { line: at + 1, character: 0 });
    return this.insert(start, rng.pick(PASTES));
  }
}

function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Keeps the text a failure happened on, to reproduce it. */
function saveFailure(text: string): string {
  const file = path.join(path.dirname(RESULTS), 'soak-failure.md');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return path.relative(process.cwd(), file);
}

const mb = (n: number) => `${n.toFixed(1)} MB`;

async function main(): Promise<number> {
  if (!fs.existsSync('/proc/self/status')) {
    console.log('soak: SKIPPED (reads memory from /proc, which this platform lacks)');
    return 0;
  }
  const glossary = loadBuiltInGlossary();
  const text = generateDocument(glossary, 'markdown', DOCUMENT_BYTES, SEED).replace(/\r\n?/g, '\n');
  const client: LspClient = startServer([`--max-old-space-size=${HEAP_CAP_MB}`, 'dist/server.js', '--stdio']);
  const pid = client.child.pid!;
  const log: string[] = [];
  client.connection.onNotification('window/logMessage', (params: { message: string }) => {
    log.push(params.message);
  });
  const rng = new Rng(SEED);
  const lines = new Lines(text, rng);
  const started = performance.now();
  try {
    await client.initialize();
    const idle = memoryOf(pid);
    await client.open(URI, text, 'markdown', 1);
    let last: PublishDiagnosticsParams = await client.waitForVersion(URI, 1, 60_000);
    const opened = memoryOf(pid);

    const series: { edits: number; rssMB: number; checkMs: number; length: number }[] = [];
    let version = 1;
    let sent = 0;
    let warm = opened;
    while (sent < EDITS) {
      const burst = Math.min(rng.between(1, 10), EDITS - sent);
      const changes = Array.from({ length: burst }, () => lines.edit(rng));
      version++;
      sent += burst;
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: URI, version },
        contentChanges: changes,
      });
      const checkpoint = Math.floor(sent / CHECK_EVERY) > Math.floor((sent - burst) / CHECK_EVERY);
      if (!checkpoint && sent < EDITS) continue;
      // The server checks the current text, and answers a hover and the fix-all action.
      const checkStart = performance.now();
      last = await client.waitForVersion(URI, version, 60_000);
      const checkMs = performance.now() - checkStart;
      const position = lines.cursor;
      await withTimeout(
        client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position }),
        30_000,
        'a hover',
      );
      await withTimeout(
        client.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri: URI },
          range: { start: position, end: position },
          context: { diagnostics: [], only: ['source.fixAll'] },
        }),
        30_000,
        'the fix-all action',
      );
      const { rss } = memoryOf(pid);
      series.push({ edits: sent, rssMB: rss, checkMs, length: lines.length });
      if (series.length === 2) warm = memoryOf(pid); // caches and JIT have settled by now
      process.stderr.write(`· ${sent} edits, ${mb(rss)}, check ${checkMs.toFixed(0)} ms\n`);
    }

    // The loop ends on a checkpoint: `last` holds the diagnostics of the final version.
    const end = memoryOf(pid);
    const final = lines.text();
    const expected = createLanguageService(glossary).diagnostics(
      TextDocument.create('file:///expected.md', 'markdown', 1, final),
    );
    const same =
      JSON.stringify(last.diagnostics.map((d) => [d.code, d.range])) ===
      JSON.stringify(expected.map((d) => [d.code, d.range]));
    const growth = end.rss - warm.rss;
    const seconds = (performance.now() - started) / 1000;
    const alive = client.child.exitCode === null && client.child.signalCode === null;
    const result = {
      edits: sent,
      notifications: version - 1,
      seconds,
      documentLength: { start: text.length, end: final.length },
      rssMB: { idle: idle.rss, opened: opened.rss, warm: warm.rss, end: end.rss, peak: end.peak },
      growthMB: growth,
      growthBoundMB: GROWTH_BOUND_MB,
      finalDiagnostics: last.diagnostics.length,
      matchesFullAnalysis: same,
      checkpoints: series,
    };
    fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
    fs.writeFileSync(RESULTS, JSON.stringify(result, null, 2) + '\n');
    if (!same) saveFailure(final);

    console.log(
      [
        `soak: ${sent} edits in ${version - 1} notifications to a ${(text.length / 1024 / 1024).toFixed(2)} MB document, ${seconds.toFixed(1)} s`,
        `  server RSS: idle ${mb(idle.rss)}, opened ${mb(opened.rss)}, warmed up ${mb(warm.rss)}, end ${mb(end.rss)}, peak ${mb(end.peak)}`,
        `  growth after warm-up: ${mb(growth)} (bound ${GROWTH_BOUND_MB} MB) ${growth <= GROWTH_BOUND_MB ? 'PASS' : 'MISS'}`,
        `  final diagnostics (${last.diagnostics.length}) equal a full analysis of the final text: ${same ? 'yes' : 'NO'}`,
        `  server alive at the end: ${alive ? 'yes' : 'NO'}`,
        `  saved ${path.relative(process.cwd(), RESULTS)}`,
      ].join('\n'),
    );
    return alive && same && growth <= GROWTH_BOUND_MB ? 0 : 1;
  } catch (error) {
    console.error(
      `soak: FAILED: ${(error as Error).message} (the text is saved in ${saveFailure(lines.text())})\n` +
        `server stderr: ${client.stderr.slice(-2000)}\nserver log: ${log.join('\n').slice(-4000)}`,
    );
    return 1;
  } finally {
    await client.shutdown().catch(() => undefined);
    await client.dispose();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
