// What both entry points do once they know how to start a server: the commands, the Terms view,
// the status bar, glossary pages, and restarts when the settings or workspace trust change.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { registerGlossaryPages } from './glossaryPages';
import { ServerHost, type ClientFactory } from './serverHost';
import { StatusBar, type StatusSnapshot } from './statusBar';
import { TermsView } from './termsView';

/** What the extension exports: for tests and for other extensions; not a stable API. */
export interface MortgageLensApi {
  host: ServerHost;
  status(): StatusSnapshot;
  terms(): ReturnType<TermsView['snapshot']>;
}

export async function activateWith(
  context: vscode.ExtensionContext,
  factory: ClientFactory,
): Promise<MortgageLensApi> {
  const host = new ServerHost(factory);
  const statusBar = new StatusBar(host);
  const termsView = new TermsView(host);
  const updateLanguagesContext = () =>
    vscode.commands.executeCommand(
      'setContext',
      'mortgageLens.languages',
      vscode.workspace.getConfiguration('mortgageLens').get<string[]>('languages', []),
    );
  void updateLanguagesContext();
  context.subscriptions.push(
    host,
    statusBar,
    termsView,
    registerGlossaryPages(host),
    registerCommands(host),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('mortgageLens.languages')) void updateLanguagesContext();
      if (
        event.affectsConfiguration('mortgageLens.enable') ||
        event.affectsConfiguration('mortgageLens.languages')
      ) {
        await host.restart();
      }
    }),
    // Trusting the workspace lets the server read its team configuration: start afresh.
    vscode.workspace.onDidGrantWorkspaceTrust(() => host.restart()),
  );
  await host.start();
  return { host, status: () => statusBar.snapshot(), terms: () => termsView.snapshot() };
}
