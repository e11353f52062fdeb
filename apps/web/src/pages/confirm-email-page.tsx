import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useSession } from '../auth/session';
import { ErrorAlert, Loading } from '../components/feedback';
import { PageHeading } from '../components/page-heading';
import { ConfirmEmailDocument } from '../gql/graphql';

/** /bevestigen?token=…: the link in the confirmation mail; confirming logs the person in. */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const { start } = useSession();
  const [failed, setFailed] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [, confirm] = useMutation(ConfirmEmailDocument);
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return; // a token works once: never send it twice
    sent.current = true;
    void confirm({ token }).then((result) => {
      if (result.data) {
        start(result.data.confirmEmail);
        setConfirmed(true);
      } else setFailed(true);
    });
  }, [token, confirm, start]);

  if (confirmed) return <Navigate to="/" replace />;
  return (
    <div className="ksp-narrow">
      <PageHeading>{t('confirm.title')}</PageHeading>
      {!token ? (
        <ErrorAlert message={t('confirm.missingToken')} />
      ) : failed ? (
        <ErrorAlert message={t('confirm.failed')} />
      ) : (
        <Loading />
      )}
    </div>
  );
}
