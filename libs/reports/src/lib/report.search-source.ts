import { Injectable } from '@nestjs/common';
import { DirectoryService } from '@ksp/directory';
import {
  ContentChange,
  DocumentVersion,
  SearchDocument,
  SearchDocumentSource,
  documentVersionsOf,
  documentsInBatches,
  searchDocumentId,
} from '@ksp/search';
import { ReportEntity } from './reports.entities';
import { ReportsRepository } from './reports.repository';

const GEMEENTE_CODE = /^GM\d{4}$/;

/**
 * Reports as search documents: title, summary, authors and the text extracted from the file, with
 * their taakvelden, tags, year and status. Every report is indexed with the access keys it has (a
 * submitted one only carries its submitter's and its reviewers' keys), so the review state needs no
 * special case in search.
 */
@Injectable()
export class ReportSearchSource implements SearchDocumentSource {
  readonly type = 'report' as const;

  constructor(
    private readonly repository: ReportsRepository,
    private readonly directory: DirectoryService,
  ) {}

  affectedBy(change: ContentChange): readonly string[] {
    return change.aggregateType === 'report' ? [change.aggregateId] : [];
  }

  async documents(entityIds: readonly string[]): Promise<SearchDocument[]> {
    const ids = [...new Set(entityIds)];
    if (ids.length === 0) return [];
    const [reports, children, access, texts] = await Promise.all([
      this.repository.findByIds(ids),
      this.repository.childrenOf(ids),
      this.repository.accessKeysOf(ids),
      this.repository.textsOf(ids),
    ]);
    const domains = new Map<string, string[]>();
    for (const d of children.policyDomains)
      domains.set(d.reportId, [...(domains.get(d.reportId) ?? []), d.policyDomainCode]);
    const tags = new Map<string, string[]>();
    for (const t of children.tags) tags.set(t.reportId, [...(tags.get(t.reportId) ?? []), t.tag]);
    const keys = new Map<string, string[]>();
    for (const k of access) keys.set(k.reportId, [...(keys.get(k.reportId) ?? []), k.accessKey]);
    const fileAt = new Map(children.files.map((f) => [f.reportId, f.uploadedAt]));
    return reports.map((r) =>
      this.toDocument(r, {
        domains: domains.get(r.id) ?? [],
        tags: tags.get(r.id) ?? [],
        keys: keys.get(r.id) ?? [],
        text: texts.get(r.id) ?? '',
        fileAt: fileAt.get(r.id) ?? null,
      }),
    );
  }

  private toDocument(
    r: ReportEntity,
    parts: { domains: string[]; tags: string[]; keys: string[]; text: string; fileAt: Date | null },
  ): SearchDocument {
    const municipalities = [
      ...new Set(
        [r.submitterMunicipalityCode, r.publisherOrganisationCode].filter(
          (c): c is string => !!c && GEMEENTE_CODE.test(c),
        ),
      ),
    ];
    const authors = (JSON.parse(r.authors) as string[]).join(', ');
    const updatedAt = parts.fileAt && parts.fileAt > r.updatedAt ? parts.fileAt : r.updatedAt;
    return {
      id: searchDocumentId('report', r.id),
      type: 'report',
      entityId: r.id,
      title: r.title,
      summary: r.summary,
      body: authors,
      fullText: parts.text,
      tags: parts.tags,
      policyDomainCodes: parts.domains,
      policyDomainPaths: this.directory.policyDomainPaths(parts.domains),
      municipalityCodes: municipalities,
      regionIds: this.directory.regionIdsOf(municipalities),
      year: r.publicationYear,
      status: r.status,
      accessKeys: parts.keys,
      updatedAt: updatedAt.toISOString(),
      createdAt: (r.publishedAt ?? r.submittedAt).toISOString(),
    };
  }

  batches(size: number): AsyncIterable<SearchDocument[]> {
    return documentsInBatches(
      (after, limit) => this.repository.idsAfter(after, limit),
      (ids) => this.documents(ids),
      size,
    );
  }

  async versions(): Promise<DocumentVersion[]> {
    return documentVersionsOf('report', await this.repository.versions());
  }
}
