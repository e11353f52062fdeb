import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { OrganisationService, type Organisation } from '@ksp/identity';
import { ExpertiseService } from './expertise.service';
import { NO_STATISTICS, type ExpertiseStatistics, type ProfilePolicyDomain } from './expertise.types';

/**
 * The batches of one GraphQL request: every nested field of a page of profiles (taakvelden,
 * keywords, organisation, statistics) costs one statement for the whole page, whatever its size.
 */
export interface ExpertiseRequestLoaders {
  readonly policyDomains: DataLoader<string, ProfilePolicyDomain[]>;
  readonly keywords: DataLoader<string, string[]>;
  readonly organisation: DataLoader<string, Organisation | null>;
  /** Keyed by user id. */
  readonly statistics: DataLoader<string, ExpertiseStatistics>;
}

function fromMap<V>(load: (ids: readonly string[]) => Promise<Map<string, V>>, absent: V) {
  return new DataLoader<string, V>(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? absent);
  });
}

/** Per-request loaders, keyed by the GraphQL context object (so they live as long as the request). */
@Injectable()
export class ExpertiseLoaders {
  private readonly byRequest = new WeakMap<object, ExpertiseRequestLoaders>();

  constructor(
    private readonly expertise: ExpertiseService,
    private readonly organisations: OrganisationService,
  ) {}

  of(context: object): ExpertiseRequestLoaders {
    let loaders = this.byRequest.get(context);
    if (!loaders) {
      const s = this.expertise;
      loaders = {
        policyDomains: fromMap((ids) => s.policyDomainsOf(ids), []),
        keywords: fromMap((ids) => s.keywordsOf(ids), []),
        organisation: fromMap((codes) => this.organisations.byCodes(codes), null),
        statistics: fromMap((userIds) => s.statisticsOf(userIds), NO_STATISTICS),
      };
      this.byRequest.set(context, loaders);
    }
    return loaders;
  }
}
