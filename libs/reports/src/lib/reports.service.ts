import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DirectoryService } from '@ksp/directory';
import {
  AccessKey,
  AccountService,
  Actor,
  AuditEventType,
  AuditService,
  OrganisationService,
  PolicyService,
  VisibilityScope,
  isAdmin,
  isCoordinator,
  type Audience,
} from '@ksp/identity';
import { recordEvents } from '@ksp/persistence';
import type { ReportLookup } from '@ksp/questions';
import {
  BadUserInputError,
  Clock,
  Connection,
  ConflictError,
  DomainEvent,
  ForbiddenError,
  ForwardPaginationArgs,
  NotFoundError,
  TagVocabulary,
  connectionFromSlice,
  normaliseTag,
  offsetWindow,
} from '@ksp/shared';
import { EntityManager } from 'typeorm';
import { FileStorage } from './files/file-storage';
import { FileTokenSigner } from './files/file-token';
import { acceptedExtension, inspectDocument } from './files/document-text';
import {
  DEFAULT_DOWNLOAD_URL_TTL_SECONDS,
  DEFAULT_UPLOAD_URL_TTL_SECONDS,
  REPORTS_OPTIONS,
  type ReportsOptions,
} from './reports.options';
import { ReportEntity, ReportFileEntity } from './reports.entities';
import { ReportChildren, ReportCriteria, ReportsRepository } from './reports.repository';
import {
  Report,
  ReportActivity,
  ReportFields,
  ReportFile,
  ReportFilter,
  ReportSort,
  ReportStatus,
  ReportType,
} from './report.types';

/** What a client gives to submit a report (checked here against the directory and the organisations). */
export interface SubmitReportCommand {
  readonly title: string;
  readonly summary: string;
  readonly publisherOrganisationCode: string;
  readonly authors?: readonly string[] | null;
  readonly publicationDate: string;
  readonly type: ReportType;
  readonly policyDomainCodes: readonly string[];
  readonly tags?: readonly string[] | null;
  readonly link?: string | null;
  readonly audience?: AudienceChoice | null;
  readonly validUntil?: string | null;
}

/** Fields left out (undefined or null) stay as they are; `link` and `validUntil` are cleared with null. */
export type UpdateReportCommand = {
  readonly [K in keyof SubmitReportCommand]?: SubmitReportCommand[K] | null;
} & {
  readonly id: string;
  readonly expectedVersion: number;
};

export interface AudienceChoice {
  readonly scope: VisibilityScope;
  readonly regionIds?: readonly string[] | null;
  readonly municipalityCodes?: readonly string[] | null;
}

export interface UploadGrant {
  readonly uploadUrl: string;
  readonly expiresAt: Date;
}

const EXCERPT_LENGTH = 500;
const CURATION_LIMIT = 500;
const LISTED_BY_DEFAULT: readonly ReportStatus[] = [ReportStatus.PUBLISHED, ReportStatus.ARCHIVED];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reports: submission, review by the coordinators of the submitter's gemeente, files and their
 * text, and every read through the policy layer. While a report is not published only its
 * submitter, the submitter's organisation, the coordinators of the regions that contain the
 * submitter's gemeente and admins can see it; once published, its audience (and still those
 * coordinators). Implements the questions library's ReportLookup port.
 */
@Injectable()
export class ReportsService implements ReportLookup {
  private readonly logger = new Logger(ReportsService.name);
  private readonly uploadTtl: number;
  private readonly downloadTtl: number;

  constructor(
    private readonly repository: ReportsRepository,
    private readonly policy: PolicyService,
    private readonly organisations: OrganisationService,
    private readonly accounts: AccountService,
    private readonly directory: DirectoryService,
    private readonly tags: TagVocabulary,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly storage: FileStorage,
    private readonly signer: FileTokenSigner,
    @Inject(REPORTS_OPTIONS) options: ReportsOptions,
  ) {
    this.uploadTtl = options.uploadUrlTtlSeconds ?? DEFAULT_UPLOAD_URL_TTL_SECONDS;
    this.downloadTtl = options.downloadUrlTtlSeconds ?? DEFAULT_DOWNLOAD_URL_TTL_SECONDS;
  }

  // ---- reading

  async get(actor: Actor | null, id: string): Promise<Report> {
    const row = await this.repository.findVisible(id, this.policy.filterFor(actor));
    if (!row) throw notFound(id);
    return (await this.hydrate([row]))[0]!;
  }

