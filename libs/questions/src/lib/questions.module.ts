import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QUESTIONS_ENTITIES } from './questions.entities';

@Module({
  imports: [TypeOrmModule.forFeature(QUESTIONS_ENTITIES)],
  providers: [],
  exports: [],
})
export class QuestionsModule {}
