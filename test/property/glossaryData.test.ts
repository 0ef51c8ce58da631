// Bad and hostile glossary data (a team glossary lives in the workspace, so it is untrusted): the
// compiler never throws, and every error names the file, a line and column inside it, and a reason.
// Configuration files (.mortgage-lens.json) are covered with the configuration (test/unit/config.test.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  compileGlossary,
  formatGlossaryError,
  type GlossaryFile,
} from '../../server/src/glossary/compileGlossary';
import { builtInGlossary } from '../helpers';
import { HOSTILE, LINE_BREAKS, params } from './arbitraries';

const root = path.resolve(__dirname, '../../..');
const schema = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(root, 'glossary/schema', `${name}.schema.json`), 'utf8')) as object;
const schemas = { term: schema('term'), rule: schema('rule'), language: schema('language') };
const shortSale = fs.readFileSync(path.join(root, 'glossary/terms/short-sale.yaml'), 'utf8');
const rule = fs.readFileSync(path.join(root, 'glossary/rules/short-sale-is-foreclosure.yaml'), 'utf8');

/** Compiles team files over the built-in glossary, as a workspace's team glossary is compiled. */
function compileTeam(terms: GlossaryFile[], rules: GlossaryFile[] = []) {
  return compileGlossary({ terms, rules, base: builtInGlossary() }, schemas);
}

