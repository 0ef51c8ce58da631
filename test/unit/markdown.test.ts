// Markdown awareness: no hover and no diagnostic in code, front matter, HTML, URLs or link targets.
import * as assert from 'node:assert/strict';
import { proseOf } from '../../server/src/core/text/markup';
import { documentOf, languageService } from '../helpers';

const CLAIM = 'Foreclosure erases all debt.';

/** The words of the text that count as prose, in order. */
function proseWords(text: string, languageId = 'markdown'): string[] {
  return proseOf(text, languageId).masked.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function codes(text: string): string[] {
  return languageService()
    .diagnostics(documentOf(text))
    .map((d) => String(d.code));
}

describe('markdown prose', () => {
  it('keeps offsets: the masked text has the length of the original', () => {
    const text = '---\na: b\n---\nSee `x` and <https://a.b> and [t](u).\r\n\r\n```\ncode\n```\n';
    assert.equal(proseOf(text, 'markdown').masked.length, text.length);
  });

  it('skips YAML front matter, and TOML front matter', () => {
    assert.deepEqual(proseWords(`---\ntitle: ${CLAIM}\n---\nBody text.`), ['Body', 'text']);
    assert.deepEqual(proseWords(`+++\ntitle = "${CLAIM}"\n+++\nBody.`), ['Body']);
    assert.deepEqual(codes(`---\ntitle: ${CLAIM}\n---\n\nBody.`), []);
  });

  it('reads a leading --- that never closes as prose (a thematic break), not as front matter', () => {
    assert.deepEqual(codes(`---\n\n${CLAIM}`), ['foreclosure-erases-debt']);
  });

  it('skips fenced code (backticks and tildes) and indented code', () => {
    assert.deepEqual(codes(`\`\`\`md\n${CLAIM}\n\`\`\`\n\n~~~\n${CLAIM}\n~~~\n\n    ${CLAIM}\n`), []);
  });

  it('skips code fenced inside a list item and in a block quote', () => {
    assert.deepEqual(
      codes(`- item\n\n  \`\`\`\n  ${CLAIM}\n  \`\`\`\n\n> \`\`\`\n> ${CLAIM}\n> \`\`\`\n`),
      [],
    );
  });

  it('skips inline code, including double-backtick spans and spans across a line break', () => {
    assert.deepEqual(proseWords('Use `deficiency judgment` or ``a ` b`` or `line\nbreak` now.'), [
      'Use',
      'or',
      'or',
      'now',
    ]);
  });

  it('treats an unmatched backtick as text', () => {
    assert.deepEqual(proseWords('A ` lone backtick'), ['A', 'lone', 'backtick']);
  });

  it('skips HTML comments, HTML blocks and inline tags but keeps the text between tags', () => {
    assert.deepEqual(
      codes(`<!-- ${CLAIM} -->\n\nText <!-- ${CLAIM} --> more.\n\n<div>\n${CLAIM}\n</div>\n`),
      [],
    );
    assert.deepEqual(proseWords('A <span class="x">word</span> here.'), ['A', 'word', 'here']);
  });

  it('skips link targets, reference definitions, autolinks and bare URLs but keeps link text', () => {
    assert.deepEqual(
      proseWords(
        '[short sale](https://example.com/foreclosure-erases-all-debt "title") and [ref][foreclosure]',
      ),
      ['short', 'sale', 'and', 'ref'],
    );
    assert.deepEqual(proseWords('[foreclosure]: https://example.com/x\n\nText.'), ['Text']);
    assert.deepEqual(
      proseWords('See <https://example.com/short-sale> and https://example.com/deficiency-judgment.'),
      ['See', 'and'],
    );
  });

  it('finds a claim in a heading, a list item, a quote and a table cell', () => {
    const text = `# ${CLAIM}\n\n- ${CLAIM}\n\n> ${CLAIM}\n\n| a | b |\n|---|---|\n| x | ${CLAIM} |\n`;
    assert.deepEqual(codes(text), Array(4).fill('foreclosure-erases-debt'));
  });

  it('does not let a sentence run across two list items or table cells', () => {
    assert.deepEqual(codes('- Foreclosure\n- erases all debt\n'), []);
    assert.deepEqual(codes('| Foreclosure | erases all debt |\n|---|---|\n'), []);
  });

  it('plain text masks only URLs', () => {
    assert.deepEqual(proseWords('```\nfenced\n``` see https://x.y/z now', 'plaintext'), [
      'fenced',
      'see',
      'now',
    ]);
  });
});
