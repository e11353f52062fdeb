import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { AccessFilter, whereVisible } from '@ksp/persistence';
import {
  ReportAccessEntity,
  ReportEntity,
  ReportFileEntity,
  ReportPolicyDomainEntity,
  ReportTagEntity,
} from './reports.entities';
import { ReportStatus, type ReportSort, type ReportType } from './report.types';

const REPORT_ACCESS = { alias: 'r', table: 'report_access', foreignKey: 'report_id' };

/** What a list of reports is restricted to (already validated and expanded by the service). */
export interface ReportCriteria {
  readonly statuses?: readonly ReportStatus[];
  readonly type?: ReportType | null;
  readonly year?: number | null;
  readonly publisherOrganisationCode?: string | null;
  /** Taakvelden with their descendants. */
  readonly policyDomainCodes?: readonly string[] | null;
  /** The submitter's gemeente is one of these. */
  readonly municipalityCodes?: readonly string[] | null;
  /** One of these tags (a tag with its synonyms). */
  readonly tags?: readonly string[] | null;
  /** "Geldig tot" before this date (YYYY-MM-DD). */
  readonly validUntilBefore?: string | null;
}

export interface ReportChildren {
  readonly policyDomains: ReportPolicyDomainEntity[];
  readonly tags: ReportTagEntity[];
  readonly files: ReportFileEntity[];
}

