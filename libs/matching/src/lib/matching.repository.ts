import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, LessThanOrEqual } from 'typeorm';
import { EscalationEntity, RoutingEntity } from './matching.entities';

/** All queries of the matching tables. */
@Injectable()
export class MatchingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /**
   * A transaction for routing writes. On PostgreSQL routing is serialised across instances (a
   * transaction-scoped advisory lock), so two questions routed at once cannot both give an expert
   * their last free place; SQLite has one writer at a time anyway.
   */
  routingTransaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      if (m.connection.options.type === 'postgres') {
        await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['matching_routing']);
      }
      return work(m);
    });
  }

  // ---- routing -------------------------------------------------------------------------------

  findRouting(id: string, m?: EntityManager): Promise<RoutingEntity | null> {
    return this.m(m).findOneBy(RoutingEntity, { id });
  }

  /** Every routing of these questions (any status). */
  routingsOfQuestions(questionIds: readonly string[], m?: EntityManager): Promise<RoutingEntity[]> {
    if (questionIds.length === 0) return Promise.resolve([]);
    return this.m(m).find(RoutingEntity, {
      where: { questionId: In([...new Set(questionIds)]) },
      order: { routedAt: 'ASC', id: 'ASC' },
    });
  }

  async insertRoutings(rows: readonly RoutingEntity[], m: EntityManager): Promise<void> {
    if (rows.length) await m.insert(RoutingEntity, [...rows]);
  }

  async updateRouting(
    id: string,
    fields: Partial<
      Pick<RoutingEntity, 'status' | 'respondedAt' | 'declineReason' | 'declineNote' | 'updatedAt'>
    >,
    m: EntityManager,
  ): Promise<void> {
    await m.update(RoutingEntity, { id }, fields);
  }

  /** Moves a question's routings in one of `from` statuses to `to` (optionally only one user's). */
  async setStatusOfQuestion(
    questionId: string,
    from: readonly string[],
    to: string,
    at: Date,
    m: EntityManager,
    options: { userId?: string; routedBefore?: Date } = {},
  ): Promise<number> {
    const result = await m.update(
      RoutingEntity,
      {
        questionId,
        status: In([...from]),
        ...(options.userId ? { userId: options.userId } : {}),
        ...(options.routedBefore ? { routedAt: LessThanOrEqual(options.routedBefore) } : {}),
      },
      { status: to, respondedAt: at, updatedAt: at },
    );
    return result.affected ?? 0;
  }

  /** Open routed questions (status ROUTED) per profile: the load that the maximum caps. */
  async openCounts(profileIds: readonly string[], m?: EntityManager): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (profileIds.length === 0) return out;
    const rows = await this.m(m)
      .createQueryBuilder(RoutingEntity, 'r')
      .select('r.expertiseProfileId', 'profile_id')
      .addSelect('COUNT(*)', 'open')
      .where('r.expertiseProfileId IN (:...ids)', { ids: [...new Set(profileIds)] })
      .andWhere('r.status = :status', { status: 'ROUTED' })
      .groupBy('r.expertiseProfileId')
      .getRawMany<{ profile_id: string; open: string | number }>();
    for (const r of rows) out.set(r.profile_id, Number(r.open));
    return out;
  }

  /** The declines of these profiles, newest first. */
  declinesOf(profileIds: readonly string[]): Promise<RoutingEntity[]> {
    if (profileIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(RoutingEntity, {
      select: {
        id: true,
        expertiseProfileId: true,
        policyDomainCodes: true,
        declineReason: true,
        respondedAt: true,
      },
      where: { expertiseProfileId: In([...new Set(profileIds)]), status: 'DECLINED' },
      order: { respondedAt: 'DESC' },
    });
  }

  /** A page of a user's routings with these statuses, newest first, and their total. */
  listForUser(
    userId: string,
    statuses: readonly string[],
    offset: number,
    limit: number,
  ): Promise<[RoutingEntity[], number]> {
    return this.dataSource.manager.findAndCount(RoutingEntity, {
      where: { userId, status: In([...statuses]) },
      order: { routedAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  /** Questions with routings still ROUTED since `before` or earlier (nobody answered in time). */
  async overdueQuestionIds(before: Date, limit: number): Promise<string[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(RoutingEntity, 'r')
      .select('r.questionId', 'question_id')
      .addSelect('MIN(r.routedAt)', 'first_routed')
      .where('r.status = :status', { status: 'ROUTED' })
      .andWhere('r.routedAt <= :before', { before })
      .groupBy('r.questionId')
      .orderBy('first_routed', 'ASC')
      .limit(limit)
      .getRawMany<{ question_id: string }>();
    return rows.map((r) => r.question_id);
  }

  // ---- escalations ---------------------------------------------------------------------------

  async insertEscalation(row: EscalationEntity, m: EntityManager): Promise<boolean> {
    if (await m.existsBy(EscalationEntity, { questionId: row.questionId, round: row.round })) return false;
    await m.insert(EscalationEntity, row);
    return true;
  }

  async setEscalationRoutedTo(id: string, routedTo: number): Promise<void> {
    await this.dataSource.manager.update(EscalationEntity, { id }, { routedTo });
  }

  /** Escalations of questions asked in these gemeenten (null: all), newest first, with the total. */
  listEscalations(
    municipalityCodes: readonly string[] | null,
    offset: number,
    limit: number,
  ): Promise<[EscalationEntity[], number]> {
    return this.dataSource.manager.findAndCount(EscalationEntity, {
      where: municipalityCodes ? { municipalityCode: In([...municipalityCodes]) } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }
}
