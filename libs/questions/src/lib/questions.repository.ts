import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { AccessFilter, whereVisible } from '@ksp/persistence';
import {
  AnswerCitationEntity,
  AnswerEntity,
  QuestionAccessEntity,
  QuestionAddresseeEntity,
  QuestionAudienceMunicipalityEntity,
  QuestionAudienceRegionEntity,
  QuestionEntity,
  QuestionFollowerEntity,
  QuestionMeTooEntity,
  QuestionPolicyDomainEntity,
  QuestionTagEntity,
} from './questions.entities';
import { QuestionSort, QuestionStatus } from './question.types';

const QUESTION_ACCESS = { alias: 'q', table: 'question_access', foreignKey: 'question_id' };

/** What a list of questions is narrowed to (already checked and expanded by the service). */
export interface QuestionCriteria {
  readonly policyDomainCodes?: readonly string[];
  readonly authorMunicipalityCodes?: readonly string[];
  readonly status?: string;
  readonly createdFrom?: Date;
  readonly createdBefore?: Date;
  readonly tags?: readonly string[];
  readonly authorUserId?: string;
  readonly followerUserId?: string;
  readonly addressedMunicipalityCode?: string;
}

/** Everything written with a new question, in one transaction. */
export interface NewQuestionRows {
  readonly question: QuestionEntity;
  readonly policyDomainCodes: readonly string[];
  readonly tags: readonly string[];
  readonly regionIds: readonly string[];
  readonly municipalityCodes: readonly string[];
  readonly accessKeys: readonly string[];
  readonly addresseeCodes: readonly string[];
}

/** Questions of one gemeente (by the asker's), as the region overview counts them. */
export interface QuestionActivityRow {
  readonly code: string;
  readonly asked: number;
  readonly open: number;
  readonly overdue: number;
}

export interface AnswerStatisticsRow {
  readonly userId: string;
  readonly questionId: string;
  readonly answers: number;
  readonly accepted: number;
  readonly firstAnswerAt: unknown;
  readonly askedAt: unknown;
}

