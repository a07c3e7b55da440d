import { adoptReportSchema } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { ChoiceGroup } from '../../interventions/choice-group.tsx';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import { domainFormSchema } from '../list/domain-form-schema.ts';
import type { AdoptableDecision, ReportDetail } from '../list/report-shared.ts';
import { FormDialog } from './form-dialog.tsx';

const adoptFormSchema = domainFormSchema(
  adoptReportSchema.pick({ decisionId: true }),
  (values: { decisionId: string }) => values,
);

/**
 * "Fastställ" (admins): the board's decisions of kind Rapport not yet adopting another report,
 * newest first (one on an item about this report chosen from the start), and how to make one
 * when there is none: a decision of kind Rapport on a board meeting, under Möten.
 */
export function AdoptDialog({
  isOpen,
  report,
  onDone,
}: {
  isOpen: boolean;
  report: ReportDetail['report'];
  onDone: (adopted: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      isOpen={isOpen}
      title={t('periodReportsPages.adoption.dialogTitle', { title: report.title })}
      onCancel={() => onDone(false)}
    >
      {() => <AdoptLoader report={report} onDone={onDone} />}
    </FormDialog>
  );
}

function AdoptLoader({
  report,
  onDone,
}: {
  report: ReportDetail['report'];
  onDone: (adopted: boolean) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const decisions = useQuery(
    trpc.reportWorkflow.adoptableDecisions.queryOptions({ tenant: slug, reportId: report.id }),
  );
  return (
    <>
      <p>
        {t('periodReportsPages.adoption.howTo')}{' '}
        <Link to={`/f/${slug}/moten`}>{t('periodReportsPages.adoption.toMeetings')}</Link>
      </p>
      <QueryState
        query={decisions}
        isEmpty={(list) => list.length === 0}
        empty={
          <>
            <p>{t('periodReportsPages.adoption.noDecisions')}</p>
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
                {t('periodReportsPages.sectionForm.cancel')}
              </button>
            </div>
          </>
        }
      >
        {(list) => <AdoptForm report={report} decisions={list} onDone={onDone} />}
      </QueryState>
    </>
  );
}

function AdoptForm({
  report,
  decisions,
  onDone,
}: {
  report: ReportDetail['report'];
  decisions: AdoptableDecision[];
  onDone: (adopted: boolean) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const adopt = useApiMutation(trpc.reportWorkflow.adopt.mutationOptions(), {
    invalidates: () => [
      { queryKey: trpc.periodReports.pathKey() },
      { queryKey: trpc.reportWorkflow.pathKey() },
    ],
  });
  const form = useSchemaForm({
    schema: adoptFormSchema,
    defaultValues: {
      decisionId: decisions.find((decision) => decision.concernsThisReport)?.decisionId ?? '',
    },
    labels: { decisionId: t('periodReportsPages.adoption.decision') },
  });
  const onSubmit = form.submit(async ({ decisionId }) => {
    if (adopt.isPending) return;
    await adopt.mutateAsync({
      tenant: slug,
      reportId: report.id,
      expectedVersion: report.version,
      decisionId,
    });
    onDone(true);
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      label={t('periodReportsPages.adoption.dialogTitle', { title: report.title })}
    >
      <ChoiceGroup
        form={form}
        name="decisionId"
        legend={t('periodReportsPages.adoption.decision')}
        type="radio"
        options={decisions.map((decision) => ({
          value: decision.decisionId,
          label: t(
            decision.concernsThisReport
              ? 'periodReportsPages.adoption.decisionChoiceThis'
              : 'periodReportsPages.adoption.decisionChoice',
            { label: decision.label, title: decision.title, date: formatDate(decision.meetingDate) },
          ),
        }))}
      />
      <p>{t('periodReportsPages.adoption.freezes')}</p>
      <div className="button-row">
        <SubmitButton label={t('periodReportsPages.adoption.adopt')} isPending={adopt.isPending} />
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {t('periodReportsPages.sectionForm.cancel')}
        </button>
      </div>
    </KitForm>
  );
}
