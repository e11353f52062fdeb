import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useSession } from '../auth/session';
import { ErrorAlert, ErrorSummary, errorMessage, type FieldError } from '../components/feedback';
import { PageHeading } from '../components/page-heading';
import { errorCode } from '../graphql/client';
import { AcceptInvitationDocument } from '../gql/graphql';
import { NewPasswordFields, passwordErrors } from './new-password';

/** /uitnodiging?token=…: the link in the invitation mail; choosing a password activates the account. */
export function InvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const { start } = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, accept] = useMutation(AcceptInvitationDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = passwordErrors(t, 'invitation', password, repeat);
    setErrors(found);
    setAttempt((n) => n + 1);
    setFailure(null);
    if (found.length > 0 || !token) return;
    const result = await accept({ token, password });
    if (result.data) {
      start(result.data.acceptInvitation);
      void navigate('/', { replace: true });
    } else if (result.error) {
      const code = errorCode(result.error);
      setFailure(
        code === 'NOT_FOUND' || code === 'UNAUTHENTICATED' || code === 'CONFLICT'
          ? t('invitation.failed')
          : errorMessage(t, result.error),
      );
    }
  }

  return (
    <div className="ksp-narrow">
      <PageHeading>{t('invitation.title')}</PageHeading>
      {!token ? (
        <ErrorAlert message={t('invitation.missingToken')} />
      ) : (
        <>
          <Paragraph>{t('invitation.intro')}</Paragraph>
          <ErrorSummary errors={errors} attempt={attempt} />
          <ErrorAlert message={failure} />
          <form onSubmit={(event) => void submit(event)} noValidate>
            <NewPasswordFields
              prefix="invitation"
              password={password}
              repeat={repeat}
              onPassword={setPassword}
              onRepeat={setRepeat}
              errors={errors}
            />
            <Button type="submit" appearance="primary-action-button" busy={fetching} disabled={fetching}>
              {t('invitation.submit')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
