import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading2,
  Paragraph,
  SelectOption,
} from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { SelectField, TextField } from '../components/fields';
import { FilterForm, PagedList } from '../components/list-page';
import { PageHeading } from '../components/page-heading';
import { RouterLink } from '../components/router-link';
import {
  FilterPolicyDomainsDocument,
  SearchDocument,
  SearchFacetCountsDocument,
  type SearchFacetField,
  type SearchHitFieldsFragment,
  type SearchQuery,
} from '../gql/graphql';
import { formatDate } from '../questions/format';
import { formatDay } from '../reports/format';
import {
  byYear,
  domainTree,
  facetOptions,
  visibleOptions,
  type FacetCount,
  type FacetOption,
} from '../search/facets';
import { Highlighted } from '../search/highlighted';
import { snippetText } from '../search/snippet';
import { searchItemPath } from '../search/paths';
import {
  FILTERS,
  MAX_QUERY_LENGTH,
  SEARCH_SORTS,
  SEARCH_TYPES,
  filterInput,
  hasFilters,
  parseSearch,
  resultsKey,
  searchParams,
  toggle,
  withoutFilters,
  type FilterKey,
  type SearchState,
} from '../search/search-state';

const PAGE_SIZE = 20;
/** Values of a filter shown before "toon alle" (taakvelden: per hoofdstuk). */
const FACET_LIMIT = 6;
const DOMAIN_LIMIT = 3;
const FACETS: SearchFacetField[] = FILTERS.map((f) => f.facet);

type Filter = (typeof FILTERS)[number];
type Facets = SearchQuery['search']['facets'];

const KNOWN_STATUSES = [
  'OPEN',
  'ANSWERED',
  'CLOSED',
  'SUBMITTED',
  'PUBLISHED',
  'REJECTED',
  'ARCHIVED',
  'AVAILABLE',
  'LIMITED',
  'UNAVAILABLE',
] as const;
const HIGHLIGHT_FIELDS = ['title', 'summary', 'body', 'fullText', 'tags'] as const;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/**
 * A filter value for people: types and statuses in the chosen language, the rest as the API names
 * it (regions with their kind, "Provincie Utrecht" and "Veiligheidsregio Utrecht": their official
 * names, which can share a place name).
 */
function valueLabel(t: TFunction, key: FilterKey, value: string, apiLabel: string | undefined): string {
  if (key === 'types' && isOneOf(SEARCH_TYPES, value)) return t(`search.types.${value}`);
  if (key === 'statuses' && isOneOf(KNOWN_STATUSES, value)) return t(`search.statuses.${value}`);
  return apiLabel ?? value;
}

function countsOf(facets: Facets | undefined, field: SearchFacetField): readonly FacetCount[] | undefined {
  return facets?.find((f) => f.field === field)?.values;
}

/** A value as a part of an element id. */
const idPart = (value: string) => value.replace(/[^A-Za-z0-9_-]/g, '_');

/** One checkbox of a filter, with its count. */
function FacetCheckbox(props: {
  filter: Filter;
  option: FacetOption;
  label: string;
  checked: boolean;
  onToggle: () => void;
  children?: ReactNode;
}) {
  const id = `facet-${props.filter.param}-${idPart(props.option.value)}`;
  // The router applies the new address in a transition, a moment after the click: until then the
  // box shows what was clicked (and follows the address again as soon as that changed).
  const [clicked, setClicked] = useState<{ from: boolean; to: boolean } | null>(null);
  if (clicked && clicked.from !== props.checked) setClicked(null);
  const checked = clicked ? clicked.to : props.checked;
  return (
    <li>
      <span className="ksp-facet-option">
        <Checkbox
          id={id}
          checked={checked}
          onChange={() => {
            setClicked({ from: props.checked, to: !checked });
            props.onToggle();
          }}
        />
        <FormLabel htmlFor={id} type="checkbox">
          {props.label}
          {props.option.count !== null ? (
            <span className="ksp-facet-count"> ({props.option.count})</span>
          ) : null}
        </FormLabel>
      </span>
      {props.children}
    </li>
  );
}

/**
 * One filter as a group of checkboxes with counts. Values of one filter mean "any of these", so
 * once a value is chosen the counts of its filter come from the same search without that filter
 * (another value can then be added, and its count says what that adds).
 */
