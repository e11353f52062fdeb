import type { TFunction } from 'i18next';
import type { AudienceScope, RegionKind } from '../gql/graphql';

/**
 * Refreshes every query that lists dossiers after a change (urql's document cache: deleting
 * returns a Boolean, and an empty list names no type). One object for every render.
 */
export const DOSSIER_CONTEXT = { additionalTypenames: ['Dossier'] };

/** Who may see a dossier, in a few words ("Voor de gemeenten van Utrecht (veiligheidsregio)"). */
export function audienceLabel(
  t: TFunction,
  audience: { scope: AudienceScope; regions: readonly { name: string; kind: RegionKind }[] },
): string {
  if (audience.scope === 'REGIONS' && audience.regions.length > 0)
    return t('dossiers.audienceRegions', {
      regions: audience.regions
        .map((r) => `${r.name} (${t(`municipality.regionKind.${r.kind}`).toLowerCase()})`)
        .join(', '),
    });
  return t(`dossiers.audience.${audience.scope}`);
}
