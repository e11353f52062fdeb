import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorCode } from '../graphql/client';

/** A message for people from a failed request: by the error's stable code, in the chosen language. */
export function errorMessage(t: TFunction, error: CombinedError): string {
  if (error.networkError) return t('errors.network');
  const first = error.graphQLErrors[0];
  switch (errorCode(error)) {
    case 'UNAUTHENTICATED':
      return t('errors.UNAUTHENTICATED');
    case 'FORBIDDEN':
      return t('errors.FORBIDDEN');
    case 'NOT_FOUND':
      return t('errors.NOT_FOUND');
    case 'CONFLICT':
      return first?.message ?? t('errors.CONFLICT');
    case 'RATE_LIMITED':
      return t('errors.RATE_LIMITED', { seconds: Number(first?.extensions?.['retryAfterSeconds'] ?? 60) });
    case 'SEARCH_UNAVAILABLE':
      return t('errors.SEARCH_UNAVAILABLE');
    case 'BAD_USER_INPUT':
      // The API's own message names the field and what it expects (Dutch; see docs/adr/0010).
      return first?.message ?? t('errors.generic');
    default:
      return t('errors.generic');
  }
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" aria-live="polite">
      {t('common.loading')}
    </Paragraph>
  );
}

export function ErrorAlert({
  error,
  message,
}: {
  error?: CombinedError | undefined;
  message?: string | null;
}) {
  const { t } = useTranslation();
  const text = message ?? (error ? errorMessage(t, error) : null);
  if (!text) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/**
 * The errors of a form after a submit, with links to the fields; it takes the focus, so that
 * everyone learns at once that the form was not sent, and why (WCAG 3.3.1).
 */
export function ErrorSummary({ errors, attempt }: { errors: readonly FieldError[]; attempt: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [attempt, errors.length]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="ksp-error-summary">
      <Alert type="error">
        <Heading2>{t('common.errorSummary')}</Heading2>
        <ul>
          {errors.map((e) => (
            <li key={e.field}>
              <a className="utrecht-link utrecht-link--html-a" href={`#${e.field}`}>
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
