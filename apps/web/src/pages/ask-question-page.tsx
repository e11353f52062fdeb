import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/session';
import { ErrorAlert, ErrorSummary, Loading, errorMessage, type FieldError } from '../components/feedback';
import { TextAreaField, TextField } from '../components/fields';
import { PageHeading } from '../components/page-heading';
import { AudienceChooser, REGIONS_FIELD, type ChosenScope } from '../components/audience-chooser';
import { PolicyDomainPicker, commaList, toggled } from '../components/policy-domain-picker';
import { AskQuestionDocument, AskQuestionFormDocument } from '../gql/graphql';
import { DraftMatches } from '../matching/draft-matches';
import { endOfDutchDay } from '../questions/format';

const TITLE_MAX = 200;
const DOMAINS_MAX = 10;

/**
 * The question being written, kept while the app is open: the suggestions next to the form link
 * to other pages, and coming back (the back button, or the menu) finds the question as it was.
 * Cleared once the question is sent; only ever shown to the person who wrote it (the next person
 * to log in on this tab starts with an empty form).
 */
interface Draft {
  readonly title: string;
  readonly body: string;
  readonly domains: ReadonlySet<string>;
  readonly tags: string;
}
let keptDraft: (Draft & { readonly userId: string }) | null = null;

export function AskQuestionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { snapshot } = useSession();
  const municipalityCode = snapshot.user?.organisation.municipalityCode ?? null;
  const [{ data, fetching, error }] = useQuery({
    query: AskQuestionFormDocument,
    variables: { municipalityCode: municipalityCode ?? '', withMunicipality: municipalityCode !== null },
  });
  const userId = snapshot.user?.id ?? '';
  const [kept] = useState(() => (keptDraft?.userId === userId ? keptDraft : null));
  const [title, setTitle] = useState(kept?.title ?? '');
  const [body, setBody] = useState(kept?.body ?? '');
  const [domains, setDomains] = useState<ReadonlySet<string>>(kept?.domains ?? new Set());
  const [tags, setTags] = useState(kept?.tags ?? '');
  useEffect(() => {
    keptDraft = title || body || domains.size > 0 || tags ? { userId, title, body, domains, tags } : null;
  }, [userId, title, body, domains, tags]);
  const [scope, setScope] = useState<ChosenScope>(municipalityCode ? 'NEIGHBOURS' : 'REGIONS');
  const [regionIds, setRegionIds] = useState<ReadonlySet<string>>(new Set());
  const [deadline, setDeadline] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching: sending }, ask] = useMutation(AskQuestionDocument);
  const municipality = data?.municipality ?? null;
  const regions = useMemo(() => municipality?.regions ?? data?.allRegions ?? [], [municipality, data]);

  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!title.trim()) found.push({ field: 'question-title', message: t('ask.questionTitleRequired') });
    if (!body.trim()) found.push({ field: 'question-body', message: t('ask.bodyRequired') });
    if (domains.size === 0) found.push({ field: 'domains', message: t('ask.domainsRequired') });
    if (scope === 'REGIONS' && regionIds.size === 0)
      found.push({ field: REGIONS_FIELD, message: t('ask.regionsRequired') });
    setErrors(found);
    setAttempt((n) => n + 1);
    setFailure(null);
    if (found.length > 0) return;
    const result = await ask({
      input: {
        title: title.trim(),
        body: body.trim(),
        policyDomainCodes: [...domains],
        tags: commaList(tags),
        audience: { scope, regionIds: scope === 'REGIONS' ? [...regionIds] : null },
        deadline: deadline ? endOfDutchDay(deadline) : null,
      },
    });
    if (result.data) {
      keptDraft = null;
      void navigate(`/vragen/${result.data.askQuestion.id}`, { state: { created: true } });
    } else if (result.error) setFailure(errorMessage(t, result.error));
  }

  const error_ = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <>
      <PageHeading>{t('ask.title')}</PageHeading>
      <Paragraph>{t('ask.intro')}</Paragraph>
      <ErrorSummary errors={errors} attempt={attempt} />
      <ErrorAlert message={failure} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="question-title"
          label={t('ask.questionTitle')}
          value={title}
          onChange={setTitle}
          maxLength={TITLE_MAX}
          error={error_('question-title')}
          required
        />
        <TextAreaField
          id="question-body"
          label={t('ask.body')}
          description={t('ask.bodyHint')}
          value={body}
          onChange={setBody}
          error={error_('question-body')}
          required
        />
        <DraftMatches title={title} body={body} policyDomainCodes={[...domains]} />
        <PolicyDomainPicker
          tree={data?.policyDomains ?? []}
          chosen={domains}
          onToggle={(code) => setDomains((set) => toggled(set, code))}
          error={error_('domains')}
          max={DOMAINS_MAX}
        />
        <TextField
          id="question-tags"
          label={`${t('ask.tags')} ${t('common.optional')}`}
          description={t('ask.tagsHint')}
          value={tags}
          onChange={setTags}
        />
        <AudienceChooser
          legend={t('ask.audience')}
          municipality={municipality}
          regions={regions}
          scope={scope}
          onScope={setScope}
          regionIds={regionIds}
          onToggleRegion={(id) => setRegionIds((set) => toggled(set, id))}
          regionsError={error_(REGIONS_FIELD)}
        />
        <TextField
          id="question-deadline"
          type="date"
          label={`${t('ask.deadline')} ${t('common.optional')}`}
          value={deadline}
          onChange={setDeadline}
        />
        <Button type="submit" appearance="primary-action-button" busy={sending} disabled={sending}>
          {sending ? t('ask.busy') : t('ask.submit')}
        </Button>
      </form>
    </>
  );
}
