/**
 * The hub's vocabulary of free tags. Content libraries store tags through `canonical` and filter
 * through `expand`; curation implements it with the coordinators' tag synonyms (a port, so that
 * content does not depend on curation).
 */
export abstract class TagVocabulary {
  /** Trimmed, lower case, synonyms replaced by their canonical tag, duplicates removed, order kept. */
  abstract canonical(tags: readonly string[]): Promise<string[]>;
  /** A tag with all its synonyms (for filters): `jeugdhulp` → `jeugdhulp`, `jeugdzorg`. */
  abstract expand(tag: string): Promise<string[]>;
}

/** Tag text as stored: trimmed, single spaces, lower case, at most 50 characters. */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 50);
}
