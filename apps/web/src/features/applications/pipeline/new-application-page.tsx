import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import { ApplicationsSubnav } from '../applications-subnav.tsx';
import { ApplicationForm } from './application-form.tsx';

/** `/f/:slug/ansokningar/ny`: a new application (expected, a draft, or received); editors. */
export function NewApplicationPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const tenant = useTenant();
  const navigate = useNavigate();
  const canEdit = useTenantRole('editor');
  const create = useApiMutation(trpc.applications.create.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.applications.pathKey() }],
  });
  const title = t('applicationPipeline.form.newTitle');
  return (
    <>
      <PageHeading titleParts={[title, tenant.name]}>{title}</PageHeading>
      <ApplicationsSubnav />
      {canEdit ? (
        <ApplicationForm
          fields={null}
          isNew
          isPending={create.isPending}
          onSave={async (values) => {
            const created = await create.mutateAsync({ tenant: slug, ...values });
            navigate(`/f/${slug}/ansokningar/${created.id}`, {
              state: { notice: { key: 'applicationPipeline.form.created' } },
            });
          }}
          onCancel={() => navigate(`/f/${slug}/ansokningar`)}
        />
      ) : (
        <p>{t('applicationPipeline.readOnly')}</p>
      )}
    </>
  );
}
