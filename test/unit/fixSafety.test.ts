// Every rewording the rules can write, read again. For each rule's `flags` examples and a battery of
// sentences per rule (test/fixtures/fixes/battery.yaml: plural subjects, quantifiers, negations,
// passives, "are barred from …ing", true statements, one person's story), written for the purpose by
// a writer who never saw the rules: a rewording must leave a sentence no rule flags, it must rewrite
// the claim (not put a phrase before it), and the sentences that state no myth get no finding at all.
// Every output is kept in test/fixtures/fixes/rewordings.txt, so each wording change is read in
// review; UPDATE_SNAPSHOTS=1 npm run test:unit rewrites it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtInGlossary, documentOf, languageService } from '../helpers';

const folder = path.resolve(__dirname, '../../../test/fixtures/fixes');
const update = process.env.UPDATE_SNAPSHOTS === '1';

interface BatteryItem {
  text: string;
  kind: string;
  myth: boolean;
}
const battery = parse(fs.readFileSync(path.join(folder, 'battery.yaml'), 'utf8')) as Record<
  string,
  BatteryItem[]
>;

/** Findings and their preferred rewordings, applied one at a time. */
function rewordings(text: string): { rule: string; fixed: string | null }[] {
  const document = documentOf(text);
  const service = languageService();
  return service.diagnostics(document).map((diagnostic) => {
    const action = service.codeActions(document, diagnostic.range).find((a) => a.isPreferred);
    const edits = action?.edit?.changes?.[document.uri];
    return { rule: String(diagnostic.code), fixed: edits ? TextDocument.applyEdits(document, edits) : null };
  });
}

/** A phrase put before the sentence leaves all of it in place ("Not every…" denies its subject instead). */
function isPrefixOnly(original: string, fixed: string): boolean {
  return (
    fixed.length > original.length &&
    fixed.toLowerCase().endsWith(original.slice(1).toLowerCase()) &&
    !/^not (?:every|all)\b/i.test(fixed)
  );
}

describe('rewordings never write a myth or broken grammar', () => {
  const rules = builtInGlossary().rules;
  const lines: string[] = [];

  it('the battery has at least 20 sentences for every rule', () => {
    for (const rule of rules) assert.ok((battery[rule.id] ?? []).length >= 20, rule.id);
  });

  for (const rule of rules) {
    const inputs = [
      ...rule.examples.flags.map((f) => ({ text: f.text, kind: 'example', myth: true })),
      ...(battery[rule.id] ?? []),
    ];
    describe(rule.id, () => {
      lines.push(`## ${rule.id}`, '');
      for (const item of inputs) {
        const found = rewordings(item.text);
        lines.push(`${item.myth ? 'myth ' : 'fine '} ${item.text}`);
        if (found.length === 0) lines.push('      (not flagged)');
        for (const { rule: id, fixed } of found)
          lines.push(`      ${id}: ${fixed ?? '(no rewording offered)'}`);
        lines.push('');
        it(`${item.kind}: ${item.text}`, () => {
          if (!item.myth) assert.deepEqual(found, [], 'a sentence that states no myth gets no finding');
          for (const { fixed } of found) {
            if (fixed === null) continue;
            assert.deepEqual(rewordings(fixed), [], `the rewording is flagged again: ${fixed}`);
            assert.ok(!isPrefixOnly(item.text, fixed), `a prefix leaves the claim standing: ${fixed}`);
          }
        });
      }
    });
  }

  after(() => {
    const file = path.join(folder, 'rewordings.txt');
    const value = lines.join('\n');
    if (update) fs.writeFileSync(file, value);
  });

  it('the committed snapshot of every rewording is current', () => {
    const file = path.join(folder, 'rewordings.txt');
    if (update) return;
    assert.equal(
      lines.join('\n'),
      fs.readFileSync(file, 'utf8'),
      `${file} is stale: UPDATE_SNAPSHOTS=1 npm run test:unit`,
    );
  });
});
