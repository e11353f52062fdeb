/** Lower case without accents: "Coördinatie" matches "coordinatie". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Every word of the search text is somewhere in the title (no words: every title). */
export function titleMatches(title: string, search: string): boolean {
  const haystack = fold(title);
  return fold(search)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** An id, or the address of the item's page (…/vragen/<id>, …/rapporten/<id>), as the id. */
export function idFromInput(text: string): string {
  const trimmed = text.trim();
  const fromPath = /\/(?:vragen|rapporten|dossiers)\/([^/?#\s]+)/.exec(trimmed);
  return fromPath?.[1] ?? trimmed;
}

export interface DeadlineWindow {
  readonly edges: readonly {
    readonly node: {
      readonly deadline: string | null;
      readonly answerCount: number;
      readonly author: { readonly organisation: { readonly municipalityCode: string | null } };
    };
  }[];
  readonly pageInfo: { readonly hasNextPage: boolean };
}

/**
 * Open questions past their deadline without any answer, per gemeente of the asker, from the open
 * questions sorted by deadline (earliest first, those without one last). `complete` is false when
 * the window ended while still in the past: then the counts are a lower bound.
 */
export function overduePerMunicipality(
  byDeadline: DeadlineWindow,
  now: Date,
): { counts: Map<string, number>; total: number; complete: boolean } {
  const counts = new Map<string, number>();
  let total = 0;
  let lastWasOverdue = false;
  for (const { node } of byDeadline.edges) {
    lastWasOverdue = !!node.deadline && new Date(node.deadline).getTime() < now.getTime();
    if (!lastWasOverdue) break;
    if (node.answerCount > 0) continue;
    const code = node.author.organisation.municipalityCode;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    total += 1;
  }
  return { counts, total, complete: !(lastWasOverdue && byDeadline.pageInfo.hasNextPage) };
}
