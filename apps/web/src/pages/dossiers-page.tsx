import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useRoles } from '../auth/roles';
import { ListPage } from '../components/list-page';
import { RouterButtonLink, RouterLink } from '../components/router-link';
import { DOSSIER_CONTEXT, audienceLabel } from '../curation/dossier-labels';
import { DossiersDocument } from '../gql/graphql';
import { formatDate } from '../questions/format';

const PAGE_SIZE = 20;

/** /dossiers — the coordinators' collections the reader may see; coordinators start new ones here. */
export function DossiersPage() {
  const { t, i18n } = useTranslation();
  const { curator } = useRoles();
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted ?? null;
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (deleted) notice.current?.focus();
  }, [deleted]);
  return (
    <>
      {deleted ? (
        <div ref={notice} tabIndex={-1} className="ksp-focus-target">
          <Alert type="ok" role="status">
            <Paragraph>{t('dossier.deleted', { title: deleted })}</Paragraph>
          </Alert>
        </div>
      ) : null}
      <ListPage
        title={t('dossiers.title')}
        intro={t('dossiers.intro')}
        actions={
          curator ? (
            <RouterButtonLink to="/dossiers/nieuw" appearance="secondary">
              {t('dossiers.new')}
            </RouterButtonLink>
          ) : null
        }
        resultsKey="all"
        source={{
          query: DossiersDocument,
          variables: {},
          connection: (data) => data.dossiers,
          pageSize: PAGE_SIZE,
          context: DOSSIER_CONTEXT,
        }}
        itemKey={(node) => node.id}
        renderItem={(node) => (
          <>
            <RouterLink to={`/dossiers/${node.id}`}>{node.title}</RouterLink>
            <p className="ksp-meta">
              {t('dossiers.itemCount', { count: node.items.length })} · {audienceLabel(t, node.audience)} ·{' '}
              {t('dossiers.updated', { date: formatDate(node.updatedAt, i18n.language) })}
            </p>
          </>
        )}
        texts={{
          count: (count) => t('dossiers.count', { count }),
          empty: t('dossiers.none'),
          more: t('dossiers.more'),
        }}
      />
    </>
  );
}
