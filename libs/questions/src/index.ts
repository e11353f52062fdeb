export { QuestionsModule } from './lib/questions.module';
export { QUESTIONS_ENTITIES } from './lib/questions.entities';
export { ReportLookup } from './lib/report-lookup.port';