/** All queries of the report tables. */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** The report if the filter lets its holder see it. */
  findVisible(id: string, filter: AccessFilter, manager?: EntityManager): Promise<ReportEntity | null> {
    const qb = this.m(manager).createQueryBuilder(ReportEntity, 'r').where('r.id = :id', { id });
    return whereVisible(qb, REPORT_ACCESS, filter).getOne();
  }

  /** A report whatever its visibility: for a holder of a signed upload URL, which was checked when it was made. */
  findById(id: string): Promise<ReportEntity | null> {
    return this.dataSource.manager.findOneBy(ReportEntity, { id });
  }

  /** The reports among these ids that the filter lets its holder see (one query). */
  findVisibleByIds(ids: readonly string[], filter: AccessFilter): Promise<ReportEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const qb = this.dataSource.manager
      .createQueryBuilder(ReportEntity, 'r')
      .where('r.id IN (:...ids)', { ids: [...new Set(ids)] });
    return whereVisible(qb, REPORT_ACCESS, filter).getMany();
  }

  visibleIds(ids: readonly string[], filter: AccessFilter): Promise<string[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const qb = this.dataSource.manager
      .createQueryBuilder(ReportEntity, 'r')
      .select('r.id', 'id')
      .where('r.id IN (:...ids)', { ids: [...new Set(ids)] });
    return whereVisible(qb, REPORT_ACCESS, filter)
      .getRawMany<{ id: string }>()
      .then((rows) => rows.map((r) => r.id));
  }

  /** One page of the visible reports that meet the criteria, and how many there are in all. */
  async list(
    filter: AccessFilter,
    criteria: ReportCriteria,
    sort: ReportSort,
    skip: number,
    take: number,
  ): Promise<[ReportEntity[], number]> {
    const qb = this.criteria(this.dataSource.manager.createQueryBuilder(ReportEntity, 'r'), criteria);
    whereVisible(qb, REPORT_ACCESS, filter);
    const total = await qb.getCount();
    if (total === 0 || skip >= total) return [[], total];
    switch (sort) {
      case 'PUBLICATION_DATE':
        qb.orderBy('r.publication_date', 'DESC');
        break;
      case 'TITLE':
        qb.orderBy('LOWER(r.title)', 'ASC');
        break;
      default:
        qb.orderBy('COALESCE(r.published_at, r.submitted_at)', 'DESC');
    }
    const rows = await qb.addOrderBy('r.id', 'ASC').offset(skip).limit(take).getMany();
    return [rows, total];
  }

  /** Visible reports that meet the criteria, in submission order, at most `limit` (for curation). */
  listAll(filter: AccessFilter, criteria: ReportCriteria, limit: number): Promise<ReportEntity[]> {
    const qb = this.criteria(this.dataSource.manager.createQueryBuilder(ReportEntity, 'r'), criteria);
    return whereVisible(qb, REPORT_ACCESS, filter)
      .orderBy('r.submitted_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  private criteria(
    qb: SelectQueryBuilder<ReportEntity>,
    c: ReportCriteria,
  ): SelectQueryBuilder<ReportEntity> {
    qb.where('1 = 1');
    if (c.statuses) qb.andWhere('r.status IN (:...statuses)', { statuses: [...c.statuses] });
    if (c.type) qb.andWhere('r.type = :type', { type: c.type });
    if (c.year !== null && c.year !== undefined) qb.andWhere('r.publication_year = :year', { year: c.year });
    if (c.publisherOrganisationCode) {
      qb.andWhere('r.publisher_organisation_code = :publisher', { publisher: c.publisherOrganisationCode });
    }
    if (c.municipalityCodes) {
      if (c.municipalityCodes.length === 0) qb.andWhere('1 = 0');
      else
        qb.andWhere('r.submitter_municipality_code IN (:...gemeenten)', {
          gemeenten: [...c.municipalityCodes],
        });
    }
    if (c.policyDomainCodes) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM report_policy_domain rpd WHERE rpd.report_id = r.id AND rpd.policy_domain_code IN (:...domains))',
        { domains: [...c.policyDomainCodes] },
      );
    }
    if (c.tags) {
      qb.andWhere('EXISTS (SELECT 1 FROM report_tag rt WHERE rt.report_id = r.id AND rt.tag IN (:...tags))', {
        tags: [...c.tags],
      });
    }
    if (c.validUntilBefore) {
      qb.andWhere('r.valid_until IS NOT NULL AND r.valid_until < :before', { before: c.validUntilBefore });
    }
    return qb;
  }

  /** The taakvelden, tags and files of these reports: three queries, however many reports. */
  async childrenOf(ids: readonly string[]): Promise<ReportChildren> {
    if (ids.length === 0) return { policyDomains: [], tags: [], files: [] };
    const reportId = In([...new Set(ids)]);
    const m = this.dataSource.manager;
    const [policyDomains, tags, files] = await Promise.all([
      m.find(ReportPolicyDomainEntity, { where: { reportId }, order: { position: 'ASC' } }),
      m.find(ReportTagEntity, { where: { reportId }, order: { position: 'ASC' } }),
      m.find(ReportFileEntity, { where: { reportId } }),
    ]);
    return { policyDomains, tags, files };
  }

  /**
   * Per gemeente of the submitter (of these), over the reports the filter lets through: how many
   * wait for review now, and how many were published since `since` (and are still). One statement;
   * gemeenten without reports are absent.
   */
  async activityPerMunicipality(
    filter: AccessFilter,
    municipalityCodes: readonly string[],
    since: Date,
  ): Promise<{ code: string; inReview: number; published: number }[]> {
    if (municipalityCodes.length === 0) return [];
    const qb = this.dataSource.manager
      .createQueryBuilder(ReportEntity, 'r')
      .select('r.submitter_municipality_code', 'code')
      .addSelect('SUM(CASE WHEN r.status = :submitted THEN 1 ELSE 0 END)', 'inReview')
      .addSelect(
        'SUM(CASE WHEN r.status = :published AND r.published_at >= :since THEN 1 ELSE 0 END)',
        'published',
      )
      .where('r.submitter_municipality_code IN (:...codes)', { codes: [...municipalityCodes] })
      .setParameters({ since, submitted: ReportStatus.SUBMITTED, published: ReportStatus.PUBLISHED });
    whereVisible(qb, REPORT_ACCESS, filter);
    const rows = await qb
      .groupBy('r.submitter_municipality_code')
      .getRawMany<{ code: string; inReview: unknown; published: unknown }>();
    return rows.map((r) => ({ code: r.code, inReview: Number(r.inReview), published: Number(r.published) }));
  }

  // ---- search documents (system reads, libs/discovery keeps the index in step) -----------------

  async idsAfter(afterId: string | null, limit: number): Promise<string[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(ReportEntity, 'r')
      .select('r.id', 'id')
      .orderBy('r.id', 'ASC')
      .limit(limit);
    if (afterId !== null) qb.where('r.id > :afterId', { afterId });
    return (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
  }

  findByIds(ids: readonly string[]): Promise<ReportEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(ReportEntity, { id: In([...new Set(ids)]) });
  }

  accessKeysOf(ids: readonly string[]): Promise<ReportAccessEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(ReportAccessEntity, { where: { reportId: In([...ids]) } });
  }

  /** The extracted texts of these reports' files, by report id. */
  async textsOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(ReportFileEntity, 'f')
      .select('f.report_id', 'reportId')
      .addSelect('f.text', 'text')
      .where('f.report_id IN (:...ids)', { ids: [...new Set(ids)] })
      .getRawMany<{ reportId: string; text: string }>();
    return new Map(rows.map((r) => [r.reportId, r.text]));
  }

  /** Every report's id and last change (the report's or its file's, whichever is later). */
  async versions(): Promise<{ id: string; updatedAt: Date }[]> {
    const [reports, files] = await Promise.all([
      this.dataSource.manager.find(ReportEntity, { select: { id: true, updatedAt: true } }),
      this.dataSource.manager.find(ReportFileEntity, { select: { reportId: true, uploadedAt: true } }),
    ]);
    const fileAt = new Map(files.map((f) => [f.reportId, f.uploadedAt]));
    return reports.map((r) => {
      const f = fileAt.get(r.id);
      return { id: r.id, updatedAt: f && f > r.updatedAt ? f : r.updatedAt };
    });
  }

  insertReport(report: ReportEntity, m: EntityManager): Promise<unknown> {
    return m.insert(ReportEntity, report);
  }

  /**
   * Changes a report only if it still has the expected version (optimistic concurrency); the
   * version goes up by one. False when someone else changed it first.
   */
  async updateReport(
    id: string,
    expectedVersion: number,
    changes: Partial<ReportEntity>,
    m: EntityManager,
  ): Promise<boolean> {
    const result = await m
      .createQueryBuilder()
      .update(ReportEntity)
      .set(changes)
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async replacePolicyDomains(reportId: string, codes: readonly string[], m: EntityManager): Promise<void> {
    await m.delete(ReportPolicyDomainEntity, { reportId });
    if (codes.length) {
      await m.insert(
        ReportPolicyDomainEntity,
        codes.map((policyDomainCode, position) => ({ reportId, policyDomainCode, position })),
      );
    }
  }

  async replaceTags(reportId: string, tags: readonly string[], m: EntityManager): Promise<void> {
    await m.delete(ReportTagEntity, { reportId });
    if (tags.length) {
      await m.insert(
        ReportTagEntity,
        tags.map((tag, position) => ({ reportId, tag, position })),
      );
    }
  }

  async replaceAccess(reportId: string, keys: readonly string[], m: EntityManager): Promise<void> {
    await m.delete(ReportAccessEntity, { reportId });
    if (keys.length) {
      await m.insert(
        ReportAccessEntity,
        [...new Set(keys)].map((accessKey) => ({ reportId, accessKey })),
      );
    }
  }

  // files
  findFile(id: string): Promise<ReportFileEntity | null> {
    return this.dataSource.manager.findOneBy(ReportFileEntity, { id });
  }

  fileOf(reportId: string, m?: EntityManager): Promise<ReportFileEntity | null> {
    return this.m(m).findOneBy(ReportFileEntity, { reportId });
  }

  /** The extracted text of a report's file ('' when there is none), e.g. for the search index. */
  async textOf(reportId: string): Promise<string> {
    const row = await this.dataSource.manager
      .createQueryBuilder(ReportFileEntity, 'f')
      .select('f.text', 'text')
      .where('f.report_id = :reportId', { reportId })
      .getRawOne<{ text: string }>();
    return row?.text ?? '';
  }

  /** Puts a report's file in place of the one it had; gives back the replaced one (its bytes are the caller's to delete). */
  async replaceFile(file: ReportFileEntity, m: EntityManager): Promise<ReportFileEntity | null> {
    const previous = await this.fileOf(file.reportId, m);
    if (previous) await m.delete(ReportFileEntity, { id: previous.id });
    await m.insert(ReportFileEntity, file);
    return previous;
  }
}
