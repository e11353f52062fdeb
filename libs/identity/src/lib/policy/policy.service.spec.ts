import {
  ANONYMOUS_FILTER,
  AccessKey,
  Audience,
  VisibilityFilter,
  VisibilityScope,
  accessKeys,
  matches,
} from './policy.service';

const NEIGHBOURS: Record<string, string[]> = {
  GM0344: ['GM0355', 'GM0310', 'GM0321'],
  GM0355: ['GM0344'],
  GM0363: ['GM0362'],
};
const REGIONS: Record<string, string[]> = {
  GM0344: ['PV26', 'VR09'],
  GM0355: ['PV26', 'VR09'],
  GM0363: ['PV27', 'VR13'],
};
const geography = {
  neighboursOf: (code: string) => NEIGHBOURS[code] ?? [],
  regionsOf: (code: string) => REGIONS[code] ?? [],
};

/** The keys PolicyService.filterFor gives a member with this filter. */
function keysOf(f: Omit<VisibilityFilter, 'keys'>, coordinates: string[] = []): string[] {
  return [
    ...coordinates.map(AccessKey.coordinator),
    AccessKey.PUBLIC,
    AccessKey.MEMBERS,
    AccessKey.user(f.userId!),
    AccessKey.organisation(f.organisationCode!),
    AccessKey.municipality(f.municipalityCode!),
    ...f.regionIds.map(AccessKey.region),
  ];
}

// Utrecht (GM0344) borders Zeist (GM0355); Amsterdam (GM0363) borders neither.
const utrechtMember: VisibilityFilter & { keys: string[] } = {
  everything: false,
  publicItems: true,
  memberItems: true,
  userId: 'u-utrecht',
  organisationCode: 'GM0344',
  neighbourhoodOf: ['GM0344', 'GM0355', 'GM0310', 'GM0321'],
  regionIds: ['PV26', 'VR09'],
  municipalityCode: 'GM0344',
  curatedMunicipalityCodes: [],
  keys: [],
};
utrechtMember.keys.push(...keysOf(utrechtMember));
const zeistMember: VisibilityFilter & { keys: string[] } = {
  ...utrechtMember,
  userId: 'u-zeist',
  organisationCode: 'GM0355',
  neighbourhoodOf: ['GM0355', 'GM0344'],
  municipalityCode: 'GM0355',
};
zeistMember.keys = keysOf(zeistMember);
const amsterdamMember: VisibilityFilter & { keys: string[] } = {
  ...utrechtMember,
  userId: 'u-adam',
  organisationCode: 'GM0363',
  neighbourhoodOf: ['GM0363', 'GM0362'],
  regionIds: ['PV27', 'VR13'],
  municipalityCode: 'GM0363',
};
amsterdamMember.keys = keysOf(amsterdamMember);
// A coordinator of VR09 who works in Zeist curates Utrecht's items too; one of VR13 does not.
const coordinatorVR09: VisibilityFilter & { keys: string[] } = {
  ...zeistMember,
  userId: 'u-coordinator-vr09',
  curatedMunicipalityCodes: ['GM0344', 'GM0355'],
};
coordinatorVR09.keys = keysOf(coordinatorVR09, ['VR09']);
const coordinatorVR13: VisibilityFilter & { keys: string[] } = {
  ...amsterdamMember,
  userId: 'u-coordinator-vr13',
  curatedMunicipalityCodes: ['GM0363'],
};
coordinatorVR13.keys = keysOf(coordinatorVR13, ['VR13']);
const anonymous = ANONYMOUS_FILTER;
const admin: VisibilityFilter = { ...amsterdamMember, everything: true };

const fromUtrecht = (scope: VisibilityScope, extra: Partial<Audience> = {}): Audience => ({
  scope,
  authorUserId: 'u-utrecht',
  authorOrganisationCode: 'GM0344',
  authorMunicipalityCode: 'GM0344',
  regionIds: [],
  municipalityCodes: [],
  ...extra,
});

describe('visibility (the policy layer)', () => {
  it.each<[string, Audience, Record<string, boolean>]>([
    [
      'ORGANISATION',
      fromUtrecht(VisibilityScope.ORGANISATION),
      {
        utrecht: true,
        zeist: false,
        amsterdam: false,
        anonymous: false,
        admin: true,
        coordinatorVR09: true,
        coordinatorVR13: false,
      },
    ],
    [
      'NEIGHBOURS',
      fromUtrecht(VisibilityScope.NEIGHBOURS),
      {
        utrecht: true,
        zeist: true,
        amsterdam: false,
        anonymous: false,
        admin: true,
        coordinatorVR09: true,
        coordinatorVR13: false,
      },
    ],
    [
      'REGIONS VR09',
      fromUtrecht(VisibilityScope.REGIONS, { regionIds: ['VR09'] }),
      {
        utrecht: true,
        zeist: true,
        amsterdam: false,
        anonymous: false,
        admin: true,
        coordinatorVR09: true,
        coordinatorVR13: false,
      },
    ],
    [
      'MUNICIPALITIES Amsterdam',
      fromUtrecht(VisibilityScope.MUNICIPALITIES, { municipalityCodes: ['GM0363'] }),
      {
        utrecht: true,
        zeist: false,
        amsterdam: true,
        anonymous: false,
        admin: true,
        coordinatorVR09: true,
        coordinatorVR13: true,
      },
    ],
    [
      'MEMBERS',
      fromUtrecht(VisibilityScope.MEMBERS),
      {
        utrecht: true,
        zeist: true,
        amsterdam: true,
        anonymous: false,
        admin: true,
        coordinatorVR09: true,
        coordinatorVR13: true,
      },
    ],
    [
      'PUBLIC',
      fromUtrecht(VisibilityScope.PUBLIC),
      {
        utrecht: true,
        zeist: true,
        amsterdam: true,
        anonymous: true,
        admin: true,
        coordinatorVR09: true,
        coordinatorVR13: true,
      },
    ],
  ])('%s', (_name, audience, expected) => {
    expect({
      utrecht: matches(utrechtMember, audience),
      zeist: matches(zeistMember, audience),
      amsterdam: matches(amsterdamMember, audience),
      anonymous: matches(anonymous, audience),
      admin: matches(admin, audience),
      coordinatorVR09: matches(coordinatorVR09, audience),
      coordinatorVR13: matches(coordinatorVR13, audience),
    }).toEqual(expected);
    // The access keys (what SQL and the search engine filter on) give the same answers.
    const granted = accessKeys(audience, geography);
    const byKeys = (f: VisibilityFilter) => f.everything || f.keys.some((k) => granted.includes(k));
    expect({
      utrecht: byKeys(utrechtMember),
      zeist: byKeys(zeistMember),
      amsterdam: byKeys(amsterdamMember),
      anonymous: byKeys(anonymous),
      admin: byKeys(admin),
      coordinatorVR09: byKeys(coordinatorVR09),
      coordinatorVR13: byKeys(coordinatorVR13),
    }).toEqual(expected);
  });

  it('lets authors always see their own items, even after moving organisation', () => {
    const moved: VisibilityFilter = { ...amsterdamMember, userId: 'u-utrecht' };
    expect(matches(moved, fromUtrecht(VisibilityScope.ORGANISATION))).toBe(true);
  });
});
