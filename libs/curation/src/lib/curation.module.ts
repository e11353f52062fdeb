import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TagVocabulary } from '@ksp/shared';
import { ContentCatalog } from './content-catalog';
import { ServiceContentCatalog } from './content-catalog.service';
import { CURATION_ENTITIES } from './curation.entities';
import { CurationRepository } from './curation.repository';
import {
  ContentFlagResolver,
  CurationResolver,
  DossierItemResolver,
  FeaturedItemResolver,
  ReviewQueueEntryResolver,
} from './curation.resolver';
import { DossierSearchSource } from './dossier.search-source';
import { CurationService } from './curation.service';
import { CuratedTagVocabulary } from './tag-vocabulary.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature(CURATION_ENTITIES)],
  providers: [
    CurationRepository,
    { provide: TagVocabulary, useClass: CuratedTagVocabulary },
    { provide: ContentCatalog, useClass: ServiceContentCatalog },
    CurationService,
    CurationResolver,
    DossierItemResolver,
    FeaturedItemResolver,
    ContentFlagResolver,
    ReviewQueueEntryResolver,
    DossierSearchSource,
  ],
  exports: [TagVocabulary, CurationService, DossierSearchSource, ContentCatalog],
})
export class CurationModule {}
