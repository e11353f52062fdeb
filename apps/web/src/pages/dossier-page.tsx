import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert, Loading } from '../components/feedback';
import { PageHeading } from '../components/page-heading';
import { RichText } from '../components/rich-text';
import { RouterButtonLink, RouterLink } from '../components/router-link';
import { DOSSIER_CONTEXT, audienceLabel } from '../curation/dossier-labels';
import { itemMeta } from '../curation/item-meta';
import { ItemLink } from '../curation/items';
import { errorCode } from '../graphql/client';
import { DossierDocument } from '../gql/graphql';
import { formatDate } from '../questions/format';
import { NotFoundPage } from './not-found-page';

/**
 * /dossiers/:id — a dossier as its readers see it: the introduction, then its items in the
 * curator's order with the curator's notes. The API leaves out the items this reader may not see.
 */
export function DossierPage() {
  const { t, i18n } = useTranslation();
  const id = useParams()['id'] ?? '';
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  const [{ data, fetching, error }] = useQuery({
    query: DossierDocument,
    variables: { id },
    context: DOSSIER_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage />;
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return null;
  const d = data.dossier;
  return (
    <>
      <Paragraph>
        <RouterLink to="/dossiers">{t('dossiers.backToList')}</RouterLink>
      </Paragraph>
      {saved ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('dossier.saved')}</Paragraph>
        </Alert>
      ) : null}
      <PageHeading>{d.title}</PageHeading>
      <p className="ksp-meta">
        {audienceLabel(t, d.audience)} ·{' '}
        {t('dossiers.updated', { date: formatDate(d.updatedAt, i18n.language) })}
      </p>
      {d.viewerCanEdit ? (
        <Paragraph>
          <RouterButtonLink to={`/dossiers/${d.id}/bewerken`} appearance="secondary">
            {t('dossier.edit')}
          </RouterButtonLink>
        </Paragraph>
      ) : null}
      {d.introductionHtml ? <RichText html={d.introductionHtml} /> : null}
      <section aria-labelledby="dossier-contents">
        <Heading2 id="dossier-contents">{t('dossier.contents', { count: d.items.length })}</Heading2>
        {d.items.length === 0 ? <Paragraph>{t('dossier.empty')}</Paragraph> : null}
        <ol className="ksp-item-list">
          {d.items.map((entry) => (
            <li key={`${entry.itemType}-${entry.itemId}`}>
              <p className="ksp-item-title">
                <span className="ksp-item-type">{t(`picker.types.${entry.itemType}`)}</span>{' '}
                <ItemLink type={entry.itemType} id={entry.itemId}>
                  {entry.title}
                </ItemLink>
              </p>
              <p className="ksp-meta">{itemMeta(t, i18n.language, entry.item)}</p>
              {entry.note ? (
                <p className="ksp-item-note">
                  <span className="ksp-visually-hidden">{t('dossier.noteByCurator')}: </span>
                  {entry.note}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
