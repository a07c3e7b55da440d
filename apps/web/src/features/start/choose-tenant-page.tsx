import { useTranslation } from 'react-i18next';
import { MembershipLinks } from '../../components/membership-links.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useCurrentUser } from '../../lib/use-current-user.ts';

/** `/valj-forbund`: for users who work in several förbund. */
export function ChooseTenantPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <div className="prose">
      <PageHeading titleParts={[t('chooseTenant.title')]}>{t('chooseTenant.title')}</PageHeading>
      <p>{t('chooseTenant.intro')}</p>
      <MembershipLinks memberships={me.memberships} />
    </div>
  );
}
