import type { AppRouter } from '@samsyn/api';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DataTable, RowAction, RowActions } from '../../components/data-table.tsx';
import { ErrorNotice, Notice } from '../../components/notice.tsx';
import { QueryState } from '../../components/query-state.tsx';
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
      <ErrorNotice message={failure ? errorMessageOf(failure) : null} />
      <QueryState query={invitations}>
        {(rows) => (
          <DataTable
            title={t('administration.invitations.title')}
            columns={[
              t('administration.team.email'),
              t('administration.team.role'),
              t('administration.team.status'),
              t('administration.invitations.sent'),
              t('administration.invitations.expires'),
              t('administration.common.actions'),
            ]}
            rows={rows}
            rowKey={(invitation) => invitation.id}
            empty={t('administration.invitations.none')}
          >
            {(invitation) => (
              <>
                <th scope="row">{invitation.email}</th>
                <td>{t(`roles.${invitation.role}`)}</td>
                <td>{t(invitationStateKeys[invitation.state])}</td>
                <td>{formatDateTime(invitation.createdAt)}</td>
                <td>{formatDateTime(invitation.expiresAt)}</td>
                <RowActions>
                  {invitation.state === 'open' || invitation.state === 'expired' ? (
                    <RowAction
                      label={t('administration.invitations.resend')}
                      subject={invitation.email}
                      isUnavailable={resend.isPending}
                      onClick={() => {
                        startAction();
                        resend.mutate({ tenant: slug, invitationId: invitation.id });
                      }}
                    />
                  ) : null}
                  {invitation.state === 'open' ? (
                    <RowAction
                      label={t('administration.invitations.revoke')}
                      subject={invitation.email}
                      onClick={() => {
                        startAction();
                        setToRevoke(invitation);
                      }}
                    />
                  ) : null}
                </RowActions>
              </>
            )}
          </DataTable>
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
