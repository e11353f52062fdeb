import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery, type AnyVariables, type OperationContext, type RequestPolicy } from 'urql';
import { ErrorAlert, Loading } from './feedback';
import { PageHeading } from './page-heading';

/** A Relay connection as the API returns it (the fields the list needs). */
export interface ConnectionPage<N> {
  readonly totalCount: number;
  readonly edges: readonly { readonly node: N }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

type PagingVariables = AnyVariables & { first?: number | null; after?: string | null };

/** Where a list's pages come from: a paged query, its variables (without first/after), the connection. */
export interface ListSource<Q, V extends PagingVariables, N> {
  readonly query: TypedDocumentNode<Q, V>;
  readonly variables: Omit<V, 'first' | 'after'>;
  readonly connection: (data: Q) => ConnectionPage<N>;
  readonly pageSize: number;
  readonly requestPolicy?: RequestPolicy;
  /** E.g. `additionalTypenames`; one object for every render (urql runs the query again otherwise). */
  readonly context?: Partial<OperationContext>;
}

export interface ListTexts {
  /** The number of results ("12 rapporten"), announced in a live region. */
  readonly count: (total: number) => string;
  /** Announced (and shown) when nothing matches. */
  readonly empty: string;
  /** The "meer laden" button. */
  readonly more: string;
}

export interface PagedListProps<Q, V extends PagingVariables, N> {
  readonly source: ListSource<Q, V, N>;
  /** The filter as applied: a new value starts again at the first page. */
  readonly resultsKey: string;
  readonly itemKey: (node: N) => string;
  readonly renderItem: (node: N) => ReactNode;
  readonly texts: ListTexts;
  /** `ksp-list-plain` (a list of entries, the default) or `ksp-columns` (short names in columns). */
  readonly listClassName?: string;
  /** More than the empty text when nothing matches (e.g. tips), below the count. */
  readonly renderEmpty?: () => ReactNode;
  /**
   * The first page's answer, whenever it arrives (e.g. the search facets that come with it). Give
   * a stable function (a state setter, or one from useCallback).
   */
  readonly onFirstPage?: (data: Q) => void;
}

/**
 * A paged list with its result count in a live region (one element that stays, so that screen
 * readers announce every new count), the list, a "meer laden" button, and empty and error states.
 * After "meer laden" the focus moves to the first new entry (the button it was on is gone).
 */
export function PagedList<Q, V extends PagingVariables, N>(props: PagedListProps<Q, V, N>) {
  const [status, setStatus] = useState('');
  return (
    <>
      <Paragraph role="status" aria-live="polite" className="ksp-result-count">
        {status}
      </Paragraph>
      <Pages key={props.resultsKey} {...props} onStatus={setStatus} />
    </>
  );
}

function Pages<Q, V extends PagingVariables, N>(
  props: PagedListProps<Q, V, N> & { onStatus: (text: string) => void },
) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <>
      {cursors.map((after, index) => (
        <ResultPage
          key={after ?? 'first'}
          {...props}
          after={after}
          first={index === 0}
          last={index === cursors.length - 1}
          onMore={(cursor) => setCursors((list) => [...list, cursor])}
        />
      ))}
    </>
  );
}

