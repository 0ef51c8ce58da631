// A team rule cannot make the checker hang: an ordered pattern is matched in time polynomial in the
// sentence, and the rule schema caps a pattern's length and max_gap with an error where it is written.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileGlossary, formatGlossaryError } from '../../server/src/glossary/compileGlossary';
import { createLanguageService } from '../../server/src/core/languageService';
import { builtInGlossary, documentOf } from '../helpers';

const folder = path.resolve(__dirname, '../../../glossary/schema');
const schema = (name: string) => JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as object;
const schemas = {
  term: schema('term.schema.json'),
  rule: schema('rule.schema.json'),
  language: schema('language.schema.json'),
};

/** A team rule file with the given pattern line and max_gap. */
function teamRule(pattern: string, maxGap: number): string {
  return [
    'id: team-long-pattern',
    'title: A long team pattern',
    'severity: warning',
    'entry: deficiency-judgment',
    'message: A team rule whose pattern repeats one concept many times.',
    'patterns:',
    `  - ${pattern}`,
    `max_gap: ${maxGap}`,
    'fix: { strategy: none }',
    'examples:',
    '  flags: [{ text: a text here, fixed: a fixed text }]',
    '  allows: [another text]',
    '',
  ].join('\n');
}

function compileTeamRule(text: string) {
  const rules = [{ path: 'team/rules/team-long-pattern.yaml', text }];
  return compileGlossary({ terms: [], rules, base: builtInGlossary() }, schemas);
}

describe('team rule limits', () => {
  it('checks a sentence of 28 repeated concepts against a 16-slot rule with max_gap 8 in bounded time', () => {
    const slots = [...Array<string>(15).fill('debt'), 'foreclosure-event'];
    const { bundle, errors } = compileTeamRule(teamRule(`[${slots.join(', ')}]`, 8));
    assert.deepEqual(errors.map(formatGlossaryError), []);
    const service = createLanguageService(bundle!);
    // Every word is a debt, the last slot never follows one: each way of choosing 15 debts fails.
    const text = `Foreclosure ${Array<string>(28).fill('debt').join(' ')}.\n\nForeclosure wipes out all of your debt.\n`;
    const started = Date.now();
    const found = service.diagnostics(documentOf(text));
    const ms = Date.now() - started;
    assert.deepEqual(
      found.map((d) => [d.code, d.range.start.line, d.range.start.character]),
      [['foreclosure-erases-debt', 2, 0]],
    );
    assert.ok(ms < 2000, `took ${ms} ms`);
  });
});

describe('rule schema limits', () => {
  it('accepts 16 slots and max_gap 8', () => {
    const slots = Array<string>(16).fill('debt');
    assert.deepEqual(compileTeamRule(teamRule(`[${slots.join(', ')}]`, 8)).errors, []);
  });

  const forms = [
    ['[$]', '7:5: patterns.0'],
    ['{ match: [$] }', '7:7: patterns.0.match'],
    ['{ all: [$] }', '7:7: patterns.0.all'],
  ];
  for (const [form, where] of forms) {
    it(`reports a pattern of 17 slots where it is written, once: ${form}`, () => {
      const slots = Array<string>(17).fill('debt').join(', ');
      const errors = compileTeamRule(teamRule(form.replace('$', slots), 4)).errors;
      assert.deepEqual(errors.map(formatGlossaryError), [
        `team/rules/team-long-pattern.yaml:${where} must NOT have more than 16 items`,
      ]);
    });
  }

  it('still reports a bad slot name, and a pattern that is neither a list nor a map, once', () => {
    const bad = compileTeamRule(teamRule('{ match: [debt, Debt] }', 4)).errors;
    assert.deepEqual(bad.map(formatGlossaryError), [
      'team/rules/team-long-pattern.yaml:7:21: patterns.0.match.1 must match pattern "^[a-z0-9]+(-[a-z0-9]+)*\\??$"',
    ]);
    const scalar = compileTeamRule(teamRule('debt', 4)).errors;
    assert.deepEqual(scalar.map(formatGlossaryError), [
      'team/rules/team-long-pattern.yaml:7:5: patterns.0 must be object',
    ]);
  });

  it('reports a max_gap above 8 where it is written', () => {
    const errors = compileTeamRule(teamRule('[foreclosure-event, debt]', 9)).errors;
    assert.deepEqual(errors.map(formatGlossaryError), [
      'team/rules/team-long-pattern.yaml:8:1: max_gap must be <= 8',
    ]);
  });
});

describe('phrases with no word to match', () => {
  it('a team rule antipattern of punctuation only is an error at its line', () => {
    const text = teamRule('[deficiency-judgment, foreclosure-event]', 3).replace(
      'fix: { strategy: none }',
      "fix: { strategy: none }\nantipatterns: ['==']",
    );
    const { errors } = compileTeamRule(text);
    assert.deepEqual(errors.map(formatGlossaryError), [
      'team/rules/team-long-pattern.yaml:10:16: "==" has no word to match (letters or digits): write the words it stands for',
    ]);
  });

  it('a concept phrase of punctuation only is an error at its line, not a crash of the claim index', () => {
    const languageFile = path.resolve(__dirname, '../../../glossary/language.yaml');
    const original = fs.readFileSync(languageFile, 'utf8');
    const marker = '  foreclosure-event:\n    kind: noun\n    phrases:\n';
    assert.ok(original.includes(marker));
    const text = original.replace(marker, `${marker}      - '='\n`);
    const line = text.slice(0, text.indexOf("      - '='")).split('\n').length;
    const { errors } = compileGlossary(
      { terms: [], rules: [], language: { path: 'glossary/language.yaml', text } },
      schemas,
    );
    assert.deepEqual(errors.map(formatGlossaryError), [
      `glossary/language.yaml:${line}:9: "=" has no word to match (letters or digits): write the words it stands for`,
    ]);
  });
});
