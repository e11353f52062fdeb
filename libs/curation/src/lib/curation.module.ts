import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CURATION_ENTITIES } from './curation.entities';

@Module({
  imports: [TypeOrmModule.forFeature(CURATION_ENTITIES)],
  providers: [],
  exports: [],
})
export class CurationModule {}
