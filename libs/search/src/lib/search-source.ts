import {
  searchDocumentId,
  type DocumentVersion,
  type SearchDocument,
  type SearchDocumentType,
} from './search-engine';

/** An outbox event as a source sees it (the fields it needs to know which documents changed). */
export interface ContentChange {
  readonly type: string;
  readonly aggregateType: string;
  readonly aggregateId: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

/**
 * Where the documents of one content type come from. Each content library implements it for its own
 * items (it knows their fields and their access keys); the indexer and the reconciler (libs/discovery)
 * use it without knowing the content. Reads are system reads: every item, with the access keys that
 * the engine filters on.
 */
export interface SearchDocumentSource {
  readonly type: SearchDocumentType;
  /** The entity ids of this source whose documents `change` may have changed (often none). */
  affectedBy(change: ContentChange): readonly string[];
  /**
   * The current documents of these entities. An entity that is gone, or must not be found (a
   * rejected report, a profile without consent), is absent from the result: the indexer deletes it.
   */
  documents(entityIds: readonly string[]): Promise<SearchDocument[]>;
  /** Every document, in batches of about `size`, for a full rebuild. */
  batches(size: number): AsyncIterable<SearchDocument[]>;
  /** Id (`searchDocumentId`) and `updatedAt` of every document that should be in the index. */
  versions(): Promise<DocumentVersion[]>;
}

/** Every document of a source, page by page of ids (`idsAfter`: the next ids after one, in id order). */
export async function* documentsInBatches(
  idsAfter: (afterId: string | null, limit: number) => Promise<string[]>,
  documents: (ids: string[]) => Promise<SearchDocument[]>,
  size: number,
): AsyncIterable<SearchDocument[]> {
  let after: string | null = null;
  for (;;) {
    const ids = await idsAfter(after, size);
    if (ids.length === 0) return;
    yield await documents(ids);
    after = ids[ids.length - 1]!;
  }
}

/** A source's rows (entity id and last change) as the index's document versions. */
export function documentVersionsOf(
  type: SearchDocumentType,
  rows: readonly { id: string; updatedAt: Date }[],
): DocumentVersion[] {
  return rows.map((r) => ({ id: searchDocumentId(type, r.id), updatedAt: r.updatedAt.toISOString() }));
}

/** The start of a text for a hit's summary: at most `length` characters, with … when cut. */
export function summaryOf(text: string, length = 300): string {
  return text.length > length ? `${text.slice(0, length).trimEnd()}…` : text;
}
