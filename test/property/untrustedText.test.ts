// Glossary text can come from a team glossary in the workspace, so everything built from it is
// untrusted. Whatever its fields hold, the hover renders no link, image or HTML at all, and a
// glossary entry page (opened as a Markdown document) and docs/glossary.md link only to glossary
// entries and to the sources' https URLs. Checked by rendering with markdown-it, HTML allowed,
// as a permissive Markdown renderer would.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { entryPage, glossaryPage } from '../../server/src/core/render/glossaryPage';
import type { TermEntry } from '../../server/src/core/glossaryTypes';
import { HOVER_SECTIONS, termMarkdown } from '../../server/src/core/terms/hover';
import { formatAppendix } from '../../server/src/core/render/appendix';
import { HOSTILE, params } from './arbitraries';

const renderer = new MarkdownIt({ html: true, linkify: true });

const ATTACKS = [
  '[click](command:workbench.action.quit)',
  '![x](command:workbench.action.quit)',
  '[x](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="command:x">x</a>',
  '<command:workbench.action.quit>',
  '<https://evil.example>',
  '\n\n[ref]: command:workbench.action.quit\n\n[ref][] [ref]',
  '\\[escaped?](command:x)',
  '\\\\[double](command:x)',
  '](command:x)',
  '&lt;script&gt;',
  '&#60;b&#62;',
  '`<code>`',
  '<!-- hidden -->',
  '| a | b |',
  '\n# heading\n',
  '\n---\n',
  'www.example.com',
  'https://example.com/a_(b)',
  '//fileserver.example/share', // a link without a scheme, opened as a file on that host
];

