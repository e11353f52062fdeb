/**
 * The shared `SearchEngine` contract (libs/search/src/testing/search-engine.contract.ts) run against
 * the embedded engine: every engine the suite asks for is a fresh one on its own in-memory SQLite
 * database.
 */
import { describeSearchEngineContract } from '../../testing/search-engine.contract';
import { EmbeddedSearchEngine } from './embedded-search-engine';

describeSearchEngineContract('embedded', async () => new EmbeddedSearchEngine({ path: ':memory:' }));
