/**
 * The process's background work — the outbox processor, the search reconciler, escalation — runs
 * through `runInBackground`, so that it can be held: `holdBackground()` waits for the runs in
 * progress to finish and keeps new ones waiting until it is released. A test that counts the SQL
 * statements one request sends holds it, so that a poll of the outbox does not land in its count.
 *
 * Not an AsyncLocalStorage that marks background statements: on Node 20 the first `run()` turns on
 * promise hooks for every promise the process makes, and the request path makes many (the
 * foundation benchmark, docs/adr/0014-request-path-without-promise-hooks.md).
 */
const active = new Set<Promise<unknown>>();
let holds = 0;
let gate: Promise<void> | null = null;
let openGate: () => void = () => {};

export async function runInBackground<T>(work: () => Promise<T>): Promise<T> {
  while (gate) await gate;
  const run = work();
  active.add(run);
  try {
    return await run;
  } finally {
    active.delete(run);
  }
}

/**
 * Holds background work: resolves once the runs in progress have finished, and new runs wait
 * until the returned function is called. Holds nest; work resumes when the last is released.
 */
export async function holdBackground(): Promise<() => void> {
  if (holds++ === 0) gate = new Promise<void>((resolve) => (openGate = resolve));
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (--holds === 0) {
      gate = null;
      openGate();
    }
  };
  try {
    await Promise.allSettled([...active]);
  } catch (error) {
    release();
    throw error;
  }
  return release;
}
