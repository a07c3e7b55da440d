import type { AppRouter } from '@samsyn/api';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Notice } from '../../components/notice.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';

type Invitation = inferRouterOutputs<AppRouter>['team']['invitations']['list'][number];

const invitationStateKeys: Record<Invitation['state'], MessageKey> = {
  open: 'administration.invitations.states.open',
  expired: 'administration.invitations.states.expired',
  accepted: 'administration.invitations.states.accepted',
  revoked: 'administration.invitations.states.revoked',
};

/** The förbund's invitations of the last 90 days: resend or revoke (asked first). Förbund admins. */
export function InvitationTable({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const headingId = useId();
  const invitations = useQuery(trpc.team.invitations.list.queryOptions({ tenant: slug }));
  const [toRevoke, setToRevoke] = useState<Invitation | null>(null);

  // Success or not, the list and the outbox may have changed (used or revoked meanwhile).
  const changed = () => [
    trpc.team.invitations.list.queryFilter({ tenant: slug }),
    trpc.outbox.list.queryFilter({ tenant: slug }),
  ];
  const refetchAfterFailure = () => {
    void invitations.refetch();
  };
  const revoke = useApiMutation(
    trpc.team.invitations.revoke.mutationOptions({
      onSettled: () => setToRevoke(null),
      onError: refetchAfterFailure,
    }),
    {
      invalidates: changed,
      success: (_, input) => ({
        key: 'administration.invitations.revoked',
        values: { email: invitations.data?.find((row) => row.id === input.invitationId)?.email ?? '' },
      }),
    },
  );
  const resend = useApiMutation(
    trpc.team.invitations.resend.mutationOptions({ onError: refetchAfterFailure }),
    {
      invalidates: changed,
      success: (created) => ({ key: 'administration.invitations.resent', values: { email: created.email } }),
    },
  );
  const startAction = () => {
    revoke.reset();
    resend.reset();
  };
  const failure = revoke.error ?? resend.error;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('administration.invitations.title')}</h2>
      <Notice message={revoke.notice ?? resend.notice} />
      {failure ? (
        <p className="notice notice--error" role="alert">
          {t(errorMessageOf(failure).key, errorMessageOf(failure).values)}
        </p>
      ) : null}
      <QueryState
        query={invitations}
        isEmpty={(rows) => rows.length === 0}
        empty={<p className="empty-state">{t('administration.invitations.none')}</p>}
      >
        {(rows) => (
          <ScrollRegion
            label={t('administration.common.tableOf', { title: t('administration.invitations.title') })}
          >
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('administration.team.email')}</th>
                  <th scope="col">{t('administration.team.role')}</th>
                  <th scope="col">{t('administration.team.status')}</th>
                  <th scope="col">{t('administration.invitations.sent')}</th>
                  <th scope="col">{t('administration.invitations.expires')}</th>
                  <th scope="col">{t('administration.common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((invitation) => (
                  <tr key={invitation.id}>
                    <th scope="row">{invitation.email}</th>
                    <td>{t(`roles.${invitation.role}`)}</td>
                    <td>{t(invitationStateKeys[invitation.state])}</td>
                    <td>{formatDateTime(invitation.createdAt)}</td>
                    <td>{formatDateTime(invitation.expiresAt)}</td>
                    <td>
                      <div className="button-row">
                        {invitation.state === 'open' || invitation.state === 'expired' ? (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-disabled={resend.isPending}
                            onClick={() => {
                              if (resend.isPending) return;
                              startAction();
                              resend.mutate({ tenant: slug, invitationId: invitation.id });
                            }}
                          >
                            {t('administration.invitations.resend')}
                            <span className="visually-hidden"> {invitation.email}</span>
                          </button>
                        ) : null}
                        {invitation.state === 'open' ? (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            onClick={() => {
                              startAction();
                              setToRevoke(invitation);
                            }}
                          >
                            {t('administration.invitations.revoke')}
                            <span className="visually-hidden"> {invitation.email}</span>
                          </button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </QueryState>
      <ConfirmDialog
        isOpen={toRevoke !== null}
        title={t('administration.invitations.revokeTitle', { email: toRevoke?.email ?? '' })}
        confirmLabel={t('administration.invitations.revoke')}
        isPending={revoke.isPending}
        onCancel={() => setToRevoke(null)}
        onConfirm={() => {
          if (toRevoke) revoke.mutate({ tenant: slug, invitationId: toRevoke.id });
        }}
      >
        <p>{t('administration.invitations.revokeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
