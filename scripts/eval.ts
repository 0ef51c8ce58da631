// `npm run eval`: precision and recall of the risky-claim rules on labelled text (sentences and
// Markdown documents), split by writer so that figures measure text the rules were not tuned on.
//
// - The team's own corpus (test/corpus/claims.yaml, docs/): every third item is held out.
// - Independent writers (test/corpus/writers/<id>/, split in test/corpus/writers/split.yaml): the
//   train writers' items may be read while building (`--verbose` lists their misses and false
//   alarms); the dev writers' figures are printed, never their items.
// - Sealed writers (test/corpus/sealed/<id>.json.gz): scored only with `--sealed`, which prints
//   aggregate figures and nothing else. Run it once, at the end of a piece of work, and report it.
//
// `--corpus FILE` scores another labelled sentence file of the same format. `--rewordings FILE` writes
// each offered rewording of a scored sentence (the sentence, its family, the reworded sentence, and
// whether the reworded sentence is flagged again) as JSON lines to FILE, for a reviewer; the run
// prints only their counts, so a sealed run's rewordings can be reviewed without showing them here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../server/src/core/languageService';
import { loadBuiltInGlossary } from '../server/src/glossary/loadBuiltIn';
import { proseOf } from '../server/src/core/text/markup';
import { sentenceFirst, tokenize } from '../server/src/core/text/tokens';
import { corpusRoot, countItem, readCorpus, readSplit, readWriter, type Corpus } from './corpus';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  docTp: number;
  docFp: number;
  docFn: number;
  families: Map<string, { found: number; total: number }>;
  falseAlarms: Map<string, number>;
}

const verbose = process.argv.includes('--verbose');
const sealed = process.argv.includes('--sealed');
const rewordingsAt = process.argv.indexOf('--rewordings');
const rewordingsFile = rewordingsAt >= 0 ? path.resolve(process.argv[rewordingsAt + 1]) : undefined;
const rewordings: { family: string; sentence: string; reworded: string; flaggedAgain: boolean }[] = [];

const glossary = loadBuiltInGlossary();
const service = createLanguageService(glossary);
const abbreviations = new Set(glossary.language.abbreviations);
let version = 0;
const findingsOf = (text: string, languageId: string) =>
  service
    .analyze(TextDocument.create(`eval:///${++version}`, languageId, version, text))
    .findings.filter((f) => f.rule.kind === 'claim');

const newTally = (): Tally => ({
  tp: 0,
  fp: 0,
  fn: 0,
  docTp: 0,
  docFp: 0,
  docFn: 0,
  families: new Map(),
  falseAlarms: new Map(),
});

/** Scores a corpus into `tally`; `note` receives a line per miss and false alarm. */
function score(
  corpus: Corpus,
  tally: Tally,
  note: (line: string) => void,
  itemFilter = (_i: number) => true,
) {
  corpus.items.forEach((item, i) => {
    if (!itemFilter(i)) return;
    const findings = findingsOf(item.text, 'plaintext');
    const rules = findings.map((f) => f.rule.id);
    if (rewordingsFile)
      for (const { rule, fix: found } of findings) {
        if (!found) continue;
        const [fix] = found.edits;
        const reworded = item.text.slice(0, fix.start) + fix.newText + item.text.slice(fix.end);
        // Flagged again where the edit stands: another sentence of the item keeps its own finding.
        const editEnd = fix.start + fix.newText.length;
        const flaggedAgain = findingsOf(reworded, 'plaintext').some(
          (again) => again.start < editEnd && again.end > fix.start,
        );
        rewordings.push({ family: rule.id, sentence: item.text, reworded, flaggedAgain });
      }
    const wrong = countItem(tally, item.family, rules);
    if (item.family) {
      const family = tally.families.get(item.family) ?? { found: 0, total: 0 };
      tally.families.set(item.family, family);
      family.total++;
      if (rules.includes(item.family)) family.found++;
      else note(`MISS  [${item.family}] ${item.text}${rules.length ? `  (got ${rules.join(', ')})` : ''}`);
    }
    if (wrong.length > 0) {
      tally.falseAlarms.set(item.kind, (tally.falseAlarms.get(item.kind) ?? 0) + wrong.length);
      note(`FALSE [${wrong.join(', ')}] (${item.kind}) ${item.text}`);
    }
  });
  for (const doc of corpus.docs) {
    const document = TextDocument.create(`eval:///${doc.name}`, 'markdown', 1, doc.text);
    // The writers name the line where the claim's sentence starts; a finding starts at the claim's
    // first word, which in a wrapped paragraph may stand on a later line of the same sentence.
    const sentenceStart = sentenceStarts(doc.text);
    const found = findingsOf(doc.text, 'markdown').map((f) =>
      [f.start, sentenceStart(f.start)].map(
        (offset) => `${doc.name}:${document.positionAt(offset).line + 1}:${f.rule.id}`,
      ),
    );
    for (const e of doc.expected) {
      if (found.some((keys) => keys.includes(e))) tally.docTp++;
      else {
        tally.docFn++;
        note(`MISS  ${corpus.name}/${e}`);
      }
    }
    for (const keys of found.filter((keys) => !keys.some((key) => doc.expected.includes(key)))) {
      tally.docFp++;
      note(`FALSE ${corpus.name}/${keys[0]}`);
    }
  }
}

