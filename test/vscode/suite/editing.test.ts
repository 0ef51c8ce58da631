import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  CLAIM,
  claimDiagnostics,
  diagnosticsWhen,
  discard,
  linesEqualTo,
  openFreshCopy,
  visibleHoversAt,
  waitFor,
  workspaceFolder,
} from './helpers';

describe('Editing', () => {
  let document: vscode.TextDocument | undefined;

  afterEach(async () => {
    if (document) await discard(document);
    document = undefined;
  });

  it('offers a preferred quick fix that hedges the claim and clears the warning', async () => {
    const doc = (document = await openFreshCopy('sample.md'));
    const [diagnostic] = claimDiagnostics(
      await diagnosticsWhen(doc.uri, 'the claim warning', (all) => claimDiagnostics(all).length > 0),
    );
    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        diagnostic.range,
        undefined,
        10, // resolve lazily computed edits
      )) ?? [];
    const fix = actions.find(
      (action): action is vscode.CodeAction =>
        action instanceof vscode.CodeAction &&
        action.isPreferred === true &&
        action.kind !== undefined &&
        vscode.CodeActionKind.QuickFix.contains(action.kind),
    );
    assert.ok(fix, `no preferred quick fix among: ${JSON.stringify(actions.map((action) => action.title))}`);
    assert.ok(fix.edit, `quick fix "${fix.title}" has no edit`);

    const line = diagnostic.range.start.line;
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(doc.lineAt(line).text, 'Foreclosure does not always erase all debt.');
    await diagnosticsWhen(doc.uri, 'the warning to clear', (all) => claimDiagnostics(all).length === 0);
  });

  it('checks a 2.5 MB document (parsed off the main thread, read in steps), then hovers and lints it while typing', async function () {
    this.timeout(120_000);
    // 30,000 paragraphs (about 2.5 MB), every tenth a claim: its didOpen is over the size the server
    // parses on a worker thread, and the text far over what it reads in one go.
    const paragraphs = Array.from({ length: 30_000 }, (_, i) =>
      i % 10 === 0
        ? `${i}. ${CLAIM}`
        : `${i}. The servicer reviews the borrower's file and answers in writing within thirty days.`,
    );
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'scratch', 'long-handbook.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(paragraphs.join('\n\n') + '\n'));
    const doc = (document = await vscode.workspace.openTextDocument(uri));
    await vscode.window.showTextDocument(doc);
    assert.ok(doc.getText().length > 2_200_000, `${doc.getText().length} characters`);

    await diagnosticsWhen(
      doc.uri,
      'a warning on every claim',
      (all) => claimDiagnostics(all).length === 3000,
    );
    const hovers = await waitFor('a hover on the first claim', async () => {
      const found = await visibleHoversAt(doc, new vscode.Position(0, 5));
      return found.length > 0 && found;
    });
    assert.match(hovers.join('\n'), /Foreclosure/);

    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, `\n${CLAIM}\n`);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await diagnosticsWhen(
      doc.uri,
      'the typed claim flagged too',
      (all) => claimDiagnostics(all).length === 3001,
    );
  });

  it('lints while typing, before the file is saved', async () => {
    const doc = (document = await openFreshCopy('sample.md'));
    await diagnosticsWhen(doc.uri, 'the first warning', (all) => claimDiagnostics(all).length === 1);

    const typed = 'Foreclosure wipes out all debt.';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, `\n${typed}\n`);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.ok(doc.isDirty, 'the edit should stay unsaved');

    const typedLine = linesEqualTo(doc, typed)[0];
    assert.ok(typedLine !== undefined, 'typed paragraph not found');
    const warnings = claimDiagnostics(
      await diagnosticsWhen(doc.uri, 'a warning on the typed paragraph', (all) =>
        claimDiagnostics(all).some((diagnostic) => diagnostic.range.start.line === typedLine),
      ),
    );
    assert.equal(warnings.length, 2, 'the original claim and the typed one');
    assert.deepEqual(
      warnings.map((diagnostic) => diagnostic.range.start.line).sort((a, b) => a - b),
      [linesEqualTo(doc, CLAIM)[0], typedLine],
    );
  });
});
