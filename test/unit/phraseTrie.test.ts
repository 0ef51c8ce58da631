// The phrase trie builds each branch the first time a text reaches it: what it finds must not depend
// on when phrases were added or branches were built.
import * as assert from 'node:assert/strict';
import { PhraseTrie } from '../../server/src/core/text/phraseTrie';

const sentence = (words: string[]) => (k: number) => words[k] ?? '';
const always = () => true;

function matches(trie: PhraseTrie<string>, words: string[]) {
  return trie.matchesAt(sentence(words), 0, always).map((m) => ({ length: m.length, values: [...m.values] }));
}

describe('phrase trie', () => {
  it('finds phrases added before and after their branch was first read, in the order added', () => {
    const trie = new PhraseTrie<string>();
    trie.add(['wipe', 'out'], 'first');
    trie.add(['wipe'], 'short');
    assert.ok(trie.starts('wipe'));
    assert.deepEqual(matches(trie, ['wipe', 'out']), [
      { length: 1, values: ['short'] },
      { length: 2, values: ['first'] },
    ]);
    // The branch exists now: these go straight into it.
    trie.add(['wipe', 'out'], 'second');
    trie.add(['wipe', 'out'], 'first');
    trie.add(['wipe', 'away'], 'away');
    assert.deepEqual(matches(trie, ['wipe', 'out']), [
      { length: 1, values: ['short'] },
      { length: 2, values: ['first', 'second'] },
    ]);
    assert.deepEqual(matches(trie, ['wipe', 'away']), [
      { length: 1, values: ['short'] },
      { length: 2, values: ['away'] },
    ]);
  });

  it('says which words start a phrase whether or not their branch was read', () => {
    const trie = new PhraseTrie<string>();
    trie.add(['short', 'sale'], 'a');
    trie.add(['deed'], 'b');
    assert.deepEqual(matches(trie, ['deed']), [{ length: 1, values: ['b'] }]);
    assert.ok(trie.starts('short'));
    assert.ok(trie.starts('deed'));
    assert.ok(!trie.starts('sale'));
    assert.deepEqual(matches(trie, ['sale']), []);
  });

  it('a word a writer may slip in is also passed over where a phrase of its own goes on with it', () => {
    const trie = new PhraseTrie<string>();
    trie.add(['be', 'a', 'clean', 'break'], 'clean-break');
    trie.add(['be', 'essentially', 'illegal'], 'illegal');
    const filler = (words: string[]) => (k: number) => words[k] === 'essentially';
    const read = (words: string[]) =>
      trie.matchesAt(sentence(words), 0, always, filler(words)).map((m) => [m.length, ...m.values]);
    assert.deepEqual(read(['be', 'essentially', 'a', 'clean', 'break']), [[5, 'clean-break']]);
    assert.deepEqual(read(['be', 'essentially', 'illegal']), [[3, 'illegal']]);
  });
});