/** Every error points into its file and says why. */
function assertPrecise(errors: ReturnType<typeof compileTeam>['errors'], files: GlossaryFile[]): void {
  for (const e of errors) {
    const file = files.find((f) => f.path === e.path);
    assert.ok(file, `error names a file that was not given: ${formatGlossaryError(e)}`);
    const lines = file.text.split(/\r\n|\r|\n/).length;
    assert.ok(
      Number.isInteger(e.line) && e.line >= 1 && e.line <= lines,
      `line out of the file: ${formatGlossaryError(e)}`,
    );
    assert.ok(Number.isInteger(e.column) && e.column >= 1, `bad column: ${formatGlossaryError(e)}`);
    assert.ok(e.message.trim().length > 3 && !/undefined|\[object/.test(e.message), `vague: ${e.message}`);
  }
}

/** Ways a writer (or an attacker) breaks a YAML file. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(
        ':',
        ': ',
        '- ',
        '[',
        ']',
        '{',
        '}',
        '"',
        "'",
        '&a ',
        '*a',
        '!!js/function ',
        '!<tag:x> ',
        '<<: ',
        '? ',
        '|',
        '>-',
        '#',
        '\t',
        '  ',
        '---\n',
        '...\n',
        'id: short-sale\n',
        'related: [short-sale]\n',
        '%YAML 1.1\n',
        ...HOSTILE,
        ...LINE_BREAKS,
      ),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
  }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -2, max: 3 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  if (m.kind === 'delete') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + text.slice(at + m.length);
  }
  if (m.kind === 'insert') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.text + text.slice(at);
  }
  const lines = text.split('\n');
  const i = m.at % lines.length;
  if (m.kind === 'duplicate-line') lines.splice(i, 0, lines[i]);
  else if (m.kind === 'swap-lines') {
    const j = m.other % lines.length;
    [lines[i], lines[j]] = [lines[j], lines[i]];
  } else
    lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-m.by}}`), '');
  return lines.join('\n');
}

describe('glossary data from a workspace', function () {
  this.timeout(60_000);

  it('never throws on a broken term or rule file; every error has its file, line, column and reason', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('term', 'rule'),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (which, mutations) => {
          const text = mutations.reduce(mutate, which === 'term' ? shortSale : rule);
          const file = {
            path: `team/${which}s/${which === 'term' ? 'short-sale' : 'short-sale-is-foreclosure'}.yaml`,
            text,
          };
          const result = which === 'term' ? compileTeam([file]) : compileTeam([], [file]);
          assertPrecise(result.errors, [file]);
          if (result.errors.length === 0) assert.ok(result.bundle, 'no errors and no bundle');
        },
      ),
      params(150),
    );
  });

  it('reports a "billion laughs" alias bomb instead of expanding it (it used to throw)', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const file = { path: 'team/terms/bomb.yaml', text: lines.join('\n') + '\n' };
    const { errors } = compileTeam([file]);
    assert.deepEqual(errors.map(formatGlossaryError), [
      'team/terms/bomb.yaml:1:1: YAML: Excessive alias count indicates a resource exhaustion attack',
    ]);
  });

  it('runs nothing a file asks for: YAML tags, merge keys and __proto__ stay data', () => {
    const files = [
      `id: a\nterm: !!js/function 'function () { globalThis.mortgageLensPwned = true }'\n`,
      `id: b\nterm: !<tag:yaml.org,2002:js/undefined> ''\n`,
      `__proto__: { polluted: true }\nid: c\n`,
      `constructor: { prototype: { polluted: true } }\nid: d\n`,
      `base: &b { id: e }\n<<: *b\n`,
    ].map((text, i) => ({ path: `team/terms/${'abcde'[i]}.yaml`, text }));
    const { errors } = compileTeam(files);
    assertPrecise(errors, files);
    assert.equal((globalThis as { mortgageLensPwned?: boolean }).mortgageLensPwned, undefined);
    assert.equal(({} as { polluted?: boolean }).polluted, undefined);
    for (const file of files)
      assert.ok(
        errors.some((e) => e.path === file.path),
        `${file.path} accepted`,
      );
  });

  it('reports deep nesting, several documents and a non-map as errors, not crashes', () => {
    const files = [
      '['.repeat(5000) + ']'.repeat(5000),
      Array.from({ length: 2000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n'),
      'id: x\n---\nid: y\n',
      '- a\n- b\n',
      '',
      '~',
    ].map((text, i) => ({ path: `team/terms/n${i}.yaml`, text }));
    const { errors } = compileTeam(files);
    assertPrecise(errors, files);
    for (const file of files)
      assert.ok(
        errors.some((e) => e.path === file.path),
        `${file.path} accepted`,
      );
  });

  it('reports a duplicate id in two team glossaries, at the second', () => {
    const text = shortSale.replace(/^id: short-sale$/m, 'id: team-term');
    const files = [
      { path: 'one/terms/team-term.yaml', text },
      { path: 'two/terms/team-term.yaml', text },
    ];
    const line = text.split('\n').indexOf('id: team-term') + 1;
    assert.deepEqual(compileTeam(files).errors.map(formatGlossaryError), [
      `two/terms/team-term.yaml:${line}:1: duplicate id "team-term", also used in one/terms/team-term.yaml`,
    ]);
  });

  it('reports a term related to itself or differing from itself, and says why', () => {
    const selfRelated = shortSale.replace(/^related:\n/m, 'related:\n  - short-sale\n');
    const line = selfRelated.split('\n').lastIndexOf('  - short-sale') + 1;
    assert.deepEqual(
      compileTeam([{ path: 'team/terms/short-sale.yaml', text: selfRelated }]).errors.map(
        formatGlossaryError,
      ),
      [
        `team/terms/short-sale.yaml:${line}:5: "short-sale" is this entry's own id: related links go to other terms`,
      ],
    );
    const selfDiffers = shortSale.replace(
      /^differs_from:\n {2}- term: [a-z-]+$/m,
      'differs_from:\n  - term: short-sale',
    );
    assert.notEqual(selfDiffers, shortSale);
    const at = selfDiffers.split('\n').indexOf('  - term: short-sale') + 1;
    assert.deepEqual(
      compileTeam([{ path: 'team/terms/short-sale.yaml', text: selfDiffers }]).errors.map(
        formatGlossaryError,
      ),
      [`team/terms/short-sale.yaml:${at}:5: a term cannot differ from itself ("short-sale")`],
    );
  });

  it('accepts links that go both ways and longer cycles: related terms are naturally mutual', () => {
    // a → b → c → a through related, and a ↔ b through differs_from: no error, nothing follows them.
    const term = (id: string, related: string[], differs: string) =>
      shortSale
        .replace(/^id: short-sale$/m, `id: ${id}`)
        .replace(/^term: .*$/m, `term: ${id} term`)
        .replace(/^aliases:\n( {2}- .*\n)+/m, '')
        .replace(/^plural: .*\n/m, '')
        .replace(/^related:\n( {2}- .*\n)+/m, `related:\n${related.map((r) => `  - ${r}\n`).join('')}`)
        .replace(/^differs_from:\n {2}- term: [a-z-]+$/m, `differs_from:\n  - term: ${differs}`);
    const files = [
      { path: 'team/terms/cycle-a.yaml', text: term('cycle-a', ['cycle-b'], 'cycle-b') },
      { path: 'team/terms/cycle-b.yaml', text: term('cycle-b', ['cycle-c'], 'cycle-a') },
      { path: 'team/terms/cycle-c.yaml', text: term('cycle-c', ['cycle-a'], 'cycle-a') },
    ];
    const result = compileTeam(files);
    assert.deepEqual(result.errors.map(formatGlossaryError), []);
    assert.ok(result.bundle?.terms.some((t) => t.id === 'cycle-c'));
  });
});