  /** Published (and archived) reports by default; `status` to list others the actor may see. */
  async list(
    actor: Actor | null,
    filter: ReportFilter,
    sort: ReportSort,
    page: ForwardPaginationArgs,
  ): Promise<Connection<Report>> {
    const criteria = await this.criteriaFor(filter);
    const { start, first } = offsetWindow(page);
    const [rows, total] = await this.repository.list(
      this.policy.filterFor(actor),
      criteria,
      sort,
      start,
      first,
    );
    return connectionFromSlice(await this.hydrate(rows), total, start);
  }

  /** Which of these report ids the actor may see (ReportLookup, for citations in answers). */
  async visibleReportIds(actor: Actor | null, ids: readonly string[]): Promise<Set<string>> {
    return new Set(await this.repository.visibleIds(ids, this.policy.filterFor(actor)));
  }

  /** The reports among these ids that the actor may see, by id (for curation's catalog). */
  async byIds(actor: Actor | null, ids: readonly string[]): Promise<Map<string, Report>> {
    const rows = await this.repository.findVisibleByIds(ids, this.policy.filterFor(actor));
    return new Map((await this.hydrate(rows)).map((r) => [r.id, r]));
  }

  /**
   * Per gemeente (every one asked for is in the map), counted over the reports the actor may see:
   * those waiting for review and those published since `since`, by the submitter's gemeente.
   */
  async activityPerMunicipality(
    actor: Actor | null,
    municipalityCodes: readonly string[],
    since: Date,
  ): Promise<Map<string, ReportActivity>> {
    const codes = [...new Set(municipalityCodes)];
    const rows = await this.repository.activityPerMunicipality(this.policy.filterFor(actor), codes, since);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return new Map(
      codes.map((code) => [
        code,
        {
          reportsInReview: byCode.get(code)?.inReview ?? 0,
          reportsPublished: byCode.get(code)?.published ?? 0,
        },
      ]),
    );
  }

  /** Submitted reports this actor may publish or reject (a coordinator's regions; all for admins), oldest first. */
  async reviewQueue(actor: Actor): Promise<Report[]> {
    const gemeenten = this.coordinatedMunicipalities(actor);
    if (gemeenten !== null && gemeenten.length === 0) return [];
    const rows = await this.repository.listAll(
      this.policy.filterFor(actor),
      { statuses: [ReportStatus.SUBMITTED], municipalityCodes: gemeenten },
      CURATION_LIMIT,
    );
    return this.hydrate(rows);
  }

  /** Published reports past their "geldig tot" date that this actor curates (to re-check). */
  async expiredReports(actor: Actor, now: Date): Promise<Report[]> {
    const gemeenten = this.coordinatedMunicipalities(actor);
    if (gemeenten !== null && gemeenten.length === 0) return [];
    const rows = await this.repository.listAll(
      this.policy.filterFor(actor),
      {
        statuses: [ReportStatus.PUBLISHED],
        municipalityCodes: gemeenten,
        validUntilBefore: isoDate(now),
      },
      CURATION_LIMIT,
    );
    return this.hydrate(rows);
  }

  /** The extracted text of a report's file, for the search indexer (a system reader, not a person). */
  textForIndexing(reportId: string): Promise<string> {
    return this.repository.textOf(reportId);
  }

  /** Whether the actor may publish or reject it now (a coordinator of the submitter's gemeente, or an admin). */
  canPublish(actor: Actor | null, report: Report): boolean {
    return report.status === ReportStatus.SUBMITTED && this.curates(actor, report.submitterMunicipalityCode);
  }

  /** Whether the actor may edit it and replace its file now. */
  canEdit(actor: Actor | null, report: Report): boolean {
    return this.editRight(actor, { ...report, submitterId: report.submittedBy.id }) !== null;
  }

  /** A short-lived signed URL for the file of a report the actor was allowed to read. */
  downloadUrl(actor: Actor | null, file: ReportFile, baseUrl: string): { url: string; expiresAt: Date } {
    const expiresAt = this.expiry(this.downloadTtl);
    const token = this.signer.sign({
      purpose: 'download',
      fileId: file.id,
      userId: actor?.userId ?? null,
      expiresAt: Math.floor(expiresAt.getTime() / 1000),
    });
    return { url: `${baseUrl}/files/${token}`, expiresAt };
  }

