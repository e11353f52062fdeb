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
  summaryOf,
} from '@ksp/search';
import { markdownToText } from '@ksp/shared';
import { CurationRepository } from './curation.repository';

/**
 * Dossiers as search documents: title and introduction. Not the coordinators' notes on the items:
 * a note is about its item, and a reader who may see the dossier but not that item must not find
 * the dossier by the note's words, nor read them in a snippet.
 */
@Injectable()
export class DossierSearchSource implements SearchDocumentSource {
  readonly type = 'dossier' as const;

  constructor(
    private readonly repository: CurationRepository,
    private readonly directory: DirectoryService,
  ) {}

  affectedBy(change: ContentChange): readonly string[] {
    return change.aggregateType === 'dossier' ? [change.aggregateId] : [];
  }

  async documents(entityIds: readonly string[]): Promise<SearchDocument[]> {
    const dossiers = await this.repository.findDossiers(entityIds);
    if (dossiers.length === 0) return [];
    const ids = dossiers.map((d) => d.id);
    const access = await this.repository.dossierAccessKeysOf(ids);
    return dossiers.map((d) => {
      const intro = markdownToText(d.introduction);
      const municipalities = d.createdByMunicipalityCode ? [d.createdByMunicipalityCode] : [];
      return {
        id: searchDocumentId('dossier', d.id),
        type: 'dossier',
        entityId: d.id,
        title: d.title,
        summary: summaryOf(intro),
        body: intro,
        fullText: '',
        tags: [],
        policyDomainCodes: [],
        policyDomainPaths: [],
        municipalityCodes: municipalities,
        regionIds: [
          ...new Set([
            ...this.directory.regionIdsOf(municipalities),
            ...(JSON.parse(d.audienceRegionIds) as string[]),
          ]),
        ],
        year: d.createdAt.getUTCFullYear(),
        status: 'PUBLISHED',
        accessKeys: access.filter((a) => a.dossierId === d.id).map((a) => a.accessKey),
        updatedAt: d.updatedAt.toISOString(),
        createdAt: d.createdAt.toISOString(),
      } satisfies SearchDocument;
    });
  }

  batches(size: number): AsyncIterable<SearchDocument[]> {
    return documentsInBatches(
      (after, limit) => this.repository.dossierIdsAfter(after, limit),
      (ids) => this.documents(ids),
      size,
    );
  }

  async versions(): Promise<DocumentVersion[]> {
    return documentVersionsOf('dossier', await this.repository.dossierVersions());
  }
}
