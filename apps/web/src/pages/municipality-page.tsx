import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert, Loading } from '../components/feedback';
import { PageHeading } from '../components/page-heading';
import { RouterLink } from '../components/router-link';
import { errorCode } from '../graphql/client';
import { MunicipalityDocument } from '../gql/graphql';
import { NotFoundPage } from './not-found-page';

const CODE = /^GM\d{4}$/;

/** /gemeenten/GM0344: a gemeente with its buurgemeenten and regions. */
export function MunicipalityPage() {
  const { t } = useTranslation();
  const code = (useParams()['code'] ?? '').toUpperCase();
  const valid = CODE.test(code);
  const [{ data, fetching, error }] = useQuery({
    query: MunicipalityDocument,
    variables: { code },
    pause: !valid,
  });
  if (!valid || errorCode(error) === 'NOT_FOUND') return <NotFoundPage />;
  if (fetching && !data) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  const m = data.municipality;
  return (
    <>
      <Paragraph>
        <RouterLink to="/gemeenten">{t('municipality.backToList')}</RouterLink>
      </Paragraph>
      <PageHeading>{m.name}</PageHeading>
      <DataList>
        <DataListItem>
          <DataListKey>{t('municipality.province')}</DataListKey>
          <DataListValue>{m.province}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('municipality.code')}</DataListKey>
          <DataListValue>{m.code}</DataListValue>
        </DataListItem>
      </DataList>
      <section aria-labelledby="neighbours">
        <Heading2 id="neighbours">{t('municipality.neighbours')}</Heading2>
        {m.neighbours.length === 0 ? (
          <Paragraph>{t('municipality.noNeighbours')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('municipality.neighboursIntro', { name: m.name })}</Paragraph>
            <ul className="ksp-columns">
              {m.neighbours.map((n) => (
                <li key={n.code}>
                  <RouterLink to={`/gemeenten/${n.code}`}>{n.name}</RouterLink>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="regions">
        <Heading2 id="regions">{t('municipality.regions')}</Heading2>
        {m.regions.length === 0 ? (
          <Paragraph>{t('municipality.noRegions')}</Paragraph>
        ) : (
          <ul>
            {m.regions.map((r) => (
              <li key={r.id}>
                {r.name} <span className="ksp-meta">({t(`municipality.regionKind.${r.kind}`)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