  // ---- writing

  async submit(actor: Actor, input: SubmitReportCommand): Promise<Report> {
    const fields = await this.checkFields(input);
    const audience = this.policy.audienceFor(actor, input.audience ?? { scope: VisibilityScope.MEMBERS });
    const submitter = await this.accounts.me(actor);
    const now = this.clock.now();
    // A coordinator's (or an admin's) own submission needs no review (issue 4): published at once.
    const direct = isAdmin(actor) || isCoordinator(actor);
    const row = Object.assign(new ReportEntity(), {
      id: randomUUID(),
      ...this.columnsOf(fields),
      ...audienceColumns(audience),
      submittedBy: actor.userId,
      submittedByName: submitter.displayName,
      submitterOrganisationCode: actor.organisationCode,
      submitterMunicipalityCode: actor.municipalityCode,
      status: direct ? ReportStatus.PUBLISHED : ReportStatus.SUBMITTED,
      rejectionReason: null,
      submittedAt: now,
      publishedAt: direct ? now : null,
      publishedBy: direct ? actor.userId : null,
      archivedAt: null,
      version: 1,
    });
    await this.repository.transaction(async (m) => {
      await this.repository.insertReport(row, m);
      await this.repository.replacePolicyDomains(row.id, fields.policyDomainCodes, m);
      await this.repository.replaceTags(row.id, fields.tags, m);
      await this.repository.replaceAccess(row.id, this.accessKeysOf(row), m);
      const events = [event(row, 'report.submitted', { status: row.status })];
      if (direct) events.push(event(row, 'report.published', { publishedBy: actor.userId, direct: true }));
      await recordEvents(m, events, now);
      if (direct) await this.recordCuration(AuditEventType.REPORT_PUBLISHED, actor, row, { direct: true }, m);
    });
    return this.get(actor, row.id);
  }

  async update(actor: Actor, input: UpdateReportCommand): Promise<Report> {
    const row = await this.repository.findVisible(input.id, this.policy.filterFor(actor));
    if (!row) throw notFound(input.id);
    const right = this.assertEditRight(actor, row);
    if (row.version !== input.expectedVersion) throw stale(row);
    const current = (await this.hydrate([row]))[0]!;
    const keep = <T>(value: T | null | undefined, old: T): T =>
      value === undefined || value === null ? old : value;
    const candidate: SubmitReportCommand = {
      title: keep(input.title, current.title),
      summary: keep(input.summary, current.summary),
      publisherOrganisationCode: keep(input.publisherOrganisationCode, current.publisherOrganisationCode),
      authors: keep(input.authors, current.authors),
      publicationDate: keep(input.publicationDate, current.publicationDate),
      type: keep(input.type, current.type),
      policyDomainCodes: keep(input.policyDomainCodes, current.policyDomainCodes),
      tags: keep(input.tags, current.tags),
      link: input.link === undefined ? current.link : input.link,
      validUntil: input.validUntil === undefined ? current.validUntil : input.validUntil,
    };
    const fields = await this.checkFields(candidate, input.tags === undefined || input.tags === null);
    const audience = input.audience
      ? this.policy.audienceFor(submitterOf(row), input.audience)
      : audienceOf(row);
    const resubmit = row.status === ReportStatus.REJECTED && right === 'submitter';
    const now = this.clock.now();
    const changes: Partial<ReportEntity> = {
      ...this.columnsOf(fields),
      ...audienceColumns(audience),
      ...(resubmit ? { status: ReportStatus.SUBMITTED, rejectionReason: null, submittedAt: now } : {}),
    };
    const next = Object.assign(new ReportEntity(), row, changes);
    await this.repository.transaction(async (m) => {
      if (!(await this.repository.updateReport(row.id, row.version, changes, m))) throw stale(row);
      if (input.policyDomainCodes) {
        await this.repository.replacePolicyDomains(row.id, fields.policyDomainCodes, m);
      }
      if (input.tags) await this.repository.replaceTags(row.id, fields.tags, m);
      await this.repository.replaceAccess(row.id, this.accessKeysOf(next), m);
      const events = [event(row, 'report.updated', { version: row.version + 1 })];
      if (resubmit)
        events.push(event(row, 'report.submitted', { status: ReportStatus.SUBMITTED, resubmitted: true }));
      await recordEvents(m, events, now);
    });
    return this.get(actor, row.id);
  }

