import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Actor } from '@ksp/identity';
import type { Report } from '@ksp/reports';
import { badInput } from './matching.errors';
import { MatchingService, type PersonMatchResult, type ReportMatchResult } from './matching.service';

/**
 * Matching for a report is a search per report, so the report fields `relatedReports` and
 * `peopleWhoMightNeedThis` are meant for a report's own page: per request they are computed once
 * per (report, limit), and for at most this many reports (more is BAD_USER_INPUT, rather than
 * a request whose cost grows with a list of reports).
 */
export const MAX_REPORTS_MATCHED_PER_REQUEST = 5;

interface Key {
  readonly report: Report;
  readonly limit: number | null;
}

export interface MatchingRequestLoaders {
  readonly related: DataLoader<Key, ReportMatchResult[], string>;
  readonly people: DataLoader<Key, PersonMatchResult[], string>;
}

/** Per-request loaders, keyed by the GraphQL context object (so they live as long as the request). */
@Injectable()
export class MatchingLoaders {
  private readonly byRequest = new WeakMap<object, MatchingRequestLoaders>();

  constructor(private readonly matching: MatchingService) {}

  of(context: object, actor: Actor | null): MatchingRequestLoaders {
    let loaders = this.byRequest.get(context);
    if (!loaders) {
      const seen = new Set<string>();
      const guarded =
        <T>(field: string, work: (key: Key) => Promise<T>) =>
        async (keys: readonly Key[]): Promise<(T | Error)[]> => {
          for (const k of keys) seen.add(k.report.id);
          if (seen.size > MAX_REPORTS_MATCHED_PER_REQUEST) {
            const error = badInput(
              `${field} kan voor hooguit ${MAX_REPORTS_MATCHED_PER_REQUEST} rapporten per verzoek worden opgevraagd; vraag het op bij één rapport.`,
              field,
            );
            return keys.map(() => error);
          }
          return Promise.all(keys.map((k) => work(k)));
        };
      const cacheKeyFn = (k: Key) => `${k.report.id}|${k.limit ?? ''}`;
      loaders = {
        related: new DataLoader(
          guarded('relatedReports', (k) => this.matching.relatedReports(actor, k.report, k.limit)),
          { cacheKeyFn },
        ),
        people: new DataLoader(
          guarded('peopleWhoMightNeedThis', (k) =>
            this.matching.peopleWhoMightNeedThis(actor, k.report, k.limit),
          ),
          { cacheKeyFn },
        ),
      };
      this.byRequest.set(context, loaders);
    }
    return loaders;
  }
}
