/**
 * Which tab owns the refresh token in sessionStorage. Browsers copy sessionStorage into a
 * duplicated tab (and into some tabs opened from this one). Two tabs using one rotating refresh
 * token would end the session for both: the second use of a rotated token revokes its family.
 * So the tab that stored the token holds a Web Lock named after a random claim id stored with it,
 * for as long as the page lives. A tab that finds the token but cannot get the lock is a copy and
 * forgets the token (its user logs in again there, which starts a separate session).
 */
const CLAIM_KEY = 'ksp.sessionClaim';
/** A reloaded page may briefly overlap the old page's lock; a copy's owner holds it for good. */
const RELOAD_GRACE_MS = 1_500;

function lockName(id: string): string {
  return `ksp-session-${id}`;
}

function hold(name: string, options: LockOptions): Promise<boolean> {
  return new Promise((resolve) => {
    navigator.locks
      .request(name, options, (lock) => {
        if (!lock) {
          resolve(false);
          return undefined;
        }
        resolve(true);
        return new Promise<never>(() => undefined); // held until the page goes away
      })
      .catch(() => resolve(false)); // aborted: someone else holds it
  });
}

function newClaimId(): string {
  return crypto.randomUUID();
}

/** True when this tab may use the stored refresh token (and now holds its lock). */
export async function claimStoredSession(storage: Storage): Promise<boolean> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return true;
  let id = storage.getItem(CLAIM_KEY);
  if (!id) {
    id = newClaimId();
    storage.setItem(CLAIM_KEY, id);
  }
  if (await hold(lockName(id), { ifAvailable: true })) return true;
  if (await hold(lockName(id), { signal: AbortSignal.timeout(RELOAD_GRACE_MS) })) return true;
  // A copy: take a claim of our own for the session this tab may start later.
  await claimNewSession(storage);
  return false;
}

/** A new session starts in this tab (login): a fresh claim, held by this tab. */
export async function claimNewSession(storage: Storage): Promise<void> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return;
  const id = newClaimId();
  storage.setItem(CLAIM_KEY, id);
  await hold(lockName(id), { ifAvailable: true });
}
