// Checks of the document's defined terms. Each is a rule with its own id and default severity,
// switched off or re-graded by `mortgageLens.rules` and by inline comments, like the claim rules:
//   defined-term-before-definition  warning      a capitalised defined term used before its definition
//   defined-term-unused             information  defined but never used
//   defined-term-case               warning      the defined phrase in another capitalisation
//   defined-term-duplicate          warning      defined twice with different wording
//   defined-term-glossary-conflict  information  defined as something the glossary tells apart from it
//
// Case policy (common words such as "agreement" or "property" are frequent in ordinary prose):
// - a multi-word defined term ("Effective Date") is reported in any other capitalisation
//   ("effective date", "Effective date"), except in headings;
// - a one-word term defined with a capital ("Property") is reported in lower case only right after
//   a determiner that points at a specific thing: the, this, these, such, said, each
//   ("the property" is reported; "property taxes", "any property", "personal property" are not);
// - a term defined in lower case ("business day") is reported when capitalised mid-sentence;
// - nothing before the term's first definition, where the phrase is still ordinary English, and
//   nothing in the sentence or item that defines the term ("Property" means the property at…).
import type { TermEntry, Severity } from '../glossaryTypes';
import type { Finding, RuleInfo } from '../findings/finding';
import type { Policy } from '../findings/policy';
import type { MentionList } from '../terms/mentionList';
import { capitalize } from '../text/markdownText';
import { lowerBound, spanAt } from '../text/search';
import { Gap, gapText, startsSentence, wordAt, wordEnd, type Tokens } from '../text/tokens';
import type { DefinedTerm, Definition, DefinitionIndex, Form, Span, Use } from './types';
import type { TextSource } from '../text/pieceText';

