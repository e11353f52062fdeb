import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert, Loading } from '../components/feedback';
import { PageHeading } from '../components/page-heading';
import { RichText } from '../components/rich-text';
import { RouterLink } from '../components/router-link';
import { errorCode } from '../graphql/client';
import { ExpertiseProfilePageDocument } from '../gql/graphql';
import { NotFoundPage } from './not-found-page';

/** /expertise/:id — one expertise profile (from search, suggestions and matches). */
export function ExpertiseProfilePage() {
  const { t } = useTranslation();
  const id = useParams()['id'] ?? '';
  const [{ data, fetching, error }] = useQuery({ query: ExpertiseProfilePageDocument, variables: { id } });
  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage />;
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return null;
  const p = data.expertiseProfile;
  const where = p.organisation?.name ?? p.municipality?.name;
  return (
    <>
      <PageHeading>{p.displayName}</PageHeading>
      <Paragraph className="ksp-meta">
        {[where, t(`profile.availabilityOption.${p.availability}`)].filter(Boolean).join(' · ')}
        {p.consentToRecommend ? '' : ` · ${t('experts.onlyYou')}`}
      </Paragraph>
      <DataList>
        <DataListItem>
          <DataListKey>{t('profile.domains')}</DataListKey>
          <DataListValue>
            <ul className="ksp-list-bare">
              {p.policyDomains.map((d) => (
                <li key={d.domain.code}>
                  {d.domain.code} {d.domain.name} ({t(`profile.level.${d.level}`)})
                </li>
              ))}
            </ul>
          </DataListValue>
        </DataListItem>
        {p.keywords.length > 0 ? (
          <DataListItem>
            <DataListKey>{t('profile.keywords')}</DataListKey>
            <DataListValue>{p.keywords.join(', ')}</DataListValue>
          </DataListItem>
        ) : null}
      </DataList>
      {p.bioHtml ? <RichText html={p.bioHtml} /> : null}
      <Paragraph>
        <RouterLink to="/expertise">{t('profile.toDirectory')}</RouterLink>
      </Paragraph>
    </>
  );
}
