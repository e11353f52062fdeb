import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import {
  MunicipalitySelect,
  PolicyDomainSelect,
  QUESTION_STATUSES,
  QuestionStatusSelect,
  YearSelect,
  codes,
  oneOf,
  yearOf,
} from '../components/filter-controls';
import { FilterForm, ListPage, useFilterParams } from '../components/list-page';
import { RouterButtonLink } from '../components/router-link';
import { QuestionsDocument } from '../gql/graphql';
import { QuestionEntry } from '../questions/question-list';

const PAGE_SIZE = 20;

/** /vragen?taakveld=…&gemeente=…&status=…&jaar=…: the questions the reader may see, newest first. */
export function QuestionsPage() {
  const { t } = useTranslation();
  const { snapshot } = useSession();
  const filter = useFilterParams({
    domain: 'taakveld',
    municipality: 'gemeente',
    status: 'status',
    year: 'jaar',
  });
  const { applied, draft, set } = filter;
  return (
    <ListPage
      title={t('questions.title')}
      intro={t('questions.intro')}
      actions={
        snapshot.status === 'authenticated' ? (
          <RouterButtonLink to="/vragen/nieuw" appearance="secondary">
            {t('home.ask')}
          </RouterButtonLink>
        ) : null
      }
      filters={
        <FilterForm label={t('questions.filters')} submitLabel={t('filters.apply')} onSubmit={filter.apply}>
          <PolicyDomainSelect id="question-domain" value={draft.domain} onChange={set('domain')} />
          <MunicipalitySelect
            id="question-municipality"
            label={t('questions.municipality')}
            value={draft.municipality}
            onChange={set('municipality')}
          />
          <QuestionStatusSelect id="question-status" value={draft.status} onChange={set('status')} />
          <YearSelect id="question-year" value={draft.year} onChange={set('year')} />
        </FilterForm>
      }
      resultsKey={filter.key}
      source={{
        query: QuestionsDocument,
        variables: {
          filter: {
            policyDomainCodes: codes(applied.domain),
            municipalityCode: applied.municipality || null,
            status: oneOf(QUESTION_STATUSES, applied.status),
            year: yearOf(applied.year),
          },
          sort: 'NEWEST',
        },
        connection: (data) => data.questions,
        pageSize: PAGE_SIZE,
      }}
      itemKey={(node) => node.id}
      renderItem={(node) => <QuestionEntry question={node} />}
      texts={{
        count: (count) => t('questions.count', { count }),
        empty: t('questions.none'),
        more: t('questions.more'),
      }}
    />
  );
}
