import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyDomainTreeFragment } from '../gql/graphql';
import { TextField } from './fields';

/**
 * The taakvelden as the BBV tree: a checkbox per current taakveld under its hoofdstuk, with a
 * filter (also by a former name, or the name of a taakveld it replaces). The filter's id is
 * `domains`: an error summary links to it.
 */
export function PolicyDomainPicker(props: {
  tree: readonly PolicyDomainTreeFragment[];
  chosen: ReadonlySet<string>;
  onToggle: (code: string) => void;
  error: string | undefined;
  max: number;
  legend?: ReactNode;
  hint?: ReactNode;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const groups = props.tree
    .map((h) => ({
      ...h,
      children: h.children.filter(
        (c) =>
          c.status === 'CURRENT' &&
          (!needle ||
            c.code.startsWith(needle) ||
            [h.name, c.name, ...c.formerNames, ...c.supersedes.map((s) => s.name)].some((name) =>
              name.toLowerCase().includes(needle),
            )),
      ),
    }))
    .filter((h) => h.children.length > 0);
  return (
    <Fieldset
      invalid={!!props.error}
      aria-describedby={`domains-description${props.error ? ' domains-error' : ''}`}
    >
      <FieldsetLegend>{props.legend ?? t('ask.domains')}</FieldsetLegend>
      <FormFieldDescription id="domains-description">
        {props.hint ?? t('ask.domainsHint')} {t('ask.domainsChosen', { count: props.chosen.size })}
      </FormFieldDescription>
      {props.error ? <FormFieldErrorMessage id="domains-error">{props.error}</FormFieldErrorMessage> : null}
      <TextField
        id="domains"
        type="search"
        label={t('ask.domainsFilter')}
        value={filter}
        onChange={setFilter}
      />
      <div className="ksp-domain-picker">
        {groups.length === 0 ? <Paragraph>{t('ask.domainsNone')}</Paragraph> : null}
        {groups.map((h) => (
          <div key={h.code} role="group" aria-labelledby={`domain-group-${h.code}`}>
            <Heading3 id={`domain-group-${h.code}`}>
              {h.code} {h.name}
            </Heading3>
            <ul className="ksp-choice-list">
              {h.children.map((c) => {
                const id = `domain-${c.code}`;
                return (
                  <li key={c.code}>
                    <Checkbox
                      id={id}
                      checked={props.chosen.has(c.code)}
                      disabled={!props.chosen.has(c.code) && props.chosen.size >= props.max}
                      onChange={() => props.onToggle(c.code)}
                    />
                    <FormLabel htmlFor={id} type="checkbox">
                      {c.code} {c.name}
                    </FormLabel>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

/** A set with the value added or removed. */
export function toggled(set: ReadonlySet<string>, value: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/** Comma-separated words as a list (tags, keywords, authors). */
export function commaList(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
}
