import { Injectable } from '@nestjs/common';
import { TagVocabulary, normaliseTag } from '@ksp/shared';

/** The tag vocabulary; synonyms come with the curation work (issue 4, item 4). */
@Injectable()
export class CuratedTagVocabulary extends TagVocabulary {
  async canonical(tags: readonly string[]): Promise<string[]> {
    return [...new Set(tags.map(normaliseTag).filter((t) => t.length > 0))];
  }
  async expand(tag: string): Promise<string[]> {
    return [normaliseTag(tag)];
  }
}
