import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REPORTS_ENTITIES } from './reports.entities';

@Module({
  imports: [TypeOrmModule.forFeature(REPORTS_ENTITIES)],
  providers: [],
  exports: [],
})
export class ReportsModule {}
