// The editor features of the extension, through the real VS Code API: commands, the Terms view and
// status bar (read through the extension's exports), settings (completion, hover sections, file
// size), untrusted hover Markdown, and restarting the server. ui/uiTests.ts drives the same features
// through the page as a user does.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RequestType0 } from 'vscode-languageserver-protocol';
import { PID_REQUEST } from '../../../server/src/protocol/requests';
import { NEUTRAL, markdownOf, openUntitledMarkdown } from './actionHelpers';
import {
  CLAIM,
  CLAIM_CODE,
  EXTENSION_ID,
  claimDiagnostics,
  codeOf,
  diagnosticsWhen,
  discard,
  hoversAt,
  hoverText,
  middleOf,
  openFile,
  rangeOf,
  waitFor,
} from './helpers';

interface Api {
  host: { state: string; request<R>(type: RequestType0<R, void>): Promise<R | undefined> };
  status(): { visible: boolean; text: string; tooltip: string; command?: string };
  terms(): Promise<{ uri?: string; terms: { term: string; count: number }[] }>;
}

async function api(): Promise<Api> {
  const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.isActive ? extension.exports : extension.activate();
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace
    .getConfiguration('mortgageLens')
    .update(key, value, vscode.ConfigurationTarget.Workspace);
}

const COMMANDS = [
  'mortgageLens.showGlossary',
  'mortgageLens.explainTerm',
  'mortgageLens.insertAppendix',
  'mortgageLens.fixAll',
  'mortgageLens.restartServer',
  'mortgageLens.showOutput',
];

