// The palette commands: Show Glossary, Explain Term at Cursor, Insert Glossary Appendix, Fix All
// Risky Claims, Restart Server, Show Output; and the ones behind quick fixes and the Terms view.
import * as vscode from 'vscode';
import {
  DISABLE_RULE_COMMAND,
  EXPLAIN_TERM_COMMAND,
  FIX_ALL_COMMAND,
  INSERT_APPENDIX_COMMAND,
  OPEN_ENTRY_COMMAND,
  RESTART_SERVER_COMMAND,
  REVEAL_MENTIONS_COMMAND,
  SHOW_GLOSSARY_COMMAND,
  SHOW_OUTPUT_COMMAND,
} from '../../server/src/protocol/commands';
import { FIX_ALL_KIND } from '../../server/src/protocol/constants';
import {
  APPENDIX_REQUEST,
  DOCUMENT_TERMS_REQUEST,
  TERMS_REQUEST,
  type DocumentTerm,
} from '../../server/src/protocol/requests';
import { openEntry } from './glossaryPages';
import type { ServerHost } from './serverHost';

export function registerCommands(host: ServerHost): vscode.Disposable {
  const command = (id: string, run: (...args: never[]) => unknown) =>
    vscode.commands.registerCommand(id, run);
  return vscode.Disposable.from(
    command(SHOW_GLOSSARY_COMMAND, () => showGlossary(host)),
    command(EXPLAIN_TERM_COMMAND, () => explainTermAtCursor(host)),
    command(INSERT_APPENDIX_COMMAND, () => insertAppendix(host)),
    command(FIX_ALL_COMMAND, () => fixAllRiskyClaims(host)),
    command(RESTART_SERVER_COMMAND, () => host.restart()),
    command(SHOW_OUTPUT_COMMAND, () => host.output.show(true)),
    command(OPEN_ENTRY_COMMAND, (id: string | { id?: string }) =>
      openEntry(typeof id === 'string' ? id : (id?.id ?? ''), true),
    ),
    command(REVEAL_MENTIONS_COMMAND, revealMentions),
    command(DISABLE_RULE_COMMAND, disableRule),
  );
}

/** A searchable list of every term (and its aliases and definition); the pick opens its entry page. */
async function showGlossary(host: ServerHost): Promise<string | undefined> {
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const terms = await host.request(TERMS_REQUEST, { uri });
  if (!terms) {
    void vscode.window.showWarningMessage('Mortgage Lens is not running: the glossary is not available.');
    return undefined;
  }
  const items = terms.map((term) => ({
    // The glossary writes terms in lower case; a list item starts with a capital. One line, not an
    // import: the client bundle takes nothing from the server's core.
    label: term.term.charAt(0).toUpperCase() + term.term.slice(1),
    description: term.aliases.join(', '),
    detail: term.definition,
    id: term.id,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Mortgage Lens Glossary',
    placeHolder: `Search ${terms.length} mortgage terms by name, alias or definition`,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) await openEntry(picked.id);
  return picked?.id;
}

async function documentTerms(host: ServerHost, document: vscode.TextDocument): Promise<DocumentTerm[]> {
  return (await host.request(DOCUMENT_TERMS_REQUEST, { uri: document.uri.toString() })) ?? [];
}

/** Opens the entry of the term under the cursor beside the document. */
async function explainTermAtCursor(host: ServerHost): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !host.handles(editor.document)) {
    void vscode.window.showInformationMessage(
      'Mortgage Lens: open a document it checks and put the cursor on a term.',
    );
    return undefined;
  }
  const position = editor.selection.active;
  const terms = await documentTerms(host, editor.document);
  const term = terms.find((t) => t.mentions.some((m) => toRange(m.range).contains(position)));
  if (!term) {
    void vscode.window.showInformationMessage('Mortgage Lens: no glossary term at the cursor.');
    return undefined;
  }
  await openEntry(term.id, true);
  return term.id;
}

const APPENDIX_HEADING = '## Glossary';

/**
 * Puts "## Glossary" with the definitions of the terms the document uses at its end; an appendix
 * already there (from that heading to the next heading of level 1 or 2) is replaced, so running it
 * again after editing brings it up to date.
 */