/** Each defined-term rule's default severity and what it finds. */
export const DEFINED_TERM_RULES = {
  'defined-term-before-definition': {
    severity: 'warning',
    title: 'A capitalised defined term used before its definition',
  },
  'defined-term-unused': { severity: 'information', title: 'A defined term that is never used' },
  'defined-term-case': { severity: 'warning', title: 'A defined term written in another capitalisation' },
  'defined-term-duplicate': { severity: 'warning', title: 'A term defined again with different wording' },
  'defined-term-glossary-conflict': {
    severity: 'information',
    title: 'A definition naming what the glossary tells apart from the term',
  },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type DefinedTermRule = keyof typeof DEFINED_TERM_RULES;

/** The defined-term rules as the rule catalog lists them (findings/catalog.ts). */
export const DEFINED_TERM_RULE_INFO: Record<DefinedTermRule, RuleInfo> = Object.fromEntries(
  Object.entries(DEFINED_TERM_RULES).map(([id, rule]) => [id, { id, kind: 'defined-term', ...rule }]),
) as Record<DefinedTermRule, RuleInfo>;

type Reported = Omit<Finding, 'rule' | 'severity'>;

export interface CheckContext {
  text: TextSource;
  tokens: Tokens;
  mentions: MentionList;
  /** The glossary entry named by a defined term, if any. */
  glossaryTermOf(term: DefinedTerm): TermEntry | undefined;
  policy: Policy;
  lineOf(offset: number): number;
}

const DETERMINERS = new Set(['the', 'this', 'these', 'such', 'said', 'each']);

export function checkDefinitions(index: DefinitionIndex, context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  // The policy decides here, not after: a first early use switched off on its line passes the
  // finding to the next one.
  const report = (id: DefinedTermRule, finding: Reported): boolean => {
    const rule = DEFINED_TERM_RULE_INFO[id];
    const severity = context.policy(rule, finding.start);
    if (severity === undefined) return false;
    findings.push({ rule, severity, ...finding });
    return true;
  };
  const line = (offset: number) => context.lineOf(offset) + 1;
  const quoted = (name: string) => `“${name}”`;

  const spansOf = new Map<DefinedTerm, TermSpans>();
  const spans = (term: DefinedTerm) => {
    let found = spansOf.get(term);
    if (!found) spansOf.set(term, (found = termSpans(index, term)));
    return found;
  };

  for (const term of index.terms) {
    const first = term.definitions[0];
    const capitalised = /^\p{Lu}/u.test(term.singular ?? first.name);

    // defined-term-before-definition: the first use that cannot be read as a forward reference.
    if (capitalised) {
      const early = term.uses.filter(
        (use) => use.start < first.start && !forwardReference(index, term, use, spans(term)),
      );
      for (let u = 0; u < early.length; u++) {
        const use = early[u];
        const more = early.length - u - 1;
        const reported = report('defined-term-before-definition', {
          start: use.start,
          end: use.end,
          message:
            `${quoted(context.text.slice(use.start, use.end))} is used before it is defined on line ${line(first.start)}.` +
            (more > 0 ? ` It is used ${more} more time${more === 1 ? '' : 's'} before then.` : ''),
          related: [{ start: first.start, end: first.end, message: `Definition of ${quoted(first.name)}` }],
        });
        if (reported) break;
      }
    }

    for (const definition of term.definitions) {
      // defined-term-unused
      if (reportsUnused(definition) && !isUsed(spans(term), definition)) {
        report('defined-term-unused', {
          start: definition.start,
          end: definition.end,
          message: `${quoted(definition.name)} is defined but never used.`,
          related: [],
          unnecessary: true,
          fix: definition.removal && {
            title: `Remove the unused definition of ${quoted(definition.name)}`,
            edits: [{ ...definition.removal, newText: '' }],
            preferred: false,
          },
        });
      }
      // defined-term-glossary-conflict
      const conflict = glossaryConflict(definition, context);
      if (conflict) report('defined-term-glossary-conflict', conflict);
    }

    // defined-term-duplicate: the same name defined again with other wording.
    const seen = new Map<string, Definition>();
    const firstWording = new Map<string, string>();
    for (const definition of term.definitions) {
      const name = definition.name.toLowerCase();
      const earlier = seen.get(name);
      if (!earlier) {
        seen.set(name, definition);
        firstWording.set(name, wording(context.text, definition));
        continue;
      }
      if (firstWording.get(name) === wording(context.text, definition)) continue;
      report('defined-term-duplicate', {
        start: definition.start,
        end: definition.end,
        message: `${quoted(definition.name)} is defined again with different wording; the first definition is on line ${line(earlier.start)}.`,
        related: [
          { start: earlier.start, end: earlier.end, message: `First definition of ${quoted(earlier.name)}` },
        ],
        fix: definition.removal && {
          title: `Remove this definition (keep the one on line ${line(earlier.start)})`,
          edits: [{ ...definition.removal, newText: '' }],
          preferred: false,
        },
      });
    }
  }

  // defined-term-case
  for (const mismatch of index.mismatches) {
    const { term } = mismatch;
    // Before the term is defined the phrase is ordinary English; inside its definition, too.
    if (mismatch.start < term.definitions[0].start || spans(term).statements.has(mismatch.start)) continue;
    const written = context.text.slice(mismatch.start, mismatch.end);
    const wantCapital = /^\p{Lu}/u.test(mismatch.expected);
    const hasCapital = /^\p{Lu}/u.test(written);
    let how: string;
    if (wantCapital && !hasCapital) {
      if (mismatch.first === mismatch.last && !afterDeterminer(context.tokens, mismatch.first)) continue;
      how = 'is written in lower case';
    } else if (!wantCapital && hasCapital) {
      if (isInitial(context.tokens, mismatch.first)) continue;
      how = 'is capitalised';
    } else {
      how = 'is capitalised differently';
    }
    const definition = term.definitions[0];
    report('defined-term-case', {
      start: mismatch.start,
      end: mismatch.end,
      message: `${quoted(written)} ${how}; the defined term is ${quoted(mismatch.expected)} (line ${line(definition.start)}).`,
      related: [
        { start: definition.start, end: definition.end, message: `Definition of ${quoted(definition.name)}` },
      ],
      fix: {
        title: `Write ${quoted(mismatch.expected)}`,
        edits: [{ start: mismatch.start, end: mismatch.end, newText: mismatch.expected }],
        preferred: true,
      },
    });
  }

  return findings.sort((a, b) => a.start - b.start);
}

/**
 * A use before the definition that a drafter does not need to fix: in a heading or title, inside a
 * definition of the term, a pointer to its definition, in the Definitions section that defines it,
 * after a "Capitalized terms … have the meanings …" statement, or a one-word term opening a
 * sentence (where the capital proves nothing).
 */
function forwardReference(index: DefinitionIndex, term: DefinedTerm, use: Use, spans: TermSpans): boolean {
  if (use.heading || use.start > index.forwardStatement) return true;
  if (use.initial && use.first === use.last) return true;
  if (spans.own.has(use.start)) return true;
  if (spanAt(index.pointers, use.start) >= 0) return true;
  const section = spanAt(index.sections, use.start);
  return section >= 0 && term.definitions.some((d) => d.section === section);
}

/**
 * A term another document defines is used where it is introduced; a lower-case word explained in
 * running prose (what "underwater" means) is an explanation rather than a drafted defined term.
 */
function reportsUnused(definition: Definition): boolean {
  if (definition.kind === 'cross-reference') return false;
  return definition.kind !== 'means' || /^\p{Lu}/u.test(definition.name);
}

/** Uses outside the definition itself and outside pointers; a form defined separately counts its own uses. */
function isUsed(spans: TermSpans, definition: Definition): boolean {
  const starts = spans.separate ? spans.useStarts[definition.form] : spans.allUseStarts;
  const firstFrom = (offset: number) => lowerBound(starts.length, (i) => starts[i] >= offset);
  const inside = firstFrom(definition.own.end) - firstFrom(definition.own.start);
  return starts.length - inside > 0;
}

/** Where a term's definitions are, and where its real uses start, for lookups without rescanning. */
interface TermSpans {
  own: SpanSet;
  statements: SpanSet;
  /** Whether both the singular and the plural are defined, each with its own uses. */
  separate: boolean;
  useStarts: Record<Form, number[]>;
  allUseStarts: number[];
}

function termSpans(index: DefinitionIndex, term: DefinedTerm): TermSpans {
  const real = term.uses.filter((use) => spanAt(index.pointers, use.start) < 0);
  return {
    own: new SpanSet(term.definitions.map((d) => d.own)),
    statements: new SpanSet(term.definitions.map((d) => d.statement)),
    separate: new Set(term.definitions.map((d) => d.form)).size > 1,
    useStarts: {
      singular: real.filter((u) => u.form === 'singular').map((u) => u.start),
      plural: real.filter((u) => u.form === 'plural').map((u) => u.start),
    },
    allUseStarts: real.map((u) => u.start),
  };
}

/** Spans merged and sorted, for "is this offset inside any of them" in logarithmic time. */
class SpanSet {
  private readonly spans: Span[] = [];

  constructor(spans: readonly Span[]) {
    for (const span of [...spans].sort((a, b) => a.start - b.start)) {
      const last = this.spans[this.spans.length - 1];
      if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
      else this.spans.push({ start: span.start, end: span.end });
    }
  }

  has(offset: number): boolean {
    return spanAt(this.spans, offset) >= 0;
  }
}

/** Enough of a definition's wording to tell two apart; a sentence without an end cannot make this quadratic. */
const MAX_WORDING = 600;

/** The wording of a definition, for comparing two: letters and digits only, in lower case. */
function wording(text: TextSource, definition: Definition): string {
  const span = definition.body ?? definition.own;
  return text
    .slice(span.start, Math.min(span.end, span.start + MAX_WORDING))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function afterDeterminer(tokens: Tokens, first: number): boolean {
  return first > 0 && tokens.gaps[first - 1] === Gap.Join && DETERMINERS.has(wordAt(tokens, first - 1));
}

function isInitial(tokens: Tokens, first: number): boolean {
  if (startsSentence(tokens, first)) return true;
  return /[:)]/.test(gapText(tokens, first - 1));
}

const HEAD_SKIP = new Set([
  'a',
  'an',
  'the',
  'any',
  'each',
  'every',
  'all',
  'such',
  'one',
  'or',
  'more',
  'and',
]);
const HEAD_STOP = new Set(
  'of that which who whom whose under after before by for from in on to with as where when if upon at between pursuant including than'.split(
    ' ',
  ),
);

/**
 * The glossary says the term differs from another one, and the document's definition says the
 * term is that other one: its head noun phrase ("means any deficiency judgment …") names it.
 */
function glossaryConflict(definition: Definition, context: CheckContext): Reported | undefined {
  if (!definition.body) return undefined;
  const entry = context.glossaryTermOf(definition.term);
  if (!entry) return undefined;
  const { tokens, mentions } = context;
  const bodyStart = definition.body.start;
  let k = lowerBound(tokens.count, (i) => tokens.starts[i] >= bodyStart);
  while (k < tokens.count && HEAD_SKIP.has(wordAt(tokens, k)) && tokens.gaps[k] === Gap.Join) k++;
  if (k >= tokens.count || tokens.starts[k] >= definition.body.end) return undefined;
  const headStart = tokens.starts[k];
  let end = k;
  while (
    end + 1 < tokens.count &&
    end - k < 5 &&
    tokens.gaps[end] === Gap.Join &&
    !HEAD_STOP.has(wordAt(tokens, end + 1)) &&
    tokens.starts[end + 1] < definition.body.end
  )
    end++;
  const headEnd = wordEnd(tokens, end);
  const mention = mentions.startingFrom(headStart);
  if (!mention || mention.start >= headEnd || mention.term.id === entry.id) return undefined;
  const note =
    entry.differs_from.find((d) => d.term === mention.term.id)?.note ??
    mention.term.differs_from.find((d) => d.term === entry.id)?.note;
  if (!note) return undefined;
  const other = mention.term.term;
  return {
    start: definition.start,
    end: definition.end,
    message: `This document defines “${definition.name}” as ${article(other)} ${other}, which the mortgage glossary tells apart from ${entry.term}: ${note}`,
    related: [{ start: mention.start, end: mention.end, message: `${capitalize(other)} in the definition` }],
    entry: { id: entry.id, name: entry.term },
  };
}

function article(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? 'an' : 'a';
}
