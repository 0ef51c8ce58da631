import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  CLAIM,
  CLAIM_CODE,
  SOURCE,
  codeOf,
  describeDiagnostics,
  diagnosticsWhen,
  linesEqualTo,
  openFile,
} from './helpers';

async function expectOneClaimWarning(name: string, languageId: string): Promise<void> {
  const document = await openFile(name);
  assert.equal(document.languageId, languageId);
  const diagnostics = await diagnosticsWhen(document.uri, `diagnostics for ${name}`, (all) => all.length > 0);
  assert.equal(diagnostics.length, 1, `expected exactly one diagnostic: ${describeDiagnostics(diagnostics)}`);
  const [diagnostic] = diagnostics;
  assert.equal(codeOf(diagnostic), CLAIM_CODE);
  assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
  assert.equal(diagnostic.source, SOURCE);

  // The first exact line is the prose paragraph; in sample.md a second one sits in a code block.
  const claimLine = linesEqualTo(document, CLAIM)[0];
  const { start, end } = diagnostic.range;
  assert.deepEqual([start.line, start.character, end.line, end.character], [claimLine, 0, claimLine, 27]);
  assert.equal(document.getText(diagnostic.range), 'Foreclosure erases all debt');
}

describe('Diagnostics', () => {
  it('warns once in sample.md: not in front matter, code, or the negated sentence', async () => {
    await expectOneClaimWarning('sample.md', 'markdown');
  });

  it('warns about the claim in sample.txt (plain text)', async () => {
    await expectOneClaimWarning('sample.txt', 'plaintext');
  });
});