/** Where the sentence holding `offset` starts, as the checker splits a Markdown text into sentences. */
function sentenceStarts(text: string): (offset: number) => number {
  const tokens = tokenize(proseOf(text, 'markdown'), abbreviations);
  return (offset) => {
    let k = 0;
    while (k + 1 < tokens.count && tokens.starts[k + 1] <= offset) k++;
    let i = 0;
    while (tokens.sentenceEnds[i] <= k) i++;
    return tokens.starts[sentenceFirst(tokens, i)];
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));

function print(title: string, t: Tally, perFamily: boolean) {
  const risky = t.tp + t.fn;
  console.log(`${title}`);
  console.log(
    `  sentences: precision ${ratio(t.tp, t.tp + t.fp)}  recall ${ratio(t.tp, risky)}  (TP ${t.tp}, FP ${t.fp}, FN ${t.fn})`,
  );
  if (t.docTp + t.docFn + t.docFp > 0)
    console.log(
      `  documents: precision ${ratio(t.docTp, t.docTp + t.docFp)}  recall ${ratio(t.docTp, t.docTp + t.docFn)}  (TP ${t.docTp}, FP ${t.docFp}, FN ${t.docFn})`,
    );
  if (perFamily)
    for (const [family, { found, total }] of [...t.families].sort())
      console.log(`    ${family.padEnd(28)} recall ${ratio(found, total)} (${found}/${total})`);
  if (t.falseAlarms.size > 0)
    console.log(`  false alarms by kind: ${[...t.falseAlarms].map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

/** Writes the rewordings offered on the scored sentences, if asked, and prints their counts. */
function writeRewordings() {
  if (!rewordingsFile) return;
  fs.writeFileSync(rewordingsFile, rewordings.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const again = rewordings.filter((r) => r.flaggedAgain).length;
  console.log(
    `rewordings offered: ${rewordings.length}; flagged again: ${again} (written to ${rewordingsFile})`,
  );
}

const report: string[] = [];
const other = process.argv.indexOf('--corpus');
if (other > 0) {
  const file = path.resolve(process.argv[other + 1]);
  const corpus = readCorpus(path.basename(file), path.dirname(file), file);
  const tally = newTally();
  score(corpus, tally, (line) => report.push(line));
  if (verbose) console.log(report.join('\n') + '\n');
  print(`${file}: ${corpus.items.length} items`, tally, true);
  writeRewordings();
  process.exit(0);
}

// The team's own corpus: tune on two thirds, read the held-out third's figures only.
const own = readCorpus('own', corpusRoot, path.join(corpusRoot, 'claims.yaml'));
const ownTuned = newTally();
const ownHeld = newTally();
score(
  { ...own, docs: own.docs },
  ownTuned,
  (line) => report.push(line),
  (i) => i % 3 !== 2,
);
score(
  { ...own, docs: [] },
  ownHeld,
  () => {},
  (i) => i % 3 === 2,
);

// Independent writers, by split.
const split = readSplit();
const tallies: Record<string, Tally> = {};
const sizes: Record<string, { writers: string[]; items: number; docs: number }> = {};
for (const [name, writers] of Object.entries(split)) {
  if (name === 'sealed' && !sealed) continue;
  // Spent sealed writers were scored once; scoring them again would invite tuning on them.
  // Reserved writers are sealed for a later measurement: not scored until they become the sealed pair.
  if (name === 'spent' || name === 'reserved' || writers.length === 0) continue;
  const tally = (tallies[name] = newTally());
  sizes[name] = { writers, items: 0, docs: 0 };
  for (const writer of writers) {
    const corpus = readWriter(writer);
    if (!corpus) {
      console.log(`(${name} writer ${writer}: no data yet)`);
      continue;
    }
    sizes[name].items += corpus.items.length;
    sizes[name].docs += corpus.docs.length;
    // Only the train writers' items may be read; dev and sealed give figures only.
    score(corpus, tally, name === 'train' ? (line) => report.push(`${writer}: ${line}`) : () => {});
  }
}

if (verbose) console.log(report.join('\n') + '\n');
print(
  `own corpus (${own.items.length} items, ${own.docs.length} documents), tuned on two thirds:`,
  ownTuned,
  true,
);
print('own corpus, held-out third:', ownHeld, false);
for (const [name, tally] of Object.entries(tallies)) {
  const { writers, items, docs } = sizes[name];
  print(`${name} writers ${writers.join(', ')} (${items} items, ${docs} documents):`, tally, true);
}
if (!sealed && split.sealed?.length)
  console.log(
    `sealed writers ${split.sealed.join(', ')}: not scored (npm run eval -- --sealed, once, at the end)`,
  );

writeRewordings();
