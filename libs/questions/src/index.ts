export { QuestionsModule } from './lib/questions.module';
export { QUESTIONS_ENTITIES } from './lib/questions.entities';
export { ReportLookup } from './lib/report-lookup.port';
export { QuestionsService } from './lib/questions.service';
export { QuestionModel, AnswerModel, QuestionAuthorModel } from './lib/models/question.models';
export {
  QuestionStatus,
  AddresseeStatus,
  QuestionSort,
  type Question,
  type Answer,
  type Addressee,
  type AuthorRef,
  type AnswerStatistics,
  type ExpiredAnswer,
  type QuestionActivity,
  type QuestionFilter,
} from './lib/question.types';
export { QuestionSearchSource } from './lib/question.search-source';
