export { ReportsModule } from './lib/reports.module';
export { REPORTS_ENTITIES } from './lib/reports.entities';
