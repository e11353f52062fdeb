import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/feedback';
import { useSession } from './session';

/** A path on the hub to return to after login (never another site). */
export function safeReturnPath(value: string | null): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}

/** Pages for logged-in people: others go to the login page, and come back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { snapshot } = useSession();
  const location = useLocation();
  if (snapshot.status === 'restoring') return <Loading />;
  if (snapshot.status === 'anonymous') {
    const back = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/inloggen?terug=${back}`} replace />;
  }
  return children;
}