  async publish(actor: Actor, id: string): Promise<Report> {
    return this.review(actor, id, ReportStatus.SUBMITTED, 'te publiceren', async (row, now, m) => {
      const changes = {
        status: ReportStatus.PUBLISHED,
        publishedAt: now,
        publishedBy: actor.userId,
        rejectionReason: null,
      };
      await this.transition(row, changes, m);
      await recordEvents(m, [event(row, 'report.published', { publishedBy: actor.userId })], now);
      await this.recordCuration(AuditEventType.REPORT_PUBLISHED, actor, row, {}, m);
    });
  }

  async reject(actor: Actor, id: string, reason: string): Promise<Report> {
    const why = reason.trim();
    if (why.length < 3 || why.length > 2000) {
      throw new BadUserInputError('Geef een reden van 3 tot 2000 tekens.', { argument: 'reason' });
    }
    return this.review(actor, id, ReportStatus.SUBMITTED, 'af te wijzen', async (row, now, m) => {
      await this.transition(row, { status: ReportStatus.REJECTED, rejectionReason: why }, m);
      await recordEvents(m, [event(row, 'report.rejected', { reason: why })], now);
      await this.recordCuration(AuditEventType.REPORT_REJECTED, actor, row, { reason: why }, m);
    });
  }

  async archive(actor: Actor, id: string): Promise<Report> {
    return this.review(actor, id, ReportStatus.PUBLISHED, 'te archiveren', async (row, now, m) => {
      await this.transition(row, { status: ReportStatus.ARCHIVED, archivedAt: now }, m);
      await recordEvents(m, [event(row, 'report.archived', {})], now);
      await this.recordCuration(AuditEventType.REPORT_ARCHIVED, actor, row, {}, m);
    });
  }

  /** A signed URL to PUT the file's bytes to (see ReportFileRoutes), for those who may edit the report. */
  async requestUpload(
    actor: Actor,
    reportId: string,
    fileName: string,
    baseUrl: string,
  ): Promise<UploadGrant> {
    const name = fileName.trim();
    acceptedExtension(name, 'fileName');
    const row = await this.repository.findVisible(reportId, this.policy.filterFor(actor));
    if (!row) throw notFound(reportId, 'reportId');
    const right = this.assertEditRight(actor, row);
    const expiresAt = this.expiry(this.uploadTtl);
    const token = this.signer.sign({
      purpose: 'upload',
      reportId,
      fileName: name,
      userId: actor.userId,
      asCurator: right === 'curator',
      expiresAt: Math.floor(expiresAt.getTime() / 1000),
    });
    return { uploadUrl: `${baseUrl}/uploads/${token}`, expiresAt };
  }

  /**
   * Stores the bytes PUT to an upload URL as the report's file: checked by content, text extracted,
   * bytes in the FileStorage, the row and its event in one transaction (the bytes are removed
   * again if that fails). Throws FileTokenError for a bad token; nothing is stored on any error.
   */
  async attachFile(token: string, bytes: Uint8Array): Promise<ReportFile> {
    const now = this.clock.now();
    const grant = this.signer.verify(token, 'upload', now);
    const row = await this.repository.findById(grant.reportId);
    if (!row) throw notFound(grant.reportId, 'reportId');
    if (row.status === ReportStatus.ARCHIVED) throw archived(row);
    if (!grant.asCurator && row.status !== ReportStatus.SUBMITTED && row.status !== ReportStatus.REJECTED) {
      throw new ConflictError(
        'Dit rapport is intussen gepubliceerd; alleen een coördinator kan het bestand nog vervangen.',
        { argument: 'reportId', value: row.id, status: row.status },
      );
    }
    if (bytes.length === 0) {
      throw new BadUserInputError('Het bestand is leeg.', { argument: 'file', value: grant.fileName });
    }
    const document = await inspectDocument(grant.fileName, bytes);
    const file = Object.assign(new ReportFileEntity(), {
      id: randomUUID(),
      reportId: row.id,
      fileName: grant.fileName,
      mediaType: document.mediaType,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      textStatus: document.textStatus,
      pageCount: document.pageCount,
      textExcerpt: excerpt(document.text),
      text: document.text,
      uploadedBy: grant.userId,
      uploadedAt: now,
    });
    file.storageKey = `reports/${row.id}/${file.id}`;
    const resubmit = row.status === ReportStatus.REJECTED && !grant.asCurator;
    await this.storage.put(file.storageKey, bytes);
    let previous: ReportFileEntity | null;
    try {
      previous = await this.repository.transaction(async (m) => {
        const replaced = await this.repository.replaceFile(file, m);
        const events = [event(row, 'report.file_attached', { fileId: file.id, textStatus: file.textStatus })];
        if (resubmit) {
          await this.transition(
            row,
            { status: ReportStatus.SUBMITTED, rejectionReason: null, submittedAt: now },
            m,
          );
          events.push(event(row, 'report.submitted', { status: ReportStatus.SUBMITTED, resubmitted: true }));
        }
        await recordEvents(m, events, now);
        return replaced;
      });
    } catch (e) {
      await this.storage.delete(file.storageKey);
      throw e;
    }
    if (previous) {
      await this.storage.delete(previous.storageKey).catch((e: unknown) =>
        this.logger.warn({
          msg: 'could not delete a replaced report file',
          key: previous!.storageKey,
          error: String(e),
        }),
      );
    }
    return toFile(file);
  }

