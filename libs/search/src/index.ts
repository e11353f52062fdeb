export * from './lib/search-engine';
export * from './lib/dutch';
