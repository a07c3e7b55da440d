import { reportDetailsSchema } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SubmitOrCancel } from '../../../components/form/submit-or-cancel.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import { domainFormSchema } from '../list/domain-form-schema.ts';
import { ReportFields, type ReportFieldValues, reportFieldLabels } from '../list/report-fields.tsx';
import type { ReportDetail } from '../list/report-shared.ts';

const detailsFormSchema = domainFormSchema(reportDetailsSchema, (values: ReportFieldValues) => ({
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
  const slug = useTenantSlug();
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
    labels: reportFieldLabels(t),
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
      <ReportFields
        form={form}
        titleFirst
        plan={report.kind === 'plan' ? { noneLabel: t('periodReportsPages.details.noPlan') } : null}
      />
      <SubmitOrCancel
        label={t('periodReportsPages.details.save')}
        cancelLabel={t('periodReportsPages.sectionForm.cancel')}
        isPending={update.isPending}
        onCancel={() => onDone(null)}
      />
    </KitForm>
  );
}
