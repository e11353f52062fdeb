import { join } from 'node:path';
import { EmbeddedSearchEngine, MeilisearchSearchEngine, type SearchEngine } from '@ksp/search';
import type { AppConfig } from './config/config';

/** The search engine the configuration asks for (see SEARCH_ENGINE in the README). */
export function searchEngineFor(config: AppConfig): SearchEngine {
  const kind = config.SEARCH_ENGINE ?? (config.MEILI_URL ? 'meilisearch' : 'embedded');
  if (kind === 'meilisearch') {
    return new MeilisearchSearchEngine({
      url: config.MEILI_URL!,
      apiKey: config.MEILI_API_KEY,
      indexUid: config.MEILI_INDEX,
    });
  }
  return new EmbeddedSearchEngine({
    path: config.SEARCH_INDEX_PATH ?? join(config.DATA_DIR, 'search-index.sqlite'),
  });
}
