import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';
import { AuditLog } from '../audit/audit-log.tsx';

const prefixes = [
  { value: 'tenant.', label: 'administration.audit.prefixes.tenant' },
  { value: 'auth.', label: 'administration.audit.prefixes.auth' },
  { value: 'user.', label: 'administration.audit.prefixes.user' },
  { value: 'platformAdmin.', label: 'administration.audit.prefixes.platformAdmin' },
] as const;

/** `/plattform/logg`: platform events (onboarding, status changes, logins, exports). */
export function PlatformAuditPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading titleParts={[t('administration.platform.logTitle')]}>
        {t('administration.platform.logTitle')}
      </PageHeading>
      <p>{t('administration.platform.logIntro')}</p>
      <AuditLog source={{ kind: 'platform' }} prefixes={prefixes} />
    </>
  );
}
