import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { default as MarkdownItClass } from 'markdown-it';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from './fields';
import { RichText } from './rich-text';

type MarkdownIt = InstanceType<typeof MarkdownItClass>;

let renderer: Promise<MarkdownIt> | null = null;

/**
 * markdown-it as the API configures it (libs/shared/src/lib/markdown.ts: no raw HTML, its link
 * validator, linkify, line breaks), loaded on first use. The preview shows what the author typed
 * in their own browser; what readers get is rendered and sanitized by the API. Images and table
 * alignment are left out: the page's CSP would refuse other sites' images and inline styles.
 */
function markdown(): Promise<MarkdownIt> {
  renderer ??= import('markdown-it').then(({ default: Markdown }) => {
    const md = new Markdown({ html: false, linkify: true, typographer: false, breaks: true });
    md.disable(['image']);
    for (const cell of ['th_open', 'td_open'] as const) {
      md.renderer.rules[cell] = (tokens, idx, options, _env, self) => {
        const token = tokens[idx]!;
        token.attrs = token.attrs?.filter(([name]) => name !== 'style') ?? null;
        return self.renderToken(tokens, idx, options);
      };
    }
    const link = md.renderer.rules.link_open;
    md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
      tokens[idx]!.attrSet('rel', 'noopener noreferrer nofollow');
      return link ? link(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    };
    return md;
  });
  return renderer;
}

/**
 * A Markdown text area with a preview below it, shown on request and following the text as it is
 * typed. The text area stays: nothing moves away from under the keyboard.
 */
export function MarkdownField(props: {
  id: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  rows?: number;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [md, setMd] = useState<MarkdownIt | null>(null);
  useEffect(() => {
    if (!shown || md) return;
    let live = true;
    void markdown().then((loaded) => {
      if (live) setMd(loaded);
    });
    return () => {
      live = false;
    };
  }, [shown, md]);
  const previewId = `${props.id}-preview`;
  return (
    <div className="ksp-markdown-field">
      <TextAreaField
        id={props.id}
        label={props.label}
        description={props.description}
        value={props.value}
        onChange={props.onChange}
        error={props.error}
        rows={props.rows ?? 8}
      />
      <Button
        type="button"
        appearance="subtle-button"
        aria-expanded={shown}
        aria-controls={shown ? previewId : undefined}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? t('markdown.hidePreview') : t('markdown.showPreview')}
      </Button>
      {shown ? (
        <section id={previewId} className="ksp-preview" aria-labelledby={`${previewId}-heading`}>
          <Heading3 id={`${previewId}-heading`}>{t('markdown.preview')}</Heading3>
          {!md ? (
            <Paragraph>{t('common.loading')}</Paragraph>
          ) : props.value.trim() ? (
            <RichText html={md.render(props.value)} />
          ) : (
            <Paragraph className="ksp-meta">{t('markdown.empty')}</Paragraph>
          )}
        </section>
      ) : null}
    </div>
  );
}