async function insertAppendix(host: ServerHost): Promise<number | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !host.handles(editor.document)) {
    void vscode.window.showInformationMessage('Mortgage Lens: open a Markdown or plain-text document first.');
    return undefined;
  }
  const document = editor.document;
  const existing = appendixRange(document);
  // Terms mentioned only in the appendix's own definitions do not count.
  const result = await host.request(APPENDIX_REQUEST, {
    uri: document.uri.toString(),
    exclude: existing && {
      start: { line: existing.start.line, character: 0 },
      end: { line: existing.end.line, character: 0 },
    },
  });
  if (!result || result.terms === 0) {
    void vscode.window.showInformationMessage('Mortgage Lens: this document uses no glossary terms.');
    return 0;
  }
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const body = result.markdown.replace(/\n/g, eol);
  await editor.edit((edit) => {
    if (existing) {
      const more = existing.end.line < document.lineCount; // a heading follows
      edit.replace(existing, `${body}${eol}${more ? eol : ''}`);
    } else {
      const text = document.getText();
      const end = document.positionAt(text.length);
      const gap =
        text.length === 0 ? '' : text.endsWith(`${eol}${eol}`) ? '' : text.endsWith(eol) ? eol : eol + eol;
      edit.insert(end, `${gap}${body}${eol}`);
    }
  });
  return result.terms;
}

function appendixRange(document: vscode.TextDocument): vscode.Range | undefined {
  let start: number | undefined;
  for (let line = 0; line < document.lineCount; line++) {
    const text = document.lineAt(line).text;
    if (start === undefined) {
      if (text.trim() === APPENDIX_HEADING) start = line;
    } else if (/^#{1,2}\s/.test(text)) {
      return new vscode.Range(start, 0, line, 0);
    }
  }
  return start === undefined ? undefined : new vscode.Range(start, 0, document.lineCount, 0);
}

/** Applies every preferred rewording in the active document (the fix-all code action). */
async function fixAllRiskyClaims(host: ServerHost): Promise<number | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !host.handles(editor.document)) {
    void vscode.window.showInformationMessage('Mortgage Lens: open a Markdown or plain-text document first.');
    return undefined;
  }
  const document = editor.document;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      FIX_ALL_KIND,
      1, // resolve the edit if the server computes it lazily
    )) ?? [];
  const fixAll = actions.find((action) => action.kind?.value === FIX_ALL_KIND && action.edit);
  const count = fixAll?.edit?.get(document.uri).length ?? 0;
  if (!fixAll?.edit || count === 0) {
    void vscode.window.showInformationMessage(
      'Mortgage Lens: no risky claim with a rewording in this document.',
    );
    return 0;
  }
  await vscode.workspace.applyEdit(fixAll.edit);
  vscode.window.setStatusBarMessage(
    `Mortgage Lens reworded ${count} risky claim${count === 1 ? '' : 's'}`,
    5000,
  );
  return count;
}

/** Selects every mention of a term (one cursor each) and scrolls to the first. */
async function revealMentions(uri: string, ranges: { start: vscode.Position; end: vscode.Position }[]) {
  const target = vscode.Uri.parse(uri);
  const editor =
    vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString()) ??
    (await vscode.window.showTextDocument(target));
  const selections = ranges.map((r) => {
    const range = toRange(r);
    return new vscode.Selection(range.start, range.end);
  });
  if (selections.length === 0) return;
  await vscode.window.showTextDocument(editor.document, {
    viewColumn: editor.viewColumn,
    preserveFocus: false,
  });
  editor.selections = selections;
  editor.revealRange(selections[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The "Turn off … in this workspace" quick fix. */
async function disableRule(rule: string): Promise<void> {
  const config = vscode.workspace.getConfiguration('mortgageLens');
  const rules = { ...config.get<Record<string, string>>('rules', {}), [rule]: 'off' };
  const target = vscode.workspace.workspaceFolders
    ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  await config.update('rules', rules, target);
}

/** A protocol range (plain JSON, 0-based) as a VS Code range. */
export function toRange(range: {
  start: { line: number; character: number };
  end: { line: number; character: number };
}): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
