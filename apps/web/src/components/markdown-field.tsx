import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from './fields';
import { loadPreviewMarkdown, type MarkdownIt } from './markdown';
import { RichText } from './rich-text';

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
    void loadPreviewMarkdown().then((loaded) => {
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
