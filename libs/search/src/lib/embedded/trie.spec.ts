import { Trie } from './trie';

function trieOf(words: readonly string[]): Trie {
  const trie = new Trie();
  words.forEach((word, i) => trie.insert(word, i));
  return trie;
}

describe('Trie', () => {
  const words = ['jeugdzorg', 'jeugdhulp', 'woning', 'woningen', 'woningbouw', 'wonen', 'honing', 'armoede'];
  const trie = trieOf(words);

  function fuzzy(query: string, maxDistance: number, prefix = false): Record<string, number> {
    const found: Record<string, number> = {};
    trie.fuzzy(query, maxDistance, prefix, (value, distance) => {
      const word = words[value];
      found[word] = Math.min(found[word] ?? Infinity, distance);
    });
    return found;
  }

  it('looks words up exactly', () => {
    expect(trie.get('woning')).toBe(2);
    expect(trie.get('wonin')).toBeUndefined();
    expect(trie.size).toBe(words.length);
  });

  it('lists the words with a prefix, and completions with their rest', () => {
    const withPrefix: string[] = [];
    trie.forEachWithPrefix('wonin', (value) => withPrefix.push(words[value]));
    expect(withPrefix.sort()).toEqual(['woning', 'woningbouw', 'woningen']);
    const completions: string[] = [];
    trie.forEachCompletion('woning', (value, rest) => completions.push(`${words[value]}=${rest}`));
    expect(completions.sort()).toEqual(['woningbouw=bouw', 'woningen=en']);
  });

  it('counts a transposition as one typo', () => {
    expect(fuzzy('jeugdzrog', 1)).toEqual({ jeugdzorg: 1 });
  });

  it('finds substitutions, insertions and deletions within the budget', () => {
    expect(fuzzy('wonimg', 1)).toMatchObject({ woning: 1 });
    expect(fuzzy('wonning', 1)).toMatchObject({ woning: 1 });
    expect(fuzzy('wonng', 1)).toMatchObject({ woning: 1 });
    expect(fuzzy('wnoign', 1)).toEqual({});
    expect(fuzzy('jeudgzrog', 2)).toMatchObject({ jeugdzorg: 2 });
  });

  it('counts a typo on the first letter as two', () => {
    expect(fuzzy('honing', 1)).toEqual({ honing: 0 });
    expect(fuzzy('xoning', 1)).toEqual({});
    expect(fuzzy('xeugdzorg', 2)).toEqual({ jeugdzorg: 2 });
  });

  it('matches prefixes with typos for search as you type', () => {
    const found = fuzzy('jeugdzro', 1, true);
    expect(found).toMatchObject({ jeugdzorg: 1 });
    expect(fuzzy('wonin', 1, true)).toMatchObject({ woning: 0, woningen: 0, woningbouw: 0 });
  });
});
