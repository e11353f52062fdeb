import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { ErrorAlert, Loading } from '../components/feedback';
import { PageHeading } from '../components/page-heading';
import { RouterLink } from '../components/router-link';
import { DossierEditor } from '../curation/dossier-editor';
import { DOSSIER_CONTEXT } from '../curation/dossier-labels';
import { errorCode } from '../graphql/client';
import { DossierDocument, DossierFormDocument } from '../gql/graphql';
import { NotFoundPage } from './not-found-page';

function useFormOptions() {
  const { snapshot } = useSession();
  const municipalityCode = snapshot.user?.organisation.municipalityCode ?? null;
  return useQuery({
    query: DossierFormDocument,
    variables: { municipalityCode: municipalityCode ?? '', withMunicipality: municipalityCode !== null },
  });
}

/** /dossiers/nieuw — a coordinator starts a dossier. */
export function NewDossierPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useFormOptions();
  return (
    <>
      <Paragraph>
        <RouterLink to="/dossiers">{t('dossiers.backToList')}</RouterLink>
      </Paragraph>
      <PageHeading>{t('dossier.newTitle')}</PageHeading>
      <Paragraph>{t('dossier.newIntro')}</Paragraph>
      {fetching && !data ? <Loading /> : null}
      {error && !data ? <ErrorAlert error={error} /> : null}
      {data ? <DossierEditor options={data} /> : null}
    </>
  );
}

/** /dossiers/:id/bewerken — its maker or a coordinator of the maker's region edits a dossier. */
export function EditDossierPage() {
  const { t } = useTranslation();
  const id = useParams()['id'] ?? '';
  const [options] = useFormOptions();
  const [{ data, fetching, error }] = useQuery({
    query: DossierDocument,
    variables: { id },
    context: DOSSIER_CONTEXT,
    requestPolicy: 'network-only',
  });
  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage />;
  const loading = (fetching && !data) || (options.fetching && !options.data);
  const dossier = data?.dossier;
  return (
    <>
      <Paragraph>
        <RouterLink to={dossier ? `/dossiers/${dossier.id}` : '/dossiers'}>
          {dossier ? t('dossier.backToDossier', { title: dossier.title }) : t('dossiers.backToList')}
        </RouterLink>
      </Paragraph>
      <PageHeading title={t('dossier.editTitle')}>{t('dossier.editTitle')}</PageHeading>
      {loading ? <Loading /> : null}
      <ErrorAlert error={error ?? options.error} />
      {dossier && !dossier.viewerCanEdit ? <Paragraph>{t('dossier.notYours')}</Paragraph> : null}
      {dossier?.viewerCanEdit && options.data ? (
        // A new editor per version: after a save elsewhere it starts from what is stored.
        <DossierEditor key={`${dossier.id}-${dossier.version}`} dossier={dossier} options={options.data} />
      ) : null}
    </>
  );
}
