import { reportKinds, todayInSweden } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SubmitOrCancel } from '../../../components/form/submit-or-cancel.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { ChoiceGroup } from '../../interventions/choice-group.tsx';
import '../../interventions/interventions.css';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import {
  followDefaults,
  type NewReportValues,
  newReportDefaults,
  newReportFormSchema,
} from './new-report-values.ts';
import { ReportFields, reportFieldLabels } from './report-fields.tsx';
import { copySourceOf } from './report-list.ts';

type NewReportInput = NonNullable<ReturnType<typeof newReportFormSchema.safeParse>['data']>;

/**
 * The new report's kind, period, title, deadline and (a verksamhetsplan's) plan, checked by the
 * domain's schema as the API checks it. Period and title follow the kind until the user types
 * their own; the form says which report the structure and texts will be copied from.
 */
export function NewReportForm({
  isPending,
  onSave,
  onCancel,
}: {
  isPending: boolean;
  onSave: (input: NewReportInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const today = todayInSweden();
  const reports = useQuery(trpc.periodReports.list.queryOptions({ tenant: slug }));
  const form = useSchemaForm({
    schema: newReportFormSchema,
    defaultValues: newReportDefaults('halfYear', today),
    labels: { kind: t('periodReportsPages.form.kind'), ...reportFieldLabels(t) },
  });
  const { watch, getValues, setValue } = form;
  // What still holds a default follows the user's change of kind or period (followDefaults).
  useEffect(() => {
    let previous = getValues() as NewReportValues;
    const subscription = watch((values, { type }) => {
      const next = values as NewReportValues;
      if (type !== 'change') return;
      const followed = followDefaults(previous, next, today);
      for (const key of ['periodStart', 'periodEnd', 'title'] as const)
        if (followed[key] !== next[key]) setValue(key, followed[key]);
      previous = followed;
    });
    return () => subscription.unsubscribe();
  }, [watch, getValues, setValue, today]);
  const kind = watch('kind');
  const source = copySourceOf(reports.data ?? [], kind);
  const onSubmit = form.submit(async (input) => {
    if (isPending) return;
    await onSave(input);
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="report-form"
      label={t('periodReportsPages.form.newTitle')}
    >
      <ChoiceGroup
        form={form}
        name="kind"
        legend={t('periodReportsPages.form.kind')}
        type="radio"
        options={reportKinds.map((option) => ({ value: option, label: t(`reportLabels.kind.${option}`) }))}
      />
      <p className="report-copy-source" aria-live="polite">
        {source
          ? t('periodReportsPages.form.copiesFrom', { title: source.title })
          : t('periodReportsPages.form.fromTemplate', {
              kind: t(`reportLabels.kind.${kind}`).toLocaleLowerCase('sv-SE'),
            })}
      </p>
      <ReportFields
        form={form}
        plan={
          kind === 'plan'
            ? {
                noneLabel: t('periodReportsPages.form.planDefault'),
                hint: t('periodReportsPages.form.planHint'),
              }
            : null
        }
      />
      <SubmitOrCancel
        label={t('periodReportsPages.form.create')}
        pendingLabel={t('periodReportsPages.form.creating')}
        cancelLabel={t('periodReportsPages.form.cancel')}
        isPending={isPending}
        onCancel={onCancel}
      />
    </KitForm>
  );
}
