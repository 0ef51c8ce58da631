// The labelled corpus as eval.ts and train.ts read it: writers' folders under test/corpus/writers,
// sealed and spent writers as compressed bundles under test/corpus/sealed, and the split by writer.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';

export interface Item {
  text: string;
  family: string | null;
  kind: string;
  genre?: string;
}
export interface Doc {
  name: string;
  text: string;
  expected: string[];
}
export interface Corpus {
  name: string;
  items: Item[];
  docs: Doc[];
}

export const root = path.resolve(__dirname, '../..');

/** Sentence counts: a family found or missed, and every finding of another rule a false alarm. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts one item's findings (`rules`) against its family; returns the rules that were false alarms. */
export function countItem(counts: Counts, family: string | null, rules: readonly string[]): string[] {
  if (family) {
    if (rules.includes(family)) counts.tp++;
    else counts.fn++;
  }
  const wrong = rules.filter((rule) => rule !== family);
  counts.fp += wrong.length;
  return wrong;
}
export const corpusRoot = path.join(root, 'test/corpus');
export const writersRoot = path.join(corpusRoot, 'writers');
const sealedRoot = path.join(corpusRoot, 'sealed');

export function readCorpus(
  name: string,
  folder: string,
  sentences = path.join(folder, 'sentences.yaml'),
): Corpus {
  const items = parse(fs.readFileSync(sentences, 'utf8')) as Item[];
  const docsFolder = path.join(folder, 'docs');
  const docs = fs.existsSync(docsFolder)
    ? fs
        .readdirSync(docsFolder)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => ({
          name: f,
          text: fs.readFileSync(path.join(docsFolder, f), 'utf8'),
          expected: expectedOf(path.join(docsFolder, `${f}.expected`)),
        }))
    : [];
  return { name, items, docs };
}

function expectedOf(file: string): string[] {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

/** A writer's corpus, from its folder or, for a sealed or spent writer, its bundle; undefined if neither. */
export function readWriter(writer: string): Corpus | undefined {
  const folder = path.join(writersRoot, writer);
  if (fs.existsSync(path.join(folder, 'sentences.yaml'))) return readCorpus(writer, folder);
  const bundle = path.join(sealedRoot, `${writer}.json.gz`);
  if (!fs.existsSync(bundle)) return undefined;
  const read = JSON.parse(gunzipSync(fs.readFileSync(bundle)).toString('utf8')) as {
    items: Item[];
    docs: Doc[];
  };
  return { name: writer, ...read };
}

/** The writers of each part: train, dev, sealed, spent, reserved (split.yaml). */
export function readSplit(): Record<string, string[]> {
  const file = path.join(writersRoot, 'split.yaml');
  return fs.existsSync(file) ? (parse(fs.readFileSync(file, 'utf8')) as Record<string, string[]>) : {};
}