function FacetGroup(props: {
  filter: Filter;
  state: SearchState;
  facets: Facets | undefined;
  domainOrder: readonly string[];
  onChange: (next: SearchState) => void;
}) {
  const { t } = useTranslation();
  const { filter, state } = props;
  const chosen = state.selection[filter.key];
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  const [{ data: own }] = useQuery({
    query: SearchFacetCountsDocument,
    variables: {
      query: state.query,
      filter: filterInput(state.selection, filter.key),
      facets: [filter.facet],
    },
    pause: chosen.length === 0,
  });
  const counted =
    (chosen.length > 0 ? countsOf(own?.search.facets, filter.facet) : undefined) ??
    countsOf(props.facets, filter.facet) ??
    [];
  let options = facetOptions(counted, chosen);
  if (filter.key === 'years') options = byYear(options);
  if (filter.key === 'types') {
    options.sort((a, b) => SEARCH_TYPES.indexOf(a.value as never) - SEARCH_TYPES.indexOf(b.value as never));
  }
  if (options.length === 0) return null;
  const label = (o: FacetOption) => valueLabel(t, filter.key, o.value, o.label);
  if (filter.key === 'municipalities' || filter.key === 'regions') {
    // The most first; equal counts by name (the API breaks ties by code).
    options.sort((a, b) => (b.count ?? -1) - (a.count ?? -1) || label(a).localeCompare(label(b), 'nl'));
  }
  const box = (o: FacetOption, children?: ReactNode) => (
    <FacetCheckbox
      key={o.value}
      filter={filter}
      option={o}
      label={label(o)}
      checked={chosen.includes(o.value)}
      onToggle={() => props.onChange(toggle(state, filter.key, o.value))}
    >
      {children}
    </FacetCheckbox>
  );

  let list: ReactNode;
  let hidden: number;
  if (filter.key === 'policyDomains') {
    // The BBV tree: each hoofdstuk with the taakvelden counted under it.
    const tree = domainTree(options, props.domainOrder).map((chapter) => ({
      chapter,
      shown: expanded ? chapter.children : visibleOptions(chapter.children, chosen, DOMAIN_LIMIT),
    }));
    hidden = tree.reduce((n, { chapter, shown }) => n + chapter.children.length - shown.length, 0);
    list = (
      <ul id={listId} className="ksp-choice-list ksp-facet-list">
        {tree.map(({ chapter, shown }) =>
          box(
            chapter,
            shown.length > 0 ? (
              <ul className="ksp-choice-list ksp-facet-list ksp-facet-list--nested">
                {shown.map((c) => box(c))}
              </ul>
            ) : null,
          ),
        )}
      </ul>
    );
  } else {
    const shown = expanded ? options : visibleOptions(options, chosen, FACET_LIMIT);
    hidden = options.length - shown.length;
    list = (
      <ul id={listId} className="ksp-choice-list ksp-facet-list">
        {shown.map((o) => box(o))}
      </ul>
    );
  }
  return (
    <Fieldset className="ksp-facet">
      <FieldsetLegend>{t(`search.facets.${filter.key}`)}</FieldsetLegend>
      {list}
      {hidden > 0 || expanded ? (
        <Button
          type="button"
          appearance="subtle-button"
          className="ksp-facet-more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? t('search.showFewer') : t('search.showAll', { count: hidden })}
        </Button>
      ) : null}
    </Fieldset>
  );
}

/**
 * The chosen filter values as buttons that take them away, and "alle filters wissen". The focus
 * stays among them after one is taken away (the button it was on is gone), and goes to the
 * filters' heading when none is left.
 */
function ActiveFilters(props: {
  state: SearchState;
  facets: Facets | undefined;
  onChange: (next: SearchState) => void;
  afterLast: () => void;
}) {
  const { t } = useTranslation();
  const { state } = props;
  const list = useRef<HTMLUListElement>(null);
  // Where the focus goes after the address changed (a ref: it is not something to render).
  const focusAt = useRef<number | null>(null);
  const chosen = FILTERS.flatMap((filter) =>
    state.selection[filter.key].map((value) => ({
      filter,
      value,
      label: valueLabel(
        t,
        filter.key,
        value,
        countsOf(props.facets, filter.facet)?.find((c) => c.value === value)?.label,
      ),
    })),
  );
  const { afterLast } = props;
  useEffect(() => {
    if (focusAt.current === null) return;
    const buttons = list.current?.querySelectorAll('button') ?? [];
    const target = buttons[Math.min(focusAt.current, buttons.length - 1)];
    focusAt.current = null;
    if (target) target.focus();
    else afterLast();
  });
  if (chosen.length === 0) return null;
  return (
    <div className="ksp-active-filters">
      <Paragraph id="search-active-filters" className="ksp-active-filters__label">
        {t('search.activeFilters')}
      </Paragraph>
      <ul ref={list} className="ksp-active-filters__list" aria-labelledby="search-active-filters">
        {chosen.map(({ filter, value, label }, index) => (
          <li key={`${filter.key}-${value}`}>
            <Button
              type="button"
              appearance="secondary-action-button"
              className="ksp-chip"
              onClick={() => {
                focusAt.current = index;
                props.onChange(toggle(state, filter.key, value));
              }}
            >
              {t(`search.facets.${filter.key}`)}: {label}
              <span aria-hidden="true"> ×</span>
              <span className="ksp-visually-hidden"> ({t('search.removeFilter')})</span>
            </Button>
          </li>
        ))}
      </ul>
      <Button
        type="button"
        appearance="subtle-button"
        onClick={() => {
          props.onChange(withoutFilters(state));
          afterLast();
        }}
      >
        {t('search.clearFilters')}
      </Button>
    </div>
  );
}

