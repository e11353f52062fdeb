/**
 * The shared `SearchEngine` contract (the same behaviour the embedded engine must show), run against
 * a real Meilisearch. Needs a running server, so it only runs when `MEILI_URL` is set, e.g.
 *
 *   MEILI_URL=http://127.0.0.1:7700 MEILI_API_KEY=<master key> npx jest libs/search/src/lib/meilisearch
 *
 * Every engine the suite creates gets its own index (`ksp_contract_<pid>_<n>_<time>`), and each one
 * is deleted again when the suite closes the engine and, at the latest, after all tests.
 *
 * Not run on the development machines (no Meilisearch there): what the adapter sends is pinned by
 * `meilisearch-search-engine.spec.ts`; what Meilisearch finds and ranks with it is only checked
 * here. Expected to fail even so: `typoTolerance: false` for a one-word query (the last word stays
 * an unquoted prefix, which Meilisearch matches with typos: see `queryAttempts`).
 */
import type { SearchEngine } from '../search-engine';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';

/** `describeSearchEngineContract` of `libs/search/src/testing/search-engine.contract.ts`. */
type DescribeSearchEngineContract = (
  name: string,
  createEngine: () => Promise<SearchEngine>,
  options?: { readonly compounds?: boolean },
) => void;

const url = process.env['MEILI_URL'];
const apiKey = process.env['MEILI_API_KEY'] || process.env['MEILI_MASTER_KEY'] || undefined;

/** Deletes its own index on `close()`, so that the contract's cleanup leaves nothing behind. */
class DisposableMeilisearchEngine extends MeilisearchSearchEngine {
  override async close(): Promise<void> {
    await this.dropIndex();
    await super.close();
  }
}

if (url) {
  const created: MeilisearchSearchEngine[] = [];
  let counter = 0;

  afterAll(async () => {
    for (const engine of created) await engine.dropIndex().catch(() => undefined);
  });

  // Loaded only here: the contract module is not needed (nor loaded) when the suite is skipped.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const contract = require('../../testing/search-engine.contract') as {
    describeSearchEngineContract: DescribeSearchEngineContract;
  };

  contract.describeSearchEngineContract(
    `Meilisearch (${url})`,
    async () => {
      const indexUid = `ksp_contract_${process.pid}_${++counter}_${Date.now()}`;
      const engine = new DisposableMeilisearchEngine({ url, apiKey, indexUid });
      created.push(engine);
      await engine.ensureIndex();
      return engine;
    },
    // Meilisearch does not split Dutch compounds (`armoede` does not find `armoedebeleid` but as
    // a prefix), and the adapter's stems do not either: the compound tests are skipped.
    { compounds: false },
  );
} else {
  describe.skip('Meilisearch contract (set MEILI_URL to run)', () => {
    it('runs the shared SearchEngine contract against a real Meilisearch', () => undefined);
  });
}
