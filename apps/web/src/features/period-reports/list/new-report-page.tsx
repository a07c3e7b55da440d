import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import './period-reports.css';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import { NewReportForm } from './new-report-form.tsx';
import { reportPath } from './report-shared.ts';

/** `/f/:slug/rapporter/ny`: a new report (kind, period, deadline), copying the last one of its kind; editors. */
export function NewReportPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const tenant = useTenant();
  const navigate = useNavigate();
  const canEdit = useTenantRole('editor');
  const create = useApiMutation(trpc.periodReports.create.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.periodReports.pathKey() }],
  });
  const title = t('periodReportsPages.form.newTitle');
  return (
    <>
      <PageHeading titleParts={[title, tenant.name]}>{title}</PageHeading>
      {canEdit ? (
        <NewReportForm
          isPending={create.isPending}
          onSave={async (input) => {
            const created = await create.mutateAsync({ tenant: slug, ...input });
            navigate(reportPath(slug, created.reportId), {
              state: { notice: { key: 'periodReportsPages.form.created' } },
            });
          }}
          onCancel={() => navigate(`/f/${slug}/rapporter`)}
        />
      ) : (
        <p>{t('periodReportsPages.readOnly')}</p>
      )}
    </>
  );
}
