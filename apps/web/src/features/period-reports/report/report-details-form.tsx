import { planYearsText, reportDetailsSchema } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { domainFormSchema } from '../list/domain-form-schema.ts';
import { type ReportDetail, useSlug } from '../list/report-shared.ts';

interface DetailsValues {
  title: string;
  periodStart: string;
  periodEnd: string;
  deadline: string;
  planId: string;
}

const detailsFormSchema = domainFormSchema(reportDetailsSchema, (values: DetailsValues) => ({
  ...values,
  planId: values.planId === '' ? null : values.planId,
}));

/** "Ändra uppgifter": the report's title, period, deadline and (a verksamhetsplan's) plan. */
export function ReportDetailsForm({
  report,
  onDone,
}: {
  report: ReportDetail['report'];
  onDone: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useSlug();
  const plans = useQuery(trpc.plans.list.queryOptions({ tenant: slug }));
  const update = useApiMutation(trpc.periodReports.update.mutationOptions(), {
    invalidates: () => [
      { queryKey: trpc.periodReports.pathKey() },
      { queryKey: trpc.reportWorkflow.pathKey() },
    ],
  });
  const form = useSchemaForm({
    schema: detailsFormSchema,
    defaultValues: {
      title: report.title,
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      deadline: report.deadline ?? '',
      planId: report.planId ?? '',
    },
    labels: {
      title: t('periodReportsPages.form.title'),
      periodStart: t('periodReportsPages.form.periodStart'),
      periodEnd: t('periodReportsPages.form.periodEnd'),
      deadline: t('periodReportsPages.form.deadline'),
      planId: t('periodReportsPages.form.planId'),
    },
  });
  const onSubmit = form.submit(async (details) => {
    if (update.isPending) return;
    await update.mutateAsync({
      tenant: slug,
      reportId: report.id,
      expectedVersion: report.version,
      ...details,
    });
    onDone({ key: 'periodReportsPages.details.saved' });
  });
  // The plan's choices must exist before the select shows the report's plan.
  if (report.kind === 'plan' && plans.isPending) return null;
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="report-panel"
      heading={t('periodReportsPages.details.heading')}
    >
      <TextField form={form} name="title" autoComplete="off" />
      <TextField
        form={form}
        name="periodStart"
        autoComplete="off"
        hint={t('periodReportsPages.form.dateHint')}
      />
      <TextField
        form={form}
        name="periodEnd"
        autoComplete="off"
        hint={t('periodReportsPages.form.dateHint')}
      />
      <TextField
        form={form}
        name="deadline"
        autoComplete="off"
        hint={t('periodReportsPages.form.deadlineHint')}
      />
      {report.kind === 'plan' ? (
        <SelectField
          form={form}
          name="planId"
          choices={[
            { value: '', label: t('periodReportsPages.details.noPlan') },
            ...(plans.data ?? []).map((plan) => ({
              value: plan.id,
              label: `${plan.name} (${planYearsText(plan)})`,
            })),
          ]}
        />
      ) : null}
      <div className="button-row">
        <SubmitButton label={t('periodReportsPages.details.save')} isPending={update.isPending} />
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {t('periodReportsPages.sectionForm.cancel')}
        </button>
      </div>
    </KitForm>
  );
}
