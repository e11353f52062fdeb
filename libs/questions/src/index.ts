export { QuestionsModule } from './lib/questions.module';
export { QUESTIONS_ENTITIES } from './lib/questions.entities';
