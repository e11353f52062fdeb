import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { AudienceScope, RegionKind } from '../gql/graphql';

/**
 * The id of the first region's checkbox: the error summary's link for "choose a region". (Not
 * `audience-regions`: that is the id of the REGIONS radio button.)
 */
export const REGIONS_FIELD = 'audience-region-choice';

/** The audiences people choose in the forms (the API also knows ORGANISATION and MUNICIPALITIES). */
export type ChosenScope = Extract<AudienceScope, 'NEIGHBOURS' | 'REGIONS' | 'MEMBERS' | 'PUBLIC'>;

export interface AudienceRegion {
  readonly id: string;
  readonly kind: RegionKind;
  readonly name: string;
}

function listFormat(language: string, names: readonly string[]): string {
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' }).format(names);
}

/**
 * Who may see something: the author's buurgemeenten (named), the gemeenten of chosen regions, all
 * participants, or everyone. Used by "vraag stellen" and the coordinators' dossiers. Without a
 * gemeente (a knowledge institution, an admin) there are no buurgemeenten. The first region's
 * checkbox has the id REGIONS_FIELD: an error summary links to it.
 */
export function AudienceChooser(props: {
  legend: string;
  /** The gemeente of the author (whose buurgemeenten NEIGHBOURS means), if any. */
  municipality: { name: string; neighbours: readonly { name: string }[] } | null;
  regions: readonly AudienceRegion[];
  scope: ChosenScope;
  onScope: (scope: ChosenScope) => void;
  regionIds: ReadonlySet<string>;
  onToggleRegion: (id: string) => void;
  regionsError?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { municipality, regionsError } = props;
  const scopes: ChosenScope[] = municipality
    ? ['NEIGHBOURS', 'REGIONS', 'MEMBERS', 'PUBLIC']
    : ['REGIONS', 'MEMBERS', 'PUBLIC'];
  return (
    <>
      <Fieldset aria-describedby={municipality ? undefined : 'audience-hint'}>
        <FieldsetLegend>{props.legend}</FieldsetLegend>
        {!municipality ? (
          <FormFieldDescription id="audience-hint">{t('ask.noMunicipality')}</FormFieldDescription>
        ) : null}
        <ul className="ksp-choice-list">
          {scopes.map((value) => {
            const id = `audience-${value.toLowerCase()}`;
            const hint =
              value === 'NEIGHBOURS' && municipality
                ? t('ask.neighboursOf', {
                    name: municipality.name,
                    list: listFormat(
                      i18n.language,
                      municipality.neighbours.map((n) => n.name),
                    ),
                  })
                : null;
            return (
              <li key={value}>
                <RadioButton
                  id={id}
                  name="audience"
                  value={value}
                  checked={props.scope === value}
                  onChange={() => props.onScope(value)}
                  aria-describedby={hint ? `${id}-hint` : undefined}
                />
                <div>
                  <FormLabel htmlFor={id} type="radio">
                    {t(`ask.scope.${value}`)}
                  </FormLabel>
                  {hint ? (
                    <span id={`${id}-hint`} className="ksp-choice-hint">
                      {hint}
                    </span>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      </Fieldset>
      {props.scope === 'REGIONS' ? (
        <Fieldset
          invalid={!!regionsError}
          aria-describedby={regionsError ? 'audience-regions-error' : undefined}
        >
          <FieldsetLegend>{t('ask.regions')}</FieldsetLegend>
          {regionsError ? (
            <FormFieldErrorMessage id="audience-regions-error">{regionsError}</FormFieldErrorMessage>
          ) : null}
          <ul className="ksp-choice-list">
            {props.regions.map((region, index) => {
              const id = index === 0 ? REGIONS_FIELD : `audience-region-${region.id}`;
              return (
                <li key={region.id}>
                  <Checkbox
                    id={id}
                    checked={props.regionIds.has(region.id)}
                    onChange={() => props.onToggleRegion(region.id)}
                  />
                  <FormLabel htmlFor={id} type="checkbox">
                    {region.name}{' '}
                    <span className="ksp-meta">({t(`municipality.regionKind.${region.kind}`)})</span>
                  </FormLabel>
                </li>
              );
            })}
          </ul>
        </Fieldset>
      ) : null}
    </>
  );
}
