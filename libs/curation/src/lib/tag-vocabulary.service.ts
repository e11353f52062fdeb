import { Injectable } from '@nestjs/common';
import { TagVocabulary, normaliseTag } from '@ksp/shared';
import { CurationRepository } from './curation.repository';

/**
 * The tag vocabulary with the coordinators' synonyms: tags are stored in their canonical form and
 * a filter on a tag also finds its synonyms (tags stored before a synonym was set).
 */
@Injectable()
export class CuratedTagVocabulary extends TagVocabulary {
  constructor(private readonly repository: CurationRepository) {
    super();
  }

  async canonical(tags: readonly string[]): Promise<string[]> {
    const normal = [...new Set(tags.map(normaliseTag).filter((t) => t.length > 0))];
    const rows = await this.repository.synonymsTouching(normal);
    const canonicalOf = new Map(rows.map((r) => [r.synonym, r.canonical]));
    return [...new Set(normal.map((t) => canonicalOf.get(t) ?? t))];
  }

  async expand(tag: string): Promise<string[]> {
    const t = normaliseTag(tag);
    const direct = await this.repository.synonymsTouching([t]);
    const canonical = direct.find((r) => r.synonym === t)?.canonical ?? t;
    const group = canonical === t ? direct : await this.repository.synonymsTouching([canonical]);
    return [
      ...new Set([canonical, t, ...group.filter((r) => r.canonical === canonical).map((r) => r.synonym)]),
    ];
  }
}
