import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError, SelectQueryBuilder } from 'typeorm';
import { AccessFilter, whereVisible } from '@ksp/persistence';
import {
  ExpertiseProfileAccessEntity,
  ExpertiseProfileEntity,
  ExpertiseProfileKeywordEntity,
  ExpertiseProfilePolicyDomainEntity,
} from './expertise.entities';

const PROFILE_ACCESS = { alias: 'p', table: 'expertise_profile_access', foreignKey: 'expertise_profile_id' };

/** What a list of profiles is narrowed to (already checked and expanded by the service). */
export interface ProfileCriteria {
  readonly policyDomainCodes?: readonly string[];
  readonly municipalityCodes?: readonly string[];
  readonly availabilities?: readonly string[];
  readonly keywords?: readonly string[];
  readonly kind?: string;
  readonly ids?: readonly string[];
  readonly consentOnly?: boolean;
  readonly afterId?: string;
}

/** The child rows of a profile, written whole with every save. */
export interface ProfileChildren {
  readonly policyDomains: readonly { readonly code: string; readonly level: string }[];
  readonly keywords: readonly string[];
  readonly accessKeys: readonly string[];
}

/** A unique index said no (another save of the same holder got there first). */
export function isUniqueViolation(e: unknown): boolean {
  if (!(e instanceof QueryFailedError)) return false;
  const driverError = (e as QueryFailedError & { driverError?: { code?: string } }).driverError;
  const code = driverError?.code ?? '';
  return (
    code === '23505' || code.startsWith('SQLITE_CONSTRAINT') || /UNIQUE constraint failed/.test(e.message)
  );
}

