import { type InterventionKind, parsePeriod, periodTextSchema } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { z } from 'zod';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { FiguresForm } from './figures-form.tsx';
import { InterventionLoadError, InterventionNotFound } from './intervention-not-found.tsx';
import { currentHalfYear, InterventionsSubnav } from './shared.tsx';

/** `/f/:slug/insatser/:id/siffror?period=2019-H1`: report one period's participant figures and results text. */
export function FiguresPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const tenant = useTenant();
  const [searchParams] = useSearchParams();
  const period = searchParams.get('period') ?? currentHalfYear();
  const detail = useQuery(trpc.interventions.get.queryOptions({ tenant: slug, id }));
  // A period in the address that cannot be one names no page (as an unknown intervention does).
  if (parsePeriod(period) === null) return <InterventionNotFound />;
  if (detail.isPending) return <LoadingStatus />;
  if (detail.isError)
    return <InterventionLoadError error={detail.error} onRetry={() => void detail.refetch()} />;
  const title = t('interventions.figures.title', { name: detail.data.intervention.name });
  return (
    <>
      <PageHeading titleParts={[title, tenant.name]}>{title}</PageHeading>
      <InterventionsSubnav />
      <p>{t('interventions.figures.intro')}</p>
      <PeriodPicker key={period} period={period} />
      <PeriodFigures interventionId={id} kind={detail.data.intervention.kind} period={period} />
    </>
  );
}

const periodPickerSchema = z.object({ period: periodTextSchema });

/** Chooses the period to report: the domain's period rule checks it before the address changes. */
function PeriodPicker({ period }: { period: string }) {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const form = useSchemaForm({
    schema: periodPickerSchema,
    defaultValues: { period },
    labels: { period: t('interventions.figures.period') },
  });
  return (
    <>
      <FormErrorSummary form={form} />
      <form
        className="insatser-toolbar"
        noValidate
        onSubmit={form.submit((values) => setSearchParams({ period: values.period }))}
      >
        <TextField
          form={form}
          name="period"
          hint={t('interventions.figures.periodHint')}
          autoComplete="off"
        />
        <button type="submit" className="button button--secondary">
          {t('interventions.figures.load')}
        </button>
      </form>
    </>
  );
}

function PeriodFigures({
  interventionId,
  kind,
  period,
}: {
  interventionId: string;
  kind: InterventionKind;
  period: string;
}) {
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const figures = useQuery(
    trpc.interventions.figures.get.queryOptions({ tenant: slug, interventionId, period }),
  );
  return (
    <QueryState query={figures}>
      {(data) => (
        <FiguresForm
          key={`${period}-${data.figures?.version ?? 0}-${data.note?.version ?? 0}`}
          interventionId={interventionId}
          kind={kind}
          period={period}
          data={data}
        />
      )}
    </QueryState>
  );
}