  /** The file behind a download URL, with its bytes. Throws FileTokenError for a bad token. */
  async openDownload(token: string): Promise<{ file: ReportFile; bytes: Buffer }> {
    const grant = this.signer.verify(token, 'download', this.clock.now());
    const row = await this.repository.findFile(grant.fileId);
    const bytes = row ? await this.storage.get(row.storageKey) : null;
    if (!row || !bytes) {
      throw new NotFoundError('Dit bestand bestaat niet (meer).', { argument: 'token' });
    }
    return { file: toFile(row), bytes };
  }

  // ---- rules

  /** Coordinators of a region containing the gemeente, and admins (PolicyService.coordinates). */
  private curates(actor: Actor | null, municipalityCode: string | null): boolean {
    return this.policy.coordinates(actor, municipalityCode);
  }

  /**
   * Who may edit a report (and replace its file): a coordinator of the submitter's gemeente or an
   * admin ('curator') unless archived; its submitter ('submitter') while it is under review or
   * rejected. Once published, the version the coordinator approved stays until a coordinator changes it.
   */
  private editRight(
    actor: Actor | null,
    r: { status: string; submitterMunicipalityCode: string | null; submitterId: string },
  ): 'curator' | 'submitter' | null {
    if (r.status === ReportStatus.ARCHIVED || !actor) return null;
    if (this.curates(actor, r.submitterMunicipalityCode)) return 'curator';
    const underReview = r.status === ReportStatus.SUBMITTED || r.status === ReportStatus.REJECTED;
    return r.submitterId === actor.userId && underReview ? 'submitter' : null;
  }

  private assertEditRight(actor: Actor, row: ReportEntity): 'curator' | 'submitter' {
    if (row.status === ReportStatus.ARCHIVED) throw archived(row);
    const right = this.editRight(actor, { ...row, submitterId: row.submittedBy });
    if (right) return right;
    throw new ForbiddenError(
      row.submittedBy === actor.userId
        ? 'Een gepubliceerd rapport kan alleen een coördinator van uw regio nog wijzigen.'
        : 'Alleen de indiener en de coördinatoren van de regio kunnen dit rapport wijzigen.',
      { argument: 'id', value: row.id },
    );
  }

  private async review(
    actor: Actor,
    id: string,
    from: ReportStatus,
    action: string,
    work: (row: ReportEntity, now: Date, m: EntityManager) => Promise<void>,
  ): Promise<Report> {
    const row = await this.repository.findVisible(id, this.policy.filterFor(actor));
    if (!row) throw notFound(id);
    if (!this.curates(actor, row.submitterMunicipalityCode)) {
      throw new ForbiddenError(
        `Alleen een coördinator van de regio van de indiener (of een beheerder) kan dit rapport ${action}.`,
        { argument: 'id', value: id },
      );
    }
    if (row.status !== from) {
      throw new ConflictError(`Dit rapport is ${statusLabel(row.status)}; het valt nu niet ${action}.`, {
        argument: 'id',
        value: id,
        status: row.status,
      });
    }
    const now = this.clock.now();
    await this.repository.transaction((m) => work(row, now, m));
    return this.get(actor, id);
  }