/** All queries of the question and answer tables. */
@Injectable()
export class QuestionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Raw SQL with `:name` / `:...names` parameters, on either driver. */
  private async exec(m: EntityManager, sql: string, params: Record<string, unknown>): Promise<unknown> {
    const [query, values] = m.connection.driver.escapeQueryWithParameters(sql, params);
    return m.query(query, values);
  }

  // ---- questions -----------------------------------------------------------------------------

  /**
   * A question the filter lets through. With `lock` (inside a transaction) its row is locked on
   * PostgreSQL, so that changes to one question (counters, addressees, acceptance) are serialised;
   * SQLite has one writer at a time anyway.
   */
  findVisible(
    id: string,
    filter: AccessFilter,
    m?: EntityManager,
    lock = false,
  ): Promise<QuestionEntity | null> {
    const em = this.m(m);
    const qb = em.createQueryBuilder(QuestionEntity, 'q').where('q.id = :id', { id });
    whereVisible(qb, QUESTION_ACCESS, filter);
    if (lock && em.connection.options.type === 'postgres') qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  findVisibleMany(ids: readonly string[], filter: AccessFilter): Promise<QuestionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const qb = this.dataSource.manager
      .createQueryBuilder(QuestionEntity, 'q')
      .where('q.id IN (:...ids)', { ids: [...new Set(ids)] });
    return whereVisible(qb, QUESTION_ACCESS, filter).getMany();
  }

  findMany(ids: readonly string[]): Promise<QuestionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(QuestionEntity, { id: In([...new Set(ids)]) });
  }

  async insertQuestion(rows: NewQuestionRows, m: EntityManager): Promise<void> {
    const id = rows.question.id;
    await m.insert(QuestionEntity, rows.question);
    await m.insert(
      QuestionPolicyDomainEntity,
      rows.policyDomainCodes.map((code) => ({ questionId: id, code })),
    );
    if (rows.tags.length)
      await m.insert(
        QuestionTagEntity,
        rows.tags.map((tag) => ({ questionId: id, tag })),
      );
    if (rows.regionIds.length) {
      await m.insert(
        QuestionAudienceRegionEntity,
        rows.regionIds.map((regionId) => ({ questionId: id, regionId })),
      );
    }
    if (rows.municipalityCodes.length) {
      await m.insert(
        QuestionAudienceMunicipalityEntity,
        rows.municipalityCodes.map((municipalityCode) => ({ questionId: id, municipalityCode })),
      );
    }
    await m.insert(
      QuestionAccessEntity,
      rows.accessKeys.map((accessKey) => ({ questionId: id, accessKey })),
    );
    if (rows.addresseeCodes.length) {
      await m.insert(
        QuestionAddresseeEntity,
        rows.addresseeCodes.map((municipalityCode) => ({
          questionId: id,
          municipalityCode,
          status: 'PENDING',
          reason: null,
          respondedBy: null,
          updatedAt: rows.question.createdAt,
        })),
      );
    }
  }

  /** Saves an edit or a status change (bumps the version). */
  saveQuestion(q: QuestionEntity, m: EntityManager): Promise<QuestionEntity> {
    return m.save(QuestionEntity, q);
  }

  async replacePolicyDomains(questionId: string, codes: readonly string[], m: EntityManager): Promise<void> {
    await m.delete(QuestionPolicyDomainEntity, { questionId });
    await m.insert(
      QuestionPolicyDomainEntity,
      codes.map((code) => ({ questionId, code })),
    );
  }

  async replaceTags(questionId: string, tags: readonly string[], m: EntityManager): Promise<void> {
    await m.delete(QuestionTagEntity, { questionId });
    if (tags.length)
      await m.insert(
        QuestionTagEntity,
        tags.map((tag) => ({ questionId, tag })),
      );
  }

  /** Recounts answers, followers and me-toos of a question (its row is locked), without a new version. */
  async refreshCounters(questionId: string, m: EntityManager): Promise<void> {
    await this.exec(
      m,
      `UPDATE question SET
         answer_count = (SELECT COUNT(*) FROM answer a WHERE a.question_id = :id),
         follower_count = (SELECT COUNT(*) FROM question_follower f WHERE f.question_id = :id),
         me_too_count = (SELECT COUNT(*) FROM question_me_too t WHERE t.question_id = :id)
       WHERE id = :id`,
      { id: questionId },
    );
  }

  list(
    filter: AccessFilter,
    c: QuestionCriteria,
    sort: QuestionSort,
    offset: number,
    limit: number,
  ): Promise<[QuestionEntity[], number]> {
    const qb = this.dataSource.manager.createQueryBuilder(QuestionEntity, 'q');
    whereVisible(qb, QUESTION_ACCESS, filter);
    this.narrow(qb, c);
    switch (sort) {
      case QuestionSort.OLDEST:
        qb.orderBy('q.createdAt', 'ASC');
        break;
      case QuestionSort.MOST_ME_TOO:
        qb.orderBy('q.meTooCount', 'DESC').addOrderBy('q.createdAt', 'DESC');
        break;
      case QuestionSort.DEADLINE:
        qb.orderBy('q.deadline', 'ASC', 'NULLS LAST').addOrderBy('q.createdAt', 'DESC');
        break;
      default:
        qb.orderBy('q.createdAt', 'DESC');
    }
    return qb.addOrderBy('q.id', 'ASC').offset(offset).limit(limit).getManyAndCount();
  }

  private narrow(qb: SelectQueryBuilder<QuestionEntity>, c: QuestionCriteria): void {
    if (c.policyDomainCodes) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM question_policy_domain qpd WHERE qpd.question_id = q.id AND qpd.code IN (:...pdCodes))',
        { pdCodes: [...c.policyDomainCodes] },
      );
    }
    if (c.authorMunicipalityCodes) {
      qb.andWhere('q.authorMunicipalityCode IN (:...authorMunicipalities)', {
        authorMunicipalities: [...c.authorMunicipalityCodes],
      });
    }
    if (c.status) qb.andWhere('q.status = :status', { status: c.status });
    if (c.createdFrom) qb.andWhere('q.createdAt >= :createdFrom', { createdFrom: c.createdFrom });
    if (c.createdBefore) qb.andWhere('q.createdAt < :createdBefore', { createdBefore: c.createdBefore });
    if (c.tags) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM question_tag qt WHERE qt.question_id = q.id AND qt.tag IN (:...tags))',
        { tags: [...c.tags] },
      );
    }
    if (c.authorUserId) qb.andWhere('q.authorUserId = :authorUserId', { authorUserId: c.authorUserId });
    if (c.followerUserId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM question_follower qf WHERE qf.question_id = q.id AND qf.user_id = :followerUserId)',
        { followerUserId: c.followerUserId },
      );
    }
    if (c.addressedMunicipalityCode) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM question_addressee qa WHERE qa.question_id = q.id AND qa.municipality_code = :addressed)',
        { addressed: c.addressedMunicipalityCode },
      );
    }
  }

  // ---- activity per gemeente (a coordinator's region overview) --------------------------------

  /**
   * Per gemeente of the asker (of these), over the questions the filter lets through: how many
   * were asked since `since`, how many are open, and how many of those are past their deadline at
   * `now` without any answer. One statement; gemeenten without questions are absent.
   */
  async activityPerMunicipality(
    filter: AccessFilter,
    municipalityCodes: readonly string[],
    since: Date,
    now: Date,
  ): Promise<QuestionActivityRow[]> {
    if (municipalityCodes.length === 0) return [];
    const qb = this.dataSource.manager
      .createQueryBuilder(QuestionEntity, 'q')
      .select('q.author_municipality_code', 'code')
      .addSelect('SUM(CASE WHEN q.created_at >= :since THEN 1 ELSE 0 END)', 'asked')
      .addSelect('SUM(CASE WHEN q.status = :open THEN 1 ELSE 0 END)', 'open')
      .addSelect(
        'SUM(CASE WHEN q.status = :open AND q.deadline < :now AND q.answer_count = 0 THEN 1 ELSE 0 END)',
        'overdue',
      )
      .where('q.author_municipality_code IN (:...codes)', { codes: [...municipalityCodes] })
      .setParameters({ since, now, open: QuestionStatus.OPEN });
    whereVisible(qb, QUESTION_ACCESS, filter);
    const rows = await qb
      .groupBy('q.author_municipality_code')
      .getRawMany<{ code: string; asked: unknown; open: unknown; overdue: unknown }>();
    return rows.map((r) => ({
      code: r.code,
      asked: Number(r.asked),
      open: Number(r.open),
      overdue: Number(r.overdue),
    }));
  }

  /**
   * Per gemeente of the answerer (of these): the answers written since `since` to questions the
   * filter lets through (an answer is visible with its question). One statement.
   */
  async answersPerMunicipality(
    filter: AccessFilter,
    municipalityCodes: readonly string[],
    since: Date,
  ): Promise<{ code: string; answers: number }[]> {
    if (municipalityCodes.length === 0) return [];
    const qb = this.dataSource.manager
      .createQueryBuilder(AnswerEntity, 'a')
      .innerJoin(QuestionEntity, 'q', 'q.id = a.question_id')
      .select('a.author_municipality_code', 'code')
      .addSelect('COUNT(*)', 'answers')
      .where('a.author_municipality_code IN (:...codes)', { codes: [...municipalityCodes] })
      .andWhere('a.created_at >= :since', { since });
    whereVisible(qb, QUESTION_ACCESS, filter);
    const rows = await qb
      .groupBy('a.author_municipality_code')
      .getRawMany<{ code: string; answers: unknown }>();
    return rows.map((r) => ({ code: r.code, answers: Number(r.answers) }));
  }

  // ---- search documents (system reads, libs/discovery keeps the index in step) -----------------

  /** A page of question ids in id order, for rebuilding the search index. */
  async idsAfter(afterId: string | null, limit: number): Promise<string[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(QuestionEntity, 'q')
      .select('q.id', 'id')
      .orderBy('q.id', 'ASC')
      .limit(limit);
    if (afterId !== null) qb.where('q.id > :afterId', { afterId });
    return (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
  }

  accessKeysOf(ids: readonly string[]): Promise<QuestionAccessEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(QuestionAccessEntity, { where: { questionId: In([...ids]) } });
  }

  /** Every question's id and last change (its own, or its accepted answer's if later). */
  async versions(): Promise<{ id: string; updatedAt: Date }[]> {
    const [questions, accepted] = await Promise.all([
      this.dataSource.manager.find(QuestionEntity, { select: { id: true, updatedAt: true } }),
      this.dataSource.manager.find(AnswerEntity, {
        select: { questionId: true, updatedAt: true },
        where: { accepted: true },
      }),
    ]);
    const answerAt = new Map(accepted.map((a) => [a.questionId, a.updatedAt]));
    return questions.map((q) => {
      const a = answerAt.get(q.id);
      return { id: q.id, updatedAt: a && a > q.updatedAt ? a : q.updatedAt };
    });
  }

  // ---- children of questions, for a batch of ids (one statement each) ------------------------

  policyDomainsOf(ids: readonly string[]): Promise<QuestionPolicyDomainEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(QuestionPolicyDomainEntity, {
      where: { questionId: In([...ids]) },
      order: { code: 'ASC' },
    });
  }

  tagsOf(ids: readonly string[]): Promise<QuestionTagEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(QuestionTagEntity, {
      where: { questionId: In([...ids]) },
      order: { tag: 'ASC' },
    });
  }

  audienceRegionsOf(ids: readonly string[]): Promise<QuestionAudienceRegionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(QuestionAudienceRegionEntity, {
      where: { questionId: In([...ids]) },
      order: { regionId: 'ASC' },
    });
  }

  audienceMunicipalitiesOf(ids: readonly string[]): Promise<QuestionAudienceMunicipalityEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(QuestionAudienceMunicipalityEntity, {
      where: { questionId: In([...ids]) },
      order: { municipalityCode: 'ASC' },
    });
  }

  addresseesOf(ids: readonly string[], m?: EntityManager): Promise<QuestionAddresseeEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.m(m).find(QuestionAddresseeEntity, {
      where: { questionId: In([...ids]) },
      order: { municipalityCode: 'ASC' },
    });
  }

  findAddressee(
    questionId: string,
    municipalityCode: string,
    m: EntityManager,
  ): Promise<QuestionAddresseeEntity | null> {
    return m.findOneBy(QuestionAddresseeEntity, { questionId, municipalityCode });
  }

  saveAddressee(row: QuestionAddresseeEntity, m: EntityManager): Promise<unknown> {
    return m.update(
      QuestionAddresseeEntity,
      { questionId: row.questionId, municipalityCode: row.municipalityCode },
      { status: row.status, reason: row.reason, respondedBy: row.respondedBy, updatedAt: row.updatedAt },
    );
  }

  /** Of these questions, the ones this user follows. */
  async followedBy(userId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.dataSource.manager.find(QuestionFollowerEntity, {
      select: { questionId: true },
      where: { userId, questionId: In([...ids]) },
    });
    return new Set(rows.map((r) => r.questionId));
  }

  async meTooBy(userId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.dataSource.manager.find(QuestionMeTooEntity, {
      select: { questionId: true },
      where: { userId, questionId: In([...ids]) },
    });
    return new Set(rows.map((r) => r.questionId));
  }

  // ---- followers and me-toos -----------------------------------------------------------------

  /** Adds a follower; false when they already followed. */
  async follow(questionId: string, userId: string, at: Date, m: EntityManager): Promise<boolean> {
    if (await m.existsBy(QuestionFollowerEntity, { questionId, userId })) return false;
    await m.insert(QuestionFollowerEntity, { questionId, userId, createdAt: at });
    return true;
  }

  async unfollow(questionId: string, userId: string, m: EntityManager): Promise<boolean> {
    const result = await m.delete(QuestionFollowerEntity, { questionId, userId });
    return (result.affected ?? 0) > 0;
  }

  async addMeToo(questionId: string, userId: string, at: Date, m: EntityManager): Promise<boolean> {
    if (await m.existsBy(QuestionMeTooEntity, { questionId, userId })) return false;
    await m.insert(QuestionMeTooEntity, { questionId, userId, createdAt: at });
    return true;
  }

  async removeMeToo(questionId: string, userId: string, m: EntityManager): Promise<boolean> {
    const result = await m.delete(QuestionMeTooEntity, { questionId, userId });
    return (result.affected ?? 0) > 0;
  }

  /**
   * Moves the followers and me-toos of `fromId` to `toId` (nobody twice; the asker of `toId`
   * gets no me-too on their own question). Both rows are locked by the caller.
   */
  async moveFollowers(fromId: string, toId: string, toAuthorUserId: string, m: EntityManager): Promise<void> {
    const params = { fromId, toId, toAuthor: toAuthorUserId };
    await this.exec(
      m,
      `INSERT INTO question_follower (question_id, user_id, created_at)
       SELECT CAST(:toId AS VARCHAR(36)), f.user_id, f.created_at FROM question_follower f
       WHERE f.question_id = :fromId
         AND NOT EXISTS (SELECT 1 FROM question_follower t WHERE t.question_id = :toId AND t.user_id = f.user_id)`,
      params,
    );
    await m.delete(QuestionFollowerEntity, { questionId: fromId });
    await this.exec(
      m,
      `INSERT INTO question_me_too (question_id, user_id, created_at)
       SELECT CAST(:toId AS VARCHAR(36)), f.user_id, f.created_at FROM question_me_too f
       WHERE f.question_id = :fromId AND f.user_id <> :toAuthor
         AND NOT EXISTS (SELECT 1 FROM question_me_too t WHERE t.question_id = :toId AND t.user_id = f.user_id)`,
      params,
    );
    await m.delete(QuestionMeTooEntity, { questionId: fromId });
  }

  // ---- answers -------------------------------------------------------------------------------

  async insertAnswer(a: AnswerEntity, citedReportIds: readonly string[], m: EntityManager): Promise<void> {
    await m.insert(AnswerEntity, a);
    await this.insertCitations(a.id, citedReportIds, m);
  }

  private async insertCitations(answerId: string, reportIds: readonly string[], m: EntityManager) {
    if (reportIds.length) {
      await m.insert(
        AnswerCitationEntity,
        reportIds.map((reportId, position) => ({ answerId, reportId, position })),
      );
    }
  }

  async replaceCitations(answerId: string, reportIds: readonly string[], m: EntityManager): Promise<void> {
    await m.delete(AnswerCitationEntity, { answerId });
    await this.insertCitations(answerId, reportIds, m);
  }

  saveAnswer(a: AnswerEntity, m: EntityManager): Promise<AnswerEntity> {
    return m.save(AnswerEntity, a);
  }

  findAnswer(id: string, m?: EntityManager): Promise<AnswerEntity | null> {
    return this.m(m).findOneBy(AnswerEntity, { id });
  }

  /** Marks one answer of a question as the accepted one (the others not), without new versions. */
  async setAccepted(questionId: string, answerId: string, m: EntityManager): Promise<void> {
    await this.exec(m, 'UPDATE answer SET accepted = (id = :answerId) WHERE question_id = :questionId', {
      questionId,
      answerId,
    });
  }

  answersOf(questionIds: readonly string[]): Promise<AnswerEntity[]> {
    if (questionIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(AnswerEntity, {
      where: { questionId: In([...questionIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  citationsOf(answerIds: readonly string[], m?: EntityManager): Promise<AnswerCitationEntity[]> {
    if (answerIds.length === 0) return Promise.resolve([]);
    return this.m(m).find(AnswerCitationEntity, {
      where: { answerId: In([...answerIds]) },
      order: { answerId: 'ASC', position: 'ASC' },
    });
  }

  private visibleAnswers(filter: AccessFilter): SelectQueryBuilder<AnswerEntity> {
    const qb = this.dataSource.manager
      .createQueryBuilder(AnswerEntity, 'a')
      .innerJoin(QuestionEntity, 'q', 'q.id = a.questionId');
    return whereVisible(qb, QUESTION_ACCESS, filter);
  }

  /** Answers whose question the filter lets through. */
  findVisibleAnswers(ids: readonly string[], filter: AccessFilter): Promise<AnswerEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.visibleAnswers(filter)
      .andWhere('a.id IN (:...answerIds)', { answerIds: [...new Set(ids)] })
      .getMany();
  }

  /** Answers past their "geldig tot" on visible questions of these asking gemeenten (null: all). */
  expiredAnswers(
    filter: AccessFilter,
    authorMunicipalityCodes: readonly string[] | null,
    now: Date,
    limit: number,
  ): Promise<AnswerEntity[]> {
    const qb = this.visibleAnswers(filter).andWhere('a.validUntil <= :now', { now });
    if (authorMunicipalityCodes) {
      qb.andWhere('q.authorMunicipalityCode IN (:...curated)', { curated: [...authorMunicipalityCodes] });
    }
    return qb.orderBy('a.validUntil', 'ASC').addOrderBy('a.id', 'ASC').limit(limit).getMany();
  }

  /**
   * Per (user, question they answered): their answers, accepted ones, first answer and when asked.
   * With `policyDomainCodes` (exact codes), only answers on questions with any of these taakvelden:
   * a user's track record in a domain (matching).
   */
  async answerStatistics(
    userIds: readonly string[],
    policyDomainCodes?: readonly string[],
  ): Promise<AnswerStatisticsRow[]> {
    if (userIds.length === 0 || policyDomainCodes?.length === 0) return [];
    const qb = this.dataSource.manager
      .createQueryBuilder(AnswerEntity, 'a')
      .innerJoin(QuestionEntity, 'q', 'q.id = a.questionId')
      .select('a.authorUserId', 'user_id')
      .addSelect('a.questionId', 'question_id')
      .addSelect('COUNT(*)', 'answers')
      .addSelect('SUM(CASE WHEN a.accepted THEN 1 ELSE 0 END)', 'accepted')
      .addSelect('MIN(a.createdAt)', 'first_answer_at')
      .addSelect('q.createdAt', 'asked_at')
      .where('a.authorUserId IN (:...userIds)', { userIds: [...new Set(userIds)] });
    if (policyDomainCodes) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM question_policy_domain sqpd WHERE sqpd.question_id = q.id AND sqpd.code IN (:...statCodes))',
        { statCodes: [...new Set(policyDomainCodes)] },
      );
    }
    const rows = await qb
      .groupBy('a.authorUserId')
      .addGroupBy('a.questionId')
      .addGroupBy('q.createdAt')
      .getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      userId: String(r['user_id']),
      questionId: String(r['question_id']),
      answers: Number(r['answers']),
      accepted: Number(r['accepted']),
      firstAnswerAt: r['first_answer_at'],
      askedAt: r['asked_at'],
    }));
  }
}
