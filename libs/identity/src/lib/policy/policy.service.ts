import { Injectable } from '@nestjs/common';
import { DirectoryService } from '@ksp/directory';
import { BadUserInputError } from '@ksp/shared';
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
  /**
   * Gemeenten whose items this actor curates, whatever their audience: the members of the regions
   * they coordinate (coordinators publish, merge and route what is written there).
   */
  readonly curatedMunicipalityCodes: readonly string[];
  /**
   * The same rules as access keys: an item is visible when one of its `accessKeys(audience)` is
   * among these (or `everything`). Repositories and the search engine filter on this list.
   */
  readonly keys: readonly string[];
}

/**
 * Access keys turn the visibility rules into set intersection, which SQL (`key IN (…)`) and a
 * search engine (`accessKeys IN […]`) can both do fast: an item stores the keys that grant it, an
 * actor carries the keys they hold. `matches(filter, audience)` and the intersection agree (tested).
 */
export const AccessKey = {
  PUBLIC: 'pub',
  MEMBERS: 'mem',
  user: (id: string) => `u:${id}`,
  organisation: (code: string) => `o:${code}`,
  /** Held by members of this gemeente; granted by NEIGHBOURS (the author's neighbourhood) and MUNICIPALITIES. */
  municipality: (code: string) => `m:${code}`,
  region: (id: string) => `r:${id}`,
  /** Held only by coordinators of the region: for items under review (a submitted report, a resident's profile). */
  coordinator: (regionId: string) => `c:${regionId}`,
  /**
   * Held by admins, who see everything. SQL needs no key for that (`everything`), but a search
   * engine filters by keys only: every search document carries this key too (libs/discovery).
   */
  ADMINS: 'adm',
} as const;

/** What `accessKeys` needs to know of the directory. */
export interface Geography {
  neighboursOf(code: string): readonly string[];
  regionsOf(code: string): readonly string[];
}

/**
 * The keys that grant an item with this audience: its author's, its scope's, and those of the
 * coordinators of the author's gemeente's regions (who curate it, whatever its scope).
 */
export function accessKeys(a: Audience, geo: Geography): string[] {
  const keys = new Set<string>([
    AccessKey.user(a.authorUserId),
    AccessKey.organisation(a.authorOrganisationCode),
  ]);
  if (a.authorMunicipalityCode) {
    for (const r of geo.regionsOf(a.authorMunicipalityCode)) keys.add(AccessKey.coordinator(r));
  }
  switch (a.scope) {
    case VisibilityScope.PUBLIC:
      keys.add(AccessKey.PUBLIC);
      break;
    case VisibilityScope.MEMBERS:
      keys.add(AccessKey.MEMBERS);
      break;
    case VisibilityScope.NEIGHBOURS:
      if (a.authorMunicipalityCode) {
        keys.add(AccessKey.municipality(a.authorMunicipalityCode));
        for (const n of geo.neighboursOf(a.authorMunicipalityCode)) keys.add(AccessKey.municipality(n));
      }
      break;
    case VisibilityScope.REGIONS:
      for (const r of a.regionIds) keys.add(AccessKey.region(r));
      break;
    case VisibilityScope.MUNICIPALITIES:
      for (const m of a.municipalityCodes) keys.add(AccessKey.municipality(m));
      break;
    case VisibilityScope.ORGANISATION:
      break;
  }
  return [...keys];
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
  curatedMunicipalityCodes: [],
  keys: Object.freeze([AccessKey.PUBLIC]),
});

@Injectable()
export class PolicyService {
  private readonly geography: Geography;

  constructor(private readonly directory: DirectoryService) {
    this.geography = {
      neighboursOf: (code) => directory.neighboursOf(code).map((m) => m.code),
      regionsOf: (code) => directory.regionsOf(code).map((r) => r.id),
    };
  }

