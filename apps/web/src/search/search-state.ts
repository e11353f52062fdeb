import type { SearchFacetField, SearchFilterInput, SearchSort, SearchType } from '../gql/graphql';

/**
 * The search page's state lives in its address (`/zoeken?q=wachtlijst&type=vraag&taakveld=6.751`),
 * so that a search can be shared, bookmarked and gone back to. Parameter names and the values of
 * `type` and `sorteer` are Dutch; codes (taakveld, CBS code, region id, year, status) are as the
 * API spells them. Several values of one filter are repeated parameters (`type=vraag&type=rapport`)
 * and mean "any of these"; different filters all apply.
 */
export const SEARCH_PATH = '/zoeken';

export const TYPE_PARAM: Readonly<Record<SearchType, string>> = {
  QUESTION: 'vraag',
  REPORT: 'rapport',
  EXPERTISE_PROFILE: 'expertise',
  DOSSIER: 'dossier',
};
export const SEARCH_TYPES = Object.keys(TYPE_PARAM) as SearchType[];

export const SORT_PARAM: Readonly<Record<SearchSort, string>> = {
  RELEVANCE: 'relevantie',
  NEWEST: 'nieuwste',
  OLDEST: 'oudste',
  TITLE: 'titel',
};
export const SEARCH_SORTS = Object.keys(SORT_PARAM) as SearchSort[];

/** The filters the page offers, each with its URL parameter and its facet. */
export const FILTERS = [
  { key: 'types', param: 'type', facet: 'TYPE' },
  { key: 'policyDomains', param: 'taakveld', facet: 'POLICY_DOMAIN' },
  { key: 'municipalities', param: 'gemeente', facet: 'MUNICIPALITY' },
  { key: 'regions', param: 'regio', facet: 'REGION' },
  { key: 'years', param: 'jaar', facet: 'YEAR' },
  { key: 'statuses', param: 'status', facet: 'STATUS' },
] as const satisfies readonly { key: string; param: string; facet: SearchFacetField }[];

export type FilterKey = (typeof FILTERS)[number]['key'];

/** A filter's chosen values as they are in the address and in facet values (types: the enum). */
export type Selection = Readonly<Record<FilterKey, readonly string[]>>;

export interface SearchState {
  readonly query: string;
  readonly sort: SearchSort;
  readonly selection: Selection;
}

/** Limits of the API (SearchFilterInput); more values than these are not sent. */
const MAX_VALUES: Readonly<Record<FilterKey, number>> = {
  types: 4,
  policyDomains: 50,
  municipalities: 50,
  regions: 50,
  years: 30,
  statuses: 10,
};
export const MAX_QUERY_LENGTH = 200;

const VALID: Readonly<Record<FilterKey, (value: string) => boolean>> = {
  types: (v) => (SEARCH_TYPES as readonly string[]).includes(v),
  policyDomains: (v) => /^\d{1,2}(\.\d{1,4})?$/.test(v),
  municipalities: (v) => /^GM\d{4}$/.test(v),
  regions: (v) => v.length > 0 && v.length <= 64,
  years: (v) => /^\d{4}$/.test(v) && Number(v) >= 1900 && Number(v) <= 2100,
  statuses: (v) => /^[A-Z_]{2,16}$/.test(v),
};

const typeOfParam = new Map(SEARCH_TYPES.map((type) => [TYPE_PARAM[type], type]));
const sortOfParam = new Map(SEARCH_SORTS.map((sort) => [SORT_PARAM[sort], sort]));

/** The state in an address's parameters; values it cannot use are left out. */
export function parseSearch(params: URLSearchParams): SearchState {
  const selection = Object.fromEntries(
    FILTERS.map(({ key, param }) => {
      const raw = params.getAll(param).map((v) => (key === 'types' ? (typeOfParam.get(v) ?? '') : v.trim()));
      return [key, [...new Set(raw.filter(VALID[key]))].slice(0, MAX_VALUES[key])];
    }),
  ) as Record<FilterKey, string[]>;
  return {
    query: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    sort: sortOfParam.get(params.get('sorteer') ?? '') ?? 'RELEVANCE',
    selection,
  };
}

/** The parameters of a state, in a stable order (the address of the same search is the same). */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const { key, param } of FILTERS) {
    for (const value of state.selection[key]) {
      params.append(param, key === 'types' ? TYPE_PARAM[value as SearchType] : value);
    }
  }
  if (state.sort !== 'RELEVANCE') params.set('sorteer', SORT_PARAM[state.sort]);
  return params;
}

/** The address of a search for some text (the header's search box submits to it). */
export function searchHref(query: string): string {
  const params = searchParams({ query: query.trim(), sort: 'RELEVANCE', selection: emptySelection() });
  const text = params.toString();
  return text ? `${SEARCH_PATH}?${text}` : SEARCH_PATH;
}

export function emptySelection(): Selection {
  return Object.fromEntries(FILTERS.map(({ key }) => [key, []])) as unknown as Selection;
}

/** The state with one value of a filter switched on or off. */
export function toggle(state: SearchState, key: FilterKey, value: string): SearchState {
  const current = state.selection[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, selection: { ...state.selection, [key]: next } };
}

/** The state without any filter (the text and the order stay). */
export function withoutFilters(state: SearchState): SearchState {
  return { ...state, selection: emptySelection() };
}

export function hasFilters(selection: Selection): boolean {
  return FILTERS.some(({ key }) => selection[key].length > 0);
}

/** The API's filter for a selection, optionally leaving one filter out (for that filter's counts). */
export function filterInput(selection: Selection, except?: FilterKey): SearchFilterInput {
  const list = (key: FilterKey) => (key !== except && selection[key].length > 0 ? [...selection[key]] : null);
  return {
    types: list('types') as SearchType[] | null,
    policyDomains: list('policyDomains'),
    municipalities: list('municipalities'),
    regions: list('regions'),
    years: list('years')?.map(Number) ?? null,
    statuses: list('statuses'),
  };
}

/** A key for "the same results": the text, the order and every filter value. */
export function resultsKey(state: SearchState): string {
  return searchParams(state).toString();
}
