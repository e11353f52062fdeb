import type { SessionFieldsFragment } from '../gql/graphql';
import { REFRESH_MARGIN_MS, REFRESH_TOKEN_KEY, SessionStore, type TokenStorage } from './session-store';

class MemoryStorage implements TokenStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const user = {
  id: 'u1',
  displayName: 'Anna Jansen',
  email: 'a.jansen@utrecht.nl',
  roles: ['MEMBER' as const],
  coordinatorRegionIds: [],
  organisation: {
    code: 'GM0344',
    name: 'Gemeente Utrecht',
    kind: 'GEMEENTE' as const,
    municipalityCode: 'GM0344',
  },
};

function session(n: number, expiresIn = 900): SessionFieldsFragment {
  return { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresIn, user };
}

describe('SessionStore', () => {
  let storage: MemoryStorage;
  let now: number;
  const clock = () => now;

  beforeEach(() => {
    storage = new MemoryStorage();
    now = 1_000_000;
  });

  it('keeps the access token in memory only and the refresh token in the (session) storage', () => {
    const store = new SessionStore(storage, clock);
    store.start(session(1));
    expect(store.token()).toBe('access-1');
    expect([...storage.items.values()]).toEqual(['refresh-1']);
    expect(store.getSnapshot()).toMatchObject({
      status: 'authenticated',
      user: { displayName: 'Anna Jansen' },
    });
  });

  it('starts as restoring when this tab has a refresh token, and restores the session with it', async () => {
    storage.setItem(REFRESH_TOKEN_KEY, 'refresh-0');
    const store = new SessionStore(storage, clock);
    expect(store.getSnapshot().status).toBe('restoring');
    expect(store.needsRefresh()).toBe(true);
    const used: string[] = [];
    store.setRefresher(async (token) => {
      used.push(token);
      return session(1);
    });
    expect(await store.refresh()).toBe(true);
    expect(used).toEqual(['refresh-0']);
    expect(store.getSnapshot().status).toBe('authenticated');
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-1');
  });

  it('runs one refresh for concurrent callers (a rotated token used twice would end the session)', async () => {
    const store = new SessionStore(storage, clock);
    store.start(session(1));
    let calls = 0;
    let release!: () => void;
    store.setRefresher(async () => {
      calls += 1;
      await new Promise<void>((resolve) => (release = resolve));
      return session(2);
    });
    const both = Promise.all([store.refresh(), store.refresh()]);
    release();
    expect(await both).toEqual([true, true]);
    expect(calls).toBe(1);
    expect(store.token()).toBe('access-2');
  });

  it('asks for a refresh shortly before the access token expires, not earlier', () => {
    const store = new SessionStore(storage, clock);
    store.start(session(1, 900));
    now += 900_000 - REFRESH_MARGIN_MS - 1;
    expect(store.needsRefresh()).toBe(false);
    now += 2;
    expect(store.needsRefresh()).toBe(true);
  });

  it('ends the session when the API refuses the refresh token, with a new cache generation', async () => {
    const store = new SessionStore(storage, clock);
    store.start(session(1));
    const generation = store.getSnapshot().generation;
    store.setRefresher(async () => null);
    expect(await store.refresh()).toBe(false);
    expect(store.getSnapshot()).toMatchObject({ status: 'anonymous', user: null });
    expect(store.getSnapshot().generation).toBeGreaterThan(generation);
    expect(store.token()).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('keeps the refresh token when the network fails, so that a later attempt can still use it', async () => {
    storage.setItem(REFRESH_TOKEN_KEY, 'refresh-0');
    const store = new SessionStore(storage, clock);
    store.setRefresher(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await store.refresh()).toBe(false);
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-0');
    expect(store.getSnapshot().status).toBe('anonymous');
  });

  it('logs out: forgets both tokens and tells its subscribers', () => {
    const store = new SessionStore(storage, clock);
    store.start(session(1));
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().status));
    store.clear();
    expect(seen).toEqual(['anonymous']);
    expect(store.token()).toBeNull();
    expect(store.refreshToken()).toBeNull();
  });

  it('still works for this page when storage is blocked', () => {
    const blocked: TokenStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = new SessionStore(blocked, clock);
    store.start(session(1));
    expect(store.refreshToken()).toBe('refresh-1');
  });
});
