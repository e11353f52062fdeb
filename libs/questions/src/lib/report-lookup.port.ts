import type { Actor } from '@ksp/identity';

/**
 * What questions need to know about reports (answers cite them): which of these report ids the
 * actor may see. A port owned by questions and implemented by the reports library, so that
 * questions does not depend on reports.
 */
export abstract class ReportLookup {
  abstract visibleReportIds(actor: Actor | null, ids: readonly string[]): Promise<Set<string>>;
}
