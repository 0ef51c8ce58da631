import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFile, waitFor } from './helpers';

describe('Activation', () => {
  it('activates when a Markdown file is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
    const document = await openFile('sample.md');
    assert.equal(document.languageId, 'markdown');
    await waitFor(`${EXTENSION_ID} to activate`, () => extension.isActive);
  });
});
