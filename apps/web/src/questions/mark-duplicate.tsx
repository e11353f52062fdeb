import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ErrorAlert, errorMessage } from '../components/feedback';
import { ItemPicker, type PickedItem } from '../curation/item-picker';
import { MarkDuplicateDocument } from '../gql/graphql';

const QUESTION_ONLY = ['QUESTION'] as const;

/**
 * A coordinator of the asker's region merges this question into another: find the other question
 * (taakveld and title words, or its id or link), confirm, done. The question closes and its
 * followers move to the other one; `onMerged` tells the page, which then says so at the top.
 */
export function MarkDuplicate({
  question,
  onMerged,
}: {
  question: { id: string; title: string };
  onMerged: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<PickedItem | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, merge] = useMutation(MarkDuplicateDocument);
  const openButton = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLParagraphElement>(null);
  const confirmation = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (open && !target) panel.current?.focus();
  }, [open, target]);
  useEffect(() => {
    if (target) confirmation.current?.focus();
  }, [target]);

  async function confirm() {
    if (!target) return;
    setFailure(null);
    const result = await merge({ questionId: question.id, duplicateOfId: target.id });
    if (result.error) setFailure(errorMessage(t, result.error));
    else onMerged();
  }

  const close = () => {
    setOpen(false);
    setTarget(null);
    setFailure(null);
    requestAnimationFrame(() => openButton.current?.focus());
  };

  return (
    <section aria-labelledby="merge-heading" className="ksp-curator-panel">
      <Heading2 id="merge-heading">{t('merge.heading')}</Heading2>
      {!open ? (
        <>
          <Paragraph>{t('merge.intro')}</Paragraph>
          <Button
            ref={openButton}
            type="button"
            appearance="secondary-action-button"
            aria-expanded={false}
            onClick={() => setOpen(true)}
          >
            {t('merge.start')}
          </Button>
        </>
      ) : target ? (
        <div role="group" aria-labelledby="merge-confirm">
          <Paragraph id="merge-confirm" ref={confirmation} tabIndex={-1} className="ksp-focus-target">
            {t('merge.confirmQuestion', { title: question.title, target: target.title })}
          </Paragraph>
          <Paragraph className="ksp-meta">{t('merge.consequences')}</Paragraph>
          <ErrorAlert message={failure} />
          <ButtonGroup>
            <Button
              type="button"
              appearance="primary-action-button"
              busy={fetching}
              disabled={fetching}
              onClick={() => void confirm()}
            >
              {t('merge.confirm')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setTarget(null)}>
              {t('merge.otherTarget')}
            </Button>
            <Button type="button" appearance="subtle-button" onClick={close}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <>
          <Paragraph ref={panel} tabIndex={-1} className="ksp-focus-target">
            {t('merge.chooseIntro')}
          </Paragraph>
          <ItemPicker
            heading={t('merge.findTarget')}
            types={QUESTION_ONLY}
            isChosen={() => false}
            exclude={(_, id) => id === question.id}
            actionText={t('merge.choose')}
            actionLabel={(title) => t('merge.chooseNamed', { title })}
            chosenText=""
            onPick={setTarget}
          />
          <Button type="button" appearance="subtle-button" onClick={close}>
            {t('common.cancel')}
          </Button>
        </>
      )}
    </section>
  );
}
