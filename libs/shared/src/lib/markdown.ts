import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown as users write it (questions, answers, introductions), rendered to HTML that is safe to
 * put in a page. Two layers: markdown-it with raw HTML disabled and its link validator (no
 * `javascript:`/`vbscript:`/`data:` URLs except images), then sanitize-html with an allow-list of
 * tags, attributes, classes and URL schemes. Links get `rel="noopener noreferrer nofollow"`.
 *
 * Table alignment (`|--:|`) becomes a class, `ksp-align-left|center|right`, instead of markdown-it's
 * `style="text-align:…"`: the web app's CSP has no inline styles (`style-src 'self'`), and its
 * stylesheet aligns these classes. The web's preview (apps/web/src/components/markdown.ts) does
 * the same, so what an author previews is what readers get.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });

export const ALIGNMENT_CLASSES = ['ksp-align-left', 'ksp-align-center', 'ksp-align-right'] as const;

for (const cell of ['th_open', 'td_open'] as const) {
  md.renderer.rules[cell] = (tokens, idx, options, _env, self) => {
    const token = tokens[idx]!;
    const align = /^text-align:(left|center|right)$/.exec(String(token.attrGet('style') ?? ''))?.[1];
    token.attrs = token.attrs?.filter(([name]) => name !== 'style') ?? null;
    if (align) token.attrSet('class', `ksp-align-${align}`);
    return self.renderToken(tokens, idx, options);
  };
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'pre',
    'code',
    'em',
    'strong',
    's',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['class'], td: ['class'] },
  // Only the alignment classes, and no `style` anywhere (the pages' CSP would refuse it).
  allowedClasses: { th: [...ALIGNMENT_CLASSES], td: [...ALIGNMENT_CLASSES] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
  },
};

export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(md.render(markdown), SANITIZE);
}

/** Plain text of Markdown (for search documents, excerpts and notifications). */
export function markdownToText(markdown: string): string {
  return sanitizeHtml(md.render(markdown), { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, ' ')
    .trim();
}