describe('Editor features', () => {
  let document: vscode.TextDocument | undefined;
  afterEach(async () => {
    if (document) await discard(document);
    document = undefined;
    for (const key of ['completion.enable', 'hover.sections', 'maxFileSize'])
      await setSetting(key, undefined);
  });

  it('contributes every command, with a title in the palette', async () => {
    const registered = await vscode.commands.getCommands(true);
    for (const command of COMMANDS) assert.ok(registered.includes(command), `${command} is not registered`);
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { commands: { command: string; title: string; category: string }[] };
    };
    for (const command of COMMANDS) {
      const entry = manifest.contributes.commands.find((c) => c.command === command);
      assert.equal(entry?.category, 'Mortgage Lens', command);
    }
  });

  it('the status bar counts the findings of the active document and opens Problems', async () => {
    const { status } = await api();
    const doc = await openFile('sample.md');
    const findings = (await diagnosticsWhen(doc.uri, 'the claim', (d) => claimDiagnostics(d).length === 1))
      .length;
    const shown = await waitFor('the status bar to count the findings', () => {
      const now = status();
      return now.text === `$(warning) Mortgage Lens: ${findings}` && now;
    });
    assert.equal(shown.visible, true);
    assert.equal(shown.command, 'workbench.actions.view.problems');
    assert.match(shown.tooltip, /server is running/);
    document = await openUntitledMarkdown(markdownOf(NEUTRAL));
    await waitFor('the status bar to show no findings', () => status().text === '$(check) Mortgage Lens');
  });

  it('the Terms view lists the terms of the active document in order of first use, with counts', async () => {
    const { terms } = await api();
    const doc = await openFile('sample.md');
    const snapshot = await waitFor('the terms of sample.md', async () => {
      const now = await terms();
      return now.uri === doc.uri.toString() && now.terms.length > 0 && now;
    });
    assert.deepEqual(snapshot.terms, [
      { term: 'foreclosure', count: 3 },
      { term: 'deficiency judgment', count: 1 },
      { term: 'foreclosure sale', count: 1 },
    ]);
  });

  it('Insert Glossary Appendix adds the definitions of the terms used, and updates them when run again', async () => {
    const doc = (document = await openUntitledMarkdown(
      markdownOf(NEUTRAL, 'A short sale may leave a deficiency.'),
    ));
    await waitFor(
      'the server to see the document',
      async () => (await (await api()).terms()).terms.length === 2,
    );
    assert.equal(await vscode.commands.executeCommand('mortgageLens.insertAppendix'), 2);
    const once = doc.getText();
    assert.match(
      once,
      /\n\n## Glossary\n\n\*\*Short sale\.\*\* .+\n\n.*Sources?: .+\n\n\*\*Deficiency\.\*\* /s,
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // the server sees the appendix
    assert.equal(await vscode.commands.executeCommand('mortgageLens.insertAppendix'), 2);
    assert.equal(doc.getText(), once, 'running it again leaves an up-to-date appendix unchanged');
  });

  it('Fix All Risky Claims rewords every claim of the document', async () => {
    const doc = (document = await openUntitledMarkdown(
      markdownOf(NEUTRAL, CLAIM, 'Foreclosure wipes out all debt.'),
    ));
    await diagnosticsWhen(doc.uri, 'two claims', (d) => claimDiagnostics(d).length === 2);
    assert.equal(await vscode.commands.executeCommand('mortgageLens.fixAll'), 2);
    assert.doesNotMatch(doc.getText(), /Foreclosure (erases|wipes out) all debt/);
    await diagnosticsWhen(doc.uri, 'no claim left', (d) => claimDiagnostics(d).length === 0);
  });

  it('Explain Term at Cursor opens the entry of the term under the cursor beside the document', async () => {
    const doc = await openFile('sample.md');
    const editor = vscode.window.activeTextEditor!;
    const position = middleOf(rangeOf(doc, 'deficiency judgments'));
    editor.selection = new vscode.Selection(position, position);
    await diagnosticsWhen(doc.uri, 'the server to check sample.md', (d) => d.length > 0);
    assert.equal(await vscode.commands.executeCommand('mortgageLens.explainTerm'), 'deficiency-judgment');
    const tab = await waitFor('the preview tab', () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((t) => t.label === 'Preview deficiency-judgment.md'),
    );
    assert.equal(tab.group.viewColumn, vscode.ViewColumn.Two, 'opened beside the document');
    await vscode.window.tabGroups.close(tab);
  });

  it('hover Markdown is never trusted and allows no HTML', async () => {
    const doc = await openFile('sample.md');
    const position = middleOf(rangeOf(doc, 'deficiency judgments'));
    const hover = await waitFor('a hover', async () =>
      (await hoversAt(doc, position)).find((h) => /Deficiency judgment/.test(hoverText(h))),
    );
    for (const part of hover.contents) {
      if (part instanceof vscode.MarkdownString) {
        assert.ok(!part.isTrusted, 'isTrusted');
        assert.ok(!part.supportHtml, 'supportHtml');
      }
    }
  });

  it('mortgageLens.hover.sections chooses what the hover shows', async () => {
    const doc = await openFile('sample.md');
    const position = middleOf(rangeOf(doc, 'deficiency judgments'));
    await setSetting('hover.sections', ['whyItMatters']);
    const text = await waitFor('a hover with only "Why it matters"', async () => {
      const hover = (await hoversAt(doc, position)).map(hoverText).find((h) => /Why it matters/.test(h));
      return hover && !/Differs from/.test(hover) && hover;
    });
    assert.match(text, /not legal advice/);
  });

  it('mortgageLens.completion.enable turns completion of glossary terms on and off', async () => {
    const doc = (document = await openUntitledMarkdown('A deficiency ju'));
    const end = doc.positionAt(doc.getText().length);
    const labels = async () =>
      (
        await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          doc.uri,
          end,
        )
      ).items
        .filter((item) => item.detail?.startsWith('Mortgage glossary'))
        .map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.deepEqual(await labels(), [], 'off by default');
    await setSetting('completion.enable', true);
    const on = await waitFor('glossary completions', async () => {
      const now = await labels();
      return now.length > 0 && now;
    });
    assert.ok(on.includes('deficiency judgment'), JSON.stringify(on));
    await setSetting('completion.enable', undefined);
    await waitFor('no glossary completions', async () => (await labels()).length === 0);
  });

  it('a file over mortgageLens.maxFileSize is skipped with one Information, and the status bar says so', async () => {
    const { status } = await api();
    const doc = (document = await openUntitledMarkdown(markdownOf(NEUTRAL, CLAIM)));
    await diagnosticsWhen(doc.uri, 'the claim', (d) => claimDiagnostics(d).length === 1);
    await setSetting('maxFileSize', 40);
    const [skipped] = await diagnosticsWhen(
      doc.uri,
      'the file-too-large Information',
      (d) => d.length === 1 && codeOf(d[0]) === 'file-too-large',
    );
    assert.equal(skipped.severity, vscode.DiagnosticSeverity.Information);
    assert.match(skipped.message, /over the 40 bytes limit \(setting mortgageLens\.maxFileSize\)/);
    await waitFor('the status bar to say the file was skipped', () => /skipped/.test(status().text));
    await setSetting('maxFileSize', undefined);
    await diagnosticsWhen(doc.uri, 'the claim again', (d) => d.some((x) => codeOf(x) === CLAIM_CODE));
  });

  it('Restart Server starts a new server process, which checks documents again', async () => {
    const { host, status } = await api();
    const before = await host.request(PID_REQUEST);
    assert.ok(before, 'the server answers its process id');
    await vscode.commands.executeCommand('mortgageLens.restartServer');
    assert.equal(host.state, 'running');
    const after = await host.request(PID_REQUEST);
    assert.ok(after && after !== before, `pid before ${before}, after ${after}`);
    const doc = await openFile('sample.md');
    await diagnosticsWhen(doc.uri, 'the claim after the restart', (d) => claimDiagnostics(d).length === 1);
    await waitFor('the status bar after the restart', () => status().text.startsWith('$(warning)'));
  });
});
