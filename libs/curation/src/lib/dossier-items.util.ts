import { CuratedItemType, ItemRef, refKey } from './content-catalog';

/** One item of a dossier as stored: what it is and the curator's note on it, in order. */
export interface StoredDossierItem {
  readonly itemType: CuratedItemType;
  readonly itemId: string;
  readonly note: string | null;
}

/**
 * The items of a dossier after an editor saved it, keeping the items the editor could not see.
 *
 * An editor only knows the items they were shown (the content catalog leaves out what they may not
 * see), so the list they send replaces those items only. Every item they could not see stays, with
 * its note, in its place: right after the visible item it followed before (if that one was taken
 * out, after the nearest earlier visible item that is still there), or at the start when no visible
 * item came before it. Several such items keep their order among themselves.
 *
 * `previous` is the stored list in order; `visible` says which of its items the editor could see;
 * `next` is what the editor sent (only items they can see, validated by the caller).
 */
export function keepHiddenItems(
  previous: readonly StoredDossierItem[],
  visible: (ref: ItemRef) => boolean,
  next: readonly StoredDossierItem[],
): StoredDossierItem[] {
  const key = (i: StoredDossierItem) => refKey({ type: i.itemType, id: i.itemId });
  const kept = new Set(next.map(key));
  // The hidden items that follow each visible item still in the list ('' is the start).
  const after = new Map<string, StoredDossierItem[]>();
  let anchor = '';
  for (const item of previous) {
    if (visible({ type: item.itemType, id: item.itemId })) {
      if (kept.has(key(item))) anchor = key(item);
      continue;
    }
    (after.get(anchor) ?? after.set(anchor, []).get(anchor)!).push(item);
  }
  return [...(after.get('') ?? []), ...next.flatMap((item) => [item, ...(after.get(key(item)) ?? [])])];
}
