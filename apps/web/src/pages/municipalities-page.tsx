import { useTranslation } from 'react-i18next';
import { TextField } from '../components/fields';
import { FilterForm, ListPage, useFilterParams } from '../components/list-page';
import { RouterLink } from '../components/router-link';
import { MunicipalitiesDocument } from '../gql/graphql';

const PAGE_SIZE = 100;

/** /gemeenten?zoek=…: the directory of gemeenten, searchable by name. */
export function MunicipalitiesPage() {
  const { t } = useTranslation();
  const filter = useFilterParams({ search: 'zoek' });
  const search = filter.applied.search;
  return (
    <ListPage
      title={t('municipalities.title')}
      intro={t('municipalities.intro')}
      filters={
        <FilterForm
          layout="search"
          label={t('municipalities.searchForm')}
          submitLabel={t('municipalities.searchSubmit')}
          onSubmit={filter.apply}
        >
          <TextField
            id="municipality-search"
            type="search"
            label={t('municipalities.search')}
            description={t('municipalities.searchHint')}
            value={filter.draft.search}
            onChange={filter.set('search')}
          />
        </FilterForm>
      }
      resultsKey={filter.key}
      source={{
        query: MunicipalitiesDocument,
        variables: { search: search || null },
        connection: (data) => data.municipalities,
        pageSize: PAGE_SIZE,
        requestPolicy: 'cache-first',
      }}
      listClassName="ksp-columns"
      itemKey={(node) => node.code}
      renderItem={(node) => <RouterLink to={`/gemeenten/${node.code}`}>{node.name}</RouterLink>}
      texts={{
        count: (count) => t('municipalities.count', { count }),
        empty: t('municipalities.none', { query: search }),
        more: t('municipalities.more'),
      }}
    />
  );
}
