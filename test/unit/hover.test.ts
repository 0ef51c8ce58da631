// The hover a writer reads: definition, differences from neighbour terms, related terms; and
// glossary text shown as text, never as links, HTML or commands.
import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { termMarkdown } from '../../server/src/core/terms/hover';
import type { TermEntry } from '../../server/src/core/glossaryTypes';
import { builtInGlossary, documentOf, languageService } from '../helpers';

function hoverText(text: string, character: number): string | undefined {
  const document = documentOf(text);
  const hover = languageService().hover(document, { line: 0, character });
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

describe('hover', () => {
  it('shows the term, its definition, how it differs from neighbours and related terms', () => {
    const value = hoverText('A deficiency judgment may follow.', 5)!;
    const entry = builtInGlossary().terms.find((t) => t.id === 'deficiency-judgment')!;
    assert.match(value, /^\*\*Deficiency judgment\*\* · \*mortgage glossary\*/);
    assert.ok(value.includes(entry.definition.slice(0, 40)));
    assert.match(value, /\*\*Differs from\*\*\n\n- \*\*Foreclosure\*\*: Foreclosure is the process/);
    assert.match(value, /- \*\*Short sale\*\*: /);
    assert.match(value, /\*\*Related:\*\* Foreclosure · Short sale · Deed in lieu of foreclosure/);
    assert.match(value, /not legal advice/);
  });

  it('answers at both edges of a mention and nowhere else', () => {
    const text = 'A short sale, then.';
    assert.ok(hoverText(text, 2));
    assert.ok(hoverText(text, 12));
    assert.equal(hoverText(text, 1), undefined);
    assert.equal(hoverText(text, 14), undefined);
  });

  it('escapes glossary text so a workspace entry cannot inject links, HTML or commands', () => {
    const hostile: TermEntry = {
      id: 'x',
      term: 'x',
      definition: 'See [click](command:workbench.action.quit) <img src=x onerror=alert(1)> `code` *bold*',
      why_it_matters: '',
      where_it_appears: '',
      differs_from: [{ term: 'y', note: '<script>alert(1)</script>' }],
      knowledge_check: [],
      sources: [{ title: '[t](https://evil.example)' }],
    };
    const value = termMarkdown(hostile, new Map());
    assert.ok(!/\]\(command:/.test(value.replace(/\\\]\\\(/g, '')), 'no live command link');
    assert.ok(value.includes('\\[click\\]\\(command:workbench.action.quit\\)'));
    assert.ok(value.includes('&lt;img src=x onerror=alert\\(1\\)&gt;'));
    assert.ok(value.includes('&lt;script&gt;'));
    assert.ok(!value.includes('<'), 'every < is an entity (a backslash could be taken into a linkified URL)');
  });
});

describe('glossary entry pages', () => {
  it('renders an entry with links to its neighbours, and nothing for an unknown id', () => {
    const service = languageService();
    service.linkEntries((id) => `mortgage-lens-glossary:/${id}.md`);
    const page = service.entryPage('short-sale')!;
    assert.match(page, /^# Short sale\n\n/);
    assert.match(page, /- \[Foreclosure\]\(mortgage-lens-glossary:\/foreclosure\.md\): /);
    assert.match(page, /not legal advice/);
    const [diagnostic] = service.diagnostics(
      documentOf('A short sale always cancels whatever is still owed.'),
    );
    assert.deepEqual(diagnostic.relatedInformation, [
      {
        location: {
          uri: 'mortgage-lens-glossary:/short-sale.md',
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        },
        message: 'Glossary entry: short sale',
      },
    ]);
    service.linkEntries(undefined);
    assert.equal(
      service.diagnostics(documentOf('Foreclosure erases all debt.'))[0].relatedInformation,
      undefined,
    );
    assert.equal(service.entryPage('no-such-term'), undefined);
  });
});
