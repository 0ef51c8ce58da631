// The code actions besides the rewording, as a user meets them: ignoring one occurrence, switching a rule off
// for the workspace, fixing the whole document, and choosing a rule's severity in the settings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  NEUTRAL,
  actionTitled,
  applyActionEdit,
  codeActionsAt,
  exampleOf,
  markdownOf,
  openUntitledMarkdown,
  ruleDiagnosticsWhen,
  rulesSetting,
  setWorkspaceRules,
  titlesOf,
  workspaceRulesSetting,
} from './actionHelpers';
import { CLAIM, CLAIM_CODE, discard, linesEqualTo } from './helpers';

const FIX_ALL_KIND = 'source.fixAll.mortgageLens';

describe('Code actions', () => {
  let document: vscode.TextDocument | undefined;

  before(async () => {
    // A previous run or test must not leave rule settings behind.
    await setWorkspaceRules(undefined);
  });

  afterEach(async () => {
    if (document) await discard(document);
    document = undefined;
    if (workspaceRulesSetting() !== undefined) await setWorkspaceRules(undefined);
  });

  it('"Ignore this occurrence" comments out one line; the other occurrence stays flagged', async () => {
    const other = 'Foreclosure wipes out all debt.';
    const doc = (document = await openUntitledMarkdown(markdownOf(NEUTRAL, CLAIM, other)));
    const [claimLine, otherLine] = [linesEqualTo(doc, CLAIM)[0], linesEqualTo(doc, other)[0]];
    const warnings = await ruleDiagnosticsWhen(doc, CLAIM_CODE, 2);
    const first = warnings.find((diagnostic) => diagnostic.range.start.line === claimLine);
    assert.ok(first, `no warning on line ${claimLine}`);

    const actions = await codeActionsAt(doc.uri, first.range);
    const ignore = actionTitled(actions, `Ignore this occurrence of ${CLAIM_CODE}`);
    assert.notEqual(ignore.isPreferred, true, 'ignoring must not be the preferred action');
    await applyActionEdit(ignore);

    assert.equal(doc.lineAt(claimLine).text, `${CLAIM} <!-- mortgage-lens-disable-line ${CLAIM_CODE} -->`);
    assert.equal(doc.lineAt(otherLine).text, other);
    const [left] = await ruleDiagnosticsWhen(doc, CLAIM_CODE, 1);
    assert.equal(left.range.start.line, otherLine, 'the other occurrence should still be flagged');
  });

  it('"Turn off … in this workspace" sets the rule to "off" and clears it; removing the setting restores it', async () => {
    const doc = (document = await openUntitledMarkdown(markdownOf(NEUTRAL, CLAIM)));
    const [warning] = await ruleDiagnosticsWhen(doc, CLAIM_CODE, 1);

    const actions = await codeActionsAt(doc.uri, warning.range);
    const turnOff = actionTitled(actions, `Turn off ${CLAIM_CODE} in this workspace`);
    assert.equal(turnOff.edit, undefined, 'turning a rule off edits the settings, not the document');
    assert.ok(turnOff.command, `"${turnOff.title}" has no command`);
    await vscode.commands.executeCommand(turnOff.command.command, ...(turnOff.command.arguments ?? []));

    assert.equal(rulesSetting()?.[CLAIM_CODE], 'off', `rules now: ${JSON.stringify(rulesSetting())}`);
    assert.deepEqual(workspaceRulesSetting(), { [CLAIM_CODE]: 'off' }, 'written to the workspace settings');
    await ruleDiagnosticsWhen(doc, CLAIM_CODE, 0);
    assert.equal(doc.getText(), markdownOf(NEUTRAL, CLAIM), 'the document is unchanged');

    await setWorkspaceRules(undefined);
    assert.equal(rulesSetting()?.[CLAIM_CODE], undefined);
    await ruleDiagnosticsWhen(doc, CLAIM_CODE, 1);
  });

  it('source.fixAll rewords the claims of two different families at once', async () => {
    const [a, b] = [exampleOf(CLAIM_CODE), exampleOf('short-sale-is-foreclosure')];
    const doc = (document = await openUntitledMarkdown(markdownOf(NEUTRAL, a.text, b.text)));
    await ruleDiagnosticsWhen(doc, a.id, 1);
    await ruleDiagnosticsWhen(doc, b.id, 1);

    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const actions = await codeActionsAt(doc.uri, whole, vscode.CodeActionKind.SourceFixAll.value);
    const fixAll = actions.filter((action) => action.kind?.value === FIX_ALL_KIND);
    assert.equal(fixAll.length, 1, `expected one ${FIX_ALL_KIND} action among: ${titlesOf(actions)}`);
    await applyActionEdit(fixAll[0]);

    assert.equal(doc.getText(), markdownOf(NEUTRAL, a.fixed, b.fixed));
    await ruleDiagnosticsWhen(doc, a.id, 0);
    await ruleDiagnosticsWhen(doc, b.id, 0);
  });

  it('a rule set to "information" in the settings is shown as Information; removing it restores Warning', async () => {
    const doc = (document = await openUntitledMarkdown(markdownOf(NEUTRAL, CLAIM)));
    const [before] = await ruleDiagnosticsWhen(doc, CLAIM_CODE, 1);
    assert.equal(before.severity, vscode.DiagnosticSeverity.Warning);

    await setWorkspaceRules({ [CLAIM_CODE]: 'information' });
    await ruleDiagnosticsWhen(
      doc,
      CLAIM_CODE,
      1,
      ([diagnostic]) => diagnostic.severity === vscode.DiagnosticSeverity.Information,
    );

    await setWorkspaceRules(undefined);
    await ruleDiagnosticsWhen(
      doc,
      CLAIM_CODE,
      1,
      ([diagnostic]) => diagnostic.severity === vscode.DiagnosticSeverity.Warning,
    );
  });
});
