import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';
import { useTenant } from '../tenant/use-tenant.ts';
import { AuditLog } from './audit-log.tsx';

const prefixes = [
  { value: 'member.', label: 'administration.audit.prefixes.member' },
  { value: 'membership.', label: 'administration.audit.prefixes.membership' },
  { value: 'invitation.', label: 'administration.audit.prefixes.invitation' },
  { value: 'settings.', label: 'administration.audit.prefixes.settings' },
  { value: 'tenant.', label: 'administration.audit.prefixes.tenant' },
] as const;

/** `/f/:slug/administration/logg`: every change in the förbund, who made it and when. Förbund admins. */
export function TenantAuditPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  return (
    <>
      <PageHeading titleParts={[t('administration.audit.title'), tenant.name]}>
        {t('administration.audit.title')}
      </PageHeading>
      <p>{t('administration.audit.intro')}</p>
      <AuditLog source={{ kind: 'tenant', slug: tenant.slug }} prefixes={prefixes} />
    </>
  );
}
