import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';
import { useTenant } from '../tenant/use-tenant.ts';
import { InvitationTable } from './invitation-table.tsx';
import { InviteForm } from './invite-form.tsx';
import { TeamTable } from './team-table.tsx';
import './admin.css';

/** `/f/:slug/administration`: the förbund's users and invitations. Förbund admins. */
export function TeamPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  return (
    <>
      <PageHeading titleParts={[t('administration.team.title'), tenant.name]}>
        {t('administration.team.title')}
      </PageHeading>
      <InviteForm slug={tenant.slug} />
      <TeamTable slug={tenant.slug} />
      <InvitationTable slug={tenant.slug} />
    </>
  );
}
