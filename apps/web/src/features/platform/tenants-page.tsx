import type { AppRouter } from '@samsyn/api';
import type { TenantStatus } from '@samsyn/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { hasErrorCode } from '../../lib/api-error.ts';
import { errorMessageOf } from '../../lib/error-message.ts';
import { formatNumber } from '../../lib/format.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { formatDateTime } from '../team/format-date-time.ts';
import '../team/admin.css';

type TenantItem = inferRouterOutputs<AppRouter>['platform']['tenants']['list'][number];
type Action = 'suspend' | 'reactivate' | 'archive' | 'delete';
const targetStatus: Record<Exclude<Action, 'delete'>, TenantStatus> = {
  suspend: 'suspended',
  reactivate: 'active',
  archive: 'archived',
};
const actionsFor: Record<TenantStatus, Action[]> = {
  active: ['suspend', 'archive'],
  suspended: ['reactivate', 'archive'],
  archived: ['reactivate', 'delete'],
};
const statusKeys: Record<TenantStatus, MessageKey> = {
  active: 'administration.platform.statuses.active',
  suspended: 'administration.platform.statuses.suspended',
  archived: 'administration.platform.statuses.archived',
};

/** `/plattform`: every förbund with status, users and last activity, and its lifecycle actions. */
export function TenantsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const confirmId = useId();
  const tenants = useQuery(trpc.platform.tenants.list.queryOptions());
  const [pending, setPending] = useState<{ action: Action; tenant: TenantItem } | null>(null);
  const [confirmSlug, setConfirmSlug] = useState('');
  const [dialogError, setDialogError] = useState<Message | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);

  const refresh = () => queryClient.invalidateQueries(trpc.platform.pathFilter());
  const onError = (failure: unknown) => {
    if (hasErrorCode(failure, 'CONFLICT') || hasErrorCode(failure, 'NOT_FOUND')) {
      // Someone else changed the förbund first: close, say so, and show the current state.
      setPending(null);
      setError(errorMessageOf(failure));
      void refresh();
    } else {
      setDialogError(errorMessageOf(failure));
    }
  };
  const setStatus = useMutation(
    trpc.platform.tenants.setStatus.mutationOptions({
      onSuccess: async (tenant, input) => {
        setPending(null);
        setNotice({
          key:
            input.status === 'active'
              ? 'administration.platform.reactivated'
              : input.status === 'suspended'
                ? 'administration.platform.suspended'
                : 'administration.platform.archived',
          values: { name: tenant.name },
        });
        await refresh();
      },
      onError,
    }),
  );
  const remove = useMutation(
    trpc.platform.tenants.delete.mutationOptions({
      onSuccess: async (result) => {
        setNotice({
          key: 'administration.platform.deleted',
          values: { name: pending?.tenant.name ?? '', rows: formatNumber(result.deletedRows) },
        });
        setPending(null);
        await refresh();
      },
      onError,
    }),
  );

  function open(action: Action, tenant: TenantItem) {
    setError(null);
    setNotice(null);
    setDialogError(null);
    setConfirmSlug('');
    setPending({ action, tenant });
  }

  function confirm() {
    if (!pending) return;
    const { action, tenant } = pending;
    if (action === 'delete') remove.mutate({ slug: tenant.slug, confirmSlug: confirmSlug.trim() });
    else
      setStatus.mutate({ slug: tenant.slug, status: targetStatus[action], expectedVersion: tenant.version });
  }

  const name = pending?.tenant.name ?? '';
  return (
    <>
      <PageHeading titleParts={[t('platform.title')]}>{t('platform.title')}</PageHeading>
      <p>{t('platform.privacy')}</p>
      <p>
        <Link to="/plattform/nytt-forbund" className="button button--primary">
          {t('administration.onboard.title')}
        </Link>
      </p>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('administration.platform.tenantsTitle')}</h2>
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
        {tenants.isPending ? (
          <LoadingStatus />
        ) : tenants.isError ? (
          <ErrorPanel error={tenants.error} onRetry={() => void tenants.refetch()} />
        ) : tenants.data.length === 0 ? (
          <p className="empty-state">{t('administration.platform.noTenants')}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('administration.platform.name')}</th>
                  <th scope="col">{t('administration.platform.slug')}</th>
                  <th scope="col">{t('administration.platform.status')}</th>
                  <th scope="col" className="data-table__number">
                    {t('administration.platform.activeUsers')}
                  </th>
                  <th scope="col">{t('administration.platform.lastActivity')}</th>
                  <th scope="col">{t('administration.platform.created')}</th>
                  <th scope="col">{t('administration.common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {tenants.data.map((tenant) => (
                  <tr key={tenant.id}>
                    <th scope="row">{tenant.name}</th>
                    <td>{tenant.slug}</td>
                    <td>
                      <span className={`status-badge status-badge--${tenant.status}`}>
                        {t(statusKeys[tenant.status])}
                      </span>
                    </td>
                    <td className="data-table__number">{formatNumber(tenant.activeUsers)}</td>
                    <td>{tenant.lastActivity ? formatDateTime(tenant.lastActivity) : '–'}</td>
                    <td>{formatDateTime(tenant.createdAt, false)}</td>
                    <td>
                      <div className="button-row">
                        {actionsFor[tenant.status].map((action) => (
                          <button
                            key={action}
                            type="button"
                            className="button button--secondary button--small"
                            onClick={() => open(action, tenant)}
                          >
                            {t(`administration.platform.actions.${action}`)}
                            <span className="visually-hidden"> {tenant.name}</span>
                          </button>
                        ))}
                        <a
                          className="button button--secondary button--small"
                          href={`/api/export/${tenant.slug}`}
                          download
                        >
                          {t('administration.platform.actions.export')}
                          <span className="visually-hidden"> {tenant.name}</span>
                        </a>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="field__hint">{t('administration.platform.exportHint')}</p>
      </section>
      <ConfirmDialog
        isOpen={pending !== null}
        title={pending ? t(`administration.platform.confirm.${pending.action}.title`, { name }) : ''}
        confirmLabel={pending ? t(`administration.platform.actions.${pending.action}`) : ''}
        tone={pending?.action !== 'reactivate' ? 'danger' : 'primary'}
        isPending={setStatus.isPending || remove.isPending}
        canConfirm={pending?.action !== 'delete' || confirmSlug.trim() === pending.tenant.slug}
        error={dialogError}
        onCancel={() => setPending(null)}
        onConfirm={confirm}
      >
        {pending ? <p>{t(`administration.platform.confirm.${pending.action}.body`, { name })}</p> : null}
        {pending?.action === 'delete' ? (
          <div className="field">
            <label className="field__label" htmlFor={confirmId}>
              {t('administration.platform.confirm.delete.typeSlug', { slug: pending.tenant.slug })}
            </label>
            <input
              id={confirmId}
              className="field__input"
              autoComplete="off"
              spellCheck={false}
              value={confirmSlug}
              onChange={(event) => setConfirmSlug(event.target.value)}
            />
          </div>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
