export { DiscoveryModule } from './lib/discovery.module';
export type { DiscoveryOptions } from './lib/discovery.options';
export { SearchIndexer, type ReconcileReport } from './lib/search-indexer';
export { SearchService, type SearchPage, type SearchQuery, type FoundItem } from './lib/search.service';
export { SearchStatus, type SearchStatusReport } from './lib/search-status';
