// Documents under the 5 MB limit that are one long block each (issue 18, item 7): a list of a million
// items, a paragraph of a million lines, a table. The server must read a keystroke in them within the
// keystroke budget, as it does in ordinary documents. Each is measured in a server of its own, so its
// peak memory is that document's. Run alone: node scripts/build.mjs && node out/bench/blocks.js
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Rng } from './corpus';
import { keystrokes, memoryOf, ownTime, started, stop, timings, type KeystrokeResult } from './server';
import { ms, round, table } from './stats';

export interface BlockShape {
  name: string;
  text: () => string;
  /** Where the keystrokes go: inside an item, a line or a cell near the middle. */
  at: (text: string) => number;
  /** The keystroke budget (README, Performance): 5 ms to 1 MB, 10 ms beyond. */
  budgetMs: number;
}

const middleLine = (text: string) => text.lastIndexOf('\n', text.length >> 1) + 1;

export const BLOCK_SHAPES: BlockShape[] = [
  {
    name: '4 MB list of 1M items',
    text: () => '- a\n'.repeat(1 << 20),
    at: (text) => middleLine(text) + 2,
    budgetMs: 10,
  },
  {
    name: '1 MB list of 256K items',
    text: () => '- a\n'.repeat(1 << 18),
    at: (text) => middleLine(text) + 2,
    budgetMs: 5,
  },
  {
    name: '2 MB paragraph of 1M lines',
    text: () => 'a\n'.repeat(1 << 20),
    at: middleLine,
    budgetMs: 10,
  },
  {
    name: '5 MB table',
    text: () => {
      const parts = ['| Row | Term | Note |\n|---:|---|---|\n'];
      let length = parts[0].length;
      for (let i = 0; length < 5_000_000; i++) {
        const row = `| ${i} | foreclosure | a note on the loan |\n`;
        parts.push(row);
        length += row.length;
      }
      return parts.join('');
    },
    at: (text) => middleLine(text) + 2,
    budgetMs: 10,
  },
];

export interface BlockResult {
  name: string;
  bytes: number;
  budgetMs: number;
  /** didOpen → diagnostics, and the server's longest reading step meanwhile */
  openMs?: number;
  longestStepMs?: number;
  keystroke?: KeystrokeResult;
  /** VmHWM of the server process that read only this document */
  peakRssMB?: number | null;
  error?: string;
}

const WAIT_MS = 120_000;

export async function measureBlocks(
  server: string,
  progress: (s: string) => void,
  shapes = BLOCK_SHAPES,
): Promise<BlockResult[]> {
  const results: BlockResult[] = [];
  const rng = new Rng(18);
  for (const shape of shapes) {
    progress(`long blocks: ${shape.name}`);
    const text = shape.text();
    const result: BlockResult = {
      name: shape.name,
      bytes: Buffer.byteLength(text),
      budgetMs: shape.budgetMs,
    };
    const { client } = await started(server);
    try {
      const uri = `file:///bench/block-${results.length}.md`;
      const start = performance.now();
      await client.open(uri, text, 'markdown', 1);
      await client.waitForVersion(uri, 1, WAIT_MS);
      result.openMs = round(performance.now() - start);
      ownTime(client, 'diagnostics', uri, 1); // throws if the server did not check the document
      const steps = timings.get(client)!.filter((t) => t.kind === 'prepare' && t.uri === uri);
      result.longestStepMs = round(Math.max(0, ...steps.map((t) => t.ms)));
      // Typed at one place, as a writer types: offsets further on move with every character.
      result.keystroke = await keystrokes(client, uri, 20, rng, 10, [shape.at(text)]);
      result.peakRssMB = memoryOf(client.child.pid).peak;
    } catch (error) {
      result.error = error instanceof Error ? error.message : String(error);
      progress(`long blocks: ${shape.name}: ${result.error}`);
    }
    await stop(client);
    results.push(result);
  }
  return results;
}

export function blockRows(results: BlockResult[]): string[][] {
  return results.map((r) =>
    r.error
      ? [r.name, 'failed', r.error]
      : [
          r.name,
          ms(r.keystroke?.totalMs),
          `keystroke (server time, median; p90 ${ms(r.keystroke?.totalP90Ms)}` +
            `${r.keystroke?.stepsMs ? `; of it, reading in steps ${ms(r.keystroke.stepsMs)}` : ''}); ` +
            `open → diagnostics ${ms(r.openMs)}, ` +
            `longest reading step ${ms(r.longestStepMs)}; peak RSS ${r.peakRssMB ?? '—'} MB`,
        ],
  );
}

if (require.main === module) {
  const server = path.resolve(__dirname, '../../dist/server.js');
  const only = process.argv.slice(2);
  const shapes = only.length ? BLOCK_SHAPES.filter((s) => only.some((o) => s.name.includes(o))) : undefined;
  measureBlocks(server, (s) => process.stderr.write(`· ${s}\n`), shapes)
    .then((results) => {
      process.stdout.write(`${table(['document', 'keystroke', 'detail'], blockRows(results))}\n`);
      process.stdout.write(`${JSON.stringify(results)}\n`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
