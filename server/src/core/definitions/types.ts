// The document's own defined terms, as the rest of the core sees them: where each term is defined,
// how, and every place it is used.

export type { Span } from '../findings/finding';
import type { Span } from '../findings/finding';

/**
 * How the document defines a term:
 * - means: a quoted term with a trigger ("Deficiency" means…, shall mean, refers to, includes,
 *   is defined as, has the meaning given in <another document>);
 * - parenthetical: (the "Property"), (each, a "Borrower"), (hereinafter, the "Lender");
 * - naming: named in running text: hereinafter referred to as the "Lender"; …, collectively, the
 *   "Loan Documents"; each of the following is an "Event of Default":
 * - section: a bold or quoted term opening an item of a Definitions section;
 * - cross-reference: defined by another document (the Maturity Date (as defined in the Note)).
 */
export type DefinitionKind = 'means' | 'parenthetical' | 'naming' | 'section' | 'cross-reference';

export type Form = 'singular' | 'plural';

/** A definition found by detection, before terms are grouped. */
export interface RawDefinition extends Span {
  /** The defined name as written (without quotes, emphasis or trailing punctuation). */
  name: string;
  kind: DefinitionKind;
  /** The sentence or Definitions-section item that holds the definition. */
  statement: Span;
  /** Where occurrences of the term are part of the definition, not uses of it. */
  own: Span;
  /** The defining text after the trigger ("the amount by which…"), for means and section definitions. */
  body?: Span;
  /** What to delete to remove the definition, when that is clear (a parenthetical, a whole item). */
  removal?: Span;
  /** Index of the Definitions section the definition is in, or -1. */
  section: number;
}

export interface Definition extends RawDefinition {
  term: DefinedTerm;
  form: Form;
}

/** How an occurrence is capitalised relative to the defined form. */
export type Casing = 'exact' | 'caps' | 'initial';

export interface Occurrence extends Span {
  term: DefinedTerm;
  form: Form;
  /** Token indexes of the first and last word. */
  first: number;
  last: number;
}

export interface Use extends Occurrence {
  casing: Casing;
  /** First word of a sentence (or after a colon or "(a)"), where capitals are not evidence. */
  initial: boolean;
  /** In a heading or title: never reported as used before its definition. */
  heading: boolean;
}

/** The same phrase in another capitalisation: not a use, a candidate for defined-term-case. */
export interface CaseMismatch extends Occurrence {
  /** The defined form, inflected like the occurrence. */
  expected: string;
}

/** One defined term: every definition of the name (and of its singular or plural) and every use. */
export interface DefinedTerm {
  /** Lower-case singular words, joined by spaces. */
  key: string;
  /** The defined forms as written: the singular and the plural (derived when only one is defined). */
  singular?: string;
  plural?: string;
  definitions: Definition[];
  uses: Use[];
}

export interface DefinitionIndex {
  /** Terms in the order of their first definition. */
  terms: DefinedTerm[];
  /** Every definition, in document order. */
  definitions: Definition[];
  /** Every use, in document order. */
  uses: Use[];
  mismatches: CaseMismatch[];
  /** Definitions sections, as spans from their heading to the next heading of the same rank. */
  sections: Span[];
  /** Headings and title lines. */
  headings: Span[];
  /** Quoted names that point to a definition elsewhere in the document ("Note" has the meaning given in Recital A). */
  pointers: Span[];
  /** Offset of a "Capitalized terms … have the meanings …" statement: later uses may precede their definition. */
  forwardStatement: number;
  /** The definition name or use at an offset (either edge counts). */
  at(
    offset: number,
  ): { term: DefinedTerm; span: Span; form: Form; definition?: Definition; use?: Use } | undefined;
}
