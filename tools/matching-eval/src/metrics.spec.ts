import { ndcgAt, reciprocalRank, recallAt } from './metrics';

describe('ranking metrics', () => {
  const grades = new Map([
    ['a', 3],
    ['b', 2],
    ['c', 1],
  ]);

  it('gives nDCG 1 for the ideal order and less for any other', () => {
    expect(ndcgAt(['a', 'b', 'c'], grades, 5)).toBeCloseTo(1);
    expect(ndcgAt(['c', 'b', 'a'], grades, 5)).toBeLessThan(1);
    expect(ndcgAt(['x', 'y'], grades, 5)).toBe(0);
    // Missing a relevant item costs: the ideal counts every labelled item.
    expect(ndcgAt(['a'], grades, 5)).toBeLessThan(1);
  });

  it('computes MRR and recall over the items with at least the given grade', () => {
    expect(reciprocalRank(['x', 'c', 'b'], grades, 2)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['x'], grades, 2)).toBe(0);
    expect(recallAt(['a', 'x', 'b'], grades, 2, 2)).toBeCloseTo(0.5);
    expect(recallAt(['a', 'x', 'b'], grades, 10, 2)).toBe(1);
  });
});
