import { counties, findCounty, listMunicipalitiesInCounty, searchMunicipalities } from '@samsyn/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceOptions, FilterInput } from '../../components/filter-field.tsx';
import { FormField } from '../../components/form/form-field.tsx';
import { fieldIdOf } from '../../components/form/use-schema-form.ts';
import { issueMessageKey } from '../../lib/error-message.ts';
import type { OnboardForm } from './onboard-form.tsx';
import { byName } from './sort-names.ts';

/** The county, then its municipalities as a searchable check list (FK, AF and the region come along). */
export function MunicipalityPicker({ form }: { form: OnboardForm }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const county = findCounty(form.watch('countyCode'));
  const selectedCodes = form.watch('municipalityCodes');
  const inCounty = county ? byName(listMunicipalitiesInCounty(county.code)) : [];
  const inCountyCodes = new Set(inCounty.map((municipality) => municipality.code));
  const shown =
    search.trim() === ''
      ? inCounty
      : byName(searchMunicipalities(search).filter((municipality) => inCountyCodes.has(municipality.code)));
  const selected = new Set(selectedCodes);
  const listId = fieldIdOf(form.formId, 'municipalityCodes');
  const error = form.formState.errors.municipalityCodes;
  const errorText = error
    ? t(issueMessageKey(error.message ?? error.root?.message, error.type ?? error.root?.type))
    : null;

  function toggle(code: string, isChecked: boolean) {
    const next = new Set(selectedCodes);
    if (isChecked) next.add(code);
    else next.delete(code);
    // Kept in SCB's order, whatever order they were ticked in.
    const codes = listMunicipalitiesInCounty(county?.code ?? '')
      .map((municipality) => municipality.code)
      .filter((candidate) => next.has(candidate));
    form.setValue('municipalityCodes', codes, { shouldValidate: form.formState.isSubmitted });
  }

  return (
    <fieldset>
      <legend>{t('administration.onboard.membersLegend')}</legend>
      <FormField form={form} name="countyCode">
        {(control) => (
          <select
            {...control}
            {...form.register('countyCode', {
              onChange: () => {
                form.setValue('municipalityCodes', []);
                setSearch('');
              },
            })}
            className="field__input"
          >
            <ChoiceOptions
              choices={[
                { value: '', label: t('administration.onboard.chooseCounty') },
                ...counties.map((option) => ({ value: option.code, label: option.name })),
              ]}
            />
          </select>
        )}
      </FormField>
      {county ? (
        <>
          <p className="notice">
            {t('administration.onboard.defaultMembers', { region: county.regionName })}
          </p>
          <FilterInput
            label={t('administration.onboard.searchMunicipality')}
            type="search"
            value={search}
            onChange={setSearch}
          />
          <fieldset id={listId} tabIndex={-1} aria-describedby={errorText ? `${listId}-error` : undefined}>
            <legend>{t('administration.onboard.municipalitiesIn', { county: county.name })}</legend>
            {errorText ? (
              <p className="field__error" id={`${listId}-error`}>
                {errorText}
              </p>
            ) : null}
            <p className="field__hint" aria-live="polite">
              {t('administration.onboard.selectedCount', { count: selectedCodes.length })}
            </p>
            {shown.length === 0 ? (
              <p className="empty-state">{t('administration.onboard.noMatch')}</p>
            ) : (
              <ul className="check-list">
                {shown.map((municipality) => (
                  <li key={municipality.code}>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={selected.has(municipality.code)}
                        onChange={(event) => toggle(municipality.code, event.target.checked)}
                      />
                      <span>{municipality.name}</span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        </>
      ) : (
        <p className="field__hint" id={listId} tabIndex={-1}>
          {errorText ?? t('administration.onboard.countyFirst')}
        </p>
      )}
    </fieldset>
  );
}
