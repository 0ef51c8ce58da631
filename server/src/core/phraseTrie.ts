// A trie over word sequences: finds every glossary phrase that starts at a word in one pass.

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
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

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  /**
   * Phrases not yet in the trie, by first word, in the order they were added: a branch is built the
   * first time a text reaches it, so start-up (a CLI run on one short file) pays only for the
   * branches its words lead to. Building a branch from its phrases in their order gives the same
   * nodes, and values in the same order, as adding them at once.
   */
  private readonly pending = new Map<string, Waiting<T>[] | (() => Waiting<T>[])>();

  add(words: readonly string[], value: T): void {
    if (words.length > 0 && !this.root.next.has(words[0])) {
      let waiting = this.pending.get(words[0]);
      if (typeof waiting !== 'object') this.pending.set(words[0], (waiting = waiting?.() ?? []));
      waiting.push({ words, value });
      return;
    }
    this.insert(words, value);
  }

  /**
   * The phrases starting with `first`, in order, made only when a text first reaches that word: a
   * glossary's thousands of phrases cost start-up nothing but this call per first word. Phrases added
   * for `first` before or after come before or after these, as with add.
   */
  addLater(first: string, phrases: () => Waiting<T>[]): void {
    const waiting = this.pending.get(first);
    if (waiting !== undefined || this.root.next.has(first)) {
      for (const phrase of phrases()) this.add(phrase.words, phrase.value);
      return;
    }
    this.pending.set(first, phrases);
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

  /** The node of phrases starting with this word, built on first use. */
  private branch(word: string): TrieNode<T> | undefined {
    // A first word is either built or waiting, never both (see add): one lookup for a built branch.
    const built = this.root.next.get(word);
    if (built !== undefined) return built;
    const waiting = this.pending.get(word);
    if (waiting) {
      this.pending.delete(word);
      for (const phrase of typeof waiting === 'function' ? waiting() : waiting)
        this.insert(phrase.words, phrase.value);
    }
    return this.root.next.get(word);
  }

  /** Whether some phrase starts with this word: a cheap test before matchesAt. */
  starts(word: string): boolean {
    return this.root.next.has(word) || this.pending.has(word);
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
    let node = this.branch(word(first));
    if (!node) return NONE; // most words start no phrase: no allocation for them
    let found: PhraseMatch<T>[] | undefined; // most starts ("the", "in") lead nowhere: no array then
    for (let k = first; node;) {
      if (node.values.length > 0) (found ??= []).push({ length: k - first + 1, values: node.values });
      let next = k + 1;
      let after = word(next);
      if (!after || !joins(k)) break;
      let skipped = 0;
      while (
        skippable &&
        skipped < MAX_SKIPPED_IN_A_ROW &&
        !node.next.has(after) &&
        skippable(next) &&
        word(next + 1) &&
        joins(next)
      ) {
        after = word(++next);
        skipped++;
      }
      node = node.next.get(after);
      k = next;
    }
    return found ?? NONE;
  }
}
