import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';
import { MemberList } from './member-list.tsx';
import { useTenant } from './use-tenant.ts';
import './overview.css';

/** `/f/:slug`: the förbund at a glance: who it is and who its members are. */
export function OverviewPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  return (
    <>
      <PageHeading titleParts={[t('overview.title'), tenant.name]}>{t('overview.title')}</PageHeading>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('overview.tenant')}</dt>
          <dd>{tenant.name}</dd>
        </div>
        {tenant.orgNumber ? (
          <div className="facts__item">
            <dt>{t('overview.orgNumber')}</dt>
            <dd>{tenant.orgNumber}</dd>
          </div>
        ) : null}
        <div className="facts__item">
          <dt>{t('overview.yourRole')}</dt>
          <dd>{t(`roles.${tenant.role}`)}</dd>
        </div>
      </dl>
      <MemberList members={tenant.members} />
    </>
  );
}
