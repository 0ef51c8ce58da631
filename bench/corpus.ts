// A deterministic benchmark corpus: the same seed gives the same bytes on every machine. Documents
// mix prose that names glossary terms (names and aliases from dist/glossary.json), risky claims
// (the rules' flagged examples), hard negatives (the rules' allowed examples), and the markup that
// must not be read as prose: front matter, code blocks, tables, lists, links, inline code, comments.
import type { GlossaryBundle } from '../server/src/core/glossaryTypes';

export type Format = 'markdown' | 'plaintext';

/** mulberry32: small, fast and good enough to pick sentences; the same on every platform. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Sentences that name a term: {t} and {t2} are term names or aliases, {T} one at a sentence start. */
const TERM_SENTENCES = [
  'The {t} is spelled out in the loan documents you signed at closing.',
  'Ask your servicer how the {t} would change what you pay each month.',
  'Many borrowers first hear about the {t} in a letter from the lender.',
  'Rules about the {t} differ from state to state, and the details matter.',
  'A housing counselor can explain whether the {t} applies to your loan.',
  'Keep a copy of every notice that mentions the {t}.',
  'If you are not sure what the {t} means for you, write your questions down before the call.',
  '{T} is one of the words that appear most often in servicer letters.',
  'Compare the {t} with the other options listed in the approval letter.',
  "The lender's file on the {t} should show the dates and amounts involved.",
  'Our last workshop spent an hour on the {t} and how it interacts with the {t2}.',
  'Before you agree to anything, find out how the {t} is calculated.',
  'A lawyer can tell you whether the {t} changes your options under state law.',
  'The {t} and the {t2} are easy to confuse, but they are not the same thing.',
  'Several readers asked us to explain the {t} in plain words.',
  'Check whether your statement lists the {t} as a separate line.',
  '{T} questions are common in the first months after a missed payment.',
  'Ask for the {t} terms in writing and read them twice.',
  "The servicer's letter should describe the {t} and the deadline that goes with it.",
  'In our survey, about a third of homeowners had never heard of the {t} before.',
];

const NEUTRAL_SENTENCES = [
  'Open every letter from your servicer as soon as it arrives.',
  'Write down the date, the name of the person you spoke with, and what they told you.',
  'Deadlines can be short, so do not wait for a second notice.',
  'Call the number on your monthly statement and ask for the loss mitigation department.',
  'Keep copies of pay stubs, bank statements and tax returns in one folder.',
  'Nothing on this page is legal advice, and every situation is different.',
  'The process can take several months, and the steps vary by state.',
  'A free counseling session is a good place to start.',
  'Bring your most recent statement and a list of your monthly expenses.',
  'Some of the rules changed recently, so check the date on anything you read online.',
  'Your answers to these questions decide which options are open to you.',
  'Ask the servicer to confirm every agreement by email or letter.',
  'Family budgets often change after a job loss or an illness.',
  'The table later in this guide sums up the main differences.',
  'Most people in this position have more options than they expect.',
  'Read the whole letter, including the small print on the back.',
  'If a deadline is close, say so at the start of the call.',
  'Payments made by phone should come with a confirmation number.',
  'This section was updated after readers sent in questions.',
  'It helps to have a friend or relative on the call to take notes.',
  'The numbers below are rounded and only meant as an illustration.',
  'We reviewed this page with two counselors and a consumer lawyer.',
];

const HEADINGS = [
  'What is {t}?',
  'How {t} works',
  '{T} and your options',
  'Questions about {t}',
  'When {t} comes up',
  'Before you sign: {t}',
];

const WHERE = [
  'Loan documents',
  'Monthly statement',
  'Servicer letter',
  'Court notice',
  'Closing disclosure',
];

interface Material {
  names: string[];
  flags: string[];
  allows: string[];
}

