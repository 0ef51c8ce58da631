// `npm run eval`: precision and recall of the risky-claim rules on the labelled corpus in
// test/corpus (sentences and Markdown documents). `--verbose` lists every miss and false alarm.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../server/src/core/languageService';
import { loadBuiltInGlossary } from '../server/src/loadGlossary';

interface Item {
  text: string;
  family: string | null;
  kind: string;
  genre: string;
}

const root = path.resolve(__dirname, '../..');
const corpus = path.join(root, 'test/corpus');
const verbose = process.argv.includes('--verbose');
// Every third item is held out: tune on the rest (--verbose lists only their misses), and read the
// held-out figures to see whether a change generalises or only fits the examples looked at.
const heldOut = (i: number) => i % 3 === 2;
const service = createLanguageService(loadBuiltInGlossary());
let version = 0;
const findingsOf = (text: string, languageId: string) =>
  service.analyze(TextDocument.create(`eval:///${++version}`, languageId, version, text)).findings;

const score = { dev: { tp: 0, fp: 0, fn: 0 }, heldOut: { tp: 0, fp: 0, fn: 0 } };
let tp = 0;
let fp = 0;
let fn = 0;
const perFamily = new Map<string, { found: number; total: number }>();
const falseAlarmsByKind = new Map<string, number>();
const report: string[] = [];

// --corpus FILE scores another labelled set of the same format (an independent held-out corpus).
const other = process.argv.indexOf('--corpus');
const sentencesFile = other > 0 ? path.resolve(process.argv[other + 1]) : path.join(corpus, 'claims.yaml');
const items = parse(fs.readFileSync(sentencesFile, 'utf8')) as Item[];
items.forEach((item, i) => {
  const split = heldOut(i) ? score.heldOut : score.dev;
  const note = (line: string) => {
    if (!heldOut(i)) report.push(line);
  };
  const rules = findingsOf(item.text, 'plaintext').map((f) => f.rule.id);
  if (item.family) {
    const family = perFamily.get(item.family) ?? { found: 0, total: 0 };
    perFamily.set(item.family, family);
    family.total++;
    if (rules.includes(item.family)) {
      tp++;
      split.tp++;
      family.found++;
    } else {
      fn++;
      split.fn++;
      note(`MISS  [${item.family}] ${item.text}${rules.length ? `  (got ${rules.join(', ')})` : ''}`);
    }
  }
  const wrong = rules.filter((r) => r !== item.family);
  fp += wrong.length;
  split.fp += wrong.length;
  if (wrong.length > 0) {
    falseAlarmsByKind.set(item.kind, (falseAlarmsByKind.get(item.kind) ?? 0) + wrong.length);
    note(`FALSE [${wrong.join(', ')}] (${item.kind}) ${item.text}`);
  }
});

// Documents: each expected `name.md:line:rule` must be found on that line; anything else is a false alarm.
const docs = other > 0 ? path.join(path.dirname(sentencesFile), 'docs') : path.join(corpus, 'docs');
let docTp = 0;
let docFp = 0;
let docFn = 0;
for (const name of fs.existsSync(docs) ? fs.readdirSync(docs).filter((f) => f.endsWith('.md')) : []) {
  const text = fs.readFileSync(path.join(docs, name), 'utf8');
  const document = TextDocument.create(`eval:///${name}`, 'markdown', 1, text);
  const found = findingsOf(text, 'markdown').map(
    (f) => `${name}:${document.positionAt(f.start).line + 1}:${f.rule.id}`,
  );
  const expectedFile = path.join(docs, `${name}.expected`);
  const expected = fs.existsSync(expectedFile)
    ? fs.readFileSync(expectedFile, 'utf8').split('\n').filter(Boolean)
    : [];
  for (const e of expected) {
    if (found.includes(e)) docTp++;
    else {
      docFn++;
      report.push(`MISS  ${e}`);
    }
  }
  for (const f of found.filter((f) => !expected.includes(f))) {
    docFp++;
    report.push(`FALSE ${f}`);
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
if (verbose) console.log(report.join('\n') + '\n');
console.log(`sentences: ${items.length} items, ${tp + fn} risky`);
console.log(
  `  precision ${ratio(tp, tp + fp)}  recall ${ratio(tp, tp + fn)}  (TP ${tp}, FP ${fp}, FN ${fn})`,
);
for (const [family, { found, total }] of [...perFamily].sort()) {
  console.log(`  ${family.padEnd(28)} recall ${ratio(found, total)} (${found}/${total})`);
}
for (const [name, { tp: t, fp: f, fn: n }] of Object.entries(score)) {
  console.log(
    `  ${name === 'dev' ? 'tuned on (2/3)' : 'held out (1/3)'}: precision ${ratio(t, t + f)}  recall ${ratio(t, t + n)}`,
  );
}
console.log(
  `  false alarms by kind: ${[...falseAlarmsByKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`,
);
console.log(
  `documents: precision ${ratio(docTp, docTp + docFp)}  recall ${ratio(docTp, docTp + docFn)}  (TP ${docTp}, FP ${docFp}, FN ${docFn})`,
);
const allTp = tp + docTp;
console.log(
  `overall: precision ${ratio(allTp, allTp + fp + docFp)}  recall ${ratio(allTp, allTp + fn + docFn)}`,
);
