import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageHeading } from '../../components/page-heading.tsx';
import { Subnav, type SubnavItem } from '../../components/subnav.tsx';
import '../team/admin.css';
import { useCurrentUser } from '../../lib/use-current-user.ts';
import { usePlatformOutbox } from '../team/use-outbox-readable.ts';

/**
 * `/plattform/*`: the platform console (förbund, onboarding, platform log, outbox), for platform
 * admins only. It holds no förbund's domain data: the API gives platform admins none.
 */
export function PlatformPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!me.globalRoles.includes('platform_admin')) {
    return (
      <div className="prose">
        <PageHeading titleParts={[t('platform.title')]}>{t('platform.title')}</PageHeading>
        <p>{t('errors.auth.platformOnly')}</p>
      </div>
    );
  }
  return <PlatformConsole />;
}

function PlatformConsole() {
  // Asked to decide whether the outbox link shows: readable only in development and demo.
  const isOutboxReadable = usePlatformOutbox().isSuccess;
  const items: SubnavItem[] = [
    { to: '/plattform', label: 'administration.platform.tenantsNav', end: true },
    { to: '/plattform/nytt-forbund', label: 'administration.platform.onboardNav' },
    { to: '/plattform/logg', label: 'administration.platform.logNav' },
  ];
  if (isOutboxReadable) items.push({ to: '/plattform/utkorg', label: 'administration.platform.outboxNav' });
  return (
    <>
      <Subnav label="administration.platform.navLabel" items={items} />
      <Outlet />
    </>
  );
}
