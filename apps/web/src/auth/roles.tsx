import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/page-heading';
import { RequireSession } from './require-session';
import { useSession } from './session';

export interface Roles {
  readonly coordinator: boolean;
  readonly admin: boolean;
  /** A coordinator or an admin: reviews, dossiers, duplicates, the region overview. */
  readonly curator: boolean;
  readonly coordinatorRegionIds: readonly string[];
}

/** The logged-in person's roles, for what the interface offers (the API checks every action again). */
export function useRoles(): Roles {
  const { snapshot } = useSession();
  const user = snapshot.status === 'authenticated' ? snapshot.user : null;
  const roles = user?.roles ?? [];
  const coordinator = roles.includes('COORDINATOR');
  const admin = roles.includes('ADMIN');
  return {
    coordinator,
    admin,
    curator: coordinator || admin,
    coordinatorRegionIds: user?.coordinatorRegionIds ?? [],
  };
}

function NoAccess() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('noAccess.title')}</PageHeading>
      <Paragraph>{t('noAccess.body')}</Paragraph>
    </>
  );
}

/** Pages for coordinators and admins: others log in first, and then see that it is not for them. */
export function RequireCurator({ children }: { children: ReactNode }) {
  return (
    <RequireSession>
      <CuratorOnly>{children}</CuratorOnly>
    </RequireSession>
  );
}

function CuratorOnly({ children }: { children: ReactNode }) {
  const { snapshot } = useSession();
  const { curator } = useRoles();
  // After an OIDC login the user is asked for a moment later: wait for it.
  if (snapshot.status === 'authenticated' && snapshot.user === null) return null;
  return curator ? children : <NoAccess />;
}
