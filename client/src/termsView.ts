// The "Mortgage Terms" view in the Explorer: the glossary terms the active document uses, in order
// of first use, with how often; a term selects all its mentions, and expands to one row per mention.
import * as vscode from 'vscode';
import { REVEAL_MENTIONS_COMMAND } from '../../server/src/protocol/commands';
import { DOCUMENT_TERMS_REQUEST, type DocumentTerm } from '../../server/src/protocol/requests';
import type { ServerHost } from './serverHost';

export const TERMS_VIEW = 'mortgageLens.terms';
const REFRESH_DELAY_MS = 150;

type Node =
  | { kind: 'term'; uri: string; term: DocumentTerm }
  | { kind: 'mention'; uri: string; term: DocumentTerm; index: number };

export class TermsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private terms: DocumentTerm[] = [];
  private uri: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last: vscode.TextDocument | undefined;
  /** Resolves after each refresh; tests wait on it. */
  private refreshed: Promise<void> = Promise.resolve();

  constructor(private readonly host: ServerHost) {
    this.view = vscode.window.createTreeView(TERMS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    const soon = () => this.schedule();
    this.subscriptions.push(
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(soon),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.last) soon();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.last) soon();
      }),
      // Diagnostics arrive once the server has analysed the new text.
      vscode.languages.onDidChangeDiagnostics((e) => {
        const shown = this.last?.uri.toString();
        if (e.uris.some((uri) => uri.toString() === shown)) soon();
      }),
      host.onDidChangeState(soon),
      this.view.onDidChangeVisibility(soon),
    );
    soon();
  }

  /** The rows as shown: term, count, and mentions; for tests. */
  async snapshot(): Promise<{ uri?: string; terms: { term: string; count: number }[] }> {
    await this.refresh();
    return { uri: this.uri, terms: this.terms.map((t) => ({ term: t.term, count: t.count })) };
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const { term } = node;
    if (node.kind === 'term') {
      const item = new vscode.TreeItem(term.term, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${node.uri}#${term.id}`;
      item.description = String(term.count);
      // Glossary text: shown as written, never as trusted Markdown.
      item.tooltip = new vscode.MarkdownString()
        .appendMarkdown('**')
        .appendText(term.term)
        .appendMarkdown('**\n\n')
        .appendText(term.definition);
      item.contextValue = 'term';
      item.iconPath = new vscode.ThemeIcon('book');
      item.accessibilityInformation = {
        label: `${term.term}, ${term.count} mention${term.count === 1 ? '' : 's'}`,
      };
      item.command = {
        command: REVEAL_MENTIONS_COMMAND,
        title: 'Select All Mentions',
        arguments: [node.uri, term.mentions.map((m) => m.range)],
      };
      return item;
    }
    const mention = term.mentions[node.index];
    const line = mention.range.start.line;
    const item = new vscode.TreeItem(`Line ${line + 1}`, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.uri}#${term.id}#${node.index}`;
    const document = this.last;
    item.description =
      document && !document.isClosed && line < document.lineCount
        ? document.lineAt(line).text.trim().slice(0, 80)
        : mention.text;
    item.command = {
      command: REVEAL_MENTIONS_COMMAND,
      title: 'Reveal Mention',
      arguments: [node.uri, [mention.range]],
    };
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (!this.uri) return [];
    const uri = this.uri;
    if (!node) return this.terms.map((term) => ({ kind: 'term', uri, term }));
    if (node.kind === 'term')
      return node.term.mentions.map((_, index) => ({ kind: 'mention', uri, term: node.term, index }));
    return [];
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    // A hidden view asks nothing: on a long document each refresh lists every mention. It is
    // refreshed when it is shown again (onDidChangeVisibility).
    if (!this.view.visible) return;
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private refresh(): Promise<void> {
    this.refreshed = this.refreshed.then(() => this.load());
    return this.refreshed;
  }

  private async load(): Promise<void> {
    // With a preview or another non-text editor active, the last document stays listed.
    const active = vscode.window.activeTextEditor?.document;
    const document = active ?? (this.last && !this.last.isClosed ? this.last : undefined);
    this.last = document;
    let terms: DocumentTerm[] = [];
    let message: string | undefined;
    if (!document || !this.host.handles(document)) {
      message = 'Open a Markdown or plain-text document to see the mortgage terms it uses.';
    } else if (this.host.state !== 'running') {
      message = `Mortgage Lens is ${this.host.state === 'disabled' ? 'turned off (mortgageLens.enable)' : 'not running'}.`;
    } else {
      const result = await this.host.request(DOCUMENT_TERMS_REQUEST, {
        uri: document.uri.toString(),
      });
      terms = result ?? [];
      if (!result) message = 'Mortgage Lens does not check this document.';
      else if (terms.length === 0) message = 'This document uses no glossary terms.';
    }
    this.uri = document?.uri.toString();
    this.terms = terms;
    this.view.message = message;
    const total = terms.reduce((n, t) => n + t.count, 0);
    this.view.description = terms.length ? `${terms.length} terms, ${total} mentions` : undefined;
    this.changed.fire(undefined);
  }
}
