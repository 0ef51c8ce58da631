// Every risky-claim rule, end to end in the editor: its first flagged example is warned about once, and
// the preferred quick fix turns it into the example's `fixed` text and clears the warning.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  NEUTRAL,
  applyActionEdit,
  codeActionsAt,
  firstFlagExamples,
  markdownOf,
  openUntitledMarkdown,
  ruleDiagnosticsWhen,
  titlesOf,
} from './actionHelpers';
import { SOURCE, describeDiagnostics, discard } from './helpers';

describe('Rule families: first flagged example and its preferred fix', () => {
  let document: vscode.TextDocument | undefined;

  afterEach(async () => {
    if (document) await discard(document);
    document = undefined;
  });

  for (const example of firstFlagExamples()) {
    it(`${example.id}: flags "${example.text}" and rewords it to the example's fix`, async () => {
      const doc = (document = await openUntitledMarkdown(markdownOf(NEUTRAL, example.text)));
      const claimLine = 2;
      assert.equal(doc.lineAt(claimLine).text, example.text);

      const [diagnostic] = await ruleDiagnosticsWhen(doc, example.id, 1);
      assert.equal(diagnostic.source, SOURCE);
      assert.equal(diagnostic.range.start.line, claimLine, describeDiagnostics([diagnostic]));

      const actions = await codeActionsAt(doc.uri, diagnostic.range);
      const preferred = actions.filter((action) => action.isPreferred === true);
      assert.equal(preferred.length, 1, `expected one preferred action among: ${titlesOf(actions)}`);
      const [fix] = preferred;
      assert.ok(
        fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind),
        `preferred action "${fix.title}" is not a quick fix`,
      );

      await applyActionEdit(fix);
      assert.equal(doc.getText(), markdownOf(NEUTRAL, example.fixed));
      await ruleDiagnosticsWhen(doc, example.id, 0);
    });
  }
});
