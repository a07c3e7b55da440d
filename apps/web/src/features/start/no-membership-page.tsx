import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';

/** For an account with neither a förbund nor a global role. */
export function NoMembershipPage() {
  const { t } = useTranslation();
  return (
    <div className="prose">
      <PageHeading titleParts={[t('noMembership.title')]}>{t('noMembership.title')}</PageHeading>
      <p>{t('noMembership.body')}</p>
    </div>
  );
}
