import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TagVocabulary } from '@ksp/shared';
import { CatalogEntry, ContentCatalog } from './content-catalog';
import { CURATION_ENTITIES } from './curation.entities';
import { CurationRepository } from './curation.repository';
import { CurationResolver } from './curation.resolver';
import { CurationService } from './curation.service';
import { CuratedTagVocabulary } from './tag-vocabulary.service';

/** Placeholder until the content libraries export what curation reads: nothing is visible. */
class EmptyCatalog extends ContentCatalog {
  async load(): Promise<Map<string, CatalogEntry>> {
    return new Map();
  }
  async submittedReports(): Promise<CatalogEntry[]> {
    return [];
  }
  async expired(): Promise<CatalogEntry[]> {
    return [];
  }
}

@Global()
@Module({
  imports: [TypeOrmModule.forFeature(CURATION_ENTITIES)],
  providers: [
    CurationRepository,
    { provide: TagVocabulary, useClass: CuratedTagVocabulary },
    { provide: ContentCatalog, useClass: EmptyCatalog },
    CurationService,
    CurationResolver,
  ],
  exports: [TagVocabulary],
})
export class CurationModule {}
