// The editor's mortgageLens settings section is untrusted input: one parser keeps what is well formed
// and gives every other value its default, for the language service and the editor features alike.
import * as assert from 'node:assert/strict';
import { lspSettings } from '../../server/src/lsp/settings';
import { DEFAULT_MAX_FILE_SIZE } from '../../server/src/protocol/constants';

const DEFAULTS = { service: {}, completion: false, maxFileSize: DEFAULT_MAX_FILE_SIZE };

describe('lspSettings', () => {
  it('gives the defaults for a missing or malformed section', () => {
    for (const section of [undefined, null, 42, 'on', [], {}])
      assert.deepEqual(lspSettings(section), DEFAULTS, JSON.stringify(section));
  });

  it('keeps well-formed values', () => {
    assert.deepEqual(
      lspSettings({
        rules: { a: 'off', b: 'hint' },
        hover: { sections: ['whyItMatters', 'sources'] },
        completion: { enable: true },
        maxFileSize: 200,
      }),
      {
        service: { rules: { a: 'off', b: 'hint' }, hoverSections: ['whyItMatters', 'sources'] },
        completion: true,
        maxFileSize: 200,
      },
    );
  });

  it('leaves out malformed rule entries and hover sections, and ignores malformed values', () => {
    assert.deepEqual(
      lspSettings({
        rules: { a: 'warning', b: 42, c: 'loud', d: null },
        hover: { sections: ['whyItMatters', 'bogus', 7] },
        completion: { enable: 'yes' },
        maxFileSize: -1,
      }),
      { ...DEFAULTS, service: { rules: { a: 'warning' }, hoverSections: ['whyItMatters'] } },
    );
    for (const maxFileSize of [0, '200', Number.NaN, null])
      assert.equal(lspSettings({ maxFileSize }).maxFileSize, DEFAULT_MAX_FILE_SIZE, String(maxFileSize));
    assert.deepEqual(lspSettings({ rules: 'off', hover: { sections: 'sources' } }).service, {});
  });
});
