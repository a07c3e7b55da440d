import { type OnboardTenantInput, type onboardTenantInputSchema, suggestSlug } from '@samsyn/domain';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormField } from '../../components/form/form-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import type { SchemaForm } from '../../components/form/use-schema-form.ts';
import { MunicipalityPicker } from './municipality-picker.tsx';
import type { SlugStatus } from './onboard-validation.ts';
import { OtherMembers } from './other-members.tsx';

export type OnboardForm = SchemaForm<z.input<typeof onboardTenantInputSchema>, OnboardTenantInput>;

const slugStatusKeys = {
  checking: 'administration.onboard.slugChecking',
  free: 'administration.onboard.slugFree',
  taken: 'administration.onboard.slugTaken',
} as const;

/** Step 1: the förbund, its members and its first admin. */
export function OnboardForm({
  form,
  slugStatus,
  onSubmit,
}: {
  form: OnboardForm;
  slugStatus: SlugStatus;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  const { t } = useTranslation();
  // The slug follows the name until the user types a slug of their own.
  const [isSlugEdited, setIsSlugEdited] = useState(() => form.getValues('slug') !== '');
  const slug = form.watch('slug');
  const slugStatusId = `${form.formId}-slug-status`;
  return (
    <form className="admin-form" noValidate onSubmit={onSubmit}>
      <fieldset>
        <legend>{t('administration.onboard.tenantLegend')}</legend>
        <FormField form={form} name="name">
          {(control) => (
            <input
              {...control}
              {...form.register('name', {
                onChange: (event: { target: { value: string } }) => {
                  if (!isSlugEdited) form.setValue('slug', suggestSlug(event.target.value));
                },
              })}
              className="field__input"
              autoComplete="organization"
            />
          )}
        </FormField>
        <TextField
          form={form}
          name="orgNumber"
          hint={t('administration.onboard.orgNumberHint')}
          inputMode="numeric"
        />
        <FormField form={form} name="slug" hint={t('administration.onboard.slugHint', { slug: slug || '…' })}>
          {(control) => (
            <input
              {...control}
              {...form.register('slug', {
                onChange: (event: { target: { value: string } }) => {
                  setIsSlugEdited(true);
                  const normalized = event.target.value.trim().toLowerCase();
                  if (normalized !== event.target.value) form.setValue('slug', normalized);
                },
              })}
              aria-describedby={[control['aria-describedby'], slugStatusId].filter(Boolean).join(' ')}
              className="field__input"
              autoCapitalize="none"
              spellCheck={false}
            />
          )}
        </FormField>
        <p
          id={slugStatusId}
          className={`field__status${slugStatus === 'free' ? ' field__status--ok' : slugStatus === 'taken' ? ' field__status--bad' : ''}`}
          aria-live="polite"
        >
          {slugStatus ? t(slugStatusKeys[slugStatus]) : null}
        </p>
      </fieldset>

      <MunicipalityPicker form={form} />
      <OtherMembers form={form} />

      <fieldset>
        <legend>{t('administration.onboard.adminLegend')}</legend>
        <TextField
          form={form}
          name="firstAdminEmail"
          hint={t('administration.onboard.adminEmailHint')}
          type="email"
          autoComplete="off"
          spellCheck={false}
        />
      </fieldset>
      <button type="submit" className="button button--primary">
        {t('administration.onboard.toReview')}
      </button>
    </form>
  );
}
