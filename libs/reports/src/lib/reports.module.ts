import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReportLookup } from '@ksp/questions';
import { REPORTS_ENTITIES } from './reports.entities';

/** Placeholder until reports exist: no report is visible to anyone. */
class NoReports extends ReportLookup {
  async visibleReportIds(): Promise<Set<string>> {
    return new Set();
  }
}

@Global()
@Module({
  imports: [TypeOrmModule.forFeature(REPORTS_ENTITIES)],
  providers: [{ provide: ReportLookup, useClass: NoReports }],
  exports: [ReportLookup],
})
export class ReportsModule {}
