import { holdBackground, runInBackground } from './background-work';

/** A promise with its resolve function, for work that finishes when the test says so. */
function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const settled = async (p: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void p.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((r) => setImmediate(r));
  return done;
};

describe('background work', () => {
  it('runs at once when nothing holds it, and returns what the work returns', async () => {
    await expect(runInBackground(async () => 42)).resolves.toBe(42);
  });

  it('a hold waits for the work in progress to finish', async () => {
    const work = deferred<string>();
    const running = runInBackground(() => work.promise);
    const hold = holdBackground();
    expect(await settled(hold)).toBe(false);
    work.resolve('done');
    await expect(running).resolves.toBe('done');
    const release = await hold;
    release();
  });

  it('new work waits while held and starts when released; holds nest', async () => {
    const releaseA = await holdBackground();
    const releaseB = await holdBackground();
    let started = false;
    const run = runInBackground(async () => {
      started = true;
      return 'ran';
    });
    expect(await settled(run)).toBe(false);
    releaseA();
    releaseA(); // releasing twice counts once
    expect(await settled(run)).toBe(false);
    expect(started).toBe(false);
    releaseB();
    await expect(run).resolves.toBe('ran');
    expect(started).toBe(true);
  });

  it('a failing run does not keep a hold waiting', async () => {
    const failing = runInBackground(async () => {
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    const release = await holdBackground();
    release();
  });
});
