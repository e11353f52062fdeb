/**
 * A fact that happened in a domain library (a question was asked, a report published). Every
 * change that others react to emits one; it is stored in the transactional outbox in the same
 * database transaction as the change itself, so consumers (the search indexer, matching) see each
 * change at least once, in order per aggregate, even after a crash or while the search engine is down.
 */
export interface DomainEvent<P extends object = Record<string, unknown>> {
  /** `<aggregate>.<past tense>`, e.g. `question.asked`, `report.published`. */
  readonly type: string;
  /** `question`, `answer`, `report`, `expertise_profile`, `dossier`, … */
  readonly aggregateType: string;
  readonly aggregateId: string;
  /** Small and JSON-serialisable: ids and what changed, not whole documents. */
  readonly payload?: P;
}