/** What a hit is, from whom, when. */
function hitMeta(t: TFunction, language: string, item: SearchHitFieldsFragment['item']): string {
  switch (item.__typename) {
    case 'Question':
      return [
        item.author.organisation.name,
        formatDate(item.createdAt, language),
        t(`question.status.${item.questionStatus}`),
        t('home.answers', { count: item.answerCount }),
      ].join(' · ');
    case 'Report':
      return [
        t(`reports.types.${item.reportType}`),
        item.publisher?.name,
        formatDay(item.publicationDate, language),
      ]
        .filter(Boolean)
        .join(' · ');
    case 'ExpertiseProfile':
      return [
        item.organisation?.name ?? item.municipality?.name,
        t(`profile.availabilityOption.${item.availability}`),
        item.policyDomains
          .slice(0, 3)
          .map((d) => `${d.domain.code} ${d.domain.name}`)
          .join(', '),
      ]
        .filter(Boolean)
        .join(' · ');
    case 'Dossier':
      return t('dossiers.updated', { date: formatDate(item.updatedAt, language) });
    default:
      return '';
  }
}

/** One hit: its kind, its title (with the matched words marked) linking to its page, snippets. */
function SearchHitEntry({ hit, query }: { hit: SearchHitFieldsFragment; query: string }) {
  const { t, i18n } = useTranslation();
  const item = hit.item;
  const plainTitle = item.__typename === 'ExpertiseProfile' ? item.displayName : item.title;
  const markedTitle = hit.highlights.find((h) => h.field === 'title')?.snippet;
  // A report opened from here shows where the words are in its full text.
  const path =
    searchItemPath(hit.type, hit.id) +
    (hit.type === 'REPORT' && query ? `?${new URLSearchParams({ q: query }).toString()}` : '');
  // At most two snippets, and not the same text twice (a question's summary is its body's start).
  const seen = new Set<string>();
  const snippets = hit.highlights
    .filter((h) => {
      const text = snippetText(h.snippet);
      if (h.field === 'title' || seen.has(text)) return false;
      seen.add(text);
      return true;
    })
    .slice(0, 2);
  return (
    <article className="ksp-hit" aria-labelledby={`hit-${idPart(hit.id)}`}>
      <Heading2 className="ksp-list-heading" id={`hit-${idPart(hit.id)}`}>
        <RouterLink to={path}>{markedTitle ? <Highlighted html={markedTitle} /> : plainTitle}</RouterLink>
      </Heading2>
      <p className="ksp-meta">
        <span className="ksp-item-type">{t(`search.types.${hit.type}`)}</span>{' '}
        {hitMeta(t, i18n.language, item)}
      </p>
      {snippets.map((h, index) => (
        <p key={index} className="ksp-snippet">
          <span className="ksp-snippet__field">
            {isOneOf(HIGHLIGHT_FIELDS, h.field) ? t(`search.fields.${h.field}`) : t('search.fields.other')}
          </span>{' '}
          <Highlighted html={h.snippet} />
        </p>
      ))}
    </article>
  );
}

/** Nothing found: what one can try. */
function EmptyTips({ state, onChange }: { state: SearchState; onChange: (next: SearchState) => void }) {
  const { t } = useTranslation();
  const { snapshot } = useSession();
  return (
    <section className="ksp-empty-tips" aria-labelledby="search-tips">
      <Heading2 id="search-tips">{t('search.tips.title')}</Heading2>
      <ul>
        {state.query ? <li>{t('search.tips.words')}</li> : null}
        {hasFilters(state.selection) ? (
          <li>
            {t('search.tips.filters')}{' '}
            <Button type="button" appearance="subtle-button" onClick={() => onChange(withoutFilters(state))}>
              {t('search.clearFilters')}
            </Button>
          </li>
        ) : null}
        <li>
          <Trans
            i18nKey="search.tips.browse"
            components={{
              questions: <RouterLink to="/vragen" />,
              reports: <RouterLink to="/rapporten" />,
            }}
          />
        </li>
        {snapshot.status === 'authenticated' ? (
          <li>
            <Trans i18nKey="search.tips.ask" components={{ ask: <RouterLink to="/vragen/nieuw" /> }} />
          </li>
        ) : (
          <li>
            <Trans i18nKey="search.tips.logIn" components={{ login: <RouterLink to="/inloggen" /> }} />
          </li>
        )}
      </ul>
    </section>
  );
}

