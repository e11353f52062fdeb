import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReportLookup } from '@ksp/questions';
import { FileStorage } from './files/file-storage';
import { FileTokenSigner } from './files/file-token';
import { ReportFileRoutes } from './files/report-file.routes';
import { REPORTS_ENTITIES } from './reports.entities';
import { REPORTS_OPTIONS, ReportsOptions } from './reports.options';
import { ReportsRepository } from './reports.repository';
import { ReportFileResolver, ReportsResolver } from './reports.resolver';
import { AnswerCitationsResolver } from './answer-citations.resolver';
import { ReportsService } from './reports.service';
import { ReportSearchSource } from './report.search-source';

/**
 * Reports: GraphQL (submitReport, updateReport, uploadReportFile, publishReport, rejectReport,
 * archiveReport, report, reports), the file routes (PUT /uploads/:token, GET /files/:token), and
 * ReportsService for other libraries (curation's review queue; questions through ReportLookup).
 */
@Module({})
export class ReportsModule {
  static forRoot(options: ReportsOptions): DynamicModule {
    return {
      module: ReportsModule,
      global: true,
      imports: [TypeOrmModule.forFeature(REPORTS_ENTITIES)],
      providers: [
        { provide: REPORTS_OPTIONS, useValue: options },
        { provide: FileStorage, useValue: options.storage },
        { provide: FileTokenSigner, useValue: new FileTokenSigner(options.fileUrlSecret) },
        ReportsRepository,
        ReportsService,
        { provide: ReportLookup, useExisting: ReportsService },
        ReportsResolver,
        ReportFileResolver,
        AnswerCitationsResolver,
        ReportFileRoutes,
        ReportSearchSource,
      ],
      exports: [ReportsService, ReportLookup, FileStorage, ReportSearchSource],
    };
  }
}
