// Helpers for tests that drive the real VS Code API the way a user's editor would.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'mortgage-lens.mortgage-lens';
export const CLAIM = 'Foreclosure erases all debt.';
export const CLAIM_CODE = 'foreclosure-erases-debt';
export const SOURCE = 'Mortgage Lens';

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is not open');
  return folder.uri;
}

export async function openFile(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder(), name));
  await vscode.window.showTextDocument(document);
  return document;
}

let copies = 0;

/** Opens a new copy of a workspace file, for tests that edit: the shared samples stay untouched. */
export async function openFreshCopy(name: string): Promise<vscode.TextDocument> {
  const source = vscode.Uri.joinPath(workspaceFolder(), name);
  const copy = vscode.Uri.joinPath(workspaceFolder(), 'scratch', `${++copies}-${name}`);
  await vscode.workspace.fs.copy(source, copy, { overwrite: true });
  const document = await vscode.workspace.openTextDocument(copy);
  await vscode.window.showTextDocument(document);
  return document;
}

/** Drops unsaved edits and closes the editor, so later tests see a clean window. */
export async function discard(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  // A closed untitled document's name is given to the next one: its findings must be gone first, or
  // the next test could read them as its own. (A file's document may stay open after its editor closes.)
  if (document.uri.scheme === 'untitled') {
    await waitFor(`closed ${document.uri.toString()} to lose its findings`, () => {
      const left = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === SOURCE);
      return document.isClosed && left.length === 0;
    }).catch((error: Error) => {
      throw new Error(
        `${error.message}; diagnostics now: ${describeDiagnostics(vscode.languages.getDiagnostics(document.uri))}`,
      );
    });
  }
}

/** Polls until `probe` returns something other than undefined/false; VS Code's results arrive asynchronously. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Lines whose whole text equals `text`, in document order. */
export function linesEqualTo(document: vscode.TextDocument, text: string): number[] {
  const lines: number[] = [];
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text === text) lines.push(line);
  }
  return lines;
}

/** The range of `needle` on the only line that contains `lineMarker`. */
export function rangeOf(
  document: vscode.TextDocument,
  lineMarker: string,
  needle = lineMarker,
): vscode.Range {
  const lines = [];
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(lineMarker)) lines.push(line);
  }
  assert.equal(
    lines.length,
    1,
    `expected one line containing ${JSON.stringify(lineMarker)}, found ${lines.length}`,
  );
  const line = lines[0];
  const start = document.lineAt(line).text.indexOf(needle);
  assert.ok(start >= 0, `${JSON.stringify(needle)} not on line ${line}`);
  return new vscode.Range(line, start, line, start + needle.length);
}

export function middleOf(range: vscode.Range): vscode.Position {
  return new vscode.Position(range.start.line, Math.floor((range.start.character + range.end.character) / 2));
}

export async function hoversAt(
  document: vscode.TextDocument,
  position: vscode.Position,
): Promise<vscode.Hover[]> {
  return (
    (await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      position,
    )) ?? []
  );
}

export function hoverText(hover: vscode.Hover): string {
  return hover.contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
}

/** Hovers with visible text; providers may return empty ones. */
export async function visibleHoversAt(
  document: vscode.TextDocument,
  position: vscode.Position,
): Promise<string[]> {
  return (await hoversAt(document, position)).map(hoverText).filter((text) => text.trim() !== '');
}

/** Waits until the language server answers hovers for `sample.md`, so "no hover" checks mean something. */
export async function glossaryHoverReady(document: vscode.TextDocument): Promise<vscode.Hover> {
  const mention = rangeOf(document, 'deficiency judgments');
  return waitFor('a glossary hover on "deficiency judgments"', async () =>
    (await hoversAt(document, middleOf(mention))).find((hover) =>
      /deficiency judgment/i.test(hoverText(hover)),
    ),
  );
}

export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(
    diagnostics.map((d) => ({
      code: codeOf(d),
      source: d.source,
      line: d.range.start.line,
      message: d.message,
    })),
  );
}

export async function diagnosticsWhen(
  uri: vscode.Uri,
  what: string,
  ready: (diagnostics: vscode.Diagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    return ready(diagnostics) && diagnostics;
  }).catch((error: Error) => {
    throw new Error(
      `${error.message}; diagnostics now: ${describeDiagnostics(vscode.languages.getDiagnostics(uri))}`,
    );
  });
}

export function claimDiagnostics(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((diagnostic) => codeOf(diagnostic) === CLAIM_CODE);
}
