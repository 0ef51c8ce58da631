import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CLAIM_CODE, codeOf, diagnosticsWhen, openFile } from './helpers';

describe('Glossary link', () => {
  it('links a finding to its glossary entry, which opens as a document', async () => {
    const document = await openFile('sample.md');
    const [diagnostic] = await diagnosticsWhen(document.uri, 'the claim diagnostic', (all) =>
      all.some((d) => codeOf(d) === CLAIM_CODE),
    );
    const [related] = diagnostic.relatedInformation ?? [];
    assert.ok(related, 'the diagnostic has related information');
    assert.equal(related.location.uri.toString(), 'mortgage-lens-glossary:/deficiency-judgment.md');
    assert.equal(related.message, 'Glossary entry: deficiency judgment');
    const entry = await vscode.workspace.openTextDocument(related.location.uri);
    assert.match(entry.getText(), /^# Deficiency judgment\n/);
    assert.match(entry.getText(), /\*\*How it differs from nearby terms\*\*/);
    assert.match(entry.getText(), /\[Foreclosure\]\(mortgage-lens-glossary:\/foreclosure\.md\)/);
  });
});