function ResultPage<Q, V extends PagingVariables, N>(
  props: PagedListProps<Q, V, N> & {
    onStatus: (text: string) => void;
    after: string | null;
    first: boolean;
    last: boolean;
    onMore: (cursor: string) => void;
  },
) {
  const { t } = useTranslation();
  const { source, texts, first, onStatus } = props;
  const variables = { ...source.variables, first: source.pageSize, after: props.after } as unknown as V;
  const [{ data, fetching, error }] = useQuery<Q, V>({
    query: source.query,
    variables,
    requestPolicy: source.requestPolicy ?? 'cache-and-network',
    context: source.context,
  });
  const page = data ? source.connection(data) : null;
  const { onFirstPage } = props;
  useEffect(() => {
    if (first && data) onFirstPage?.(data);
  }, [first, data, onFirstPage]);
  const status = error
    ? ''
    : page
      ? page.totalCount === 0
        ? texts.empty
        : texts.count(page.totalCount)
      : t('common.loading');
  useEffect(() => {
    if (first) onStatus(status);
  }, [first, onStatus, status]);
  const firstItem = useRef<HTMLLIElement>(null);
  const loaded = !!page;
  useEffect(() => {
    // A later page: its first entry takes the focus from the "meer laden" button that is gone.
    if (!first && loaded) firstItem.current?.focus();
  }, [first, loaded]);

  if (error && !page) return <ErrorAlert error={error} />;
  if (!page) return first || !fetching ? null : <Loading />;
  return (
    <>
      {first && page.totalCount === 0 && props.renderEmpty ? props.renderEmpty() : null}
      {page.edges.length > 0 ? (
        <ul className={props.listClassName ?? 'ksp-list-plain'}>
          {page.edges.map(({ node }, index) => (
            <li
              key={props.itemKey(node)}
              ref={index === 0 ? firstItem : undefined}
              tabIndex={index === 0 && !first ? -1 : undefined}
              className={index === 0 && !first ? 'ksp-focus-target' : undefined}
            >
              {props.renderItem(node)}
            </li>
          ))}
        </ul>
      ) : null}
      {props.last && page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => props.onMore(page.pageInfo.endCursor!)}
        >
          {texts.more}
        </Button>
      ) : null}
    </>
  );
}

/**
 * The filter form above a list (a search landmark): its fields side by side, one submit button.
 * Filters apply on submit, not on every change, so that keyboard and screen-reader users are not
 * overtaken by a list that changes under them.
 */
export function FilterForm({
  label,
  submitLabel,
  onSubmit,
  children,
  layout = 'filters',
}: {
  label: string;
  submitLabel: string;
  onSubmit: () => void;
  children: ReactNode;
  /** `filters`: several fields; `search`: one wide search field. */
  layout?: 'filters' | 'search';
}) {
  return (
    <form
      role="search"
      aria-label={label}
      className={layout === 'search' ? 'ksp-search' : 'ksp-filters'}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <Button type="submit" appearance="secondary-action-button">
        {submitLabel}
      </Button>
    </form>
  );
}

/**
 * A list's filter kept in the address (`?taakveld=6.751&jaar=2025`), so that it can be shared and
 * survives a reload: `applied` is what the list shows, `draft` what the form holds until it is
 * submitted. `params` maps each field to its Dutch URL parameter.
 */
export function useFilterParams<K extends string>(params: Readonly<Record<K, string>>) {
  const [search, setSearch] = useSearchParams();
  const fields = Object.keys(params) as K[];
  const applied = Object.fromEntries(fields.map((k) => [k, search.get(params[k]) ?? ''])) as Record<
    K,
    string
  >;
  const key = fields.map((k) => applied[k]).join('|');
  const [draft, setDraft] = useState(applied);
  // The address changed (back/forward, a link): the form follows it (React's "adjust state while
  // rendering" pattern, no effect).
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setDraft(applied);
  }
  return {
    applied,
    draft,
    key,
    set: (field: K) => (value: string) => setDraft((d) => ({ ...d, [field]: value })),
    apply: () => {
      const next: Record<string, string> = {};
      for (const k of fields) if (draft[k].trim()) next[params[k]] = draft[k].trim();
      setSearch(next);
    },
  };
}

/**
 * A list page: heading, introduction, actions (links such as "Rapport indienen"), the filter form
 * and the paged list with its count, "meer laden", empty and error states.
 */
export function ListPage<Q, V extends PagingVariables, N>({
  title,
  intro,
  actions,
  filters,
  ...list
}: PagedListProps<Q, V, N> & {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  filters?: ReactNode;
}) {
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      {actions ? <Paragraph>{actions}</Paragraph> : null}
      {filters}
      <PagedList {...list} />
    </>
  );
}
