import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  RadioButton,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert, ErrorSummary, Loading, errorMessage, type FieldError } from '../components/feedback';
import { SelectField, TextAreaField, TextField } from '../components/fields';
import { PageHeading } from '../components/page-heading';
import { PolicyDomainPicker, commaList, toggled } from '../components/policy-domain-picker';
import { RouterLink } from '../components/router-link';
import { AVAILABILITIES, EXPERTISE_LEVELS } from '../expertise/labels';
import {
  MyExpertiseProfileDocument,
  SaveExpertiseProfileDocument,
  type ExpertiseAvailability,
  type ExpertiseLevel,
  type ExpertiseProfileFieldsFragment,
  type PolicyDomainTreeFragment,
} from '../gql/graphql';

const DOMAINS_MAX = 20;
const BIO_MAX = 1000;
const MAX_OPEN_LIMIT = 50;

/** The names of the current taakvelden, by code (for the level of each chosen one). */
function domainNames(tree: readonly PolicyDomainTreeFragment[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const h of tree) {
    names.set(h.code, h.name);
    for (const c of h.children) names.set(c.code, c.name);
  }
  return names;
}

function ProfileForm({
  profile,
  tree,
}: {
  profile: ExpertiseProfileFieldsFragment | null;
  tree: readonly PolicyDomainTreeFragment[];
}) {
  const { t } = useTranslation();
  const [levels, setLevels] = useState<ReadonlyMap<string, ExpertiseLevel>>(
    new Map((profile?.policyDomains ?? []).map((d) => [d.domain.code, d.level])),
  );
  const [keywords, setKeywords] = useState((profile?.keywords ?? []).join(', '));
  const [bio, setBio] = useState(profile?.bio ?? '');
  const [availability, setAvailability] = useState<ExpertiseAvailability>(
    profile?.availability ?? 'AVAILABLE',
  );
  const [maxOpen, setMaxOpen] = useState(String(profile?.maxOpenQuestions ?? 3));
  const [consent, setConsent] = useState(profile?.consentToRecommend ?? false);
  const [version, setVersion] = useState<number | null>(profile?.version ?? null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<'visible' | 'hidden' | null>(null);
  const [{ fetching }, save] = useMutation(SaveExpertiseProfileDocument);
  const names = domainNames(tree);
  const chosen = new Set(levels.keys());

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (levels.size === 0) found.push({ field: 'domains', message: t('profile.domainsRequired') });
    if (bio.length > BIO_MAX) found.push({ field: 'profile-bio', message: t('profile.bioTooLong') });
    const max = Number(maxOpen);
    if (!/^\d+$/.test(maxOpen.trim()) || max > MAX_OPEN_LIMIT)
      found.push({ field: 'profile-max-open', message: t('profile.maxOpenInvalid') });
    setErrors(found);
    setAttempt((n) => n + 1);
    setFailure(null);
    setSaved(null);
    if (found.length > 0) return;
    const result = await save({
      input: {
        policyDomains: [...levels].map(([code, level]) => ({ code, level })),
        keywords: commaList(keywords),
        bio: bio.trim(),
        availability,
        maxOpenQuestions: max,
        consentToRecommend: consent,
        expectedVersion: version,
      },
    });
    if (result.data) {
      setVersion(result.data.saveExpertiseProfile.version);
      setSaved(result.data.saveExpertiseProfile.consentToRecommend ? 'visible' : 'hidden');
    } else if (result.error) setFailure(errorMessage(t, result.error));
  }

  const error_ = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <ErrorAlert message={failure} />
      {saved ? (
        <Alert type="ok" role="status">
          <Paragraph>{t(saved === 'visible' ? 'profile.savedVisible' : 'profile.savedHidden')}</Paragraph>
        </Alert>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PolicyDomainPicker
          tree={tree}
          chosen={chosen}
          onToggle={(code) =>
            setLevels((map) => {
              const next = new Map(map);
              if (toggled(new Set(map.keys()), code).has(code)) next.set(code, 'GEVORDERD');
              else next.delete(code);
              return next;
            })
          }
          error={error_('domains')}
          max={DOMAINS_MAX}
          legend={t('profile.domains')}
          hint={t('profile.domainsHint')}
        />
        {levels.size > 0 ? (
          <Fieldset>
            <FieldsetLegend>{t('profile.levels')}</FieldsetLegend>
            <ul className="ksp-level-list">
              {[...levels].map(([code, level]) => (
                <li key={code}>
                  <SelectField
                    id={`level-${code}`}
                    label={t('profile.levelFor', { domain: `${code} ${names.get(code) ?? ''}`.trim() })}
                    value={level}
                    onChange={(value) => setLevels((map) => new Map(map).set(code, value as ExpertiseLevel))}
                  >
                    {EXPERTISE_LEVELS.map((value) => (
                      <SelectOption key={value} value={value}>
                        {t(`profile.level.${value}`)}
                      </SelectOption>
                    ))}
                  </SelectField>
                </li>
              ))}
            </ul>
          </Fieldset>
        ) : null}
        <TextField
          id="profile-keywords"
          label={`${t('profile.keywords')} ${t('common.optional')}`}
          description={t('ask.tagsHint')}
          value={keywords}
          onChange={setKeywords}
        />
        <TextAreaField
          id="profile-bio"
          label={`${t('profile.bio')} ${t('common.optional')}`}
          description={t('profile.bioHint')}
          value={bio}
          onChange={setBio}
          error={error_('profile-bio')}
          rows={5}
        />
        <Fieldset>
          <FieldsetLegend>{t('profile.availability')}</FieldsetLegend>
          <ul className="ksp-choice-list">
            {AVAILABILITIES.map((value) => {
              const id = `availability-${value.toLowerCase()}`;
              return (
                <li key={value}>
                  <RadioButton
                    id={id}
                    name="availability"
                    value={value}
                    checked={availability === value}
                    onChange={() => setAvailability(value)}
                  />
                  <FormLabel htmlFor={id} type="radio">
                    {t(`profile.availabilityOption.${value}`)}
                  </FormLabel>
                </li>
              );
            })}
          </ul>
        </Fieldset>
        <TextField
          id="profile-max-open"
          label={t('profile.maxOpen')}
          description={t('profile.maxOpenHint')}
          value={maxOpen}
          onChange={setMaxOpen}
          error={error_('profile-max-open')}
        />
        <Fieldset aria-describedby="profile-consent-hint">
          <FieldsetLegend>{t('profile.consentLegend')}</FieldsetLegend>
          <FormFieldDescription id="profile-consent-hint">{t('profile.consentHint')}</FormFieldDescription>
          <ul className="ksp-choice-list">
            <li>
              <Checkbox id="profile-consent" checked={consent} onChange={() => setConsent((c) => !c)} />
              <FormLabel htmlFor="profile-consent" type="checkbox">
                {t('profile.consent')}
              </FormLabel>
            </li>
          </ul>
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" busy={fetching} disabled={fetching}>
          {fetching ? t('profile.busy') : t('profile.save')}
        </Button>
      </form>
    </>
  );
}

/** /mijn-profiel — your own expertise profile, with consent to be recommended in plain words. */
export function MyProfilePage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: MyExpertiseProfileDocument,
    requestPolicy: 'network-only',
  });
  const heading = <PageHeading>{t('profile.title')}</PageHeading>;
  if (fetching && !data)
    return (
      <>
        {heading}
        <Loading />
      </>
    );
  if (error && !data)
    return (
      <>
        {heading}
        <ErrorAlert error={error} />
      </>
    );
  if (!data) return heading;
  return (
    <>
      {heading}
      <Paragraph>{t('profile.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/expertise">{t('profile.toDirectory')}</RouterLink>
      </Paragraph>
      <ProfileForm profile={data.myExpertiseProfile} tree={data.policyDomains} />
    </>
  );
}
