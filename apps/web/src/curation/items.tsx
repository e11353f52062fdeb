import type { ReactNode } from 'react';
import { RouterLink } from '../components/router-link';
import type { CuratedItemType } from '../gql/graphql';

/** Where an item lives in the app (expertise profiles and answers have no page of their own yet). */
export function itemPath(type: CuratedItemType, id: string): string | null {
  if (type === 'REPORT') return `/rapporten/${id}`;
  if (type === 'QUESTION') return `/vragen/${id}`;
  return null;
}

/** An item's title, as a link to its page where it has one. */
export function ItemLink({ type, id, children }: { type: CuratedItemType; id: string; children: ReactNode }) {
  const path = itemPath(type, id);
  return path ? <RouterLink to={path}>{children}</RouterLink> : <>{children}</>;
}

/** The item types a dossier (and the featured list) can hold, in the order the pickers offer them. */
export const PICKABLE_TYPES = ['QUESTION', 'REPORT', 'EXPERTISE_PROFILE'] as const;
export type PickableType = (typeof PICKABLE_TYPES)[number];
