import { connectionFromArray, decodeOffsetCursor, encodeOffsetCursor } from './pagination';
import { DomainError } from './errors';

describe('connectionFromArray', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);

  it('pages forward with cursors until the end', () => {
    const seen: number[] = [];
    let after: string | undefined;
    for (;;) {
      const page = connectionFromArray(items, { first: 20, after });
      expect(page.totalCount).toBe(45);
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toEqual(items);
  });

  it('rejects a cursor it did not make with BAD_USER_INPUT', () => {
    expect(() => decodeOffsetCursor('bm9wZQ')).toThrow(DomainError);
    expect(() => decodeOffsetCursor('bm9wZQ')).toThrow(/cursor/);
    expect(decodeOffsetCursor(encodeOffsetCursor(7))).toBe(7);
  });
});
