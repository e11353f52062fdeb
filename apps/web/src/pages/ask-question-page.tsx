import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/session';
import { ErrorAlert, ErrorSummary, Loading, errorMessage, type FieldError } from '../components/feedback';
import { TextAreaField, TextField } from '../components/fields';
import { PageHeading } from '../components/page-heading';
import { PolicyDomainPicker } from '../components/policy-domain-picker';
import { AskQuestionDocument, AskQuestionFormDocument, type AudienceScope } from '../gql/graphql';
import { endOfDutchDay } from '../questions/format';

const TITLE_MAX = 200;
const DOMAINS_MAX = 10;
type Scope = Extract<AudienceScope, 'NEIGHBOURS' | 'REGIONS' | 'MEMBERS' | 'PUBLIC'>;

function listFormat(language: string, names: readonly string[]): string {
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' }).format(names);
}

export function AskQuestionPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { snapshot } = useSession();
  const municipalityCode = snapshot.user?.organisation.municipalityCode ?? null;
  const [{ data, fetching, error }] = useQuery({
    query: AskQuestionFormDocument,
    variables: { municipalityCode: municipalityCode ?? '', withMunicipality: municipalityCode !== null },
  });
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [domains, setDomains] = useState<ReadonlySet<string>>(new Set());
  const [tags, setTags] = useState('');
  const [scope, setScope] = useState<Scope>(municipalityCode ? 'NEIGHBOURS' : 'REGIONS');
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

  const toggle = (set: ReadonlySet<string>, value: string) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!title.trim()) found.push({ field: 'question-title', message: t('ask.questionTitleRequired') });
    if (!body.trim()) found.push({ field: 'question-body', message: t('ask.bodyRequired') });
    if (domains.size === 0) found.push({ field: 'domains', message: t('ask.domainsRequired') });
    if (scope === 'REGIONS' && regionIds.size === 0)
      found.push({ field: 'audience-regions', message: t('ask.regionsRequired') });
    setErrors(found);
    setAttempt((n) => n + 1);
    setFailure(null);
    if (found.length > 0) return;
    const result = await ask({
      input: {
        title: title.trim(),
        body: body.trim(),
        policyDomainCodes: [...domains],
        tags: tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
        audience: { scope, regionIds: scope === 'REGIONS' ? [...regionIds] : null },
        deadline: deadline ? endOfDutchDay(deadline) : null,
      },
    });
    if (result.data) void navigate(`/vragen/${result.data.askQuestion.id}`, { state: { created: true } });
    else if (result.error) setFailure(errorMessage(t, result.error));
  }

  const error_ = (field: string) => errors.find((e) => e.field === field)?.message;
  const scopes: Scope[] = municipality
    ? ['NEIGHBOURS', 'REGIONS', 'MEMBERS', 'PUBLIC']
    : ['REGIONS', 'MEMBERS', 'PUBLIC'];
  const neighbourNames = municipality?.neighbours.map((n) => n.name) ?? [];
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
        <PolicyDomainPicker
          tree={data?.policyDomains ?? []}
          chosen={domains}
          onToggle={(code) => setDomains((set) => toggle(set, code))}
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
        <Fieldset aria-describedby={municipality ? undefined : 'audience-hint'}>
          <FieldsetLegend>{t('ask.audience')}</FieldsetLegend>
          {!municipality ? (
            <FormFieldDescription id="audience-hint">{t('ask.noMunicipality')}</FormFieldDescription>
          ) : null}
          <ul className="ksp-choice-list">
            {scopes.map((value) => {
              const id = `audience-${value.toLowerCase()}`;
              const hint =
                value === 'NEIGHBOURS' && municipality
                  ? t('ask.neighboursOf', {
                      name: municipality.name,
                      list: listFormat(i18n.language, neighbourNames),
                    })
                  : null;
              return (
                <li key={value}>
                  <RadioButton
                    id={id}
                    name="audience"
                    value={value}
                    checked={scope === value}
                    onChange={() => setScope(value)}
                    aria-describedby={hint ? `${id}-hint` : undefined}
                  />
                  <div>
                    <FormLabel htmlFor={id} type="radio">
                      {t(`ask.scope.${value}`)}
                    </FormLabel>
                    {hint ? (
                      <span id={`${id}-hint`} className="ksp-choice-hint">
                        {hint}
                      </span>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        </Fieldset>
        {scope === 'REGIONS' ? (
          <Fieldset
            invalid={!!error_('audience-regions')}
            aria-describedby={error_('audience-regions') ? 'audience-regions-error' : undefined}
          >
            <FieldsetLegend>{t('ask.regions')}</FieldsetLegend>
            {error_('audience-regions') ? (
              <FormFieldErrorMessage id="audience-regions-error">
                {error_('audience-regions')}
              </FormFieldErrorMessage>
            ) : null}
            <ul className="ksp-choice-list">
              {regions.map((region, index) => {
                const id = index === 0 ? 'audience-regions' : `audience-region-${region.id}`;
                return (
                  <li key={region.id}>
                    <Checkbox
                      id={id}
                      checked={regionIds.has(region.id)}
                      onChange={() => setRegionIds((set) => toggle(set, region.id))}
                    />
                    <FormLabel htmlFor={id} type="checkbox">
                      {region.name}{' '}
                      <span className="ksp-meta">({t(`municipality.regionKind.${region.kind}`)})</span>
                    </FormLabel>
                  </li>
                );
              })}
            </ul>
          </Fieldset>
        ) : null}
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
