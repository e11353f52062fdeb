import { SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FilterMunicipalitiesDocument, FilterPolicyDomainsDocument } from '../gql/graphql';
import { REPORT_TYPES } from '../reports/format';
import { SelectField } from './fields';

/**
 * The filter controls the lists share (reports, questions, expertise, the item pickers of the
 * coordinators). Each loads its own options (one cached request for all controls on a page) and
 * has "any" as its empty value.
 */
interface ControlProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly label?: string;
}

/** One taakveld, as the BBV tree: each hoofdstuk (the whole chapter) with its current taakvelden. */
export function PolicyDomainSelect({ id, value, onChange, label }: ControlProps) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: FilterPolicyDomainsDocument });
  return (
    <SelectField id={id} label={label ?? t('filters.domain')} value={value} onChange={onChange}>
      <SelectOption value="">{t('filters.anyDomain')}</SelectOption>
      {(data?.policyDomains ?? []).map((h) => (
        <optgroup key={h.code} label={`${h.code} ${h.name}`}>
          <SelectOption value={h.code}>
            {h.code} {h.name} ({t('filters.wholeChapter')})
          </SelectOption>
          {h.children
            .filter((c) => c.status === 'CURRENT')
            .map((c) => (
              <SelectOption key={c.code} value={c.code}>
                {c.code} {c.name}
              </SelectOption>
            ))}
        </optgroup>
      ))}
    </SelectField>
  );
}

/** One gemeente, grouped by province (alphabetical), or only those given (e.g. a region's). */
export function MunicipalitySelect({
  id,
  value,
  onChange,
  label,
  only,
}: ControlProps & { only?: readonly { code: string; name: string }[] }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: FilterMunicipalitiesDocument, pause: !!only });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
  const option = (m: { code: string; name: string }) => (
    <SelectOption key={m.code} value={m.code}>
      {m.name}
    </SelectOption>
  );
  return (
    <SelectField id={id} label={label ?? t('filters.municipality')} value={value} onChange={onChange}>
      <SelectOption value="">{t('filters.anyMunicipality')}</SelectOption>
      {only
        ? [...only].sort(byName).map(option)
        : [...(data?.regions ?? [])].sort(byName).map((p) => (
            <optgroup key={p.id} label={p.name}>
              {[...p.municipalities].sort(byName).map(option)}
            </optgroup>
          ))}
    </SelectField>
  );
}

export function ReportTypeSelect({ id, value, onChange, label }: ControlProps) {
  const { t } = useTranslation();
  return (
    <SelectField id={id} label={label ?? t('filters.reportType')} value={value} onChange={onChange}>
      <SelectOption value="">{t('filters.anyReportType')}</SelectOption>
      {REPORT_TYPES.map((type) => (
        <SelectOption key={type} value={type}>
          {t(`reports.types.${type}`)}
        </SelectOption>
      ))}
    </SelectField>
  );
}

const FIRST_YEAR = 2000;

/** A year from this one back to 2000. */
export function YearSelect({ id, value, onChange, label }: ControlProps) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  return (
    <SelectField id={id} label={label ?? t('filters.year')} value={value} onChange={onChange}>
      <SelectOption value="">{t('filters.anyYear')}</SelectOption>
      {Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i)).map((year) => (
        <SelectOption key={year} value={year}>
          {year}
        </SelectOption>
      ))}
    </SelectField>
  );
}

export const QUESTION_STATUSES = ['OPEN', 'CLOSED'] as const;

export function QuestionStatusSelect({ id, value, onChange, label }: ControlProps) {
  const { t } = useTranslation();
  return (
    <SelectField id={id} label={label ?? t('filters.status')} value={value} onChange={onChange}>
      <SelectOption value="">{t('filters.anyStatus')}</SelectOption>
      {QUESTION_STATUSES.map((status) => (
        <SelectOption key={status} value={status}>
          {t(`question.status.${status}`)}
        </SelectOption>
      ))}
    </SelectField>
  );
}

/** A filter value as a list of codes for the API (`policyDomainCodes`), or null for "any". */
export function codes(value: string): string[] | null {
  return value ? [value] : null;
}

/** A year filter's value as a number, or null. */
export function yearOf(value: string): number | null {
  return /^\d{4}$/.test(value) ? Number(value) : null;
}

/** Whether a value is one of a list of options (enums from the address). */
export function oneOf<T extends string>(options: readonly T[], value: string): T | null {
  return (options as readonly string[]).includes(value) ? (value as T) : null;
}
