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
