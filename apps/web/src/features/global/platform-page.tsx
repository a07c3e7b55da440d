import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';
import { useCurrentUser } from '../../lib/use-current-user.ts';

/** `/plattform`: a placeholder for platform administration, for platform admins only. */
export function PlatformPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const isPlatformAdmin = me.globalRoles.includes('platform_admin');
  return (
    <div className="prose">
      <PageHeading titleParts={[t('platform.title')]}>{t('platform.title')}</PageHeading>
      {isPlatformAdmin ? (
        <>
          <p>{t('platform.body')}</p>
          <p>{t('platform.privacy')}</p>
        </>
      ) : (
        <p>{t('errors.auth.platformOnly')}</p>
      )}
    </div>
  );
}
