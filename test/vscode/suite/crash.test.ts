// When the language server process dies, the extension starts a new one, tells the writer, and
// documents are checked again. The test kills the real server process (its pid comes from the
// server itself) and reads what the writer was told from the extension's exports.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RequestType0 } from 'vscode-languageserver-protocol';
import { PID_REQUEST } from '../../../server/src/protocol/requests';
import {
  CLAIM,
  claimDiagnostics,
  diagnosticsWhen,
  discard,
  EXTENSION_ID,
  linesEqualTo,
  openFreshCopy,
  waitFor,
} from './helpers';

interface CrashApi {
  host: { request<R>(type: RequestType0<R, void>): Promise<R | undefined>; readonly state: string };
  serverCrashes: { message: string; restarted: boolean }[];
}

async function api(): Promise<CrashApi> {
  const extension = vscode.extensions.getExtension<CrashApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.isActive ? extension.exports : extension.activate();
}

const serverPid = (host: CrashApi['host']) => host.request(PID_REQUEST);

describe('Server crash', () => {
  let document: vscode.TextDocument | undefined;

  afterEach(async () => {
    if (document) await discard(document);
    document = undefined;
  });

  it('restarts a killed server, says so, and checks documents again', async function () {
    this.timeout(60_000);
    const { host, serverCrashes } = await api();
    const doc = (document = await openFreshCopy('sample.md'));
    await diagnosticsWhen(doc.uri, 'the claim before the crash', (d) => claimDiagnostics(d).length === 1);
    const pid = await waitFor('the server process id', () => serverPid(host));
    const told = serverCrashes.length;

    process.kill(pid, 'SIGKILL');

    const notice = await waitFor('the writer to be told', () => serverCrashes[told]);
    assert.equal(notice.restarted, true);
    assert.match(notice.message, /stopped unexpectedly and was restarted/);
    const next = await waitFor(
      'a new server process',
      async () => {
        const now = await serverPid(host);
        return now !== undefined && now !== pid && now;
      },
      30_000,
    );
    assert.notEqual(next, pid);
    assert.throws(() => process.kill(pid, 0), 'the killed server is gone');

    // The new server has the document (re-sent on restart) and follows edits to it.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, `\n${CLAIM}\n`);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const typed = linesEqualTo(doc, CLAIM).at(-1);
    await diagnosticsWhen(doc.uri, 'the typed claim flagged after the restart', (d) =>
      claimDiagnostics(d).some((x) => x.range.start.line === typed),
    );
  });
});
