// The document's own defined terms in real VS Code: the hover shows the document's definition and the
// glossary entry, Go to Definition and Find All References follow a term, the Outline lists the
// definitions, rename updates the definition and every use, and the defined-term rules show as
// diagnostics with their quick fixes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf,
  diagnosticsWhen,
  discard,
  hoversAt,
  hoverText,
  middleOf,
  openFile,
  openFreshCopy,
  rangeOf,
  waitFor,
} from './helpers';

const FILE = 'definitions.md';

/** Waits until the server answers for the document: the defined-term diagnostics have arrived. */
async function ready(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  return diagnosticsWhen(document.uri, 'the defined-term diagnostics', (all) =>
    all.some((d) => codeOf(d) === 'defined-term-unused'),
  );
}

function targetOf(location: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in location
    ? { uri: location.targetUri, range: location.targetSelectionRange ?? location.targetRange }
    : location;
}

function flatten(symbols: (vscode.DocumentSymbol | vscode.SymbolInformation)[]): string[] {
  return symbols.flatMap((s) => [s.name, ...('children' in s ? flatten(s.children) : [])]);
}

describe('Defined terms', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await openFile(FILE);
    await ready(document);
  });

  it('hovers a use with the document definition first, then the glossary entry, both labelled', async () => {
    const use = rangeOf(document, 'does not waive any Deficiency', 'Deficiency');
    const texts = await waitFor('a hover on "Deficiency"', async () => {
      const all = (await hoversAt(document, middleOf(use))).map(hoverText);
      return all.some((t) => t.includes('defined in this document')) && all;
    });
    const text = texts.find((t) => t.includes('defined in this document'))!;
    const own = text.indexOf('defined in this document');
    const glossary = text.search(/mortgage glossary|in mortgage usage/);
    assert.ok(glossary > own, `expected the glossary entry after the document definition:\n${text}`);
    assert.ok(text.includes('the amount still owed after a sale of the Property'), text);
    assert.match(text, /\[line 7\]\(file:[^)]*definitions\.md#L7\)/);
  });

  it('hovers a term only the document defines with its definition alone', async () => {
    const use = rangeOf(document, 'During the Forbearance Period', 'Forbearance Period');
    const texts = (await hoversAt(document, middleOf(use))).map(hoverText);
    const own = texts.find((t) => t.includes('defined in this document'));
    assert.ok(own, JSON.stringify(texts));
    assert.ok(own.includes('the six months beginning on May 1, 2025'), own);
  });

  it('Go to Definition jumps from a use (and a possessive) to the defined name', async () => {
    const definition = rangeOf(document, '(the "Lender")', 'Lender');
    for (const [marker, needle] of [
      ['the Lender will not start', 'Lender'],
      ["the Lender's other rights", 'Lender'],
    ]) {
      const use = rangeOf(document, marker, needle);
      const locations =
        (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
          'vscode.executeDefinitionProvider',
          document.uri,
          middleOf(use),
        )) ?? [];
      const ours = locations.map(targetOf).filter((l) => l.uri.toString() === document.uri.toString());
      assert.equal(ours.length, 1, JSON.stringify(locations));
      assert.ok(ours[0].range.isEqual(definition), `went to ${JSON.stringify(ours[0].range)}`);
    }
  });

  it('Find All References lists the definition and every use', async () => {
    const use = rangeOf(document, 'the Lender will not start', 'Lender');
    const locations =
      (await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider',
        document.uri,
        middleOf(use),
      )) ?? [];
    const lines = locations
      .filter((l) => l.uri.toString() === document.uri.toString())
      .map((l) => l.range.start.line)
      .sort((a, b) => a - b);
    assert.deepEqual(lines, [2, 13, 15, 15]);
  });

  it('the Outline lists the definitions', async () => {
    const symbols =
      (await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
        'vscode.executeDocumentSymbolProvider',
        document.uri,
      )) ?? [];
    const names = flatten(symbols);
    for (const name of [
      'Agreement',
      'Lender',
      'Borrower',
      'Deficiency',
      'Property',
      'Forbearance Period',
      'Guarantor',
    ])
      assert.ok(names.includes(name), `${name} missing from ${JSON.stringify(names)}`);
  });

  it('shows the defined-term rules: unused (faded) and lower case, with a fix to the defined form', async () => {
    const diagnostics = await ready(document);
    const unused = diagnostics.find((d) => codeOf(d) === 'defined-term-unused');
    assert.ok(unused);
    assert.equal(document.getText(unused.range), 'Guarantor');
    assert.equal(unused.severity, vscode.DiagnosticSeverity.Information);
    assert.deepEqual(unused.tags, [vscode.DiagnosticTag.Unnecessary]);
    const lower = diagnostics.find((d) => codeOf(d) === 'defined-term-case');
    assert.ok(lower);
    assert.equal(document.getText(lower.range), 'property');
    assert.equal(lower.severity, vscode.DiagnosticSeverity.Warning);
  });

  describe('editing a copy', () => {
    let copy: vscode.TextDocument | undefined;
    afterEach(async () => {
      if (copy) await discard(copy);
      copy = undefined;
    });

    it('rename updates the definition and every use, keeping possessives', async () => {
      const doc = (copy = await openFreshCopy(FILE));
      await ready(doc);
      const use = rangeOf(doc, 'the Borrower may pay', 'Borrower');
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
        'vscode.executeDocumentRenameProvider',
        doc.uri,
        middleOf(use),
        'Obligor',
      );
      assert.ok(edit, 'no rename edit');
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      const text = doc.getText();
      assert.ok(text.includes('Noor Haddad (the "Obligor")'), text);
      assert.ok(text.includes('the Obligor may pay'), text);
      assert.ok(text.includes("the Obligor's loan documents"), text);
      assert.ok(text.includes("remain the Obligor's responsibility"), text);
      assert.ok(!/\bBorrower\b/.test(text), text);
    });

    it('the case quick fix writes the defined form and clears the finding', async () => {
      const doc = (copy = await openFreshCopy(FILE));
      const diagnostics = await ready(doc);
      const lower = diagnostics.find((d) => codeOf(d) === 'defined-term-case');
      assert.ok(lower);
      const actions =
        (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
          'vscode.executeCodeActionProvider',
          doc.uri,
          lower.range,
          undefined,
          10,
        )) ?? [];
      const fix = actions.find(
        (a): a is vscode.CodeAction => a instanceof vscode.CodeAction && a.title === 'Write “Property”',
      );
      assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
      assert.ok(doc.getText().includes('Taxes on the Property remain'));
      await diagnosticsWhen(doc.uri, 'the case finding to clear', (all) =>
        all.every((d) => codeOf(d) !== 'defined-term-case'),
      );
    });
  });
});
