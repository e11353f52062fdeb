/** Plain domain records of the directory; what the service hands out (no TypeORM, no GraphQL). */
export const RegionKind = {
  PROVINCE: 'PROVINCE',
  VEILIGHEIDSREGIO: 'VEILIGHEIDSREGIO',
  CUSTOM: 'CUSTOM',
} as const;
export type RegionKind = (typeof RegionKind)[keyof typeof RegionKind];

export const PolicyDomainStatus = { CURRENT: 'CURRENT', SUPERSEDED: 'SUPERSEDED' } as const;
export type PolicyDomainStatus = (typeof PolicyDomainStatus)[keyof typeof PolicyDomainStatus];

export const PolicyDomainLevel = { HOOFDSTUK: 'HOOFDSTUK', TAAKVELD: 'TAAKVELD' } as const;
export type PolicyDomainLevel = (typeof PolicyDomainLevel)[keyof typeof PolicyDomainLevel];

/** A gemeente as stored (a row of the directory). */
export interface MunicipalityRecord {
  readonly code: string;
  readonly name: string;
  readonly province: string;
  readonly provinceCode: string;
}

/** A gemeente as the directory hands it out: with its buurgemeenten, linked in memory. */
export interface Municipality extends MunicipalityRecord {
  /** Buurgemeenten, by name. Not an own enumerable property: JSON of a gemeente has no cycle. */
  readonly neighbours: readonly Municipality[];
}

export interface Region {
  readonly id: string;
  readonly kind: RegionKind;
  readonly name: string;
}

export interface PolicyDomain {
  readonly code: string;
  readonly name: string;
  readonly parentCode: string | null;
  readonly level: PolicyDomainLevel;
  readonly status: PolicyDomainStatus;
  readonly formerNames: readonly string[];
}

export interface TooiTheme {
  readonly code: string;
  readonly name: string;
  readonly parentCode: string | null;
  readonly level: number;
  readonly uri: string;
}

export interface MunicipalityFilter {
  readonly province?: string | null;
  readonly regionId?: string | null;
  readonly search?: string | null;
}

/** Everything the directory holds, as read from the database in one go. */
export interface DirectoryData {
  readonly municipalities: readonly MunicipalityRecord[];
  readonly neighbours: readonly {
    readonly a: string;
    readonly b: string;
    readonly sharedBorderM: number | null;
  }[];
  readonly regions: readonly Region[];
  readonly regionMembers: readonly { readonly regionId: string; readonly municipalityCode: string }[];
  readonly policyDomains: readonly PolicyDomain[];
  readonly successors: readonly { readonly code: string; readonly successorCode: string }[];
  readonly themes: readonly TooiTheme[];
}
