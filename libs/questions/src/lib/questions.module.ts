import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuestionLoaders } from './question.loaders';
import { QUESTIONS_ENTITIES } from './questions.entities';
import { QuestionsRepository } from './questions.repository';
import {
  AnswerResolver,
  QuestionAddresseeResolver,
  QuestionAuthorResolver,
  QuestionResolver,
} from './questions.resolver';
import { QuestionsService } from './questions.service';
import { QuestionSearchSource } from './question.search-source';

/**
 * Questions and answers. Needs (global providers): PolicyService, AccountService, AuditService and
 * OrganisationService (identity), DirectoryService, Clock, TagVocabulary (curation) and
 * ReportLookup (reports). Exports QuestionsService for the other content libraries.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(QUESTIONS_ENTITIES)],
  providers: [
    QuestionsRepository,
    QuestionsService,
    QuestionLoaders,
    QuestionResolver,
    AnswerResolver,
    QuestionAuthorResolver,
    QuestionAddresseeResolver,
    QuestionSearchSource,
  ],
  exports: [QuestionsService, QuestionSearchSource],
})
export class QuestionsModule {}
