// `npm run eval:reviews [-- --verbose]`: the rewordings independent reviewers judged (test/corpus/reviews, see
// its README) against what the engine offers now on the same sentences. Each reviewed rewording is now kept
// (offered unchanged), changed or withheld; a wrong one should be withheld, a right one kept. Prints the counts
// per set and in all; `--verbose` lists every rewording that is not kept, and every wrong one still offered.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../server/src/core/languageService';
import { loadBuiltInGlossary } from '../server/src/glossary/loadBuiltIn';

interface Reviewed {
  family: string;
  sentence: string;
  reworded: string;
  /** right, myth-remains, inaccurate or ungrammatical */
  verdict: string;
  note: string;
}

interface ReviewSet {
  set: string;
  rewordings: string;
  items: Reviewed[];
}

type Status = 'kept' | 'changed' | 'withheld';

const root = path.resolve(__dirname, '..', '..');
const folder = path.join(root, 'test', 'corpus', 'reviews');
const verbose = process.argv.includes('--verbose');
const service = createLanguageService(loadBuiltInGlossary());
let version = 0;

/** The rewording the engine offers now for the reviewed family's finding, if any. */
function offered(text: string, family: string): string | undefined {
  const uri = `file:///reviews/${++version}.txt`;
  const analysis = service.analyze(TextDocument.create(uri, 'plaintext', 1, text));
  service.forget(uri);
  const finding = analysis.findings.find((f) => f.rule.id === family && f.fix);
  const edit = finding?.fix?.edits[0];
  return edit && text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

function readSet(file: string): ReviewSet {
  const data = JSON.parse(gunzipSync(fs.readFileSync(file)).toString('utf8')) as ReviewSet;
  if (!Array.isArray(data.items)) throw new Error(`${file}: no items`);
  return data;
}

const total = new Map<string, number>();
const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const files = fs.readdirSync(folder).filter((name) => name.endsWith('.json.gz'));
for (const name of files.sort()) {
  const set = readSet(path.join(folder, name));
  const counts = new Map<string, number>();
  for (const item of set.items) {
    const now = offered(item.sentence, item.family);
    const status: Status = now === undefined ? 'withheld' : now === item.reworded ? 'kept' : 'changed';
    const judged = item.verdict === 'right' ? 'right' : 'wrong';
    count(counts, `${judged} ${status}`);
    count(total, `${judged} ${status}`);
    if (
      verbose &&
      (status !== 'kept' || judged === 'wrong') &&
      !(judged === 'wrong' && status === 'withheld')
    )
      process.stdout.write(
        `${set.set} ${item.verdict} ${status} [${item.family}]\n  ${item.sentence}\n  -> ${now ?? '(none)'}\n`,
      );
  }
  process.stdout.write(`${set.set} (${set.rewordings}): ${describe(counts)}\n`);
}
process.stdout.write(`all ${files.length} sets: ${describe(total)}\n`);

function describe(counts: Map<string, number>): string {
  const of = (key: string) => counts.get(key) ?? 0;
  const right = of('right kept') + of('right changed') + of('right withheld');
  const wrong = of('wrong kept') + of('wrong changed') + of('wrong withheld');
  return (
    `right ${right} (kept ${of('right kept')}, changed ${of('right changed')}, withheld ${of('right withheld')}); ` +
    `wrong ${wrong} (withheld ${of('wrong withheld')}, changed ${of('wrong changed')}, still offered ${of('wrong kept')})`
  );
}
