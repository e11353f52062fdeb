import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { PageHeading } from '../components/page-heading';
import { RouterLink } from '../components/router-link';
import { NotFoundPage } from './not-found-page';

/** What a page shows when it failed: not found for a 404, otherwise a plain apology. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);
  return (
    <>
      <PageHeading>{t('errors.pageTitle')}</PageHeading>
      <Paragraph>{t('errors.generic')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('notFound.home')}</RouterLink>
      </Paragraph>
    </>
  );
}
