// What a writer can do with a finding: reword it, ignore it once, turn the rule off, fix them all.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core/languageService';
import { builtInGlossary, documentOf } from '../helpers';

const CLAIM = 'Foreclosure erases all debt.';

function apply(document: TextDocument, action: CodeAction): string {
  return TextDocument.applyEdits(document, action.edit?.changes?.[document.uri] ?? []);
}

describe('code actions', () => {
  const service = createLanguageService(builtInGlossary());
  const whole = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

  it('offers the rewording (preferred), ignoring this occurrence and turning the rule off', () => {
    const document = documentOf(`Intro.\n\n${CLAIM}\n`);
    const [diagnostic] = service.diagnostics(document);
    const actions = service.codeActions(document, diagnostic.range, undefined, { turnOff: true });
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
      [
        ['Reword as “does not always erase”', 'quickfix', true],
        ['Ignore this occurrence of foreclosure-erases-debt', 'quickfix', false],
        ['Turn off foreclosure-erases-debt in this workspace', 'quickfix', false],
      ],
    );
    assert.deepEqual(actions[2].command, {
      title: 'Turn off foreclosure-erases-debt',
      command: 'mortgageLens.disableRule',
      arguments: ['foreclosure-erases-debt'],
    });
  });

  it('offers turning the rule off only to a client that can run the command', () => {
    const document = documentOf(`${CLAIM}\n`);
    const [diagnostic] = service.diagnostics(document);
    assert.deepEqual(
      service.codeActions(document, diagnostic.range).map((a) => a.title),
      ['Reword as “does not always erase”', 'Ignore this occurrence of foreclosure-erases-debt'],
    );
  });

  it('ignores a Markdown occurrence with a comment at the end of its line, and only that one', () => {
    const document = documentOf(`${CLAIM}\r\n\r\n${CLAIM}\r\n`);
    const [first] = service.diagnostics(document);
    const ignored = apply(document, service.codeActions(document, first.range)[1]);
    assert.equal(
      ignored,
      `${CLAIM} <!-- mortgage-lens-disable-line foreclosure-erases-debt -->\r\n\r\n${CLAIM}\r\n`,
    );
    assert.deepEqual(
      service.diagnostics(documentOf(ignored)).map((d) => d.range.start.line),
      [2],
    );
  });

  it('ignores a plain-text occurrence with a directive line above it, keeping the indentation', () => {
    const document = documentOf(`Notes\n  ${CLAIM}\n`, 'plaintext');
    const [diagnostic] = service.diagnostics(document);
    const ignored = apply(document, service.codeActions(document, diagnostic.range)[1]);
    assert.equal(ignored, `Notes\n  mortgage-lens-disable-next-line foreclosure-erases-debt\n  ${CLAIM}\n`);
    assert.deepEqual(service.diagnostics(documentOf(ignored, 'plaintext')), []);
  });

  it('fixes every claim of the document in one source.fixAll action, only when asked', () => {
    const document = documentOf(`${CLAIM}\n\nA deed in lieu releases you from the entire loan.\n`);
    assert.equal(
      service.codeActions(document, whole).some((a) => a.kind?.startsWith('source')),
      false,
    );
    const [all] = service.codeActions(document, whole, ['source.fixAll']);
    assert.equal(all.kind, 'source.fixAll.mortgageLens');
    assert.equal(
      apply(document, all),
      'Foreclosure does not always erase all debt.\n\nA deed in lieu does not always release you from the entire loan.\n',
    );
    assert.deepEqual(service.codeActions(documentOf('No claims here.'), whole, ['source.fixAll']), []);
  });
});

describe('settings', () => {
  it('turns a rule off or changes its severity', () => {
    const service = createLanguageService(builtInGlossary());
    const document = documentOf(`${CLAIM}\n\nA short sale is just another type of foreclosure.\n`);
    service.configure({
      rules: { 'foreclosure-erases-debt': 'off', 'short-sale-is-foreclosure': 'information' },
    });
    assert.deepEqual(
      service.diagnostics(document).map((d) => [d.code, d.severity]),
      [['short-sale-is-foreclosure', 3]],
    );
    service.configure({});
    assert.equal(service.diagnostics(document).length, 2);
  });
});

describe('inline control', () => {
  const service = createLanguageService(builtInGlossary());
  const lines = (text: string, languageId = 'markdown') =>
    service.diagnostics(documentOf(text, languageId)).map((d) => d.range.start.line);

  it('disables and re-enables all rules or named rules in Markdown', () => {
    const text = [
      CLAIM,
      '<!-- mortgage-lens-disable -->',
      CLAIM,
      '<!-- mortgage-lens-enable -->',
      CLAIM,
      '<!-- mortgage-lens-disable short-sale-is-foreclosure -->',
      CLAIM,
    ].join('\n\n');
    assert.deepEqual(lines(text), [0, 8, 12]);
  });

  it('disables the next line for a named rule only', () => {
    assert.deepEqual(
      lines(`<!-- mortgage-lens-disable-next-line foreclosure-erases-debt -->\n${CLAIM}\n\n${CLAIM}`),
      [3],
    );
    assert.deepEqual(lines(`<!-- mortgage-lens-disable-next-line deficiency-never -->\n${CLAIM}`), [1]);
  });

  it('reads the same directives on their own line in plain text, after an optional comment mark', () => {
    assert.deepEqual(lines(`# mortgage-lens-disable-next-line\n${CLAIM}\n${CLAIM}`, 'plaintext'), [2]);
    assert.deepEqual(
      lines(`mortgage-lens-disable\n${CLAIM}\nmortgage-lens-enable\n${CLAIM}`, 'plaintext'),
      [3],
    );
  });
});