const hostileText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...ATTACKS) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(...HOSTILE, '[', ']', '(', ')', '<', '>', '\\', '!', '&', '\n'),
      },
      { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** A source URL passes the schema (^https://) but may try to end its link early. */
const hostileUrl = hostileText.map((rest) => `https://example.com/${rest}`);

const ID = 'team-term';
const OTHER = 'other-term';

const hostileTerm = fc
  .record({
    term: hostileText,
    aliases: fc.array(hostileText, { maxLength: 2 }),
    definition: hostileText,
    why: hostileText,
    where: hostileText,
    event: hostileText,
    example: hostileText,
    meaning: hostileText,
    note: hostileText,
    question: hostileText,
    answer: hostileText,
    title: hostileText,
    publisher: hostileText,
    url: fc.option(hostileUrl, { nil: undefined }),
    otherName: hostileText,
  })
  .map((f): [TermEntry, TermEntry] => {
    const term: TermEntry = {
      id: ID,
      term: f.term,
      aliases: f.aliases,
      other_senses: [{ meaning: f.meaning, cues: ['x'] }],
      definition: f.definition,
      why_it_matters: f.why,
      where_it_appears: f.where,
      when_risk_appears: [{ event: f.event, why: f.why }],
      varies_by_jurisdiction: f.where,
      example: f.example,
      differs_from: [{ term: OTHER, note: f.note }],
      knowledge_check: [{ question: f.question, answer: f.answer }],
      related: [OTHER],
      sources: [{ title: f.title, publisher: f.publisher, url: f.url }],
    };
    const other: TermEntry = {
      ...term,
      id: OTHER,
      term: f.otherName,
      related: [ID],
      differs_from: [{ term: ID, note: f.note }],
    };
    return [term, other];
  });

/** Tags in rendered HTML, and the href/src of each. */
function rendered(markdown: string): { tags: string[]; links: string[]; images: number } {
  const html = renderer.render(markdown);
  const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
  const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
  return { tags, links, images: tags.filter((t) => t === 'img').length };
}

/** What Markdown itself produces from our templates; anything else came from the text. */
const STRUCTURE = new Set([
  'p',
  'strong',
  'em',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'code',
  'pre',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'br',
]);

/** Glossary entries, the page's own anchors, and web addresses (sources, or linkified from the text). */
/** Web and e-mail addresses, which GFM renderers linkify in any text: harmless, the editor asks first. */
const WEB_LINK = /^(https?:\/\/|mailto:)[^"]*$/i;
const SAFE_LINK = /^(mortgage-lens-glossary:\/[a-z0-9-]+\.md|#[^"]*|https?:\/\/[^"]*|mailto:[^"]*)$/i;

function assertNoHtmlFromText(tags: string[], markdown: string): void {
  const foreign = tags.filter((t) => !STRUCTURE.has(t) && t !== 'a');
  assert.deepEqual(foreign, [], `HTML from the text survived in:\n${markdown}`);
}

describe('untrusted glossary text', function () {
  this.timeout(60_000);

  it('hover Markdown: no command link, image or HTML, whatever the entry holds', () => {
    fc.assert(
      fc.property(hostileTerm, fc.boolean(), ([term, other], uncertain) => {
        const markdown = termMarkdown(
          term,
          new Map([
            [ID, term],
            [OTHER, other],
          ]),
          uncertain,
        );
        const { tags, links, images } = rendered(markdown);
        // Bare web addresses in the text are linkified by GFM renderers (VS Code's too): harmless, and
        // opened only after the editor's link prompt. No other link can come from the text.
        for (const l of links) assert.match(l, WEB_LINK, `a link in the hover:\n${markdown}`);
        assert.equal(images, 0);
        assertNoHtmlFromText(tags, markdown);
      }),
      params(400),
    );
  });

  it('glossary entry page: links only to glossary entries and https sources', () => {
    fc.assert(
      fc.property(hostileTerm, ([term, other]) => {
        const terms = new Map([
          [ID, term],
          [OTHER, other],
        ]);
        const markdown = entryPage(term, terms, (id) => `mortgage-lens-glossary:/${id}.md`);
        const { tags, links, images } = rendered(markdown);
        assert.equal(images, 0);
        assertNoHtmlFromText(tags, markdown);
        const expected = [`mortgage-lens-glossary:/${OTHER}.md`, `mortgage-lens-glossary:/${OTHER}.md`];
        const glossaryLinks = links.filter((l) => l.startsWith('mortgage-lens-glossary:'));
        assert.deepEqual(glossaryLinks, expected, `glossary links in:\n${markdown}`);
        // Besides them: the source URL and web addresses in the text (linkified), nothing else.
        for (const l of links) assert.match(l, SAFE_LINK, `link in:\n${markdown}`);
      }),
      params(300),
    );
  });

  it('docs/glossary.md: links only to its own anchors and https sources', () => {
    fc.assert(
      fc.property(hostileTerm, ([term, other]) => {
        const markdown = glossaryPage([term, other]);
        const { tags, links, images } = rendered(markdown);
        assert.equal(images, 0);
        assertNoHtmlFromText(tags, markdown);
        for (const l of links) assert.match(l, SAFE_LINK, `link in:\n${markdown}`);
        assert.ok(links.filter((l) => l.startsWith('#')).length >= 2 + 2 * 2, 'anchors and neighbour links');
      }),
      params(150),
    );
  });

  it('glossary appendix: no image or HTML, links only to https sources and web addresses', () => {
    fc.assert(
      fc.property(hostileTerm, ([term, other]) => {
        const markdown = formatAppendix([term, other]);
        const { tags, links, images } = rendered(markdown);
        assert.equal(images, 0);
        assertNoHtmlFromText(tags, markdown);
        for (const l of links) assert.match(l, WEB_LINK, `link in:\n${markdown}`);
      }),
      params(300),
    );
  });

  it('glossary appendix: a team entry with a tag, a command link and a tag in a web address', () => {
    const term: TermEntry = {
      id: ID,
      term: 'team <b>term</b>',
      definition:
        'See <img src=x onerror=alert(1)> and [x](command:foo), also https://a.b/<img src=y onerror=alert(2)> and <command:bar>.',
      why_it_matters: 'x',
      where_it_appears: 'x',
      differs_from: [],
      knowledge_check: [],
      sources: [
        {
          title: 'T <img src=z>',
          url: 'https://example.com/x) [evil](command:x',
          publisher: '[p](command:p)',
        },
      ],
    };
    const markdown = formatAppendix([term]);
    const html = renderer.render(markdown);
    assert.ok(!/<img/i.test(html), html);
    assert.ok(!html.includes('href="command:'), html);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), `the tag shows as written:\n${html}`);
    assert.ok(html.includes('href="https://example.com/x%29%20%5Bevil%5D%28command:x"'), html);
  });

  it('links a source only to its web address, in the appendix, the entry pages and the hover alike', () => {
    // The schema asks for https, but whatever reaches a renderer, no other scheme becomes a link.
    const urls = [
      'command:workbench.action.quit',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vscode://file/etc/passwd',
      '//fileserver.example/share',
    ];
    const term: TermEntry = {
      id: ID,
      term: 'team term',
      definition: 'See [x](command:foo) and <img src=x onerror=alert(1)>.',
      why_it_matters: 'x',
      where_it_appears: 'x',
      differs_from: [],
      knowledge_check: [],
      sources: urls.map((url, i) => ({ title: `Source ${i} [x](command:foo) <img src=x>`, url })),
    };
    const terms = new Map([[ID, term]]);
    const outputs = {
      appendix: formatAppendix([term]),
      'entry page': entryPage(term, terms, (id) => `mortgage-lens-glossary:/${id}.md`),
      'docs/glossary.md': glossaryPage([term]),
      hover: termMarkdown(term, terms, false, HOVER_SECTIONS),
    };
    for (const [name, markdown] of Object.entries(outputs)) {
      const { tags, links, images } = rendered(markdown);
      assert.equal(images, 0, name);
      assertNoHtmlFromText(tags, markdown);
      // Only docs/glossary.md's own anchors: no source and no text became a link.
      assert.deepEqual(
        links.filter((l) => !l.startsWith('#')),
        [],
        `${name}:\n${markdown}`,
      );
      const html = renderer.render(markdown);
      assert.ok(
        html.includes('See [x](command:foo) and &lt;img src=x onerror=alert(1)&gt;.'),
        `${name}:\n${html}`,
      );
      assert.ok(html.includes('Source 4 [x](command:foo) &lt;img src=x&gt;'), `${name}: shows as written`);
    }
  });

  it('keeps a real command link in a definition as visible text in every page', () => {
    const attack = 'See [run this](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>';
    const term: TermEntry = {
      id: ID,
      term: 'team term',
      definition: attack,
      why_it_matters: 'x',
      where_it_appears:
        'In the servicing notes at //fileserver.example/share (see https://example.com/notes).',
      differs_from: [{ term: OTHER, note: 'x' }],
      knowledge_check: [],
      sources: [
        { title: 'T', url: 'https://example.com/x) [evil](command:x' },
        // A blank line in a link's text would end the link and leave its target as text to linkify.
        { title: 'Notes\n\nof the team', url: 'https://example.com/&#60;b&#62;//fileserver.example/share' },
        // So would a control character in its target.
        { title: 'Control', url: 'https://example.com/\u0001//fileserver.example/share' },
      ],
    };
    const page = entryPage(term, new Map([[ID, term]]), (id) => `mortgage-lens-glossary:/${id}.md`);
    assert.ok(
      page.includes(
        'See \\[run this\\](command:workbench.action.terminal.new) &lt;img src=x onerror=alert(1)&gt;',
      ),
      page,
    );
    assert.ok(page.includes('[T](https://example.com/x%29%20%5Bevil%5D%28command:x)'), page);
    const html = renderer.render(page);
    assert.ok(!html.includes('href="command:'));
    assert.ok(!html.includes('href="//'), 'no link without a scheme');
    assert.ok(
      html.includes('href="https://example.com/notes"'),
      'a web address with its scheme stays a link',
    );
    assert.ok(html.includes('">Notes of the team</a>'), 'the source stays one link');
    assert.ok(html.includes('href="https://example.com/%01//fileserver.example/share">Control</a>'), html);
  });
});
