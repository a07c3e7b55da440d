import type { AppRouter } from '@samsyn/api';
import type { TenantStatus } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { numberColumn } from '../../components/column-headers.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DataTable, RowAction, RowActions } from '../../components/data-table.tsx';
import { FilterInput } from '../../components/filter-field.tsx';
import { ErrorNotice, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { hasErrorCode } from '../../lib/api-error.ts';
import { errorMessageOf } from '../../lib/error-message.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import '../team/admin.css';
import { searchTenants } from './tenant-search.ts';

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
  const headingId = useId();
  const confirmId = useId();
  const [search, setSearch] = useState('');
  const tenants = useQuery(trpc.platform.tenants.list.queryOptions());
  const [pending, setPending] = useState<{ action: Action; tenant: TenantItem } | null>(null);
  const [confirmSlug, setConfirmSlug] = useState('');
  const [dialogError, setDialogError] = useState<Message | null>(null);
  // A conflict closes the dialog and is said on the page; other failures stay in the dialog.
  const [error, setError] = useState<Message | null>(null);

  const refetchAll = () => [trpc.platform.pathFilter()];
  const onError = (failure: unknown) => {
    if (hasErrorCode(failure, 'CONFLICT') || hasErrorCode(failure, 'NOT_FOUND')) {
      // Someone else changed the förbund first: close, say so, and show the current state.
      setPending(null);
      setError(errorMessageOf(failure));
      void tenants.refetch();
    } else {
      setDialogError(errorMessageOf(failure));
    }
  };
  const setStatus = useApiMutation(
    trpc.platform.tenants.setStatus.mutationOptions({ onSuccess: () => setPending(null), onError }),
    {
      invalidates: refetchAll,
      success: (tenant, input) => ({
        key:
          input.status === 'active'
            ? 'administration.platform.reactivated'
            : input.status === 'suspended'
              ? 'administration.platform.suspended'
              : 'administration.platform.archived',
        values: { name: tenant.name },
      }),
    },
  );
  const remove = useApiMutation(
    trpc.platform.tenants.delete.mutationOptions({ onSuccess: () => setPending(null), onError }),
    {
      invalidates: refetchAll,
      success: (result, input) => ({
        key: 'administration.platform.deleted',
        values: {
          name: tenants.data?.find((tenant) => tenant.slug === input.slug)?.name ?? input.slug,
          rows: formatNumber(result.deletedRows),
        },
      }),
    },
  );

  function open(action: Action, tenant: TenantItem) {
    setError(null);
    setStatus.reset();
    remove.reset();
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
        <Notice message={setStatus.notice ?? remove.notice} />
        <ErrorNotice message={error} />
        <FilterInput
          label={t('administration.platform.search')}
          type="search"
          value={search}
          onChange={setSearch}
        />
        <QueryState
          query={tenants}
          isEmpty={(rows) => rows.length === 0}
          empty={<p className="empty-state">{t('administration.platform.noTenants')}</p>}
        >
          {(rows) => (
            <DataTable
              title={t('administration.platform.tenantsTitle')}
              columns={[
                t('administration.platform.name'),
                t('administration.platform.slug'),
                t('administration.platform.status'),
                numberColumn(t('administration.platform.activeUsers')),
                t('administration.platform.lastActivity'),
                t('administration.platform.created'),
                t('administration.common.actions'),
              ]}
              rows={searchTenants(rows, search)}
              rowKey={(tenant) => tenant.id}
              empty={t('administration.platform.noMatch')}
            >
              {(tenant) => (
                <>
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
                  <RowActions>
                    {actionsFor[tenant.status].map((action) => (
                      <RowAction
                        key={action}
                        label={t(`administration.platform.actions.${action}`)}
                        subject={tenant.name}
                        onClick={() => open(action, tenant)}
                      />
                    ))}
                    <a
                      className="button button--secondary button--small"
                      href={`/api/export/${tenant.slug}`}
                      download
                    >
                      {t('administration.platform.actions.export')}
                      <span className="visually-hidden"> {tenant.name}</span>
                    </a>
                  </RowActions>
                </>
              )}
            </DataTable>
          )}
        </QueryState>
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
