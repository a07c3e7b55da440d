import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MembershipLinks } from '../../components/membership-links.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useCurrentUser } from '../../lib/use-current-user.ts';

/** A förbund the user is not a member of (or that does not exist: the answer is the same). */
export function NoAccessPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <div className="prose">
      <PageHeading titleParts={[t('noAccess.title')]}>{t('noAccess.title')}</PageHeading>
      <p>{t('noAccess.body')}</p>
      <h2>{t('noAccess.yourTenants')}</h2>
      {me.memberships.length > 0 ? (
        <MembershipLinks memberships={me.memberships} />
      ) : (
        <>
          <p>{t('noAccess.none')}</p>
          <p>
            <Link to="/">{t('app.backToStart')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
