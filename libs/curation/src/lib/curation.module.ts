import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TagVocabulary } from '@ksp/shared';
import { CURATION_ENTITIES } from './curation.entities';
import { CuratedTagVocabulary } from './tag-vocabulary.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature(CURATION_ENTITIES)],
  providers: [{ provide: TagVocabulary, useClass: CuratedTagVocabulary }],
  exports: [TagVocabulary],
})
export class CurationModule {}
