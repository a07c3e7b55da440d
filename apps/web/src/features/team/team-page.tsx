import type { AppRouter } from '@samsyn/api';
import { inviteInputSchema, type TenantRole, tenantRoles } from '@samsyn/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { FormField } from '../../components/form/form-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { hasErrorCode } from '../../lib/api-error.ts';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useCurrentUser } from '../../lib/use-current-user.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { formatDateTime } from './format-date-time.ts';
import './admin.css';

type Outputs = inferRouterOutputs<AppRouter>;
type TeamMember = Outputs['team']['list'][number];
type Invitation = Outputs['team']['invitations']['list'][number];

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

const isRole = (value: string): value is TenantRole => (tenantRoles as readonly string[]).includes(value);

/** Invites someone by e-mail: the domain's invitation schema checks the form, as the API will. */
function InviteForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const headingId = useId();
  const form = useSchemaForm({
    schema: inviteInputSchema,
    defaultValues: { email: '', role: 'editor' },
    labels: { email: t('administration.team.email'), role: t('administration.team.role') },
  });
  const invite = useApiMutation(trpc.team.invitations.create.mutationOptions(), {
    invalidates: () => [
      trpc.team.invitations.list.queryFilter({ tenant: slug }),
      trpc.outbox.list.queryFilter({ tenant: slug }),
    ],
    success: (created) => ({ key: 'administration.team.inviteSent', values: { email: created.email } }),
  });

  const onSubmit = form.submit(async (values) => {
    await invite.mutateAsync({ tenant: slug, ...values });
    form.reset({ email: '', role: values.role });
  });

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('administration.team.inviteTitle')}</h2>
      <p>{t('administration.team.inviteIntro')}</p>
      <FormErrorSummary form={form} />
      <form className="inline-form" noValidate onSubmit={onSubmit}>
        <FormField form={form} name="email">
          {(control) => (
            <input
              {...control}
              {...form.register('email')}
              className="field__input"
              type="email"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </FormField>
        <FormField form={form} name="role">
          {(control) => (
            <select {...control} {...form.register('role')} className="field__input">
              {tenantRoles.map((option) => (
                <option key={option} value={option}>
                  {t(`roles.${option}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <button type="submit" className="button button--primary" aria-disabled={invite.isPending}>
          {invite.isPending ? t('administration.common.working') : t('administration.team.inviteSubmit')}
        </button>
      </form>
      <Notice message={invite.notice} />
    </section>
  );
}

type PendingAction = { kind: 'deactivate' | 'reactivate'; member: TeamMember };

function TeamTable({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const headingId = useId();
  const team = useQuery(trpc.team.list.queryOptions({ tenant: slug }));
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);

  const onMutationError = (failure: unknown) => {
    setError(errorMessageOf(failure));
    // Someone else changed the row: show the current state so the admin can decide again.
    if (hasErrorCode(failure, 'CONFLICT') || hasErrorCode(failure, 'NOT_FOUND')) void team.refetch();
  };
  const setActive = useMutation(
    trpc.team.setActive.mutationOptions({
      onSuccess: (rows, input) => {
        queryClient.setQueryData(trpc.team.list.queryKey({ tenant: slug }), rows);
        setPending(null);
        const member = rows.find((row) => row.userId === input.userId);
        setNotice({
          key: input.isActive ? 'administration.team.reactivated' : 'administration.team.deactivated',
          values: { name: member?.name ?? '' },
        });
      },
      onError: (failure) => {
        setPending(null);
        onMutationError(failure);
      },
    }),
  );
  const changeRole = useMutation(
    trpc.team.changeRole.mutationOptions({
      onSuccess: (rows, input) => {
        queryClient.setQueryData(trpc.team.list.queryKey({ tenant: slug }), rows);
        const member = rows.find((row) => row.userId === input.userId);
        setNotice({
          key: 'administration.team.roleChanged',
          values: { name: member?.name ?? '', role: t(`roles.${input.role}`) },
        });
      },
      onError: onMutationError,
    }),
  );

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('administration.team.membersTitle')}</h2>
      <div aria-live="polite">
        {notice && !error ? (
          <p className="notice" role="status">
            {t(notice.key, notice.values)}
          </p>
        ) : null}
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {t(error.key, error.values)}
        </p>
      ) : null}
      {team.isPending ? (
        <LoadingStatus />
      ) : team.isError ? (
        <ErrorPanel error={team.error} onRetry={() => void team.refetch()} />
      ) : team.data.length === 0 ? (
        <p className="empty-state">{t('administration.team.noMembers')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('administration.team.name')}</th>
                <th scope="col">{t('administration.team.email')}</th>
                <th scope="col">{t('administration.team.role')}</th>
                <th scope="col">{t('administration.team.status')}</th>
                <th scope="col">{t('administration.team.lastActive')}</th>
                <th scope="col">{t('administration.common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {team.data.map((member) => (
                <tr key={member.userId}>
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
                      onSave={(role) => {
                        setError(null);
                        setNotice(null);
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
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => {
                        setError(null);
                        setNotice(null);
                        setPending({ kind: member.isActive ? 'deactivate' : 'reactivate', member });
                      }}
                    >
                      {member.isActive
                        ? t('administration.team.deactivate')
                        : t('administration.team.reactivate')}
                      <span className="visually-hidden"> {member.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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

function RoleCell({
  member,
  isSaving,
  onSave,
}: {
  member: TeamMember;
  isSaving: boolean;
  onSave: (role: TenantRole) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [role, setRole] = useState<TenantRole>(member.role);
  const [shownFor, setShownFor] = useState(member.version);
  if (shownFor !== member.version) {
    setShownFor(member.version);
    setRole(member.role);
  }
  return (
    <form
      className="button-row"
      onSubmit={(event) => {
        event.preventDefault();
        if (!isSaving && role !== member.role) onSave(role);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('administration.team.roleFor', { name: member.name })}
      </label>
      <select
        id={id}
        className="tenant-switcher__select"
        value={role}
        onChange={(event) => {
          if (isRole(event.target.value)) setRole(event.target.value);
        }}
      >
        {tenantRoles.map((option) => (
          <option key={option} value={option}>
            {t(`roles.${option}`)}
          </option>
        ))}
      </select>
      {role !== member.role ? (
        <button type="submit" className="button button--secondary button--small" aria-disabled={isSaving}>
          {t('administration.team.saveRole')}
          <span className="visually-hidden"> {member.name}</span>
        </button>
      ) : null}
    </form>
  );
}

const invitationStateKeys: Record<Invitation['state'], MessageKey> = {
  open: 'administration.invitations.states.open',
  expired: 'administration.invitations.states.expired',
  accepted: 'administration.invitations.states.accepted',
  revoked: 'administration.invitations.states.revoked',
};

function InvitationTable({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const invitations = useQuery(trpc.team.invitations.list.queryOptions({ tenant: slug }));
  const [toRevoke, setToRevoke] = useState<Invitation | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);

  const refresh = async () => {
    await queryClient.invalidateQueries(trpc.team.invitations.list.queryFilter({ tenant: slug }));
    await queryClient.invalidateQueries(trpc.outbox.list.queryFilter({ tenant: slug }));
  };
  const revoke = useMutation(
    trpc.team.invitations.revoke.mutationOptions({
      onSuccess: async () => {
        setNotice({ key: 'administration.invitations.revoked', values: { email: toRevoke?.email ?? '' } });
        setToRevoke(null);
        await refresh();
      },
      onError: async (failure) => {
        setToRevoke(null);
        setError(errorMessageOf(failure));
        await refresh();
      },
    }),
  );
  const resend = useMutation(
    trpc.team.invitations.resend.mutationOptions({
      onSuccess: async (created) => {
        setNotice({ key: 'administration.invitations.resent', values: { email: created.email } });
        await refresh();
      },
      onError: async (failure) => {
        setError(errorMessageOf(failure));
        await refresh();
      },
    }),
  );

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('administration.invitations.title')}</h2>
      <div aria-live="polite">
        {notice && !error ? (
          <p className="notice" role="status">
            {t(notice.key, notice.values)}
          </p>
        ) : null}
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {t(error.key, error.values)}
        </p>
      ) : null}
      {invitations.isPending ? (
        <LoadingStatus />
      ) : invitations.isError ? (
        <ErrorPanel error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.length === 0 ? (
        <p className="empty-state">{t('administration.invitations.none')}</p>
      ) : (
        <div className="table-wrap">
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
              {invitations.data.map((invitation) => (
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
                            setError(null);
                            setNotice(null);
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
                            setError(null);
                            setNotice(null);
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
        </div>
      )}
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
