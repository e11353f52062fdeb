import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { SEARCH_ENGINE, type SearchEngine } from '@ksp/search';
import { DISCOVERY_OPTIONS, type DiscoveryOptions } from './discovery.options';
import { SearchIndexer } from './search-indexer';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';
import { SearchStatus } from './search-status';

/**
 * Finding things: the search index kept in step through the outbox (SearchIndexer), `search` and
 * `suggest` through the policy layer, and the search engine for other libraries (matching) under
 * the SEARCH_ENGINE token. Needs (global): OutboxModule, PolicyService, DirectoryService and the
 * content modules (their SearchDocumentSources and services).
 */
@Module({})
export class DiscoveryModule implements OnApplicationShutdown {
  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  static forRoot(options: DiscoveryOptions): DynamicModule {
    return {
      module: DiscoveryModule,
      global: true,
      providers: [
        { provide: DISCOVERY_OPTIONS, useValue: options },
        { provide: SEARCH_ENGINE, useValue: options.engine },
        SearchIndexer,
        SearchService,
        SearchResolver,
        SearchStatus,
      ],
      exports: [SEARCH_ENGINE, SearchIndexer, SearchService, SearchStatus],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.engine.close();
  }
}
