import { CuratedItemType } from './content-catalog';
import { StoredDossierItem, keepHiddenItems } from './dossier-items.util';

const q = (id: string, note: string | null = null): StoredDossierItem => ({
  itemType: CuratedItemType.QUESTION,
  itemId: id,
  note,
});
const ids = (items: readonly StoredDossierItem[]) => items.map((i) => i.itemId);

describe('saving a dossier keeps the items the editor cannot see', () => {
  // a, b and c the editor sees; h1, h2 and h3 they do not.
  const previous = [q('h1', 'eerst'), q('a'), q('h2', 'bij a'), q('h3'), q('b'), q('c')];
  const visible = ({ id }: { id: string }) => !id.startsWith('h');

  it('changes nothing of them when the editor sends the list as shown', () => {
    const kept = keepHiddenItems(previous, visible, [q('a'), q('b'), q('c')]);
    expect(ids(kept)).toEqual(['h1', 'a', 'h2', 'h3', 'b', 'c']);
    expect(kept.find((i) => i.itemId === 'h2')!.note).toBe('bij a');
  });

  it('moves them with the visible item they followed, in their own order', () => {
    expect(ids(keepHiddenItems(previous, visible, [q('c'), q('a'), q('b')]))).toEqual([
      'h1',
      'c',
      'a',
      'h2',
      'h3',
      'b',
    ]);
  });

  it('puts them after the nearest earlier visible item still there when theirs is taken out', () => {
    expect(ids(keepHiddenItems(previous, visible, [q('b'), q('c')]))).toEqual(['h1', 'h2', 'h3', 'b', 'c']);
    const afterB = [q('a'), q('b'), q('h1'), q('c')];
    expect(ids(keepHiddenItems(afterB, visible, [q('a'), q('c')]))).toEqual(['a', 'h1', 'c']);
  });

  it('keeps them when the editor empties the list, and adds new items after them', () => {
    expect(ids(keepHiddenItems(previous, visible, []))).toEqual(['h1', 'h2', 'h3']);
    expect(ids(keepHiddenItems(previous, visible, [q('a'), q('d')]))).toEqual(['h1', 'a', 'h2', 'h3', 'd']);
  });

  it('tells items of different types apart', () => {
    const report = { itemType: CuratedItemType.REPORT, itemId: 'a', note: null };
    const kept = keepHiddenItems([q('a'), q('h1')], visible, [report]);
    expect(kept).toEqual([q('h1'), report]);
  });
});
