import { planSummarySchema } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { TextAreaField } from '../../components/form/text-area-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';

/** A form over the plan's summary (name, years, vision, purpose), for a new plan or an existing one. */
export function usePlanSummaryForm(defaultValues: z.input<typeof planSummarySchema>) {
  const { t } = useTranslation();
  return useSchemaForm({
    schema: planSummarySchema,
    defaultValues,
    labels: {
      name: t('plan.header.name'),
      firstYear: t('plan.header.firstYear'),
      lastYear: t('plan.header.lastYear'),
      vision: t('plan.header.vision'),
      purpose: t('plan.header.purpose'),
    },
  });
}

/** The summary's fields: the name, the years side by side (their rule beside the last), vision and purpose. */
export function PlanSummaryFields({
  form,
  textRows,
}: {
  form: ReturnType<typeof usePlanSummaryForm>;
  textRows: number;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField form={form} name="name" autoComplete="off" />
      <div className="plan-years">
        <TextField form={form} name="firstYear" inputMode="numeric" autoComplete="off" />
        <TextField
          form={form}
          name="lastYear"
          inputMode="numeric"
          autoComplete="off"
          hint={t('plan.header.yearsHint')}
        />
      </div>
      <TextAreaField form={form} name="vision" rows={textRows} />
      <TextAreaField form={form} name="purpose" rows={textRows} />
    </>
  );
}
