import { Injectable } from '@nestjs/common';
import { DirectoryService } from '@ksp/directory';
import { Actor, isAdmin } from '../identity.types';

/** Who may see a piece of content, as its author chose (issue 3: the visibility scopes). */
export const VisibilityScope = {
  ORGANISATION: 'ORGANISATION',
  NEIGHBOURS: 'NEIGHBOURS',
  REGIONS: 'REGIONS',
  MUNICIPALITIES: 'MUNICIPALITIES',
  MEMBERS: 'MEMBERS',
  PUBLIC: 'PUBLIC',
} as const;
export type VisibilityScope = (typeof VisibilityScope)[keyof typeof VisibilityScope];

/** The audience of one item, as stored with it. */
export interface Audience {
  readonly scope: VisibilityScope;
  readonly authorUserId: string;
  readonly authorOrganisationCode: string;
  /** The gemeente of the author's organisation, if any (NEIGHBOURS is about that gemeente). */
  readonly authorMunicipalityCode: string | null;
  readonly regionIds: readonly string[];
  readonly municipalityCodes: readonly string[];
}

/**
 * What an actor may see, as a filter that repositories and the search engine apply: an item is
 * visible when ANY of these match. Derived once per actor; the same rules as `canSee`.
 */
export interface VisibilityFilter {
  readonly everything: boolean;
  readonly publicItems: true;
  readonly memberItems: boolean;
  readonly userId: string | null;
  readonly organisationCode: string | null;
  /** NEIGHBOURS items whose author's gemeente is one of these (the actor's own gemeente and its buurgemeenten). */
  readonly neighbourhoodOf: readonly string[];
  /** REGIONS items addressed to any of these regions (those the actor's gemeente belongs to, and coordinated ones). */
  readonly regionIds: readonly string[];
  /** MUNICIPALITIES items addressed to this gemeente. */
  readonly municipalityCode: string | null;
}

/**
 * The one place that decides who may see what. Every read path — by id, lists, search, facets,
 * matching, subscriptions — asks this service, either per item (`canSee`) or as a filter
 * (`filterFor`). Something an actor may not see is NOT_FOUND to them, never FORBIDDEN.
 */
/** What someone who is not logged in may see: public items only. */
export const ANONYMOUS_FILTER: VisibilityFilter = Object.freeze({
  everything: false,
  publicItems: true,
  memberItems: false,
  userId: null,
  organisationCode: null,
  neighbourhoodOf: [],
  regionIds: [],
  municipalityCode: null,
});

@Injectable()
export class PolicyService {
  constructor(private readonly directory: DirectoryService) {}

  filterFor(actor: Actor | null): VisibilityFilter {
    if (!actor) return ANONYMOUS_FILTER;
    const own = actor.municipalityCode;
    const neighbourhood = own ? [own, ...this.directory.neighboursOf(own).map((m) => m.code)] : [];
    const regions = new Set<string>(actor.coordinatorRegionIds);
    if (own) for (const r of this.directory.regionsOf(own)) regions.add(r.id);
    return {
      everything: isAdmin(actor),
      publicItems: true,
      memberItems: true,
      userId: actor.userId,
      organisationCode: actor.organisationCode,
      neighbourhoodOf: neighbourhood,
      regionIds: [...regions],
      municipalityCode: own,
    };
  }

  canSee(actor: Actor | null, audience: Audience): boolean {
    return matches(this.filterFor(actor), audience);
  }

  /** A coordinator of a region that contains the gemeente, or an admin. */
  coordinates(actor: Actor | null, municipalityCode: string | null): boolean {
    if (!actor) return false;
    if (isAdmin(actor)) return true;
    if (!municipalityCode || actor.coordinatorRegionIds.length === 0) return false;
    return this.directory.regionsOf(municipalityCode).some((r) => actor.coordinatorRegionIds.includes(r.id));
  }

  /** People's email addresses: to themselves, their coordinators and admins only. */
  canSeeEmail(actor: Actor | null, person: { userId: string; municipalityCode: string | null }): boolean {
    return !!actor && (actor.userId === person.userId || this.coordinates(actor, person.municipalityCode));
  }
}

export function matches(f: VisibilityFilter, a: Audience): boolean {
  if (f.everything || a.scope === VisibilityScope.PUBLIC) return true;
  if (!f.memberItems) return false;
  if (a.authorUserId === f.userId || a.authorOrganisationCode === f.organisationCode) return true;
  switch (a.scope) {
    case VisibilityScope.MEMBERS:
      return true;
    case VisibilityScope.NEIGHBOURS:
      return a.authorMunicipalityCode !== null && f.neighbourhoodOf.includes(a.authorMunicipalityCode);
    case VisibilityScope.REGIONS:
      return a.regionIds.some((r) => f.regionIds.includes(r));
    case VisibilityScope.MUNICIPALITIES:
      return f.municipalityCode !== null && a.municipalityCodes.includes(f.municipalityCode);
    case VisibilityScope.ORGANISATION:
      return false;
  }
}