  /** A status change, conditional on the version read (a concurrent change gives CONFLICT); access keys follow. */
  private async transition(
    row: ReportEntity,
    changes: Partial<ReportEntity>,
    m: EntityManager,
  ): Promise<void> {
    if (!(await this.repository.updateReport(row.id, row.version, changes, m))) throw stale(row);
    await this.repository.replaceAccess(row.id, this.accessKeysOf({ ...row, ...changes } as ReportEntity), m);
  }

  /**
   * Published or archived: the audience's keys; before that only the submitter's own keys (the
   * submitter and their organisation). Always the reviewer keys of the submitter's gemeente, so
   * its coordinators keep seeing what they curate.
   */
  private accessKeysOf(row: ReportEntity): string[] {
    const reviewers = this.policy.reviewerKeysFor(row.submitterMunicipalityCode);
    const visible = row.status === ReportStatus.PUBLISHED || row.status === ReportStatus.ARCHIVED;
    const own = visible
      ? this.policy.accessKeysOf(audienceOf(row))
      : [AccessKey.user(row.submittedBy), AccessKey.organisation(row.submitterOrganisationCode)];
    return [...new Set([...own, ...reviewers])];
  }

  private coordinatedMunicipalities(actor: Actor): string[] | null {
    if (isAdmin(actor)) return null;
    const codes = new Set<string>();
    for (const regionId of actor.coordinatorRegionIds) {
      for (const m of this.directory.membersOf(regionId)) codes.add(m.code);
    }
    return [...codes];
  }

  private async recordCuration(
    type: AuditEventType,
    actor: Actor,
    row: ReportEntity,
    details: Record<string, unknown>,
    m: EntityManager,
  ): Promise<void> {
    await this.audit.record(
      type,
      {
        actorUserId: actor.userId,
        subjectUserId: row.submittedBy,
        details: { reportId: row.id, title: row.title, ...details },
      },
      m,
    );
  }

  private expiry(seconds: number): Date {
    return new Date(Math.floor(this.clock.now().getTime() / 1000) * 1000 + seconds * 1000);
  }

  // ---- input

  /** Checks a report's fields against the directory, the organisations and the tag vocabulary. */
  private async checkFields(input: SubmitReportCommand, keepTags = false): Promise<ReportFields> {
    const title = text(input.title, 'title', 3, 300, 'een titel');
    const summary = text(input.summary, 'summary', 1, 10_000, 'een samenvatting');
    const authors = (input.authors ?? []).map((a, i) =>
      text(a, `authors[${i}]`, 1, 200, 'de naam van een auteur'),
    );
    if (authors.length > 50) {
      throw new BadUserInputError('Noem hoogstens 50 auteurs.', { argument: 'authors' });
    }
    const publicationDate = dateOnly(input.publicationDate, 'publicationDate');
    const validUntil =
      input.validUntil === null || input.validUntil === undefined
        ? null
        : dateOnly(input.validUntil, 'validUntil');
    if (validUntil !== null && validUntil < publicationDate) {
      throw new BadUserInputError(
        `'Geldig tot' (${validUntil}) ligt vóór de publicatiedatum (${publicationDate}).`,
        { argument: 'validUntil', value: validUntil },
      );
    }
    if (!Object.values(ReportType).includes(input.type)) {
      throw new BadUserInputError(`Onbekend rapporttype '${String(input.type)}'.`, {
        argument: 'type',
        value: input.type,
      });
    }
    const codes = [...new Set(input.policyDomainCodes.map((c) => c.trim()))];
    if (codes.length === 0 || codes.length > 20) {
      throw new BadUserInputError('Kies 1 tot 20 taakvelden.', { argument: 'policyDomainCodes' });
    }
    for (const code of codes) this.knownPolicyDomain(code, 'policyDomainCodes');
    const publisherCode = input.publisherOrganisationCode.trim();
    if (!(await this.organisations.byCodes([publisherCode])).has(publisherCode)) {
      throw new BadUserInputError(`Onbekende organisatie '${publisherCode}' als uitgever.`, {
        argument: 'publisherOrganisationCode',
        value: publisherCode,
      });
    }
    const rawTags = input.tags ?? [];
    if (rawTags.length > 20) throw new BadUserInputError('Geef hoogstens 20 tags.', { argument: 'tags' });
    const tags = keepTags
      ? [...rawTags]
      : await this.tags.canonical(rawTags.map(normaliseTag).filter(Boolean));
    return {
      title,
      summary,
      publisherOrganisationCode: publisherCode,
      authors,
      publicationDate,
      type: input.type,
      policyDomainCodes: codes,
      tags,
      link:
        input.link === null || input.link === undefined || input.link.trim() === ''
          ? null
          : httpLink(input.link),
      validUntil,
    };
  }

