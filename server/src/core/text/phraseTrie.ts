// A trie over word sequences: finds every glossary phrase that starts at a word in one pass.

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
  /**
   * On a first-word node only: phrases starting with that word not yet in the trie, in the order they
   * were added (lists, or functions that make them). The branch is built the first time a text reaches
   * the word, so start-up (a CLI run on one short file) pays only for the branches its words lead to;
   * building it from its phrases in their order gives the same nodes, and values in the same order,
   * as adding them at once.
   */
  later?: (Waiting<T>[] | (() => Waiting<T>[]))[];
}

interface Waiting<T> {
  words: readonly string[];
  value: T;
}

export interface PhraseMatch<T> {
  /** Number of words matched. */
  length: number;
  values: readonly T[];
}

const NONE: PhraseMatch<never>[] = [];

/**
 * At most this many skippable words in a row inside a phrase ("is pretty much completely off the
 * hook" slips in three). Unbounded, a run of them ("a a a …": determiners are fillers) made every
 * start walk to the end of the sentence: quadratic time on hostile text.
 */
export const MAX_SKIPPED_IN_A_ROW = 4;

/** At most this many two-way words per start (see matchesFrom). */
const MAX_FORKS = 4;

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  add(words: readonly string[], value: T): void {
    if (words.length === 0) return this.insert(words, value);
    const head = this.root.next.get(words[0]);
    if (head !== undefined && head.later === undefined) return this.insert(words, value);
    const later = this.waiting(words[0]);
    const last = later[later.length - 1];
    if (Array.isArray(last)) last.push({ words, value });
    else later.push([{ words, value }]);
  }

  /**
   * The phrases starting with `first`, in order, made only when a text first reaches that word: a
   * glossary's thousands of phrases cost start-up nothing but this call per first word. Phrases added
   * for `first` before or after come before or after these, as with add.
   */
  addLater(first: string, phrases: () => Waiting<T>[]): void {
    const head = this.root.next.get(first);
    if (head !== undefined && head.later === undefined) {
      for (const phrase of phrases()) this.insert(phrase.words, phrase.value);
      return;
    }
    this.waiting(first).push(phrases);
  }

  /** The waiting list of a first word not yet built, made with its node. */
  private waiting(first: string): NonNullable<TrieNode<T>['later']> {
    let head = this.root.next.get(first);
    if (head === undefined) this.root.next.set(first, (head = { next: new Map(), values: [], later: [] }));
    return (head.later ??= []);
  }

  private insert(words: readonly string[], value: T): void {
    let node = this.root;
    // An index, not for-of: start-up runs this cold, where for-of makes an iterator result per step.
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), values: [] }));
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The node of phrases starting with this word, built on first use: one lookup either way. */
  private branch(word: string): TrieNode<T> | undefined {
    const head = this.root.next.get(word);
    const later = head?.later;
    if (later !== undefined) {
      head!.later = undefined;
      for (const source of later)
        for (const phrase of typeof source === 'function' ? source() : source)
          this.insert(phrase.words, phrase.value);
    }
    return head;
  }

  /**
   * The phrases that start with this word, as a handle for matchesFrom (built on first use), or
   * undefined: a caller that meets the same word often keeps it and skips the lookup by word.
   */
  head(word: string): object | undefined {
    return this.branch(word);
  }

  /** Whether some phrase starts with this word: a cheap test before matchesAt. */
  starts(word: string): boolean {
    return this.root.next.has(word);
  }

  /**
   * Matches starting at word(first), longest last; `word(k)` is '' past the last word. `joins(k)`
   * says whether words k and k + 1 may belong to one phrase (e.g. no sentence break between them).
   * `skippable(k)` says whether word k is one a writer may slip into a phrase ("is *completely* off
   * the hook"): inside a phrase they are passed over when the phrase does not continue with them.
   */
  matchesAt(
    word: (k: number) => string,
    first: number,
    joins: (k: number) => boolean,
    skippable?: (k: number) => boolean,
  ): readonly PhraseMatch<T>[] {
    return this.matchesFrom(this.branch(word(first)), word, first, joins, skippable);
  }

  /** matchesAt, from the head of the word at `first` (see head). */
  matchesFrom(
    head: object | undefined,
    word: (k: number) => string,
    first: number,
    joins: (k: number) => boolean,
    skippable?: (k: number) => boolean,
  ): readonly PhraseMatch<T>[] {
    let node = head as TrieNode<T> | undefined;
    if (!node) return NONE; // most words start no phrase: no allocation for them
    let found: PhraseMatch<T>[] | undefined; // most starts ("the", "in") lead nowhere: no array then
    // A skippable word that is also a phrase's own word ("essentially" in "are essentially illegal")
    // leads two ways: into that phrase, and past it to others ("is essentially | a clean break"). The
    // second is kept here and walked when the first ends; a few such forks per start keep it linear.
    let forks: { node: TrieNode<T>; k: number }[] | undefined;
    let forksLeft = MAX_FORKS;
    let fresh = true; // whether node was just reached (a resumed fork was counted already)
    for (let k = first; ;) {
      if (node) {
        if (fresh && node.values.length > 0)
          (found ??= []).push({ length: k - first + 1, values: node.values });
        fresh = true;
        let next = k + 1;
        let after = word(next);
        if (after && joins(k)) {
          let skipped = 0;
          while (
            skippable &&
            skipped < MAX_SKIPPED_IN_A_ROW &&
            skippable(next) &&
            word(next + 1) &&
            joins(next)
          ) {
            if (node.next.has(after)) {
              if (forksLeft > 0) {
                forksLeft--;
                (forks ??= []).push({ node, k: next });
              }
              break;
            }
            after = word(++next);
            skipped++;
          }
          node = node.next.get(after);
          k = next;
          continue;
        }
      }
      const fork = forks?.pop();
      if (!fork) break;
      ({ node, k } = fork);
      fresh = false;
    }
    // Longest last, as callers expect; a fork may have found a shorter phrase after a longer one.
    if (found && forks) found.sort((a, b) => a.length - b.length);
    return found ?? NONE;
  }
}
