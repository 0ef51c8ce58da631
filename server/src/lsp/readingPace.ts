// How much of a long document each reading step takes on (see LanguageService.prepare): sized by
// time, not length, so that a step lasts about TARGET_MS on any machine. A fixed 64 KB took 60–75 ms
// in the first steps after start-up, while the analysis still ran as interpreted code, and 10 ms later.
import { STEP_LENGTH } from '../core/languageService';

const TARGET_MS = 8;
const FIRST = STEP_LENGTH / 8;
const SHORTEST = STEP_LENGTH / 16;
const LONGEST = STEP_LENGTH * 4;

export class ReadingPace {
  private readonly lengths = new Map<string, number>();

  /** The length of the next step on `uri`. */
  next(uri: string): number {
    return this.lengths.get(uri) ?? FIRST;
  }

  /** Scales the next step by how long this one took, at most doubling it (one quick step may be luck). */
  took(uri: string, length: number, ms: number): void {
    const scaled = length * Math.min(2, TARGET_MS / Math.max(ms, 0.1));
    this.lengths.set(uri, Math.round(Math.min(LONGEST, Math.max(SHORTEST, scaled))));
  }

  forget(uri: string): void {
    this.lengths.delete(uri);
  }
}
