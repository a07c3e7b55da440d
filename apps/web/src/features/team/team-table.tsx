import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DataTable, RowAction } from '../../components/data-table.tsx';
import { ErrorNotice, Notice } from '../../components/notice.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { hasErrorCode } from '../../lib/api-error.ts';
import { errorMessageOf } from '../../lib/error-message.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useCurrentUser } from '../../lib/use-current-user.ts';
import { RoleCell, type TeamMember } from './role-cell.tsx';
import { TeamExport } from './team-export.tsx';
import { isLastActiveAdmin } from './team-rules.ts';

type PendingAction = { kind: 'deactivate' | 'reactivate'; member: TeamMember };

/** The förbund's users: role changes, deactivation and reactivation (asked first). Förbund admins. */
export function TeamTable({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const headingId = useId();
  const team = useQuery(trpc.team.list.queryOptions({ tenant: slug }));
  const [pending, setPending] = useState<PendingAction | null>(null);

  // Both answer with the whole team: it replaces the cached list rather than refetching it.
  const showTeam = (rows: TeamMember[]) =>
    queryClient.setQueryData(trpc.team.list.queryKey({ tenant: slug }), rows);
  const onFailure = (failure: unknown) => {
    // Someone else changed the row: show the current state so the admin can decide again.
    if (hasErrorCode(failure, 'CONFLICT') || hasErrorCode(failure, 'NOT_FOUND')) void team.refetch();
  };
  const nameOf = (rows: TeamMember[], userId: string) =>
    rows.find((row) => row.userId === userId)?.name ?? '';
  const setActive = useApiMutation(
    trpc.team.setActive.mutationOptions({
      onSuccess: (rows) => {
        showTeam(rows);
        setPending(null);
      },
      onError: (failure) => {
        setPending(null);
        onFailure(failure);
      },
    }),
    {
      success: (rows, input) => ({
        key: input.isActive ? 'administration.team.reactivated' : 'administration.team.deactivated',
        values: { name: nameOf(rows, input.userId) },
      }),
    },
  );
  const changeRole = useApiMutation(
    trpc.team.changeRole.mutationOptions({ onSuccess: showTeam, onError: onFailure }),
    {
      success: (rows, input) => ({
        key: 'administration.team.roleChanged',
        values: { name: nameOf(rows, input.userId), role: t(`roles.${input.role}`) },
      }),
    },
  );
  // One outcome at a time: starting an action forgets the previous one's notice and error.
  const startAction = () => {
    setActive.reset();
    changeRole.reset();
  };
  const failure = setActive.error ?? changeRole.error;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('administration.team.membersTitle')}</h2>
      <Notice message={setActive.notice ?? changeRole.notice} />
      <ErrorNotice message={failure ? errorMessageOf(failure) : null} />
      <QueryState query={team}>
        {(rows) => (
          <DataTable
            title={t('administration.team.membersTitle')}
            columns={[
              t('administration.team.name'),
              t('administration.team.email'),
              t('administration.team.role'),
              t('administration.team.status'),
              t('administration.team.lastActive'),
              t('administration.common.actions'),
            ]}
            rows={rows}
            rowKey={(member) => member.userId}
            empty={t('administration.team.noMembers')}
          >
            {(member) => {
              const lockId = `${headingId}-last-admin-${member.userId}`;
              const isLocked = isLastActiveAdmin(member, rows);
              return (
                <>
                  <th scope="row">
                    {member.name}
                    {member.userId === me.user.id ? (
                      <span className="muted"> {t('administration.team.you')}</span>
                    ) : null}
                  </th>
                  <td>{member.email}</td>
                  <td>
                    <RoleCell
                      member={member}
                      isSaving={changeRole.isPending}
                      lockedBecause={isLocked ? lockId : undefined}
                      onSave={(role) => {
                        startAction();
                        changeRole.mutate({
                          tenant: slug,
                          userId: member.userId,
                          role,
                          expectedVersion: member.version,
                        });
                      }}
                    />
                  </td>
                  <td>
                    <span className={`status-badge status-badge--${member.isActive ? 'active' : 'inactive'}`}>
                      {member.isActive ? t('administration.team.active') : t('administration.team.inactive')}
                    </span>
                  </td>
                  <td>{member.lastActiveAt ? formatDateTime(member.lastActiveAt) : '–'}</td>
                  <td>
                    <RowAction
                      label={
                        member.isActive
                          ? t('administration.team.deactivate')
                          : t('administration.team.reactivate')
                      }
                      subject={member.name}
                      isUnavailable={isLocked}
                      describedBy={isLocked ? lockId : undefined}
                      onClick={() => {
                        startAction();
                        setPending({ kind: member.isActive ? 'deactivate' : 'reactivate', member });
                      }}
                    />
                    {isLocked ? (
                      <p className="field__hint" id={lockId}>
                        {t('administration.team.lastAdmin')}
                      </p>
                    ) : null}
                  </td>
                </>
              );
            }}
          </DataTable>
        )}
      </QueryState>
      {team.data && team.data.length > 0 ? <TeamExport slug={slug} team={team.data} /> : null}
      <ConfirmDialog
        isOpen={pending !== null}
        title={
          pending?.kind === 'deactivate'
            ? t('administration.team.deactivateTitle', { name: pending.member.name })
            : t('administration.team.reactivateTitle', { name: pending?.member.name ?? '' })
        }
        confirmLabel={
          pending?.kind === 'deactivate'
            ? t('administration.team.deactivate')
            : t('administration.team.reactivate')
        }
        tone={pending?.kind === 'deactivate' ? 'danger' : 'primary'}
        isPending={setActive.isPending}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (!pending) return;
          setActive.mutate({
            tenant: slug,
            userId: pending.member.userId,
            isActive: pending.kind === 'reactivate',
            expectedVersion: pending.member.version,
          });
        }}
      >
        <p>
          {pending?.kind === 'deactivate'
            ? t('administration.team.deactivateBody')
            : t('administration.team.reactivateBody')}
        </p>
      </ConfirmDialog>
    </section>
  );
}
