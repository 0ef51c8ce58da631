// Renders the whole glossary as one Markdown page for writers (docs/glossary.md), in the order and
// shape of a glossary entry: definition, why it matters, where it appears, differences, checks.
// Pages are read as Markdown source, so entry text is escaped only where it could form a link, an
// image or HTML (SOURCE in entryMarkdown.ts), and sources link only to their web addresses.
import type { Source, TermEntry } from '../glossaryTypes';
import { differences, NOT_LEGAL_ADVICE, relatedLine, SOURCE, termName, webLink } from './entryMarkdown';
import { capitalize, linkTarget } from '../text/markdownText';

const { text, inline } = SOURCE;

export function glossaryPage(terms: readonly TermEntry[]): string {
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term));
  const byId = new Map(sorted.map((t) => [t.id, t]));
  const link = (id: string) => {
    const name = termName(id, byId);
    return `[${inline(name)}](#${anchor(name)})`;
  };
  const out = [
    '# Mortgage Lens glossary',
    '',
    '<!-- Generated from glossary/terms/*.yaml by `npm run glossary:page`. Do not edit by hand. -->',
    '',
    'General information about US mortgage and distressed-property terms, not legal advice. Most foreclosure',
    'and deficiency rules are state law: where a rule varies, the entry says so, and the sources named in each',
    'entry are the authority.',
    '',
    sorted.map((t) => link(t.id)).join(' · '),
  ];
  for (const t of sorted) out.push('', ...termSection(t, link, '##'));
  return out.join('\n') + '\n';
}

/** One entry in the shape of the founding glossary page; `link` renders a reference to another term. */
export function termSection(t: TermEntry, link: (id: string) => string, heading = '#'): string[] {
  const out: string[] = [];
  out.push(`${heading} ${inline(capitalize(t.term))}`, '');
  if (t.aliases?.length) out.push(`*Also written:* ${inline(t.aliases.join(', '))}`, '');
  out.push(text(t.definition), '', `**Why it matters.** ${text(t.why_it_matters)}`, '');
  out.push(`**Where it appears in the borrower process.** ${text(t.where_it_appears)}`);
  if (t.when_risk_appears?.length) {
    out.push('', '| When | Why it becomes a question |', '| --- | --- |');
    for (const r of t.when_risk_appears) out.push(`| ${cell(r.event)} | ${cell(r.why)} |`);
  }
  if (t.varies_by_jurisdiction)
    out.push('', `**What varies by jurisdiction.** ${text(t.varies_by_jurisdiction)}`);
  if (t.example) out.push('', `**Example.** ${text(t.example)}`);
  if (t.other_senses?.length) {
    out.push(
      '',
      `**Other meanings.** Outside mortgages: ${text(t.other_senses.map((s) => s.meaning).join('; '))}.`,
    );
  }
  out.push('', '**How it differs from nearby terms**', '');
  out.push(...differences(t, link, SOURCE));
  out.push('', '**Knowledge check**', '');
  t.knowledge_check.forEach((k, i) => out.push(`${i + 1}. *${text(k.question)}* ${text(k.answer)}`));
  const related = relatedLine(t, link);
  if (related) out.push('', related);
  out.push('', `**Sources:** ${t.sources.map(source).join('; ')}`);
  return out;
}

/** A single entry as a page of its own (opened from a diagnostic's link in the editor). */
export function entryPage(
  t: TermEntry,
  terms: ReadonlyMap<string, TermEntry>,
  uriOf: (id: string) => string,
): string {
  const link = (id: string) => `[${inline(termName(id, terms))}](${linkTarget(uriOf(id))})`;
  return [...termSection(t, link), '', `*${NOT_LEGAL_ADVICE}.*`, ''].join('\n');
}

/** GitHub's heading anchors: lower case, spaces to hyphens, punctuation dropped. */
function anchor(title: string): string {
  return capitalize(title)
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

function cell(written: string): string {
  return inline(written).replace(/\|/g, '\\|');
}

/** The whole source names the link, on one line: a blank line in it would end the link early. */
function source(s: Source): string {
  return webLink(inline([s.title, s.publisher, s.citation].filter(Boolean).join(', ')), s.url);
}
