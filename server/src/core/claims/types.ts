// The shapes claim reading passes between its parts.
import type { ConceptForm } from './claimIndex';
import type { FixSpec, RuleEntry } from '../glossaryTypes';
import type { PhraseTrie } from '../text/phraseTrie';
import type { Sentence } from '../text/tokens';

export interface Slot {
  concept: string;
  /** First word index and number of words. */
  first: number;
  length: number;
  match: ConceptForm;
  /** Taken from the sentence before (see carriedSubject): several may stand on one word. */
  carried?: boolean;
  /** Carried as the topic a short sentence before set (see afterTopic): it yields to an event named in this one. */
  topic?: boolean;
  /** A word that refers back ("this process", "the sale") standing for the event it names (see referredTo). */
  refersBack?: boolean;
}

export interface ClaimMatch {
  rule: RuleEntry;
  slots: Slot[];
  fix: FixSpec;
  sentence: Sentence;
}

export interface SlotSpec {
  concept: string;
  optional: boolean;
}

export interface CompiledRule {
  rule: RuleEntry;
  patterns: CompiledPattern[];
  /**
   * One required concept of each pattern, as a mask: a sentence whose concepts include none of them
   * matches no pattern of the rule, which is then passed over with one test instead of one per pattern.
   */
  keys: number[] | undefined;
  antipatterns: PhraseTrie<true>;
  /** The looser patterns a learned reading may license (see scorer.ts looserPatterns). */
  looser: CompiledPattern[];
  /** The patterns a sure reading licenses (see scorer.ts surePatterns). */
  sure: CompiledPattern[];
}

export interface CompiledPattern {
  slots: SlotSpec[];
  fix: FixSpec;
  ordered: boolean;
  /** The concepts the pattern needs, as a mask (see conceptMask). */
  required: number[];
}

export type ConceptHit = { concept: string; length: number; match: ConceptForm };

export type ConceptsAt = (k: number, sentenceEnd: number) => readonly ConceptHit[];
