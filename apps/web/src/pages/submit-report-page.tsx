import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/session';
import { ErrorAlert, ErrorSummary, Loading, errorMessage, type FieldError } from '../components/feedback';
import { SelectField, TextAreaField, TextField } from '../components/fields';
import { PageHeading } from '../components/page-heading';
import { PolicyDomainPicker, commaList, toggled } from '../components/policy-domain-picker';
import {
  SubmitReportDocument,
  SubmitReportFormDocument,
  UploadReportFileDocument,
  type ReportType,
} from '../gql/graphql';
import { REPORT_TYPES } from '../reports/format';

const DOMAINS_MAX = 20;
const TITLE_MAX = 300;

/** The message of the file routes' JSON errors (`{ "error": { "code", "message" } }`). */
async function uploadError(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    return typeof body.error?.message === 'string' ? body.error.message : null;
  } catch {
    return null;
  }
}

/** /rapporten/indienen — submit a report with its metadata and (optionally) its file. */
export function SubmitReportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { snapshot } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: SubmitReportFormDocument });
  const [title, setTitle] = useState('');
  const [type, setType] = useState<ReportType>('ONDERZOEK');
  const [publisher, setPublisher] = useState(snapshot.user?.organisation.code ?? '');
  const [publicationDate, setPublicationDate] = useState('');
  const [authors, setAuthors] = useState('');
  const [domains, setDomains] = useState<ReadonlySet<string>>(new Set());
  const [summary, setSummary] = useState('');
  const [link, setLink] = useState('');
  const [tags, setTags] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  /** Once submitted, a failed upload is retried for the same report (never submitted twice). */
  const [reportId, setReportId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, submitReport] = useMutation(SubmitReportDocument);
  const [, uploadReportFile] = useMutation(UploadReportFileDocument);

  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;

  /** PUTs the file to a fresh upload URL; the server's message when it refuses it. */
  async function upload(id: string, chosen: File): Promise<string | null> {
    const grant = await uploadReportFile({ reportId: id, fileName: chosen.name });
    if (!grant.data) return grant.error ? errorMessage(t, grant.error) : t('errors.generic');
    try {
      const response = await fetch(grant.data.uploadReportFile.uploadUrl, {
        method: 'PUT',
        headers: { 'content-type': chosen.type || 'application/octet-stream' },
        body: chosen,
      });
      if (response.ok) return null;
      return (await uploadError(response)) ?? t('errors.generic');
    } catch {
      return t('errors.network');
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!reportId) {
      if (!title.trim()) found.push({ field: 'report-title', message: t('submitReport.titleRequired') });
      if (!publisher) found.push({ field: 'report-publisher', message: t('submitReport.publisherRequired') });
      if (!/^\d{4}-\d{2}-\d{2}$/.test(publicationDate))
        found.push({ field: 'report-date', message: t('submitReport.dateRequired') });
      if (domains.size === 0) found.push({ field: 'domains', message: t('ask.domainsRequired') });
      if (!summary.trim())
        found.push({ field: 'report-summary', message: t('submitReport.summaryRequired') });
      if (link.trim() && !/^https?:\/\/\S+$/i.test(link.trim()))
        found.push({ field: 'report-link', message: t('submitReport.linkInvalid') });
    }
    if (!link.trim() && !file) found.push({ field: 'report-file', message: t('submitReport.linkOrFile') });
    setErrors(found);
    setAttempt((n) => n + 1);
    setFailure(null);
    setFileError(null);
    if (found.length > 0) return;
    setBusy(true);
    try {
      let id = reportId;
      if (!id) {
        const result = await submitReport({
          input: {
            title: title.trim(),
            type,
            publisherOrganisationCode: publisher,
            publicationDate,
            authors: commaList(authors),
            policyDomainCodes: [...domains],
            summary: summary.trim(),
            link: link.trim() || null,
            tags: commaList(tags),
          },
        });
        if (!result.data) {
          setFailure(result.error ? errorMessage(t, result.error) : t('errors.generic'));
          return;
        }
        id = result.data.submitReport.id;
        setReportId(id);
      }
      if (file) {
        const refused = await upload(id, file);
        if (refused) {
          setFileError(refused);
          setFailure(t('submitReport.uploadFailed', { message: refused }));
          return;
        }
      }
      void navigate(`/rapporten/${id}`, { state: { submitted: true } });
    } finally {
      setBusy(false);
    }
  }

  const error_ = (field: string) => errors.find((e) => e.field === field)?.message;
  const fileMessage = error_('report-file') ?? fileError;
  const organisations = [...(data?.organisations ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <>
      <PageHeading>{t('submitReport.title')}</PageHeading>
      <Paragraph>{t('submitReport.intro')}</Paragraph>
      <ErrorSummary errors={errors} attempt={attempt} />
      <ErrorAlert message={failure} />
      {reportId ? <Paragraph>{t('submitReport.retryHint')}</Paragraph> : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="ksp-plain-fieldset" disabled={reportId !== null}>
          <TextField
            id="report-title"
            label={t('submitReport.reportTitle')}
            value={title}
            onChange={setTitle}
            maxLength={TITLE_MAX}
            error={error_('report-title')}
            required
          />
          <SelectField
            id="report-type"
            label={t('submitReport.type')}
            value={type}
            onChange={(value) => setType(value as ReportType)}
          >
            {REPORT_TYPES.map((value) => (
              <SelectOption key={value} value={value}>
                {t(`reports.types.${value}`)}
              </SelectOption>
            ))}
          </SelectField>
          <SelectField
            id="report-publisher"
            label={t('submitReport.publisher')}
            value={publisher}
            onChange={setPublisher}
            error={error_('report-publisher')}
            required
          >
            <SelectOption value="">{t('submitReport.choosePublisher')}</SelectOption>
            {organisations.map((o) => (
              <SelectOption key={o.code} value={o.code}>
                {o.name}
              </SelectOption>
            ))}
          </SelectField>
          <TextField
            id="report-date"
            type="date"
            label={t('submitReport.date')}
            value={publicationDate}
            onChange={setPublicationDate}
            error={error_('report-date')}
            required
          />
          <TextField
            id="report-authors"
            label={`${t('submitReport.authors')} ${t('common.optional')}`}
            description={t('submitReport.authorsHint')}
            value={authors}
            onChange={setAuthors}
          />
          <PolicyDomainPicker
            tree={data?.policyDomains ?? []}
            chosen={domains}
            onToggle={(code) => setDomains((set) => toggled(set, code))}
            error={error_('domains')}
            max={DOMAINS_MAX}
            hint={t('submitReport.domainsHint')}
          />
          <TextAreaField
            id="report-summary"
            label={t('submitReport.summary')}
            description={t('submitReport.summaryHint')}
            value={summary}
            onChange={setSummary}
            error={error_('report-summary')}
            rows={6}
            required
          />
          <TextField
            id="report-link"
            type="text"
            label={`${t('submitReport.link')} ${t('common.optional')}`}
            description={t('submitReport.linkHint')}
            value={link}
            onChange={setLink}
            error={error_('report-link')}
          />
          <TextField
            id="report-tags"
            label={`${t('ask.tags')} ${t('common.optional')}`}
            description={t('ask.tagsHint')}
            value={tags}
            onChange={setTags}
          />
        </fieldset>
        <FormField invalid={!!fileMessage} type="text">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="report-file">{t('submitReport.file')}</FormLabel>
          </div>
          <FormFieldDescription id="report-file-description" className="utrecht-form-field__description">
            {t('submitReport.fileHint')}
          </FormFieldDescription>
          {fileMessage ? (
            <FormFieldErrorMessage id="report-file-error" className="utrecht-form-field__error-message">
              {fileMessage}
            </FormFieldErrorMessage>
          ) : null}
          <div className="utrecht-form-field__input">
            <input
              id="report-file"
              name="report-file"
              type="file"
              className="ksp-file-input"
              accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              aria-invalid={fileMessage ? true : undefined}
              aria-describedby={`report-file-description${fileMessage ? ' report-file-error' : ''}`}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </div>
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {busy ? t('submitReport.busy') : reportId ? t('submitReport.retry') : t('submitReport.submit')}
        </Button>
      </form>
    </>
  );
}
