import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ErrorAlert, ErrorSummary, errorMessage, type FieldError } from '../components/feedback';
import { TextAreaField } from '../components/fields';
import { PublishReportDocument, RejectReportDocument } from '../gql/graphql';

const REASON_MIN = 3;

/**
 * Publish or reject a submitted report (a coordinator of the submitter's region, or an admin).
 * Rejecting asks for the reason, which the submitter sees. `label` names the report for the
 * buttons when several are on one page (the review queue).
 */
export function ReviewActions({
  reportId,
  label,
  onDone,
}: {
  reportId: string;
  label?: string;
  onDone?: (outcome: 'published' | 'rejected') => void;
}) {
  const { t } = useTranslation();
  const [publishing, publish] = useMutation(PublishReportDocument);
  const [rejecting, reject] = useMutation(RejectReportDocument);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const fieldId = `reject-reason-${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;

  async function doPublish() {
    setFailure(null);
    const result = await publish({ id: reportId });
    if (result.error) setFailure(errorMessage(t, result.error));
    else onDone?.('published');
  }

  async function doReject(event: FormEvent) {
    event.preventDefault();
    const found =
      reason.trim().length < REASON_MIN
        ? [{ field: fieldId, message: t('report.rejectReasonRequired') }]
        : [];
    setErrors(found);
    setAttempt((n) => n + 1);
    setFailure(null);
    if (found.length > 0) return;
    const result = await reject({ id: reportId, reason: reason.trim() });
    if (result.error) setFailure(errorMessage(t, result.error));
    else onDone?.('rejected');
  }

  return (
    <div className="ksp-review-actions">
      <ErrorAlert message={failure} />
      {asking ? (
        <form onSubmit={(event) => void doReject(event)} noValidate>
          <ErrorSummary errors={errors} attempt={attempt} />
          <TextAreaField
            id={fieldId}
            label={label ? t('report.rejectReasonFor', { title: label }) : t('report.rejectReason')}
            description={t('report.rejectReasonHint')}
            value={reason}
            onChange={setReason}
            error={errors[0]?.message}
            rows={3}
            required
          />
          <ButtonGroup>
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={rejecting.fetching}
              disabled={rejecting.fetching}
            >
              {t('report.rejectSubmit')}
            </Button>
            <Button
              type="button"
              appearance="subtle-button"
              onClick={() => {
                setAsking(false);
                setErrors([]);
                requestAnimationFrame(() => rejectButton.current?.focus());
              }}
            >
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <ButtonGroup>
          <Button
            type="button"
            appearance="primary-action-button"
            busy={publishing.fetching}
            disabled={publishing.fetching}
            aria-label={label ? t('report.publishNamed', { title: label }) : undefined}
            onClick={() => void doPublish()}
          >
            {t('report.publish')}
          </Button>
          <Button
            ref={rejectButton}
            type="button"
            appearance="secondary-action-button"
            aria-label={label ? t('report.rejectNamed', { title: label }) : undefined}
            onClick={() => {
              setAsking(true);
              requestAnimationFrame(() => document.getElementById(fieldId)?.focus());
            }}
          >
            {t('report.reject')}
          </Button>
        </ButtonGroup>
      )}
      {asking ? null : <Paragraph className="ksp-meta">{t('report.reviewHint')}</Paragraph>}
    </div>
  );
}
