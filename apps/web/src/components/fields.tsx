import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface FieldProps {
  /** The control's id: the error summary links to it. */
  readonly id: string;
  readonly label: ReactNode;
  readonly description?: ReactNode;
  readonly error?: string | null | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly required?: boolean;
}

function describedBy(
  id: string,
  description: ReactNode,
  error: string | null | undefined,
): string | undefined {
  return (
    [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined
  );
}

function Parts({
  id,
  label,
  description,
  error,
}: Pick<FieldProps, 'id' | 'label' | 'description' | 'error'>) {
  return (
    <>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description ? (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
    </>
  );
}

/** A labelled text input (NL Design System form field) with its description and error. */
export function TextField(
  props: FieldProps & {
    readonly type?: 'text' | 'email' | 'password' | 'date' | 'search';
    readonly autoComplete?: string;
    readonly maxLength?: number;
  },
) {
  const { id, error, description, value, onChange, type = 'text', autoComplete, required, maxLength } = props;
  return (
    <FormField invalid={!!error} type="text">
      <Parts {...props} />
      <div className="utrecht-form-field__input">
        <Textbox
          id={id}
          name={id}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          required={required}
          maxLength={maxLength}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, description, error)}
        />
      </div>
    </FormField>
  );
}

/** A labelled multi-line text input. */
export function TextAreaField(props: FieldProps & { readonly rows?: number }) {
  const { id, error, description, value, onChange, required, rows = 8 } = props;
  return (
    <FormField invalid={!!error} type="textarea">
      <Parts {...props} />
      <div className="utrecht-form-field__input">
        <Textarea
          id={id}
          name={id}
          value={value}
          rows={rows}
          onChange={(event) => onChange(event.target.value)}
          required={required}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, description, error)}
        />
      </div>
    </FormField>
  );
}

/** A labelled native select (NL Design System), with its description and error. */
export function SelectField(
  props: Omit<FieldProps, 'required'> & { readonly children: ReactNode; readonly required?: boolean },
) {
  const { id, error, description, value, onChange, required, children } = props;
  return (
    <FormField invalid={!!error} type="select">
      <Parts {...props} />
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          name={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required={required}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, description, error)}
        >
          {children}
        </Select>
      </div>
    </FormField>
  );
}
