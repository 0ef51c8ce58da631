// The compiled glossary as the core consumes it. Field names follow the YAML a writer edits
// (glossary/*.yaml, validated by glossary/schema/*.json), so the bundle needs no mapping layer.

export interface Source {
  title: string;
  publisher?: string;
  citation?: string;
  url?: string;
}

export interface TermEntry {
  id: string;
  term: string;
  aliases?: string[];
  plural?: string | false;
  /** Meanings outside mortgages, and the words that signal them in a paragraph. */
  other_senses?: { meaning: string; cues: string[] }[];
  definition: string;
  why_it_matters: string;
  where_it_appears: string;
  when_risk_appears?: { event: string; why: string }[];
  varies_by_jurisdiction?: string;
  example?: string;
  differs_from: { term: string; note: string }[];
  knowledge_check: { question: string; answer: string }[];
  related?: string[];
  sources: Source[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A claim pattern: concept names in reading order; a trailing `?` marks an optional slot. */
export type Pattern = string[];

/**
 * How a claim is reworded. hedge-predicate negates the claim's verb with the same tense and
 * agreement ("erases" → "does not always erase"); replace puts modal wording (which needs no
 * agreement) in place of the slots from `from` to `to`; none reports the claim without a rewording,
 * for wordings no edit of the claim's own predicate can mend (a qualifying phrase put before the
 * sentence would leave the claim asserting itself).
 */
export type FixSpec =
  | { strategy: 'hedge-predicate'; slot?: string; adverb?: string }
  | { strategy: 'replace'; from: string; to?: string; with: string; ending?: string }
  | { strategy: 'none' };

export interface RuleEntry {
  id: string;
  title: string;
  severity: Severity;
  /** The glossary entry that explains the accurate picture. */
  entry: string;
  message: string;
  patterns: (Pattern | { match: Pattern; fix?: FixSpec } | { all: Pattern; fix?: FixSpec })[];
  /** How far apart (in words) two consecutive slots may be. */
  max_gap?: number;
  /** Where two rules' claims overlap, the higher priority wins (default 0; then file order). */
  priority?: number;
  /** Phrases that, anywhere in the sentence, show it is not this claim ("alternative to foreclosure"). */
  antipatterns?: string[];
  fix: FixSpec;
  examples: {
    /** `fixed: null`: no rewording is offered. */
    flags: { text: string; fixed: string | null }[];
    allows: string[];
  };
}

export type ConceptKind = 'verb' | 'noun' | 'phrase';

export interface Concept {
  kind: ConceptKind;
  phrases: string[];
}

export type TriggerScope = 'clause' | 'sentence';
export type TriggerDirection = 'before' | 'after' | 'any';

export interface TriggerGroup {
  /** Why the trigger lifts a claim: shown in explanations and used by tests. */
  reason:
    | 'negated'
    | 'hedged'
    | 'conditional'
    | 'attributed'
    | 'reported'
    | 'refuted'
    | 'specific'
    /** "but", "in fact": answers reported speech, lifts nothing by itself. */
    | 'contrast'
    /** Contains a trigger word but lifts nothing ("don't worry"): hides the shorter triggers inside it. */
    | 'pseudo';
  scope: TriggerScope;
  direction: TriggerDirection;
  phrases: string[];
}

export interface LanguageData {
  concepts: Record<string, Concept>;
  triggers: TriggerGroup[];
  /** Words of one class, interchangeable in concept phrases ("det": the, your, their…). */
  word_classes: Record<string, string[]>;
  /** Conjunctions that start a new clause, for triggers scoped to a clause ("because", "but"). */
  clause_words: string[];
  /** Intensifiers that may stand inside a concept phrase without changing it ("completely"). */
  fillers: string[];
  /** Words that show a paragraph is about mortgages, for terms with other meanings. */
  mortgage_cues: string[];
  /** Words after which a period does not end a sentence. */
  abbreviations: string[];
  /** Common misspellings of the words claims are made of, each with the word it stands for. */
  misspellings?: Record<string, string>;
}

export interface GlossaryBundle {
  terms: TermEntry[];
  rules: RuleEntry[];
  language: LanguageData;
  /** The learned reading of the built-in rules (glossary/scorer.json, packed: see claims/scorer.ts). */
  scorer?: PackedScorer;
}

/**
 * The model as the glossary bundle carries it (see claims/scorer.ts packScorer): its weights as typed arrays in
 * base64, which load in a few milliseconds where the JSON of glossary/scorer.json takes a hundred.
 */
export interface PackedScorer {
  threshold: number;
  veto?: number;
  sure?: number;
  /** The rule of each column; "" for a column a team glossary's own rule replaced. */
  rules: string[];
  bias: number[];
  /** The unit names, one per line, in unit order. */
  units: string;
  /** Int32 feature keys in ascending order (see claims/scorer.ts), and where each key's weights start. */
  keys: string;
  starts: string;
  /** Per weight, its column (Uint8) and its value in hundredths (Int16). */
  columns: string;
  hundredths: string;
}

/** A linear model per rule over sentence features, written by `npm run train`. */
export interface ScorerModel {
  /** How it was made: the writers and settings (for a reader; not used). */
  about: string;
  /** The probability from which a rule's myth counts as likely. */
  threshold: number;
  /** The probability under which a pattern's match of a rule is dropped as almost surely no claim. */
  veto?: number;
  /**
   * The probability from which the model is trusted with less: what a pattern is about and what it
   * asserts, in any order, make the claim (see claims/scorer.ts surePatterns).
   */
  sure?: number;
  /** The rule each column is for. */
  rules: string[];
  bias: number[];
  /** Per feature: [column, weight] for the columns where it weighs. */
  weights: Record<string, [number, number][]>;
}
