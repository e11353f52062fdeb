import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { safeReturnPath } from '../auth/require-session';
import { useSession } from '../auth/session';
import { ErrorAlert, ErrorSummary, errorMessage, type FieldError } from '../components/feedback';
import { TextField } from '../components/fields';
import { PageHeading } from '../components/page-heading';
import { RouterLink } from '../components/router-link';
import { errorCode } from '../graphql/client';
import { LoginDocument, OidcLoginOptionsDocument } from '../gql/graphql';

function OrganisationLogin({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: OidcLoginOptionsDocument });
  const options = data?.oidcLoginOptions ?? [];
  if (options.length === 0) return null;
  return (
    <section aria-labelledby="login-oidc">
      <Heading2 id="login-oidc">{t('login.viaOrganisation')}</Heading2>
      <Paragraph>{t('login.viaOrganisationIntro')}</Paragraph>
      <ul className="ksp-list-plain">
        {options.map((option) => (
          <li key={option.code}>
            <a
              className="utrecht-link utrecht-link--html-a"
              href={`${option.startUrl}?redirect=${encodeURIComponent(returnTo)}`}
            >
              {t('login.viaOrganisationLink', { name: option.name })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  const { snapshot, start } = useSession();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('terug'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, login] = useMutation(LoginDocument);

  if (snapshot.status === 'authenticated') return <Navigate to={returnTo} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!email.trim()) found.push({ field: 'login-email', message: t('login.emailRequired') });
    if (!password) found.push({ field: 'login-password', message: t('login.passwordRequired') });
    setErrors(found);
    setAttempt((n) => n + 1);
    setFailure(null);
    if (found.length > 0) return;
    const result = await login({ email: email.trim(), password });
    if (result.data) {
      start(result.data.login);
      return;
    }
    if (result.error) {
      setFailure(
        errorCode(result.error) === 'UNAUTHENTICATED' ? t('login.failed') : errorMessage(t, result.error),
      );
    }
  }

  const fieldError = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <div className="ksp-narrow">
      <PageHeading>{t('login.title')}</PageHeading>
      {params.get('fout') === 'oidc' ? (
        <Alert type="error" role="alert">
          <Paragraph>{t('login.oidcFailed')}</Paragraph>
        </Alert>
      ) : null}
      {params.has('terug') && !params.get('fout') ? <Paragraph>{t('login.loginRequired')}</Paragraph> : null}
      <ErrorSummary errors={errors} attempt={attempt} />
      <ErrorAlert message={failure} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="login-email"
          type="email"
          autoComplete="username"
          label={t('login.email')}
          value={email}
          onChange={setEmail}
          error={fieldError('login-email')}
          required
        />
        <TextField
          id="login-password"
          type="password"
          autoComplete="current-password"
          label={t('login.password')}
          value={password}
          onChange={setPassword}
          error={fieldError('login-password')}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={fetching} disabled={fetching}>
          {fetching ? t('login.busy') : t('login.submit')}
        </Button>
      </form>
      <OrganisationLogin returnTo={returnTo} />
      <Paragraph>
        {t('login.noAccount')} <RouterLink to="/registreren">{t('login.registerLink')}</RouterLink>
      </Paragraph>
    </div>
  );
}
