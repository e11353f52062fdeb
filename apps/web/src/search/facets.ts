/** A facet value as the API counts it: `value` is also the filter value. */
export interface FacetCount {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

/** A value to offer as a checkbox: its count, or null when the current results have none of it. */
export interface FacetOption {
  readonly value: string;
  readonly label: string;
  readonly count: number | null;
}

/**
 * The options of one filter: the values the API counted, and the chosen values it did not count
 * (they stay on screen, checked, so that they can be switched off again). `labelOf` names a chosen
 * value the API did not count (e.g. a gemeente's name from elsewhere).
 */
export function facetOptions(
  counted: readonly FacetCount[],
  chosen: readonly string[],
  labelOf: (value: string) => string = (value) => value,
): FacetOption[] {
  const options: FacetOption[] = counted.map(({ value, label, count }) => ({ value, label, count }));
  const seen = new Set(counted.map((c) => c.value));
  for (const value of chosen)
    if (!seen.has(value)) options.push({ value, label: labelOf(value), count: null });
  return options;
}

/**
 * The options to show before "toon alle": the first `limit` (the API sorts by count), and every
 * chosen one beyond them.
 */
export function visibleOptions(
  options: readonly FacetOption[],
  chosen: readonly string[],
  limit: number,
): FacetOption[] {
  return options.filter((o, index) => index < limit || chosen.includes(o.value));
}

/** Years: the newest first (not by count: people look for a year, not for the busiest one). */
export function byYear(options: readonly FacetOption[]): FacetOption[] {
  return [...options].sort((a, b) => b.value.localeCompare(a.value));
}

/** A hoofdstuk of the BBV with the taakvelden that were counted under it. */
export interface DomainNode extends FacetOption {
  readonly children: readonly FacetOption[];
}

/** `6.752` → `6`; a hoofdstuk is its own chapter. */
export function chapterOf(code: string): string {
  const dot = code.indexOf('.');
  return dot < 0 ? code : code.slice(0, dot);
}

/**
 * The POLICY_DOMAIN facet as the BBV tree: its values are hoofdstukken (`6`, counting everything
 * under them) and taakvelden (`6.751`). Each taakveld goes under its hoofdstuk (a hoofdstuk that
 * was not counted itself gets no count). `order` is the taxonomy's order of codes (0.1, 0.2 … 0.10,
 * which no string or number comparison gives); codes it does not know go last, by code.
 */
export function domainTree(options: readonly FacetOption[], order: readonly string[] = []): DomainNode[] {
  const rank = new Map(order.map((code, index) => [code, index]));
  const compare = (a: FacetOption, b: FacetOption) =>
    (rank.get(a.value) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.value) ?? Number.MAX_SAFE_INTEGER) ||
    a.value.localeCompare(b.value, 'nl', { numeric: true });
  const chapters = new Map<string, { option: FacetOption; children: FacetOption[] }>();
  const chapter = (code: string) => {
    let node = chapters.get(code);
    if (!node)
      chapters.set(code, (node = { option: { value: code, label: code, count: null }, children: [] }));
    return node;
  };
  for (const option of options) {
    if (option.value.includes('.')) chapter(chapterOf(option.value)).children.push(option);
    else chapter(option.value).option = option;
  }
  return [...chapters.values()]
    .map(({ option, children }) => ({ ...option, children: [...children].sort(compare) }))
    .sort(compare);
}
