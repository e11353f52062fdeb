import type { SearchType } from '../gql/graphql';

/** Where a found item lives in the app. */
export function searchItemPath(type: SearchType, id: string): string {
  const encoded = encodeURIComponent(id);
  switch (type) {
    case 'QUESTION':
      return `/vragen/${encoded}`;
    case 'REPORT':
      return `/rapporten/${encoded}`;
    case 'EXPERTISE_PROFILE':
      return `/expertise/${encoded}`;
    case 'DOSSIER':
      return `/dossiers/${encoded}`;
  }
}
