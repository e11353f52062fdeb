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
import { ExpertiseRepository } from './expertise.repository';

/**
 * Expertise profiles as search documents: the name, the description, the taakvelden by name (so
 * "jeugdhulp regionaal" finds someone with 6.752 who did not write those words) and the keywords.
 * Only profiles with consent are documents; without it a profile is deleted from the index. Status
 * is the availability (AVAILABLE, LIMITED, UNAVAILABLE).
 */
@Injectable()
export class ExpertiseSearchSource implements SearchDocumentSource {
  readonly type = 'expertise_profile' as const;

  constructor(
    private readonly repository: ExpertiseRepository,
    private readonly directory: DirectoryService,
  ) {}

  affectedBy(change: ContentChange): readonly string[] {
    return change.aggregateType === 'expertise_profile' ? [change.aggregateId] : [];
  }

  async documents(entityIds: readonly string[]): Promise<SearchDocument[]> {
    const profiles = await this.repository.findFindable(entityIds);
    if (profiles.length === 0) return [];
    const ids = profiles.map((p) => p.id);
    const [domains, keywords, access] = await Promise.all([
      this.repository.policyDomainsOf(ids),
      this.repository.keywordsOf(ids),
      this.repository.accessKeysOf(ids),
    ]);
    return profiles.map((p) => {
      const codes = domains.filter((d) => d.expertiseProfileId === p.id).map((d) => d.code);
      const names = codes
        .map((c) => this.directory.findPolicyDomain(c)?.name)
        .filter((n): n is string => !!n);
      const bio = markdownToText(p.bio);
      const municipalities = p.municipalityCode ? [p.municipalityCode] : [];
      return {
        id: searchDocumentId('expertise_profile', p.id),
        type: 'expertise_profile',
        entityId: p.id,
        title: p.displayName,
        summary: summaryOf(bio),
        body: [bio, ...names].join('\n'),
        fullText: '',
        tags: keywords.filter((k) => k.expertiseProfileId === p.id).map((k) => k.keyword),
        policyDomainCodes: codes,
        policyDomainPaths: this.directory.policyDomainPaths(codes),
        municipalityCodes: municipalities,
        regionIds: this.directory.regionIdsOf(municipalities),
        year: null,
        status: p.availability,
        accessKeys: access.filter((a) => a.expertiseProfileId === p.id).map((a) => a.accessKey),
        updatedAt: p.updatedAt.toISOString(),
        createdAt: p.createdAt.toISOString(),
      } satisfies SearchDocument;
    });
  }

  batches(size: number): AsyncIterable<SearchDocument[]> {
    return documentsInBatches(
      (after, limit) => this.repository.findableIdsAfter(after, limit),
      (ids) => this.documents(ids),
      size,
    );
  }

  async versions(): Promise<DocumentVersion[]> {
    return documentVersionsOf('expertise_profile', await this.repository.findableVersions());
  }
}
