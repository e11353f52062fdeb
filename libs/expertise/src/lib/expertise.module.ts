import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EXPERTISE_ENTITIES } from './expertise.entities';

@Module({
  imports: [TypeOrmModule.forFeature(EXPERTISE_ENTITIES)],
  providers: [],
  exports: [],
})
export class ExpertiseModule {}
