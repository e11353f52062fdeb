import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert, Loading } from '../components/feedback';
import { TextField } from '../components/fields';
import { PageHeading } from '../components/page-heading';
import { RouterLink } from '../components/router-link';
import { MunicipalitiesDocument } from '../gql/graphql';

const PAGE_SIZE = 100;

/** /gemeenten?zoek=…: the directory of gemeenten, searchable by name. */
export function MunicipalitiesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = params.get('zoek') ?? '';
  const [text, setText] = useState(search);
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPages([null]);
    setParams(text.trim() ? { zoek: text.trim() } : {});
  };
  return (
    <>
      <PageHeading>{t('municipalities.title')}</PageHeading>
      <Paragraph>{t('municipalities.intro')}</Paragraph>
      <form role="search" className="ksp-search" onSubmit={submit}>
        <TextField
          id="municipality-search"
          type="search"
          label={t('municipalities.search')}
          description={t('municipalities.searchHint')}
          value={text}
          onChange={setText}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('municipalities.searchSubmit')}
        </Button>
      </form>
      {pages.map((after, index) => (
        <MunicipalityPage
          key={`${search}-${after ?? 'first'}`}
          search={search}
          after={after}
          first={index === 0}
          last={index === pages.length - 1}
          onMore={(cursor) => setPages((list) => [...list, cursor])}
        />
      ))}
    </>
  );
}

function MunicipalityPage(props: {
  search: string;
  after: string | null;
  first: boolean;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: MunicipalitiesDocument,
    variables: { search: props.search || null, first: PAGE_SIZE, after: props.after },
  });
  if (fetching && !data) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  const { totalCount, edges, pageInfo } = data.municipalities;
  return (
    <>
      {props.first ? (
        <Paragraph role="status">
          {totalCount === 0
            ? t('municipalities.none', { query: props.search })
            : t('municipalities.count', { count: totalCount })}
        </Paragraph>
      ) : null}
      <ul className="ksp-columns">
        {edges.map(({ node }) => (
          <li key={node.code}>
            <RouterLink to={`/gemeenten/${node.code}`}>{node.name}</RouterLink>
          </li>
        ))}
      </ul>
      {props.last && pageInfo.hasNextPage && pageInfo.endCursor ? (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => props.onMore(pageInfo.endCursor!)}
        >
          {t('municipalities.more')}
        </Button>
      ) : null}
    </>
  );
}
