import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { hasErrorCode } from '../../lib/api-error.ts';
import type { MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import '../team/admin.css';
import '../auth/login.css';
import { useMe } from '../../lib/use-me.ts';
import { ExistingAccountForm, NewAccountForm } from './accept-forms.tsx';
import { SignedInAsOther } from './signed-in-as-other.tsx';

/**
 * The invitation's secret, from the URL fragment (`/inbjudan#<token>`). The fragment never
 * reaches a server or a Referer header; the page sends it to the API only.
 */
function tokenFromHash(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, '')).trim();
}

const stateKeys = {
  expired: 'errors.invitation.expired',
  accepted: 'errors.invitation.accepted',
  revoked: 'errors.invitation.revoked',
  unavailable: 'errors.invitation.unavailable',
} as const satisfies Record<string, MessageKey>;

/** `/inbjudan#<token>`: shows what the invitation is for and lets the invitee accept it. Public. */
export function InvitationPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [token] = useState(tokenFromHash);
  const me = useMe();
  const isTokenPlausible = token.length >= 10 && token.length <= 200;
  const invitation = useQuery(
    trpc.invitation.get.queryOptions(
      { token },
      { enabled: isTokenPlausible, retry: false, staleTime: Infinity },
    ),
  );

  let body: React.ReactNode;
  if (!isTokenPlausible || (invitation.isError && hasErrorCode(invitation.error, 'NOT_FOUND'))) {
    body = <p className="notice notice--error">{t('errors.invitation.notFound')}</p>;
  } else if (invitation.isPending) {
    body = <LoadingStatus />;
  } else if (invitation.isError) {
    body = <ErrorPanel error={invitation.error} onRetry={() => void invitation.refetch()} />;
  } else {
    const view = invitation.data;
    body = (
      <>
        <dl className="summary-list">
          <dt>{t('administration.invitation.tenant')}</dt>
          <dd>{view.tenantName}</dd>
          <dt>{t('administration.invitation.email')}</dt>
          <dd>{view.email}</dd>
          <dt>{t('administration.invitation.role')}</dt>
          <dd>{t(`roles.${view.role}`)}</dd>
        </dl>
        {view.state === 'open' ? (
          me.data && me.data.user.email.toLowerCase() !== view.email.toLowerCase() ? (
            <SignedInAsOther current={me.data.user.email} invited={view.email} token={token} />
          ) : view.hasAccount ? (
            <ExistingAccountForm token={token} email={view.email} />
          ) : (
            <NewAccountForm token={token} email={view.email} />
          )
        ) : (
          <>
            <p className="notice notice--error">{t(stateKeys[view.state])}</p>
            {view.state === 'accepted' ? (
              <p>
                <Link to="/logga-in">{t('administration.invitation.toLogin')}</Link>
              </p>
            ) : null}
          </>
        )}
      </>
    );
  }

  return (
    <div className="login">
      <PageHeading titleParts={[t('administration.invitation.title')]}>
        {t('administration.invitation.title')}
      </PageHeading>
      {body}
    </div>
  );
}
