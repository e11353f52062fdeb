import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EXPERTISE_ENTITIES } from './expertise.entities';
import { ExpertiseLoaders } from './expertise.loaders';
import { ExpertiseRepository } from './expertise.repository';
import { ExpertiseProfileResolver } from './expertise.resolver';
import { ExpertiseSearchSource } from './expertise.search-source';
import { ExpertiseService } from './expertise.service';

/**
 * Expertise profiles. Needs (global providers): PolicyService, AccountService, AuditService and
 * OrganisationService (identity), DirectoryService, Clock, TagVocabulary (curation) and
 * QuestionsService (statistics). Exports ExpertiseService for curation (dossiers) and matching.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(EXPERTISE_ENTITIES)],
  providers: [
    ExpertiseRepository,
    ExpertiseService,
    ExpertiseLoaders,
    ExpertiseProfileResolver,
    ExpertiseSearchSource,
  ],
  exports: [ExpertiseService, ExpertiseSearchSource],
})
export class ExpertiseModule {}