  private knownPolicyDomain(code: string, argument: string): void {
    if (!this.directory.findPolicyDomain(code)) {
      throw new BadUserInputError(`Onbekend taakveld '${code}' (een BBV-code zoals 6.72).`, {
        argument,
        value: code,
      });
    }
  }

  private async criteriaFor(filter: ReportFilter): Promise<ReportCriteria> {
    let policyDomainCodes: string[] | null = null;
    if (filter.policyDomainCodes && filter.policyDomainCodes.length > 0) {
      for (const code of filter.policyDomainCodes) this.knownPolicyDomain(code, 'filter.policyDomainCodes');
      policyDomainCodes = this.directory.policyDomainFilterCodes(filter.policyDomainCodes);
    }
    let municipalityCodes: string[] | null = null;
    if (filter.regionId) {
      if (!this.directory.listRegions().some((r) => r.id === filter.regionId)) {
        throw new BadUserInputError(`Onbekende regio '${filter.regionId}'.`, {
          argument: 'filter.regionId',
          value: filter.regionId,
        });
      }
      municipalityCodes = this.directory.membersOf(filter.regionId).map((m) => m.code);
    }
    if (filter.municipalityCode) {
      const code = filter.municipalityCode;
      if (!this.directory.findMunicipality(code)) {
        throw new BadUserInputError(
          `Onbekende gemeentecode '${code}' (verwacht: GM gevolgd door 4 cijfers).`,
          {
            argument: 'filter.municipalityCode',
            value: code,
          },
        );
      }
      municipalityCodes = municipalityCodes ? municipalityCodes.filter((c) => c === code) : [code];
    }
    const tag = filter.tag ? normaliseTag(filter.tag) : '';
    return {
      statuses: filter.status ? [filter.status] : LISTED_BY_DEFAULT,
      type: filter.type ?? null,
      year: filter.year ?? null,
      publisherOrganisationCode: filter.publisherOrganisationCode ?? null,
      policyDomainCodes,
      municipalityCodes,
      tags: tag ? await this.tags.expand(tag) : null,
    };
  }

  // ---- mapping

  private columnsOf(f: ReportFields): Partial<ReportEntity> {
    return {
      title: f.title,
      summary: f.summary,
      publisherOrganisationCode: f.publisherOrganisationCode,
      authors: JSON.stringify(f.authors),
      publicationDate: f.publicationDate,
      publicationYear: Number(f.publicationDate.slice(0, 4)),
      type: f.type,
      link: f.link,
      validUntil: f.validUntil,
    };
  }

  /** Reports with their taakvelden, tags and file: three queries for any number of reports. */
  private async hydrate(rows: readonly ReportEntity[]): Promise<Report[]> {
    if (rows.length === 0) return [];
    const children: ReportChildren = await this.repository.childrenOf(rows.map((r) => r.id));
    const group = <T extends { reportId: string }>(items: readonly T[]) => {
      const map = new Map<string, T[]>();
      for (const item of items) map.set(item.reportId, [...(map.get(item.reportId) ?? []), item]);
      return map;
    };
    const domains = group(children.policyDomains);
    const tags = group(children.tags);
    const files = new Map(children.files.map((f) => [f.reportId, f]));
    return rows.map((r) => {
      const file = files.get(r.id);
      return {
        id: r.id,
        title: r.title,
        summary: r.summary,
        publisherOrganisationCode: r.publisherOrganisationCode,
        authors: JSON.parse(r.authors) as string[],
        publicationDate: dateString(r.publicationDate),
        type: r.type as ReportType,
        policyDomainCodes: (domains.get(r.id) ?? []).map((d) => d.policyDomainCode),
        tags: (tags.get(r.id) ?? []).map((t) => t.tag),
        link: r.link,
        audience: audienceOf(r),
        validUntil: r.validUntil === null ? null : dateString(r.validUntil),
        submittedBy: { id: r.submittedBy, displayName: r.submittedByName },
        submitterOrganisationCode: r.submitterOrganisationCode,
        submitterMunicipalityCode: r.submitterMunicipalityCode,
        status: r.status as ReportStatus,
        rejectionReason: r.rejectionReason,
        submittedAt: r.submittedAt,
        publishedAt: r.publishedAt,
        publishedBy: r.publishedBy,
        archivedAt: r.archivedAt,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        version: r.version,
        file: file ? toFile(file) : null,
      };
    });
  }
}

