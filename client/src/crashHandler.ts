// What the writer sees when the language server process dies: a warning that says it was restarted
// (findings come back on their own), and after repeated crashes an error that says it was not,
// and how to start it again. The language client's default restarts silently.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient';

/** More crashes than this within the window and the server is left stopped. */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export const RESTARTED_MESSAGE =
  'The Mortgage Lens server stopped unexpectedly and was restarted. Findings and hovers are back in a moment; nothing in your documents was changed.';
export const GAVE_UP_MESSAGE = `The Mortgage Lens server stopped unexpectedly ${MAX_RESTARTS + 1} times in 3 minutes and was not restarted. Run "Mortgage Lens: Restart Server" to start it again; the "Mortgage Lens" output has details.`;

export interface CrashNotice {
  message: string;
  restarted: boolean;
  at: number;
}

/**
 * An error handler for the language client. `notices` records what the writer was told (the
 * extension's tests read it through the extension's exports); `output` is shown on request.
 */
export function crashHandler(notices: CrashNotice[], output?: vscode.OutputChannel): ErrorHandler {
  const crashes: number[] = [];
  return {
    // A message that could not be written or read: carry on a few times, as the default handler does.
    error: (_error, _message, count): ErrorHandlerResult => ({
      action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
    }),
    closed: (): CloseHandlerResult => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && crashes[0] < now - RESTART_WINDOW_MS) crashes.shift();
      if (crashes.length > MAX_RESTARTS) {
        notices.push({ message: GAVE_UP_MESSAGE, restarted: false, at: now });
        // The client shows this one itself, as an error.
        return { action: CloseAction.DoNotRestart, message: GAVE_UP_MESSAGE };
      }
      notices.push({ message: RESTARTED_MESSAGE, restarted: true, at: now });
      void vscode.window.showWarningMessage(RESTARTED_MESSAGE, 'Show Output').then((choice) => {
        if (choice) output?.show(true);
      });
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
