import { planYearsText } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import type { SchemaForm } from '../../../components/form/use-schema-form.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';

/** A report's own fields as a form holds them: dates as typed, '' for no deadline or no plan. */
export interface ReportFieldValues {
  title: string;
  periodStart: string;
  periodEnd: string;
  deadline: string;
  planId: string;
}

/** The report fields' labels (for the error summary), the same in the new report and the details form. */
export const reportFieldLabels = (t: TFunction) => ({
  title: t('periodReportsPages.form.title'),
  periodStart: t('periodReportsPages.form.periodStart'),
  periodEnd: t('periodReportsPages.form.periodEnd'),
  deadline: t('periodReportsPages.form.deadline'),
  planId: t('periodReportsPages.form.planId'),
});

/**
 * A report's period, title and deadline, and for a verksamhetsplan (`plan` given) the plan it
 * follows up, with `plan.noneLabel` for none. The new report puts the title after the period (it
 * follows the period), the details form first (`titleFirst`).
 */
export function ReportFields<Values extends FieldValues & ReportFieldValues, Parsed>({
  form,
  titleFirst = false,
  plan,
}: {
  form: SchemaForm<Values, Parsed>;
  titleFirst?: boolean;
  plan: { noneLabel: string; hint?: string } | null;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const plans = useQuery(trpc.plans.list.queryOptions({ tenant: slug }));
  const name = (field: keyof ReportFieldValues) => field as Path<Values>;
  const title = <TextField form={form} name={name('title')} autoComplete="off" />;
  return (
    <>
      {titleFirst ? title : null}
      <TextField
        form={form}
        name={name('periodStart')}
        autoComplete="off"
        hint={t('periodReportsPages.form.dateHint')}
      />
      <TextField
        form={form}
        name={name('periodEnd')}
        autoComplete="off"
        hint={t('periodReportsPages.form.dateHint')}
      />
      {titleFirst ? null : title}
      <TextField
        form={form}
        name={name('deadline')}
        autoComplete="off"
        hint={t('periodReportsPages.form.deadlineHint')}
      />
      {plan ? (
        <SelectField
          form={form}
          name={name('planId')}
          hint={plan.hint}
          choices={[
            { value: '', label: plan.noneLabel },
            ...(plans.data ?? []).map((option) => ({
              value: option.id,
              label: `${option.name} (${planYearsText(option)})`,
            })),
          ]}
        />
      ) : null}
    </>
  );
}