function materialOf(glossary: GlossaryBundle): Material {
  return {
    names: glossary.terms.flatMap((t) => [t.term, ...(t.aliases ?? [])]),
    flags: glossary.rules.flatMap((r) => r.examples.flags.map((f) => f.text)),
    allows: glossary.rules.flatMap((r) => r.examples.allows),
  };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

class Writer {
  constructor(
    private readonly rng: Rng,
    private readonly m: Material,
    private readonly format: Format,
  ) {}

  private fill(template: string): string {
    return template
      .replace('{T}', () => capitalize(this.rng.pick(this.m.names)))
      .replace('{t}', () => this.rng.pick(this.m.names))
      .replace('{t2}', () => this.rng.pick(this.m.names));
  }

  /** One sentence: a risky claim, a hard negative, a sentence naming a term, or a neutral one. */
  sentence(): string {
    const r = this.rng.next();
    if (r < 0.02) return this.rng.pick(this.m.flags);
    if (r < 0.06) return this.rng.pick(this.m.allows);
    if (r < 0.5) return this.fill(this.rng.pick(TERM_SENTENCES));
    return this.rng.pick(NEUTRAL_SENTENCES);
  }

  paragraph(): string {
    const sentences: string[] = [];
    for (let i = this.rng.between(3, 7); i > 0; i--) sentences.push(this.sentence());
    const name = this.rng.pick(this.m.names);
    if (this.rng.chance(0.1)) {
      sentences.push(
        this.format === 'markdown'
          ? `See [the ${name} guide](https://example.org/guides/${slug(name)}) for details.`
          : `See https://example.org/guides/${slug(name)} for details.`,
      );
    }
    if (this.format === 'markdown' && this.rng.chance(0.05)) {
      sentences.push(`The form field is called \`${slug(name)}\`, as in \`${slug(name)}: true\`.`);
    }
    if (this.format === 'markdown' && this.rng.chance(0.1)) {
      const i = this.rng.int(sentences.length);
      sentences[i] = `**${sentences[i]}**`;
    }
    return wrap(sentences.join(' '), 100);
  }

  list(numbered: boolean): string {
    const items: string[] = [];
    for (let i = 1, n = this.rng.between(3, 6); i <= n; i++) {
      const text = this.rng.chance(0.6) ? this.fill(this.rng.pick(TERM_SENTENCES)) : this.sentence();
      items.push(`${numbered ? `${i}.` : '-'} ${text}`);
    }
    return items.join('\n');
  }

  table(): string {
    const rows: string[][] = [['Term', 'What to ask', 'Where it appears']];
    for (let i = this.rng.between(3, 6); i > 0; i--) {
      const name = this.rng.pick(this.m.names);
      rows.push([name, `Ask how the ${name} is calculated.`, this.rng.pick(WHERE)]);
    }
    if (this.format === 'markdown') {
      const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [line(rows[0]), line(rows[0].map(() => '---')), ...rows.slice(1).map(line)].join('\n');
    }
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ')).join('\n');
  }

  /** Code that names terms and quotes claims: never prose in Markdown. */
  code(): string {
    const name = this.rng.pick(this.m.names);
    const claim = this.rng.pick(this.m.flags).replace(/"/g, "'");
    if (this.rng.chance(0.5)) {
      return ['```yaml', `${slug(name)}:`, '  enabled: true', `  note: "${claim}"`, '```'].join('\n');
    }
    return [
      '```json',
      '{',
      `  "term": "${name}",`,
      `  "example": "${claim}",`,
      `  "weight": ${this.rng.int(100)}`,
      '}',
      '```',
    ].join('\n');
  }

  quote(): string {
    const text = this.rng.chance(0.5) ? this.rng.pick(this.m.flags) : this.rng.pick(this.m.allows);
    return this.format === 'markdown' ? `> ${text}` : `"${text}", a reader wrote to us.`;
  }

  heading(level: number): string {
    const title = this.fill(this.rng.pick(HEADINGS));
    if (this.format === 'markdown') return `${'#'.repeat(level)} ${title}`;
    return level === 2 ? `${title}\n${'='.repeat(title.length)}` : title;
  }

  section(): string {
    const blocks = [this.heading(2)];
    for (let i = this.rng.between(2, 5); i > 0; i--) {
      blocks.push(this.paragraph());
      const r = this.rng.next();
      if (r < 0.25) blocks.push(this.list(false));
      else if (r < 0.33) blocks.push(this.list(true));
      else if (r < 0.43) blocks.push(this.table());
      else if (r < 0.53 && this.format === 'markdown') blocks.push(this.code());
      else if (r < 0.6) blocks.push(this.quote());
      else if (r < 0.63 && this.format === 'markdown')
        blocks.push(`<!-- Review the ${this.rng.pick(this.m.names)} section before publishing. -->`);
      else if (r < 0.7) blocks.push(this.heading(3));
    }
    return blocks.join('\n\n') + '\n\n';
  }

  frontMatter(): string {
    if (this.format !== 'markdown') return 'Mortgage Lens benchmark corpus\n\n';
    const tags = [0, 1, 2].map(() => JSON.stringify(this.rng.pick(this.m.names)));
    return [
      '---',
      'title: "Mortgage Lens benchmark corpus"',
      `tags: [${tags.join(', ')}]`,
      `summary: "${this.rng.pick(this.m.flags).replace(/"/g, "'")}"`,
      '---',
      '',
      '# Mortgage Lens benchmark corpus',
      '',
      '',
    ].join('\n');
  }
}

/** Greedy word wrap, as a writer's editor would save it. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * A document of at least `bytes` UTF-8 bytes (it ends at the first section boundary past that).
 * The same seed gives the same sections whatever the size, so a smaller document is a prefix of a larger one.
 */
export function generateDocument(
  glossary: GlossaryBundle,
  format: Format,
  bytes: number,
  seed: number,
): string {
  const writer = new Writer(new Rng(seed), materialOf(glossary), format);
  const parts = [writer.frontMatter()];
  let size = Buffer.byteLength(parts[0]);
  while (size < bytes) {
    const section = writer.section();
    parts.push(section);
    size += Buffer.byteLength(section);
  }
  return parts.join('');
}
