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
import { QuestionEntity } from './questions.entities';
import { QuestionsRepository } from './questions.repository';

/**
 * Questions as search documents: the question with its accepted answer, its taakvelden and tags,
 * the gemeenten it is from and addressed to, and the access keys stored with it. Status is
 * `ANSWERED` once an answer is accepted, else the question's own (`OPEN`, `CLOSED`).
 */
@Injectable()
export class QuestionSearchSource implements SearchDocumentSource {
  readonly type = 'question' as const;

  constructor(
    private readonly repository: QuestionsRepository,
    private readonly directory: DirectoryService,
  ) {}

  affectedBy(change: ContentChange): readonly string[] {
    if (change.aggregateType === 'question') return [change.aggregateId];
    if (change.aggregateType === 'answer' && typeof change.payload['questionId'] === 'string') {
      return [change.payload['questionId']];
    }
    return [];
  }

  async documents(entityIds: readonly string[]): Promise<SearchDocument[]> {
    const ids = [...new Set(entityIds)];
    if (ids.length === 0) return [];
    const [questions, domains, tags, access, addressees, regions, answers] = await Promise.all([
      this.repository.findMany(ids),
      this.repository.policyDomainsOf(ids),
      this.repository.tagsOf(ids),
      this.repository.accessKeysOf(ids),
      this.repository.addresseesOf(ids),
      this.repository.audienceRegionsOf(ids),
      this.repository.answersOf(ids),
    ]);
    const group = <T, V>(rows: readonly T[], key: (r: T) => string, value: (r: T) => V) => {
      const map = new Map<string, V[]>();
      for (const r of rows) {
        const list = map.get(key(r)) ?? [];
        list.push(value(r));
        map.set(key(r), list);
      }
      return map;
    };
    const domainsOf = group(
      domains,
      (r) => r.questionId,
      (r) => r.code,
    );
    const tagsOf = group(
      tags,
      (r) => r.questionId,
      (r) => r.tag,
    );
    const keysOf = group(
      access,
      (r) => r.questionId,
      (r) => r.accessKey,
    );
    const addresseesOf = group(
      addressees,
      (r) => r.questionId,
      (r) => r.municipalityCode,
    );
    const regionsOf = group(
      regions,
      (r) => r.questionId,
      (r) => r.regionId,
    );
    const acceptedOf = new Map(answers.filter((a) => a.accepted).map((a) => [a.questionId, a]));
    return questions.map((q) =>
      this.toDocument(q, {
        domains: domainsOf.get(q.id) ?? [],
        tags: tagsOf.get(q.id) ?? [],
        keys: keysOf.get(q.id) ?? [],
        addressees: addresseesOf.get(q.id) ?? [],
        regions: regionsOf.get(q.id) ?? [],
        accepted: acceptedOf.get(q.id) ?? null,
      }),
    );
  }

  private toDocument(
    q: QuestionEntity,
    parts: {
      domains: string[];
      tags: string[];
      keys: string[];
      addressees: string[];
      regions: string[];
      accepted: { body: string; updatedAt: Date } | null;
    },
  ): SearchDocument {
    const text = markdownToText(q.body);
    const answer = parts.accepted ? markdownToText(parts.accepted.body) : '';
    const municipalities = [
      ...new Set([...(q.authorMunicipalityCode ? [q.authorMunicipalityCode] : []), ...parts.addressees]),
    ];
    const updatedAt =
      parts.accepted && parts.accepted.updatedAt > q.updatedAt ? parts.accepted.updatedAt : q.updatedAt;
    return {
      id: searchDocumentId('question', q.id),
      type: 'question',
      entityId: q.id,
      title: q.title,
      summary: summaryOf(text),
      body: answer ? `${text}\n\n${answer}` : text,
      fullText: '',
      tags: parts.tags,
      policyDomainCodes: parts.domains,
      policyDomainPaths: this.directory.policyDomainPaths(parts.domains),
      municipalityCodes: municipalities,
      regionIds: [...new Set([...this.directory.regionIdsOf(municipalities), ...parts.regions])],
      year: q.createdAt.getUTCFullYear(),
      status: q.acceptedAnswerId ? 'ANSWERED' : q.status,
      accessKeys: parts.keys,
      updatedAt: updatedAt.toISOString(),
      createdAt: q.createdAt.toISOString(),
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
    return documentVersionsOf('question', await this.repository.versions());
  }
}
