// The glossary as data: the built-in entries are valid and linked both ways, and a bad entry is
// reported with its file, line, column and reason.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  compileGlossary,
  formatGlossaryError,
  type GlossaryInput,
} from '../../server/src/glossary/compileGlossary';
import { glossaryPage } from '../../server/src/core/render/glossaryPage';
import { readGlossaryFolder } from '../../server/src/glossary/glossaryFolder';
import { NODE_FS } from '../../server/src/project/nodeFs';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../../..');
const folder = path.join(root, 'glossary');
const schemas = {
  term: JSON.parse(fs.readFileSync(path.join(folder, 'schema/term.schema.json'), 'utf8')),
  rule: JSON.parse(fs.readFileSync(path.join(folder, 'schema/rule.schema.json'), 'utf8')),
  language: JSON.parse(fs.readFileSync(path.join(folder, 'schema/language.schema.json'), 'utf8')),
};
const read = (file: string) => ({
  path: `glossary/${file}`,
  text: fs.readFileSync(path.join(folder, file), 'utf8'),
});

/** The real glossary with one term file replaced by `text`. */
function withTerm(text: string, name = 'short-sale.yaml'): GlossaryInput {
  const terms = fs
    .readdirSync(path.join(folder, 'terms'))
    .map((f) => (f === name ? { path: `glossary/terms/${f}`, text } : read(`terms/${f}`)));
  return { terms, rules: [read('rules/foreclosure-erases-debt.yaml')], language: read('language.yaml') };
}

function errorsFor(input: GlossaryInput): string[] {
  return compileGlossary(input, schemas).errors.map(formatGlossaryError);
}

const shortSale = fs.readFileSync(path.join(folder, 'terms/short-sale.yaml'), 'utf8');

describe('glossary data', () => {
  const result = readGlossaryFolder(NODE_FS, folder, root);

  it('compiles without errors', () => {
    assert.deepEqual(result.errors.map(formatGlossaryError), []);
  });

  it('explains every difference in both directions', () => {
    const terms = new Map(result.bundle!.terms.map((t) => [t.id, t]));
    for (const term of terms.values()) {
      for (const { term: other } of term.differs_from) {
        const back = terms.get(other)!.differs_from.some((d) => d.term === term.id);
        assert.ok(back, `${other} should say how it differs from ${term.id}`);
      }
    }
  });

  it('does not let two terms claim the same name', () => {
    const owner = new Map<string, string>();
    for (const term of result.bundle!.terms) {
      for (const name of [term.term, ...(term.aliases ?? [])]) {
        const key = name.toLowerCase().replace(/-/g, ' ');
        assert.ok(
          !owner.has(key) || owner.get(key) === term.id,
          `"${name}" is claimed by ${owner.get(key)} and ${term.id}`,
        );
        owner.set(key, term.id);
      }
    }
  });

  it('reports a YAML syntax error with file, line and column', () => {
    const [error] = errorsFor(withTerm(shortSale.replace('definition: >-', 'definition: [unclosed')));
    assert.match(error, /^glossary\/terms\/short-sale\.yaml:\d+:\d+: YAML syntax: /);
  });

  it('reports a schema violation at the offending line', () => {
    const text = shortSale.replace(/^id: short-sale$/m, 'id: short-sale\ncolour: blue');
    const line = text.split('\n').indexOf('colour: blue') + 1;
    assert.deepEqual(errorsFor(withTerm(text)), [
      `glossary/terms/short-sale.yaml:${line}:1: entry must NOT have additional properties ("colour")`,
    ]);
  });

  it('reports a concept phrase with a comma, which could never match, at its line', () => {
    const language = read('language.yaml');
    const text = language.text.replace(
      /^( {6}- as payment in full)$/m,
      '$1\n      - takes the loss, not you',
    );
    const line = text.split('\n').indexOf('      - takes the loss, not you') + 1;
    assert.deepEqual(errorsFor({ ...withTerm(shortSale), language: { ...language, text } }), [
      `glossary/language.yaml:${line}:9: concepts.debt-cleared.phrases.26 must match pattern "^[^,;]*$"`,
    ]);
  });

  it('reports a missing required field at its parent', () => {
    const text = shortSale.replace(/^definition: >-\n( {2}.*\n)+/m, '');
    const entryLine = text.split('\n').indexOf('id: short-sale') + 1;
    assert.deepEqual(errorsFor(withTerm(text)), [
      `glossary/terms/short-sale.yaml:${entryLine}:1: entry must have required property 'definition'`,
    ]);
  });

  it('reports a dangling cross-reference where it is written', () => {
    const text = shortSale.replace(/^related:\n/m, 'related:\n  - no-such-term\n');
    const line = text.split('\n').indexOf('  - no-such-term') + 1;
    assert.deepEqual(errorsFor(withTerm(text)), [
      `glossary/terms/short-sale.yaml:${line}:5: "no-such-term" is not a glossary term id`,
    ]);
  });

  it('reports an id that does not match its file name, and duplicate keys', () => {
    assert.match(
      errorsFor(withTerm(shortSale.replace(/^id: short-sale$/m, 'id: short-sales')))[0],
      /id "short-sales" must match the file name "short-sale.yaml"/,
    );
    assert.match(
      errorsFor(withTerm(shortSale.replace(/^id: short-sale$/m, 'id: short-sale\nid: short-sale')))[0],
      /YAML syntax: Map keys must be unique/,
    );
  });
});

describe('docs/glossary.md', () => {
  it('is up to date with the glossary data (npm run glossary:page rewrites it)', () => {
    const { bundle } = readGlossaryFolder(NODE_FS, folder, root);
    const committed = fs.readFileSync(path.join(root, 'docs/glossary.md'), 'utf8');
    assert.ok(
      committed === glossaryPage(bundle!.terms),
      'docs/glossary.md is stale: run npm run glossary:page',
    );
  });
});

describe('glossary wording', () => {
  // British forms a writer may type stay recognised as aliases and other-sense cues; the prose a
  // hover or a warning shows uses one spelling, American English, as the IRS forms do ("canceled").
  const british =
    /\b(cancell(?:ed|ing)|judgements?|favour\w*|behaviour\w*|defences?|offences?|licences?|recognis\w*|organis\w*|realis(?:e|ed|es|ing)|analys(?:e|ed|es|ing)|afterwards|towards|colour\w*|neighbour\w*|honour\w*|labour\w*|centres?|programmes?)\b/i;

  /** Every string under `value`, with its path, skipping keys that list recognised spellings. */
  function prose(value: unknown, at: string, out: [string, string][] = []): [string, string][] {
    if (typeof value === 'string') out.push([at, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => prose(v, `${at}[${i}]`, out));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key !== 'aliases' && key !== 'cues') prose(v, `${at}.${key}`, out);
      }
    }
    return out;
  }

  it('uses American spelling in every term and rule message', () => {
    const found: string[] = [];
    for (const file of fs.readdirSync(path.join(folder, 'terms'))) {
      for (const [at, text] of prose(parse(read(`terms/${file}`).text), file)) {
        const m = british.exec(text);
        if (m) found.push(`${at}: "${m[0]}"`);
      }
    }
    for (const file of fs.readdirSync(path.join(folder, 'rules'))) {
      const { message } = parse(read(`rules/${file}`).text) as { message: string };
      const m = british.exec(message);
      if (m) found.push(`${file}.message: "${m[0]}"`);
    }
    assert.deepEqual(found, []);
  });
});
