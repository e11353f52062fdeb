import { Button, Heading3, Paragraph, SelectOption } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { errorMessage } from '../components/feedback';
import { PolicyDomainSelect, codes } from '../components/filter-controls';
import { SelectField, TextField } from '../components/fields';
import {
  PickProfileByIdDocument,
  PickProfilesDocument,
  PickQuestionByIdDocument,
  PickQuestionsDocument,
  PickReportByIdDocument,
  PickReportsDocument,
  type PickProfileFieldsFragment,
  type PickQuestionFieldsFragment,
  type PickReportFieldsFragment,
} from '../gql/graphql';
import { formatDate } from '../questions/format';
import { formatDay } from '../reports/format';
import type { PickableType } from './items';
import { idFromInput, titleMatches } from './matching';

/** What a picker hands over: enough to show the item in the editor before it is saved. */
export interface PickedItem {
  readonly type: PickableType;
  readonly id: string;
  readonly title: string;
  readonly meta: string;
}

/** How many candidates the API gives per search (its maximum page); the title filter runs on these. */
const CANDIDATES = 100;

interface Criteria {
  readonly type: PickableType;
  readonly domain: string;
  readonly title: string;
}

/**
 * Find a question, report or expertise profile to add (to a dossier, the featured list) or to
 * choose (the question a duplicate merges into): by taakveld and words of its title, or by id or
 * link. It has its own search forms (Enter searches), so it must not sit inside another form.
 *
 * The questions and reports lists of the API have no text search yet (the search API comes with
 * issue 5): the title filter runs in the browser over the newest 100 candidates of the taakveld.
 */
