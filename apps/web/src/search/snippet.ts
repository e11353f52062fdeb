/**
 * Search snippets and suggestions arrive as "safe HTML": escaped text with only `<mark>…</mark>`
 * around the words that matched. The app does not take that on trust (no dangerouslySetInnerHTML):
 * it splits the string at the `<mark>` and `</mark>` markers, decodes the HTML entities of the text
 * between them, and React renders the parts as text, the marked ones in a `<mark>` element. Any
 * other markup would be shown as the literal text it is.
 */
export interface SnippetPart {
  readonly text: string;
  readonly marked: boolean;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** `&amp;` → `&`, `&#39;` → `'`, `&#x27;` → `'`; unknown or invalid entities stay as they are. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body] ?? entity;
  });
}

/** The parts of a snippet, in order; neighbouring parts never have the same `marked`. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  for (const piece of snippet.split(/(<\/?mark>)/i)) {
    const lower = piece.toLowerCase();
    if (lower === '<mark>') {
      marked = true;
      continue;
    }
    if (lower === '</mark>') {
      marked = false;
      continue;
    }
    if (piece === '') continue;
    const text = decodeEntities(piece);
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) parts[parts.length - 1] = { text: last.text + text, marked };
    else parts.push({ text, marked });
  }
  return parts;
}

/** The snippet as plain text (no marks), e.g. for a title attribute or a comparison. */
export function snippetText(snippet: string): string {
  return snippetParts(snippet)
    .map((p) => p.text)
    .join('');
}