  filterFor(actor: Actor | null): VisibilityFilter {
    if (!actor) return ANONYMOUS_FILTER;
    const own = actor.municipalityCode;
    const neighbourhood = own ? [own, ...this.directory.neighboursOf(own).map((m) => m.code)] : [];
    const regions = new Set<string>(actor.coordinatorRegionIds);
    if (own) for (const r of this.directory.regionsOf(own)) regions.add(r.id);
    const keys = [
      AccessKey.PUBLIC,
      AccessKey.MEMBERS,
      AccessKey.user(actor.userId),
      AccessKey.organisation(actor.organisationCode),
      ...(own ? [AccessKey.municipality(own)] : []),
      ...[...regions].map(AccessKey.region),
      ...actor.coordinatorRegionIds.map(AccessKey.coordinator),
      ...(isAdmin(actor) ? [AccessKey.ADMINS] : []),
    ];
    return {
      everything: isAdmin(actor),
      publicItems: true,
      memberItems: true,
      userId: actor.userId,
      organisationCode: actor.organisationCode,
      neighbourhoodOf: neighbourhood,
      regionIds: [...regions],
      municipalityCode: own,
      curatedMunicipalityCodes: [
        ...new Set(actor.coordinatorRegionIds.flatMap((r) => this.directory.membersOf(r).map((m) => m.code))),
      ],
      keys,
    };
  }

  /**
   * The keys that let the coordinators of a gemeente's regions (and admins, who see everything)
   * see an item that is not yet visible to others, e.g. a report under review: add them to the
   * item's own keys while it is under review.
   */
  reviewerKeysFor(municipalityCode: string | null): string[] {
    return municipalityCode
      ? this.directory.regionsOf(municipalityCode).map((r) => AccessKey.coordinator(r.id))
      : [];
  }

  /** The access keys an item with this audience stores (see `accessKeys`). */
  accessKeysOf(audience: Audience): string[] {
    return accessKeys(audience, this.geography);
  }

  canSee(actor: Actor | null, audience: Audience): boolean {
    return matches(this.filterFor(actor), audience);
  }

  /**
   * The audience an actor chose for something they write, checked against the directory: REGIONS
   * needs known regions, MUNICIPALITIES known gemeenten, NEIGHBOURS an author whose organisation is
   * a gemeente. Lists that the scope does not use are dropped. Bad input is BAD_USER_INPUT.
   */
  audienceFor(
    actor: Actor,
    input: {
      scope: VisibilityScope;
      regionIds?: readonly string[] | null;
      municipalityCodes?: readonly string[] | null;
    },
  ): Audience {
    const base = {
      scope: input.scope,
      authorUserId: actor.userId,
      authorOrganisationCode: actor.organisationCode,
      authorMunicipalityCode: actor.municipalityCode,
      regionIds: [] as string[],
      municipalityCodes: [] as string[],
    };
    switch (input.scope) {
      case VisibilityScope.NEIGHBOURS:
        if (!actor.municipalityCode) {
          throw new BadUserInputError(
            'Publiek "buurgemeenten" kan alleen voor een gemeente; uw organisatie is geen gemeente.',
            { argument: 'audience.scope' },
          );
        }
        return base;
      case VisibilityScope.REGIONS: {
        const ids = [...new Set(input.regionIds ?? [])];
        if (ids.length === 0) {
          throw new BadUserInputError('Kies ten minste één regio.', { argument: 'audience.regionIds' });
        }
        for (const id of ids) {
          if (!this.directory.listRegions().some((r) => r.id === id)) {
            throw new BadUserInputError(`Onbekende regio '${id}'.`, {
              argument: 'audience.regionIds',
              value: id,
            });
          }
        }
        return { ...base, regionIds: ids };
      }
      case VisibilityScope.MUNICIPALITIES: {
        const codes = [...new Set(input.municipalityCodes ?? [])];
        if (codes.length === 0) {
          throw new BadUserInputError('Kies ten minste één gemeente.', {
            argument: 'audience.municipalityCodes',
          });
        }
        for (const code of codes) {
          if (!this.directory.findMunicipality(code)) {
            throw new BadUserInputError(
              `Onbekende gemeentecode '${code}' (verwacht: GM gevolgd door 4 cijfers).`,
              {
                argument: 'audience.municipalityCodes',
                value: code,
              },
            );
          }
        }
        return { ...base, municipalityCodes: codes };
      }
      default:
        return base;
    }
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
  // Coordinators curate what is written in their regions, whatever its audience.
  if (a.authorMunicipalityCode !== null && f.curatedMunicipalityCodes.includes(a.authorMunicipalityCode)) {
    return true;
  }
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
