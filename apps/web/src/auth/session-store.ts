import type { SessionFieldsFragment, SessionUserFragment } from '../gql/graphql';

export type SessionUser = SessionUserFragment;
export type SessionStatus = 'restoring' | 'anonymous' | 'authenticated';

export interface SessionSnapshot {
  readonly status: SessionStatus;
  readonly user: SessionUser | null;
  /** Changes when a different session starts or ends (not on a token refresh): caches are per session. */
  readonly generation: number;
}

/** The tokens of a session (from login, invitation, confirmation, OIDC, or a refresh). */
export interface SessionTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresIn: number;
}

/** Asks the API for a new session for a refresh token: the session, `null` when it was refused. */
export type Refresher = (refreshToken: string) => Promise<SessionFieldsFragment | null>;

/** The part of the Web Storage API the store uses (sessionStorage in the browser). */
export interface TokenStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const REFRESH_TOKEN_KEY = 'ksp.refreshToken';
/** Refresh this long before the access token expires, so that no request goes out with a stale one. */
export const REFRESH_MARGIN_MS = 30_000;

/**
 * The browser's session with the API (docs/adr/0010-web-app.md): the access token in memory only,
 * the refresh token in sessionStorage (so a reload keeps the session, closing the tab ends it).
 * Refresh tokens rotate on every use and a reused one revokes its family, so refreshes are never
 * run twice at once: concurrent callers share one refresh.
 */
export class SessionStore {
  private accessToken: string | null = null;
  private expiresAt = 0;
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  private pending: Promise<boolean> | null = null;
  private refresher: Refresher | null = null;
  private memoryToken: string | null = null;

  constructor(
    private readonly storage: TokenStorage | null,
    private readonly now: () => number = Date.now,
  ) {
    this.snapshot = { status: this.refreshToken() ? 'restoring' : 'anonymous', user: null, generation: 0 };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionSnapshot => this.snapshot;

  setRefresher(refresher: Refresher): void {
    this.refresher = refresher;
  }

  refreshToken(): string | null {
    if (!this.storage) return this.memoryToken;
    try {
      return this.storage.getItem(REFRESH_TOKEN_KEY);
    } catch {
      return this.memoryToken;
    }
  }

  /** The access token to send, or null. */
  token(): string | null {
    return this.accessToken;
  }

  /** Whether a request should wait for a refresh first: a refresh token, and no fresh access token. */
  needsRefresh(): boolean {
    return (
      this.refreshToken() !== null && (!this.accessToken || this.expiresAt - this.now() < REFRESH_MARGIN_MS)
    );
  }

  /** A new session (login, invitation, confirmation). */
  start(session: SessionTokens & { user: SessionUser | null }): void {
    this.keep(session);
    this.emit({ status: 'authenticated', user: session.user, generation: this.snapshot.generation + 1 });
  }

  /** Fills in who is logged in (after an OIDC login, whose redirect carries only the tokens). */
  setUser(user: SessionUser): void {
    if (this.snapshot.status === 'authenticated') this.emit({ ...this.snapshot, user });
  }

  /** Ends the session in this tab (logout, or the API refused the refresh token). */
  clear(): void {
    const hadSession = this.snapshot.status !== 'anonymous' || this.accessToken !== null;
    this.accessToken = null;
    this.expiresAt = 0;
    this.storeRefreshToken(null);
    this.emit({
      status: 'anonymous',
      user: null,
      generation: hadSession ? this.snapshot.generation + 1 : this.snapshot.generation,
    });
  }

  /** Forgets a refresh token without using it (it belongs to another tab). */
  forgetStoredToken(): void {
    this.storeRefreshToken(null);
    if (this.snapshot.status === 'restoring') this.emit({ ...this.snapshot, status: 'anonymous' });
  }

  /**
   * Exchanges the refresh token for a new session; one exchange at a time. True when there is a
   * session afterwards. A refused token ends the session; a network failure keeps the token (a
   * later request or a reload tries again).
   */
  refresh(): Promise<boolean> {
    this.pending ??= this.runRefresh().finally(() => (this.pending = null));
    return this.pending;
  }

  private async runRefresh(): Promise<boolean> {
    const refreshToken = this.refreshToken();
    if (!refreshToken || !this.refresher) {
      if (this.snapshot.status === 'restoring') this.emit({ ...this.snapshot, status: 'anonymous' });
      return false;
    }
    let session: SessionFieldsFragment | null;
    try {
      session = await this.refresher(refreshToken);
    } catch {
      this.accessToken = null;
      if (this.snapshot.status === 'restoring') this.emit({ ...this.snapshot, status: 'anonymous' });
      return false;
    }
    if (!session) {
      this.clear();
      return false;
    }
    this.keep(session);
    this.emit({ status: 'authenticated', user: session.user, generation: this.snapshot.generation });
    return true;
  }

  private keep(tokens: SessionTokens): void {
    this.accessToken = tokens.accessToken;
    this.expiresAt = this.now() + tokens.expiresIn * 1000;
    this.storeRefreshToken(tokens.refreshToken);
  }

  private storeRefreshToken(token: string | null): void {
    this.memoryToken = token;
    if (!this.storage) return;
    try {
      if (token === null) this.storage.removeItem(REFRESH_TOKEN_KEY);
      else this.storage.setItem(REFRESH_TOKEN_KEY, token);
    } catch {
      /* storage full or blocked: the session lasts as long as this page (memoryToken) */
    }
  }

  private emit(next: SessionSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
