// Helpers for tests of the risky-claim rules and their code actions, driven through the real VS Code API.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { codeOf, diagnosticsWhen } from './helpers';

/** The compiled suite runs from out/test/vscode/suite; the rules are read from the repository's sources. */
const RULES_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'glossary', 'rules');

/** A neutral paragraph placed before each claim, so claims are never the document's first line. */
export const NEUTRAL = 'Writers keep notes on each chapter of the guide.';

export interface RuleExample {
  id: string;
  text: string;
  fixed: string;
}

/** The first `examples.flags` entry of every rule file in glossary/rules, in file-name order. */
export function firstFlagExamples(): RuleExample[] {
  const files = fs
    .readdirSync(RULES_DIR)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort();
  assert.ok(files.length > 0, `no rule files in ${RULES_DIR}`);
  return files.map((file) => {
    const rule = parse(fs.readFileSync(path.join(RULES_DIR, file), 'utf8')) as {
      id?: unknown;
      examples?: { flags?: { text?: unknown; fixed?: unknown }[] };
    };
    const example = rule.examples?.flags?.[0];
    assert.ok(
      typeof rule.id === 'string' && typeof example?.text === 'string' && typeof example.fixed === 'string',
      `${file}: needs an id and a first examples.flags entry with text and fixed`,
    );
    return { id: rule.id, text: example.text, fixed: example.fixed };
  });
}

export function exampleOf(id: string): RuleExample {
  const example = firstFlagExamples().find((candidate) => candidate.id === id);
  assert.ok(example, `no rule ${id} in ${RULES_DIR}`);
  return example;
}

/** Paragraphs joined the way a writer separates them in Markdown, with a final line break. */
export function markdownOf(...paragraphs: string[]): string {
  return `${paragraphs.join('\n\n')}\n`;
}

let untitledCount = 0;

/**
 * Opens an untitled Markdown editor holding `content`; close it with `discard`. Each has a name of its
 * own: VS Code gives a new nameless document the name of the last one closed ("Untitled-1"), and
 * findings published for the closed one could then be read as the new one's.
 */
export async function openUntitledMarkdown(content: string): Promise<vscode.TextDocument> {
  const name = `suite-${process.pid}-${++untitledCount}.md`;
  let document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: name }));
  if (document.languageId !== 'markdown')
    document = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
  const editor = await vscode.window.showTextDocument(document);
  if (content !== '') {
    const inserted = await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content));
    assert.ok(inserted, `could not write the text of ${name}`);
  }
  assert.equal(document.getText(), content);
  return document;
}

export function ofRule(diagnostics: readonly vscode.Diagnostic[], rule: string): vscode.Diagnostic[] {
  return diagnostics.filter((diagnostic) => codeOf(diagnostic) === rule);
}

/** Waits until the document shows exactly `count` diagnostics of `rule`, and returns them. */
export async function ruleDiagnosticsWhen(
  document: vscode.TextDocument,
  rule: string,
  count: number,
  extra: (diagnostics: vscode.Diagnostic[]) => boolean = () => true,
): Promise<vscode.Diagnostic[]> {
  const all = await diagnosticsWhen(
    document.uri,
    `${count} diagnostic(s) of ${rule}`,
    (diagnostics) => ofRule(diagnostics, rule).length === count && extra(ofRule(diagnostics, rule)),
  );
  return ofRule(all, rule);
}

export async function codeActionsAt(
  uri: vscode.Uri,
  range: vscode.Range,
  kind?: string,
): Promise<vscode.CodeAction[]> {
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      range,
      kind,
      10, // resolve lazily computed edits
    )) ?? [];
  return actions.filter((action): action is vscode.CodeAction => action instanceof vscode.CodeAction);
}

export function titlesOf(actions: readonly vscode.CodeAction[]): string {
  return JSON.stringify(actions.map((action) => action.title));
}

/** The one action titled `title`; fails with the titles on offer. */
export function actionTitled(actions: readonly vscode.CodeAction[], title: string): vscode.CodeAction {
  const matching = actions.filter((action) => action.title === title);
  assert.equal(matching.length, 1, `expected one action "${title}" among: ${titlesOf(actions)}`);
  return matching[0];
}

export async function applyActionEdit(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `action "${action.title}" has no edit`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true, `applying "${action.title}" failed`);
}

export function rulesSetting(): Record<string, string> | undefined {
  return vscode.workspace.getConfiguration('mortgageLens').get<Record<string, string>>('rules');
}

export function workspaceRulesSetting(): Record<string, string> | undefined {
  return vscode.workspace.getConfiguration('mortgageLens').inspect<Record<string, string>>('rules')
    ?.workspaceValue;
}

/** Sets (or with undefined, removes) `mortgageLens.rules` in the workspace settings. */
export async function setWorkspaceRules(rules: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace
    .getConfiguration('mortgageLens')
    .update('rules', rules, vscode.ConfigurationTarget.Workspace);
}
