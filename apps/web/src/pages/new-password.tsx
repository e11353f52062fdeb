import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../components/feedback';
import { TextField } from '../components/fields';

export const MIN_PASSWORD_LENGTH = 12;

/** The client-side checks (the API applies its full policy and says what is wrong). */
export function passwordErrors(t: TFunction, prefix: string, password: string, repeat: string): FieldError[] {
  if (password.length < MIN_PASSWORD_LENGTH)
    return [{ field: `${prefix}-password`, message: t('password.tooShort') }];
  if (password !== repeat) return [{ field: `${prefix}-repeat`, message: t('password.mismatch') }];
  return [];
}

export function NewPasswordFields(props: {
  prefix: string;
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation();
  const { prefix, errors } = props;
  const error = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <>
      <TextField
        id={`${prefix}-password`}
        type="password"
        autoComplete="new-password"
        label={t('password.new')}
        description={t('password.hint')}
        value={props.password}
        onChange={props.onPassword}
        error={error(`${prefix}-password`)}
        required
      />
      <TextField
        id={`${prefix}-repeat`}
        type="password"
        autoComplete="new-password"
        label={t('password.repeat')}
        value={props.repeat}
        onChange={props.onRepeat}
        error={error(`${prefix}-repeat`)}
        required
      />
    </>
  );
}
