import type { default as MarkdownItClass } from 'markdown-it';

export type MarkdownIt = InstanceType<typeof MarkdownItClass>;

/**
 * markdown-it as the API configures it (libs/shared/src/lib/markdown.ts: no raw HTML, its link
 * validator, linkify, line breaks; table alignment as the classes `ksp-align-left|center|right`,
 * which app.css aligns, since the page's CSP refuses inline styles). The preview shows what the
 * author typed in their own browser; what readers get is rendered and sanitized by the API.
 * Images are left out: the page's CSP would refuse other sites' images (and the API drops them).
 */
export function previewMarkdown(Markdown: typeof MarkdownItClass): MarkdownIt {
  const md = new Markdown({ html: false, linkify: true, typographer: false, breaks: true });
  md.disable(['image']);
  for (const cell of ['th_open', 'td_open'] as const) {
    md.renderer.rules[cell] = (tokens, idx, options, _env, self) => {
      const token = tokens[idx]!;
      const align = /^text-align:(left|center|right)$/.exec(String(token.attrGet('style') ?? ''))?.[1];
      token.attrs = token.attrs?.filter(([name]) => name !== 'style') ?? null;
      if (align) token.attrSet('class', `ksp-align-${align}`);
      return self.renderToken(tokens, idx, options);
    };
  }
  const link = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx]!.attrSet('rel', 'noopener noreferrer nofollow');
    return link ? link(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  return md;
}

let renderer: Promise<MarkdownIt> | null = null;

/** The preview's renderer, loaded on first use (markdown-it is not in the first bundle). */
export function loadPreviewMarkdown(): Promise<MarkdownIt> {
  renderer ??= import('markdown-it').then(({ default: Markdown }) => previewMarkdown(Markdown));
  return renderer;
}
