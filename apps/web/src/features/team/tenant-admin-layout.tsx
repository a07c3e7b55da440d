import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageHeading } from '../../components/page-heading.tsx';
import { Subnav, type SubnavItem } from '../../components/subnav.tsx';
import './admin.css';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import { useTenantOutbox } from './use-outbox-readable.ts';

/**
 * `/f/:slug/administration/*`: the förbund admin's pages (team, settings, log, outbox) behind one
 * menu entry. Other roles get a plain refusal; the API refuses them too.
 */
export function TenantAdminLayout() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const isAdmin = useTenantRole('admin');
  // Asked only to decide whether the outbox link is shown: the API answers FORBIDDEN outside
  // development and demo.
  const isOutboxReadable = useTenantOutbox(tenant.slug, isAdmin).isSuccess;
  if (!isAdmin) {
    return (
      <div className="prose">
        <PageHeading titleParts={[t('administration.tenantAdmin.title'), tenant.name]}>
          {t('administration.tenantAdmin.title')}
        </PageHeading>
        <p>{t('administration.tenantAdmin.adminsOnly')}</p>
      </div>
    );
  }
  const base = `/f/${tenant.slug}/administration`;
  const items: SubnavItem[] = [
    { to: base, label: 'administration.tenantAdmin.team', end: true },
    { to: `${base}/installningar`, label: 'administration.tenantAdmin.settings' },
    { to: `${base}/logg`, label: 'administration.tenantAdmin.log' },
  ];
  if (isOutboxReadable) items.push({ to: `${base}/utkorg`, label: 'administration.tenantAdmin.outbox' });
  return (
    <>
      <Subnav label="administration.tenantAdmin.navLabel" items={items} />
      <Outlet context={tenant} />
    </>
  );
}
