import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { Provider as UrqlProvider, type Client } from 'urql';
import { createGraphQLClient } from '../graphql/client';
import { LogoutDocument, MeDocument, type SessionFieldsFragment } from '../gql/graphql';
import { SessionStore, type SessionSnapshot, type TokenStorage } from './session-store';
import { claimNewSession, claimStoredSession } from './tab-claim';

interface SessionApi {
  readonly snapshot: SessionSnapshot;
  /** Starts a session from a login, invitation or confirmation answer. */
  start(session: SessionFieldsFragment): void;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

function browserStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Tokens from an OIDC login arrive in the URL fragment (docs/adr/0006-oidc-login.md). */
function takeTokensFromFragment(): { accessToken: string; refreshToken: string; expiresIn: number } | null {
  const hash = window.location.hash;
  if (!hash.includes('accessToken=')) return null;
  const params = new URLSearchParams(hash.slice(1));
  // Out of the address bar (and the history) at once.
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  const accessToken = params.get('accessToken');
  const refreshToken = params.get('refreshToken');
  const expiresIn = Number(params.get('expiresIn'));
  return accessToken && refreshToken && Number.isFinite(expiresIn) && expiresIn > 0
    ? { accessToken, refreshToken, expiresIn }
    : null;
}

const storage = browserStorage();
const store = new SessionStore(storage as TokenStorage | null);

/** Restores the session of this tab, or adopts one from an OIDC redirect; once per page load. */
async function restore(): Promise<void> {
  const fromOidc = takeTokensFromFragment();
  if (fromOidc) {
    if (storage) await claimNewSession(storage);
    store.start({ ...fromOidc, user: null });
    return;
  }
  if (store.refreshToken()) {
    if (storage && !(await claimStoredSession(storage))) {
      store.forgetStoredToken();
      return;
    }
    await store.refresh();
  } else if (storage) {
    await claimNewSession(storage);
  }
}
const restored = restore();

/** One client (and so one cache) per session: a new one at login and logout, kept across refreshes. */
let current: { readonly generation: number; readonly client: Client } | null = null;
function clientFor(generation: number): Client {
  if (current?.generation !== generation) current = { generation, client: createGraphQLClient(store) };
  return current.client;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const client = clientFor(snapshot.generation);

  // After an OIDC login only the tokens are known: ask who this is.
  const needsUser = snapshot.status === 'authenticated' && snapshot.user === null;
  useEffect(() => {
    if (!needsUser) return;
    void restored
      .then(() => client.query(MeDocument, {}, { requestPolicy: 'network-only' }).toPromise())
      .then((result) => {
        if (result.data) store.setUser(result.data.me);
        else store.clear();
      });
  }, [needsUser, client]);

  const api = useMemo<SessionApi>(
    () => ({
      snapshot,
      start: (session) => store.start(session),
      logout: async () => {
        const refreshToken = store.refreshToken();
        try {
          await client.mutation(LogoutDocument, { refreshToken }).toPromise();
        } finally {
          store.clear();
        }
      },
    }),
    [snapshot, client],
  );

  return (
    <SessionContext.Provider value={api}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession outside SessionProvider');
  return api;
}