/**
 * /zoeken?q=…&type=…&taakveld=…&gemeente=…&regio=…&jaar=…&status=…&sorteer=… — everything the
 * reader may see, searched with typo tolerance and synonyms; filters with counts (taakveld as the
 * BBV tree), chosen filters removable, the result count announced, "meer laden".
 */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = parseSearch(params);
  const key = resultsKey(state);
  const go = useCallback((next: SearchState) => setParams(searchParams(next)), [setParams]);

  // The form holds what is typed until it is submitted; it follows the address (back, forward,
  // the header's search box).
  const formKey = `${state.query}\u0000${state.sort}`;
  const [draft, setDraft] = useState({ query: state.query, sort: state.sort as string });
  const [shownFormKey, setShownFormKey] = useState(formKey);
  if (shownFormKey !== formKey) {
    setShownFormKey(formKey);
    setDraft({ query: state.query, sort: state.sort });
  }

  // The facets come with the first page of hits (the list reports it).
  const [firstPage, setFirstPage] = useState<SearchQuery | null>(null);
  const facets = firstPage?.search.facets;
  const [{ data: domains }] = useQuery({ query: FilterPolicyDomainsDocument });
  const domainOrder = (domains?.policyDomains ?? []).flatMap((h) => [
    h.code,
    ...h.children.map((c) => c.code),
  ]);

  const filtersHeading = useRef<HTMLHeadingElement>(null);
  const focusFilters = useCallback(() => filtersHeading.current?.focus(), []);

  return (
    <>
      <PageHeading title={state.query ? t('search.titleFor', { query: state.query }) : t('search.title')}>
        {t('search.title')}
      </PageHeading>
      <FilterForm
        label={t('search.form')}
        submitLabel={t('search.submit')}
        layout="search"
        onSubmit={() =>
          go({
            ...state,
            query: draft.query.trim(),
            sort: SEARCH_SORTS.find((s) => s === draft.sort) ?? 'RELEVANCE',
          })
        }
      >
        <TextField
          id="search-query"
          type="search"
          label={t('search.query')}
          description={t('search.queryHint')}
          value={draft.query}
          maxLength={MAX_QUERY_LENGTH}
          onChange={(query) => setDraft((d) => ({ ...d, query }))}
        />
        <SelectField
          id="search-sort"
          label={t('search.sort')}
          value={draft.sort}
          onChange={(sort) => setDraft((d) => ({ ...d, sort }))}
        >
          {SEARCH_SORTS.map((sort) => (
            <SelectOption key={sort} value={sort}>
              {t(`search.sorts.${sort}`)}
            </SelectOption>
          ))}
        </SelectField>
      </FilterForm>
      <div className="ksp-search-layout">
        <section className="ksp-search-facets" aria-labelledby="search-filters">
          <Heading2 id="search-filters" ref={filtersHeading} tabIndex={-1}>
            {t('search.filters')}
          </Heading2>
          {FILTERS.map((filter) => (
            <FacetGroup
              key={filter.key}
              filter={filter}
              state={state}
              facets={facets}
              domainOrder={domainOrder}
              onChange={go}
            />
          ))}
        </section>
        <div className="ksp-search-results">
          <ActiveFilters state={state} facets={facets} onChange={go} afterLast={focusFilters} />
          <PagedList
            resultsKey={key}
            source={{
              query: SearchDocument,
              variables: {
                query: state.query,
                filter: filterInput(state.selection),
                sort: state.sort,
                facets: FACETS,
              },
              connection: (data) => ({
                totalCount: data.search.totalCount,
                edges: data.search.hits.map((node) => ({ node })),
                pageInfo: data.search.pageInfo,
              }),
              pageSize: PAGE_SIZE,
            }}
            onFirstPage={setFirstPage}
            itemKey={(hit) => `${hit.type}-${hit.id}`}
            renderItem={(hit) => <SearchHitEntry hit={hit} query={state.query} />}
            renderEmpty={() => <EmptyTips state={state} onChange={go} />}
            texts={{
              count: (count) =>
                state.query
                  ? t('search.countFor', { count, query: state.query })
                  : t('search.count', { count }),
              empty: state.query ? t('search.noneFor', { query: state.query }) : t('search.none'),
              more: t('search.more'),
            }}
          />
        </div>
      </div>
    </>
  );
}
