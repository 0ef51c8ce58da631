// The status bar item: how many findings Mortgage Lens has in the active document (click: Problems),
// and the server's state (starting, stopped, failed: click shows the output).
import * as vscode from 'vscode';
import { SHOW_OUTPUT_COMMAND } from '../../server/src/protocol/commands';
import { SOURCE, TOO_LARGE_CODE } from '../../server/src/protocol/constants';
import type { ServerHost } from './serverHost';

export interface StatusSnapshot {
  visible: boolean;
  text: string;
  tooltip: string;
  command: string | undefined;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'mortgageLens.status',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly subscriptions: vscode.Disposable[] = [];
  private current: StatusSnapshot = { visible: false, text: '', tooltip: '', command: undefined };

  constructor(private readonly host: ServerHost) {
    this.item.name = 'Mortgage Lens';
    const update = () => this.update();
    this.subscriptions.push(
      this.item,
      host.onDidChangeState(update),
      vscode.window.onDidChangeActiveTextEditor(update),
      vscode.languages.onDidChangeDiagnostics(update),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('mortgageLens')) update();
      }),
    );
    update();
  }

  /** What the item shows now; for tests. */
  snapshot(): StatusSnapshot {
    return { ...this.current };
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const state = this.host.state;
    const ours = document !== undefined && this.host.handles(document);
    let next: StatusSnapshot;
    if (state === 'failed' || (state === 'stopped' && ours)) {
      next = {
        visible: true,
        text: '$(error) Mortgage Lens',
        tooltip: `Mortgage Lens: the server ${state === 'failed' ? 'did not start' : 'has stopped'}. Click to see its output.`,
        command: SHOW_OUTPUT_COMMAND,
      };
    } else if (!ours) {
      next = { visible: false, text: '', tooltip: '', command: undefined };
    } else if (state === 'disabled') {
      next = {
        visible: true,
        text: '$(circle-slash) Mortgage Lens',
        tooltip: 'Mortgage Lens is turned off (setting mortgageLens.enable).',
        command: undefined,
      };
    } else if (state === 'starting') {
      next = {
        visible: true,
        text: '$(loading~spin) Mortgage Lens',
        tooltip: 'Mortgage Lens: the server is starting.',
        command: SHOW_OUTPUT_COMMAND,
      };
    } else {
      const ownDiagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === SOURCE);
      const skipped = ownDiagnostics.some((d) => codeOf(d) === TOO_LARGE_CODE);
      const findings = ownDiagnostics.length;
      next = skipped
        ? {
            visible: true,
            text: '$(circle-slash) Mortgage Lens: skipped',
            tooltip: 'Mortgage Lens did not check this file: it is over mortgageLens.maxFileSize.',
            command: 'workbench.actions.view.problems',
          }
        : {
            visible: true,
            text: findings === 0 ? '$(check) Mortgage Lens' : `$(warning) Mortgage Lens: ${findings}`,
            tooltip:
              `Mortgage Lens: ${findings === 0 ? 'no findings' : `${findings} finding${findings === 1 ? '' : 's'}`} ` +
              `in this document; the server is running${this.host.where ? ` ${this.host.where}` : ''}. Click to open Problems.`,
            command: 'workbench.actions.view.problems',
          };
    }
    this.current = next;
    this.item.text = next.text;
    this.item.tooltip = next.tooltip;
    this.item.command = next.command;
    this.item.accessibilityInformation = { label: next.tooltip };
    if (next.visible) this.item.show();
    else this.item.hide();
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}
