export * from './lib/search-engine';
export * from './lib/dutch';
export * from './lib/search-source';