export function ItemPicker(props: {
  /** The picker's heading (an h3). */
  heading: string;
  types: readonly PickableType[];
  /** Whether an item is already chosen (shown, but not offered again). */
  isChosen: (type: PickableType, id: string) => boolean;
  /** Items never to offer (the question itself, for a duplicate). */
  exclude?: (type: PickableType, id: string) => boolean;
  /** The button of each result ("Toevoegen"), and its accessible name with the title. */
  actionText: string;
  actionLabel: (title: string) => string;
  chosenText: string;
  onPick: (item: PickedItem) => void;
}) {
  const { t, i18n } = useTranslation();
  const prefix = `picker-${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const [draft, setDraft] = useState<Criteria>({ type: props.types[0]!, domain: '', title: '' });
  const [applied, setApplied] = useState<Criteria | null>(null);
  const [byId, setById] = useState('');
  const [lookup, setLookup] = useState<{ items: PickedItem[]; error: string | null } | null>(null);
  const [searchStatus, setSearchStatus] = useState('');
  const client = useClient();

  async function lookUp() {
    const id = idFromInput(byId);
    if (!id) return;
    setApplied(null);
    const type = draft.type;
    const result =
      type === 'QUESTION'
        ? await client.query(PickQuestionByIdDocument, { id }).toPromise()
        : type === 'REPORT'
          ? await client.query(PickReportByIdDocument, { id }).toPromise()
          : await client.query(PickProfileByIdDocument, { id }).toPromise();
    if (result.error || !result.data) {
      setLookup({ items: [], error: result.error ? errorMessage(t, result.error) : t('errors.generic') });
      return;
    }
    const data = result.data;
    const convert = converters(t, i18n.language);
    const item =
      'question' in data
        ? convert.question(data.question)
        : 'report' in data
          ? convert.report(data.report)
          : convert.profile(data.expertiseProfile);
    setLookup({ items: [item], error: null });
  }

  const typeField =
    props.types.length > 1 ? (
      <SelectField
        id={`${prefix}-type`}
        label={t('picker.type')}
        value={draft.type}
        onChange={(value) => setDraft((d) => ({ ...d, type: value as PickableType }))}
      >
        {props.types.map((type) => (
          <SelectOption key={type} value={type}>
            {t(`picker.types.${type}`)}
          </SelectOption>
        ))}
      </SelectField>
    ) : null;

  return (
    <div className="ksp-picker">
      <Heading3 id={`${prefix}-heading`}>{props.heading}</Heading3>
      <form
        role="search"
        aria-labelledby={`${prefix}-heading`}
        className="ksp-filters"
        onSubmit={(event) => {
          event.preventDefault();
          setLookup(null);
          setApplied({ ...draft, title: draft.title.trim() });
        }}
      >
        {typeField}
        <PolicyDomainSelect
          id={`${prefix}-domain`}
          value={draft.domain}
          onChange={(domain) => setDraft((d) => ({ ...d, domain }))}
        />
        <TextField
          id={`${prefix}-title`}
          type="search"
          label={t('picker.title')}
          value={draft.title}
          onChange={(title) => setDraft((d) => ({ ...d, title }))}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('picker.search')}
        </Button>
      </form>
      <form
        className="ksp-search"
        aria-label={t('picker.byIdLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          void lookUp();
        }}
      >
        <TextField
          id={`${prefix}-id`}
          label={t('picker.byId')}
          description={t('picker.byIdHint')}
          value={byId}
          onChange={setById}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('picker.lookUp')}
        </Button>
      </form>
      {/* One live region for both ways of finding: it stays, so every new count is announced. */}
      <Paragraph role="status" aria-live="polite">
        {applied
          ? searchStatus
          : lookup
            ? (lookup.error ?? t('picker.found', { count: lookup.items.length }))
            : ''}
      </Paragraph>
      {applied ? (
        <SearchResults criteria={applied} picker={props} onStatus={setSearchStatus} />
      ) : lookup ? (
        <PickList items={lookup.items} picker={props} />
      ) : null}
    </div>
  );
}

type PickerProps = Parameters<typeof ItemPicker>[0];

function SearchResults({
  criteria,
  picker,
  onStatus,
}: {
  criteria: Criteria;
  picker: PickerProps;
  onStatus: (status: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const toItem = converters(t, i18n.language);
  const domains = codes(criteria.domain);
  const [questions] = useQuery({
    query: PickQuestionsDocument,
    variables: { filter: { policyDomainCodes: domains }, first: CANDIDATES },
    pause: criteria.type !== 'QUESTION',
    requestPolicy: 'cache-and-network',
  });
  const [reports] = useQuery({
    query: PickReportsDocument,
    variables: { filter: { policyDomainCodes: domains }, first: CANDIDATES },
    pause: criteria.type !== 'REPORT',
    requestPolicy: 'cache-and-network',
  });
  const [profiles] = useQuery({
    query: PickProfilesDocument,
    variables: { filter: { policyDomainCodes: domains }, first: CANDIDATES },
    pause: criteria.type !== 'EXPERTISE_PROFILE',
    requestPolicy: 'cache-and-network',
  });
  const state = criteria.type === 'QUESTION' ? questions : criteria.type === 'REPORT' ? reports : profiles;
  let candidates: PickedItem[] | null = null;
  let total = 0;
  if (criteria.type === 'QUESTION' && questions.data) {
    total = questions.data.questions.totalCount;
    // A question that is itself a duplicate cannot be merged into, nor is it worth a dossier.
    candidates = questions.data.questions.edges
      .map((e) => e.node)
      .filter((q) => !q.duplicateOf)
      .map(toItem.question);
  } else if (criteria.type === 'REPORT' && reports.data) {
    total = reports.data.reports.totalCount;
    candidates = reports.data.reports.edges.map((e) => toItem.report(e.node));
  } else if (criteria.type === 'EXPERTISE_PROFILE' && profiles.data) {
    total = profiles.data.expertiseProfiles.totalCount;
    candidates = profiles.data.expertiseProfiles.edges.map((e) => toItem.profile(e.node));
  }
  const items = (candidates ?? []).filter(
    (item) => titleMatches(item.title, criteria.title) && !picker.exclude?.(item.type, item.id),
  );
  const status = state.error
    ? errorMessage(t, state.error)
    : candidates === null
      ? t('common.loading')
      : t('picker.found', { count: items.length });
  useEffect(() => onStatus(status), [onStatus, status]);
  return (
    <>
      {total > CANDIDATES ? (
        <Paragraph className="ksp-meta">{t('picker.onlyNewest', { count: CANDIDATES })}</Paragraph>
      ) : null}
      <PickList items={items} picker={picker} />
    </>
  );
}

/** The API's answers as picked items, with a line of metadata in the reader's language. */
function converters(t: TFunction, language: string) {
  return {
    question: (q: PickQuestionFieldsFragment): PickedItem => ({
      type: 'QUESTION',
      id: q.id,
      title: q.title,
      meta: [
        t('review.itemTypes.QUESTION'),
        q.author.organisation.name,
        formatDate(q.createdAt, language),
      ].join(' · '),
    }),
    report: (r: PickReportFieldsFragment): PickedItem => ({
      type: 'REPORT',
      id: r.id,
      title: r.title,
      meta: [t(`reports.types.${r.type}`), r.publisher?.name, formatDay(r.publicationDate, language)]
        .filter(Boolean)
        .join(' · '),
    }),
    profile: (p: PickProfileFieldsFragment): PickedItem => ({
      type: 'EXPERTISE_PROFILE',
      id: p.id,
      title: p.displayName,
      meta: [p.organisation?.name ?? p.municipality?.name].filter(Boolean).join(' · '),
    }),
  };
}

function PickList({ items, picker }: { items: readonly PickedItem[]; picker: PickerProps }) {
  if (items.length === 0) return null;
  return (
    <ul className="ksp-list-plain ksp-pick-list">
      {items.map((item) => {
        const chosen = picker.isChosen(item.type, item.id);
        return (
          <li key={`${item.type}:${item.id}`}>
            <div>
              <span className="ksp-pick-title">{item.title}</span>
              <p className="ksp-meta">{item.meta}</p>
            </div>
            {/* A chosen item keeps its button (inactive), so that the focus stays where it was. */}
            <Button
              type="button"
              appearance="secondary-action-button"
              aria-disabled={chosen || undefined}
              aria-label={chosen ? `${picker.chosenText}: ${item.title}` : picker.actionLabel(item.title)}
              onClick={() => {
                if (!chosen) picker.onPick(item);
              }}
            >
              {chosen ? picker.chosenText : picker.actionText}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