// ---- helpers

function notFound(id: string, argument = 'id'): NotFoundError {
  return new NotFoundError(`Rapport '${id}' niet gevonden.`, { argument, value: id });
}

function stale(row: ReportEntity): ConflictError {
  return new ConflictError(
    'Dit rapport is intussen door iemand anders gewijzigd; laad het opnieuw en probeer het nog eens.',
    { argument: 'expectedVersion', id: row.id },
  );
}

function archived(row: ReportEntity): ConflictError {
  return new ConflictError('Een gearchiveerd rapport kan niet meer worden gewijzigd.', {
    argument: 'id',
    value: row.id,
    status: row.status,
  });
}

function statusLabel(status: string): string {
  switch (status) {
    case ReportStatus.SUBMITTED:
      return 'ingediend en wacht op beoordeling';
    case ReportStatus.PUBLISHED:
      return 'al gepubliceerd';
    case ReportStatus.REJECTED:
      return 'afgewezen';
    default:
      return 'gearchiveerd';
  }
}

function event(row: ReportEntity, type: string, payload: Record<string, unknown>): DomainEvent<object> {
  return { type, aggregateType: 'report', aggregateId: row.id, payload };
}

function audienceColumns(a: Audience): Partial<ReportEntity> {
  return {
    scope: a.scope,
    audienceRegionIds: JSON.stringify(a.regionIds),
    audienceMunicipalityCodes: JSON.stringify(a.municipalityCodes),
  };
}

/** The audience of a report: the submitter is its author. */
function audienceOf(row: ReportEntity): Audience {
  return {
    scope: row.scope as VisibilityScope,
    authorUserId: row.submittedBy,
    authorOrganisationCode: row.submitterOrganisationCode,
    authorMunicipalityCode: row.submitterMunicipalityCode,
    regionIds: JSON.parse(row.audienceRegionIds) as string[],
    municipalityCodes: JSON.parse(row.audienceMunicipalityCodes) as string[],
  };
}

/** The submitter as the author of an audience that someone else (a coordinator) chooses for their report. */
function submitterOf(row: ReportEntity): Actor {
  return {
    userId: row.submittedBy,
    organisationCode: row.submitterOrganisationCode,
    municipalityCode: row.submitterMunicipalityCode,
    roles: [],
    coordinatorRegionIds: [],
  };
}

function toFile(f: ReportFileEntity): ReportFile {
  return {
    id: f.id,
    reportId: f.reportId,
    fileName: f.fileName,
    mediaType: f.mediaType,
    size: f.size,
    sha256: f.sha256,
    textStatus: f.textStatus as ReportFile['textStatus'],
    pageCount: f.pageCount,
    textExcerpt: f.textExcerpt,
    uploadedBy: f.uploadedBy,
    uploadedAt: f.uploadedAt,
  };
}

/** The first ~500 characters, cut at a word, with an ellipsis when cut. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.search(/\s\S*$/);
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function text(value: string, argument: string, min: number, max: number, what: string): string {
  const v = (value ?? '').trim();
  if (v.length < min || v.length > max) {
    throw new BadUserInputError(`Geef ${what} van ${min} tot ${max} tekens.`, { argument });
  }
  return v;
}

/** A real calendar date as YYYY-MM-DD (1900–2100). */
function dateOnly(value: string, argument: string): string {
  const match = DATE.exec(value.trim());
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!match || y < 1900 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new BadUserInputError(
      `Ongeldige datum '${value}' (verwacht: JJJJ-MM-DD, bijvoorbeeld 2025-06-30).`,
      {
        argument,
        value,
      },
    );
  }
  return value.trim();
}

/** The drivers give a date column as 'YYYY-MM-DD' (or a Date at midnight UTC). */
function dateString(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function httpLink(value: string): string {
  const v = value.trim();
  let url: URL | null = null;
  try {
    url = new URL(v);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || v.length > 2000) {
    throw new BadUserInputError(
      `Geef een link die met http:// of https:// begint (niet '${v.slice(0, 100)}').`,
      {
        argument: 'link',
        value: v.slice(0, 100),
      },
    );
  }
  return url.href;
}
