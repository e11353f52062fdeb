import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ErrorAlert, ErrorSummary, errorMessage, type FieldError } from '../components/feedback';
import { TextField } from '../components/fields';
import { PageHeading } from '../components/page-heading';
import { RouterLink } from '../components/router-link';
import { RegisterDocument } from '../gql/graphql';
import { NewPasswordFields, passwordErrors } from './new-password';

/** Registering with a work address; the API mails a confirmation link (to /bevestigen). */
export function RegisterPage() {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [{ fetching }, register] = useMutation(RegisterDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!displayName.trim())
      found.push({ field: 'register-name', message: t('register.displayNameRequired') });
    if (!email.trim()) found.push({ field: 'register-email', message: t('register.emailRequired') });
    found.push(...passwordErrors(t, 'register', password, repeat));
    setErrors(found);
    setAttempt((n) => n + 1);
    setFailure(null);
    if (found.length > 0) return;
    const result = await register({ displayName: displayName.trim(), email: email.trim(), password });
    if (result.data) setDone(true);
    else if (result.error) setFailure(errorMessage(t, result.error));
  }

  const error = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <div className="ksp-narrow">
      <PageHeading>{t('register.title')}</PageHeading>
      {done ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('register.done')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('register.intro')}</Paragraph>
          <ErrorSummary errors={errors} attempt={attempt} />
          <ErrorAlert message={failure} />
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextField
              id="register-name"
              autoComplete="name"
              label={t('register.displayName')}
              value={displayName}
              onChange={setDisplayName}
              error={error('register-name')}
              required
            />
            <TextField
              id="register-email"
              type="email"
              autoComplete="email"
              label={t('register.email')}
              value={email}
              onChange={setEmail}
              error={error('register-email')}
              required
            />
            <NewPasswordFields
              prefix="register"
              password={password}
              repeat={repeat}
              onPassword={setPassword}
              onRepeat={setRepeat}
              errors={errors}
            />
            <Button type="submit" appearance="primary-action-button" busy={fetching} disabled={fetching}>
              {t('register.submit')}
            </Button>
          </form>
        </>
      )}
      <Paragraph>
        {t('register.haveAccount')} <RouterLink to="/inloggen">{t('shell.logIn')}</RouterLink>
      </Paragraph>
    </div>
  );
}
