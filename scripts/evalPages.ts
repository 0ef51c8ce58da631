// `npm run eval:pages -- DIR [DIR…]`: the risky-claim rules on real web pages whose text is kept
// outside the repository (see test/corpus/real-pages/README.md). Each DIR holds `text/<n>.txt`
// (one page's text) and `labels.tsv` (`n`, `family`, `sentence`: the claims a reader labelled before
// any run). A finding is right when it falls on a labelled sentence of its family (the sentence's
// first 30 characters on the finding's line). Prints findings, right, precision, labelled claims
// found and recall per folder; `--verbose` lists every finding with its verdict, and every label not found.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../server/src/core/languageService';
import { loadBuiltInGlossary } from '../server/src/glossary/loadBuiltIn';

interface Label {
  page: string;
  family: string;
  sentence: string;
  /** "sure" or "unsure", as the reader marked it. */
  note: string;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const folders = args.filter((arg) => !arg.startsWith('--'));
if (folders.length === 0) {
  process.stderr.write('usage: npm run eval:pages -- DIR [DIR…] [--verbose]\n');
  process.exit(2);
}

const glossary = loadBuiltInGlossary();
const service = createLanguageService(glossary);
const ruleIds = new Set(glossary.rules.map((rule) => rule.id));
let version = 0;

function readLabels(folder: string): Label[] {
  const file = path.join(folder, 'labels.tsv');
  if (!fs.existsSync(file)) throw new Error(`${file}: no labels.tsv (columns n, family, sentence)`);
  const rows = fs.readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean);
  return rows.map((row, i) => {
    const [page, family, sentence, note = ''] = row.split('\t');
    if (!page || !family || sentence === undefined)
      throw new Error(`${file}:${i + 2}: expected n, family and sentence separated by tabs`);
    return { page, family, sentence, note };
  });
}

let failed = false;
for (const folder of folders) {
  try {
    const labels = readLabels(folder);
    const textDir = path.join(folder, 'text');
    const pages = fs
      .readdirSync(textDir)
      .filter((name) => name.endsWith('.txt'))
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    let findings = 0;
    let right = 0;
    const found = new Set<number>();
    for (const name of pages) {
      const page = name.replace(/\.txt$/, '');
      const text = fs.readFileSync(path.join(textDir, name), 'utf8');
      const lines = text.split('\n');
      const document = TextDocument.create(`page:///${++version}`, 'plaintext', version, text);
      for (const diagnostic of service.diagnostics(document)) {
        const rule = String(diagnostic.code);
        if (!ruleIds.has(rule)) continue;
        findings++;
        const line = lines[diagnostic.range.start.line] ?? '';
        const label = labels.findIndex(
          (l) => l.page === page && l.family === rule && line.includes(l.sentence.slice(0, 30)),
        );
        if (label >= 0) {
          right++;
          found.add(label);
        }
        if (verbose) {
          const { start, end } = diagnostic.range;
          const excerpt = line
            .slice(Math.max(0, start.character - 40), end.character + 40)
            .replace(/\s+/g, ' ');
          process.stdout.write(`${label >= 0 ? 'right' : 'WRONG'}  ${page}  ${rule}  …${excerpt}…\n`);
        }
      }
    }
    if (verbose)
      labels.forEach((label, i) => {
        if (!found.has(i))
          process.stdout.write(
            `missed  ${label.page}  ${label.family}  ${label.note || 'unmarked'}  ${label.sentence}\n`,
          );
      });
    const ratio = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(3));
    process.stdout.write(
      `${folder}: ${pages.length} pages; findings ${findings}, right ${right}, precision ${ratio(right, findings)}; ` +
        `labelled claims ${labels.length}, found ${found.size}, recall ${ratio(found.size, labels.length)}\n`,
    );
  } catch (error) {
    failed = true;
    process.stderr.write(`${folder}: ${(error as Error).message}\n`);
  }
}
process.exit(failed ? 1 : 0);
