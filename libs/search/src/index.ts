export * from './lib/search-engine';
export * from './lib/dutch';
export * from './lib/search-source';
export * from './lib/meilisearch/meilisearch-search-engine';
export * from './lib/embedded/embedded-search-engine';