/** All queries of the expertise tables. */
@Injectable()
export class ExpertiseRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  private lockIn(qb: SelectQueryBuilder<ExpertiseProfileEntity>, m: EntityManager, lock: boolean) {
    // PostgreSQL: saves of one profile are serialised on its row; SQLite has one writer at a time.
    if (lock && m.connection.options.type === 'postgres') qb.setLock('pessimistic_write');
    return qb;
  }

  /** A profile the filter lets through (locked for a change, with `lock` inside a transaction). */
  findVisible(
    id: string,
    filter: AccessFilter,
    m?: EntityManager,
    lock = false,
  ): Promise<ExpertiseProfileEntity | null> {
    const em = this.m(m);
    const qb = em.createQueryBuilder(ExpertiseProfileEntity, 'p').where('p.id = :id', { id });
    whereVisible(qb, PROFILE_ACCESS, filter);
    return this.lockIn(qb, em, lock).getOne();
  }

  findVisibleMany(ids: readonly string[], filter: AccessFilter): Promise<ExpertiseProfileEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const qb = this.dataSource.manager
      .createQueryBuilder(ExpertiseProfileEntity, 'p')
      .where('p.id IN (:...ids)', { ids: [...new Set(ids)] });
    return whereVisible(qb, PROFILE_ACCESS, filter).getMany();
  }

  async visibleIds(ids: readonly string[], filter: AccessFilter): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const qb = this.dataSource.manager
      .createQueryBuilder(ExpertiseProfileEntity, 'p')
      .select('p.id', 'id')
      .where('p.id IN (:...ids)', { ids: [...new Set(ids)] });
    const rows = await whereVisible(qb, PROFILE_ACCESS, filter).getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  /** The profile of a holder (whoever may see it), locked for a change inside a transaction. */
  findByHolder(holderKey: string, m?: EntityManager, lock = false): Promise<ExpertiseProfileEntity | null> {
    const em = this.m(m);
    const qb = em
      .createQueryBuilder(ExpertiseProfileEntity, 'p')
      .where('p.holderKey = :holderKey', { holderKey });
    return this.lockIn(qb, em, lock).getOne();
  }

  async insert(profile: ExpertiseProfileEntity, children: ProfileChildren, m: EntityManager): Promise<void> {
    await m.insert(ExpertiseProfileEntity, profile);
    await this.insertChildren(profile.id, children, m);
  }

  /**
   * Writes an edit when the stored version is still `expectedVersion` (the version goes up by one);
   * false when someone else saved first.
   */
  async update(profile: ExpertiseProfileEntity, expectedVersion: number, m: EntityManager): Promise<boolean> {
    const { id, version: _version, createdAt: _createdAt, createdBy: _createdBy, ...fields } = profile;
    const result = await m
      .createQueryBuilder()
      .update(ExpertiseProfileEntity)
      .set(fields)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async replaceChildren(id: string, children: ProfileChildren, m: EntityManager): Promise<void> {
    await m.delete(ExpertiseProfilePolicyDomainEntity, { expertiseProfileId: id });
    await m.delete(ExpertiseProfileKeywordEntity, { expertiseProfileId: id });
    await m.delete(ExpertiseProfileAccessEntity, { expertiseProfileId: id });
    await this.insertChildren(id, children, m);
  }

  private async insertChildren(id: string, c: ProfileChildren, m: EntityManager): Promise<void> {
    await m.insert(
      ExpertiseProfilePolicyDomainEntity,
      c.policyDomains.map((d) => ({ expertiseProfileId: id, code: d.code, level: d.level })),
    );
    if (c.keywords.length) {
      await m.insert(
        ExpertiseProfileKeywordEntity,
        c.keywords.map((keyword) => ({ expertiseProfileId: id, keyword })),
      );
    }
    await m.insert(
      ExpertiseProfileAccessEntity,
      c.accessKeys.map((accessKey) => ({ expertiseProfileId: id, accessKey })),
    );
  }

  async delete(id: string, m: EntityManager): Promise<void> {
    // Children first: SQLite enforces the cascade only with foreign keys switched on.
    await m.delete(ExpertiseProfilePolicyDomainEntity, { expertiseProfileId: id });
    await m.delete(ExpertiseProfileKeywordEntity, { expertiseProfileId: id });
    await m.delete(ExpertiseProfileAccessEntity, { expertiseProfileId: id });
    await m.delete(ExpertiseProfileEntity, { id });
  }

  /** A page of the profiles the filter lets through, by display name; with the total count. */
  list(
    filter: AccessFilter,
    c: ProfileCriteria,
    offset: number,
    limit: number,
  ): Promise<[ExpertiseProfileEntity[], number]> {
    const qb = this.dataSource.manager.createQueryBuilder(ExpertiseProfileEntity, 'p');
    whereVisible(qb, PROFILE_ACCESS, filter);
    this.narrow(qb, c);
    return qb
      .orderBy('p.displayName', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
  }

  /** Profiles with consent, by id (keyset paging from `afterId`): matching's bulk read. */
  recommendable(c: ProfileCriteria, limit: number): Promise<ExpertiseProfileEntity[]> {
    const qb = this.dataSource.manager.createQueryBuilder(ExpertiseProfileEntity, 'p');
    this.narrow(qb, { ...c, consentOnly: true });
    return qb.orderBy('p.id', 'ASC').limit(limit).getMany();
  }

  private narrow(qb: SelectQueryBuilder<ExpertiseProfileEntity>, c: ProfileCriteria): void {
    if (c.consentOnly) qb.andWhere('p.consentToRecommend = :consent', { consent: true });
    if (c.ids) qb.andWhere('p.id IN (:...profileIds)', { profileIds: [...c.ids] });
    if (c.afterId) qb.andWhere('p.id > :afterId', { afterId: c.afterId });
    if (c.policyDomainCodes) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM expertise_profile_policy_domain epd WHERE epd.expertise_profile_id = p.id AND epd.code IN (:...pdCodes))',
        { pdCodes: [...c.policyDomainCodes] },
      );
    }
    if (c.keywords) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM expertise_profile_keyword ek WHERE ek.expertise_profile_id = p.id AND ek.keyword IN (:...keywords))',
        { keywords: [...c.keywords] },
      );
    }
    if (c.municipalityCodes) {
      qb.andWhere('p.municipalityCode IN (:...municipalityCodes)', {
        municipalityCodes: [...c.municipalityCodes],
      });
    }
    if (c.availabilities) {
      qb.andWhere('p.availability IN (:...availabilities)', { availabilities: [...c.availabilities] });
    }
    if (c.kind) qb.andWhere('p.kind = :kind', { kind: c.kind });
  }

  /**
   * Per gemeente (of these), the profiles with consent to be found that the filter lets through.
   * One statement; gemeenten without such profiles are absent.
   */
  async findablePerMunicipality(
    filter: AccessFilter,
    municipalityCodes: readonly string[],
  ): Promise<{ code: string; profiles: number }[]> {
    if (municipalityCodes.length === 0) return [];
    const qb = this.dataSource.manager
      .createQueryBuilder(ExpertiseProfileEntity, 'p')
      .select('p.municipality_code', 'code')
      .addSelect('COUNT(*)', 'profiles')
      .where('p.municipality_code IN (:...codes)', { codes: [...municipalityCodes] })
      .andWhere('p.consent_to_recommend = :yes', { yes: true });
    whereVisible(qb, PROFILE_ACCESS, filter);
    const rows = await qb.groupBy('p.municipality_code').getRawMany<{ code: string; profiles: unknown }>();
    return rows.map((r) => ({ code: r.code, profiles: Number(r.profiles) }));
  }

  // ---- children of profiles, for a batch of ids (one statement each) -------------------------

  // ---- search documents (system reads, libs/discovery keeps the index in step) -----------------

  /** A page of ids of profiles that may be found (consent given), in id order. */
  async findableIdsAfter(afterId: string | null, limit: number): Promise<string[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(ExpertiseProfileEntity, 'p')
      .select('p.id', 'id')
      .where('p.consent_to_recommend = :yes', { yes: true })
      .orderBy('p.id', 'ASC')
      .limit(limit);
    if (afterId !== null) qb.andWhere('p.id > :afterId', { afterId });
    return (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
  }

  findFindable(ids: readonly string[]): Promise<ExpertiseProfileEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(ExpertiseProfileEntity, {
      id: In([...new Set(ids)]),
      consentToRecommend: true,
    });
  }

  findableVersions(): Promise<{ id: string; updatedAt: Date }[]> {
    return this.dataSource.manager.find(ExpertiseProfileEntity, {
      select: { id: true, updatedAt: true },
      where: { consentToRecommend: true },
    });
  }

  policyDomainsOf(ids: readonly string[]): Promise<ExpertiseProfilePolicyDomainEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(ExpertiseProfilePolicyDomainEntity, {
      where: { expertiseProfileId: In([...ids]) },
      order: { code: 'ASC' },
    });
  }

  keywordsOf(ids: readonly string[]): Promise<ExpertiseProfileKeywordEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(ExpertiseProfileKeywordEntity, {
      where: { expertiseProfileId: In([...ids]) },
      order: { keyword: 'ASC' },
    });
  }

  accessKeysOf(ids: readonly string[]): Promise<ExpertiseProfileAccessEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(ExpertiseProfileAccessEntity, {
      where: { expertiseProfileId: In([...ids]) },
      order: { accessKey: 'ASC' },
    });
  }
}
