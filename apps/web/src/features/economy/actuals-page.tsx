import type { AppRouter } from '@samsyn/api';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import { ActualAllocationEditor } from './actual-allocation-editor.tsx';
import { type Actual, ActualForm } from './actual-form.tsx';
import { ActualsTable } from './actuals-table.tsx';
import { actualsRows } from './economy-exports.ts';
import { ImportPanel } from './import-panel.tsx';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import { ReconciliationPanel } from './reconciliation-panel.tsx';
import { ReportActions } from './report-kit.tsx';
import { downloadXlsx } from './table-file.ts';
import { useEconomyYear, YearPicker } from './year-picker.tsx';

type ActualsList = inferRouterOutputs<AppRouter>['economy']['actuals']['list'];

/** Where the latest notice belongs: only one shows, beside what the user just did. */
export type ActualsNotice = { where: 'list' | 'entry' | 'import' | 'allocation'; message: Message } | null;

/** `/f/:slug/ekonomi/utfall`: actuals per line and period, entered by hand or imported from a file. */
export function ActualsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const { year, years, isReady } = useEconomyYear(tenant.slug);
  const list = useQuery({
    ...trpc.economy.actuals.list.queryOptions({ tenant: tenant.slug, year }),
    enabled: isReady,
  });
  const canEdit = useTenantRole('editor');
  const [notice, setNotice] = useState<ActualsNotice>(null);
  const title = t('economy.actuals.title');
  return (
    <>
      <PageHeading titleParts={[title, t('economy.title'), tenant.name]}>{`${title} ${year}`}</PageHeading>
      <p>{t('economy.actuals.intro')}</p>
      {canEdit ? (
        <p>
          <Link to={`/f/${tenant.slug}/ekonomi/utfall/bokforing`}>{t('economy.sieImport.link')}</Link>
        </p>
      ) : null}
      <YearPicker key={year} year={year} years={years} />
      {isReady ? (
        <QueryState query={list}>
          {(data) => <ActualsBody list={data} canEdit={canEdit} notice={notice} setNotice={setNotice} />}
        </QueryState>
      ) : (
        <LoadingStatus />
      )}
      {isReady ? <ReconciliationPanel year={year} /> : null}
      {canEdit ? (
        <ImportPanel
          lines={list.data?.lines ?? []}
          notice={notice?.where === 'import' ? notice.message : null}
          onNotice={(message) => setNotice(message ? { where: 'import', message } : null)}
        />
      ) : null}
    </>
  );
}

function ActualsBody({
  list,
  canEdit,
  notice,
  setNotice,
}: {
  list: ActualsList;
  canEdit: boolean;
  notice: ActualsNotice;
  setNotice: (notice: ActualsNotice) => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const unit = useMoneyUnit();
  const [editing, setEditing] = useState<Actual | null>(null);
  const [removing, setRemoving] = useState<Actual | null>(null);
  // The split being edited is in the address, so the reconciliation can link straight to it.
  const [params, setParams] = useSearchParams();
  const allocating = canEdit ? params.get('fordela') : null;
  const setAllocating = (actualId: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (actualId) next.set('fordela', actualId);
        else next.delete('fordela');
        return next;
      },
      { replace: true },
    );
  const remove = useApiMutation(trpc.economy.actuals.delete.mutationOptions(), {
    invalidates: () => [trpc.economy.pathFilter()],
  });
  return (
    <>
      <Notice message={notice?.where === 'list' ? notice.message : null} />
      {list.actuals.length === 0 ? (
        <p className="empty-state">{t('economy.actuals.none', { year: list.year })}</p>
      ) : (
        <>
          <ReportActions
            onExport={() =>
              downloadXlsx(
                `utfall-${tenant.slug}-${list.year}.xlsx`,
                t('economy.xlsxSheet.actuals'),
                actualsRows(
                  t,
                  list.actuals,
                  `${t('economy.actuals.listCaption', { year: list.year })} – ${tenant.name}`,
                ),
                [36, 12, 16, 40],
              )
            }
          />
          <ScrollRegion label={t('economy.actuals.listCaption', { year: list.year })}>
            <ActualsTable
              year={list.year}
              actuals={list.actuals}
              canEdit={canEdit}
              onEdit={(actual) => {
                setNotice(null);
                setEditing(actual);
              }}
              onRemove={setRemoving}
              onAllocate={(actual) => {
                setNotice(null);
                setAllocating(actual.id);
              }}
            />
          </ScrollRegion>
        </>
      )}
      {allocating ? (
        <>
          <ActualAllocationEditor
            key={allocating}
            actualId={allocating}
            onClose={() => setAllocating(null)}
            onSaved={(message) => setNotice({ where: 'allocation', message })}
          />
          <Notice message={notice?.where === 'allocation' ? notice.message : null} />
        </>
      ) : null}
      {canEdit ? (
        <>
          <ActualForm
            key={editing?.id ?? 'new'}
            lines={list.lines}
            editing={editing}
            defaultPeriod={`${list.year}-H1`}
            onSaved={(message) => {
              setEditing(null);
              setNotice({ where: 'entry', message });
            }}
            onCancel={() => setEditing(null)}
          />
          <Notice message={notice?.where === 'entry' ? notice.message : null} />
        </>
      ) : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('economy.actuals.removeConfirmTitle')}
        confirmLabel={t('economy.common.remove')}
        isPending={remove.isPending}
        error={remove.error ? errorMessageOf(remove.error) : null}
        onConfirm={() =>
          removing &&
          remove.mutate(
            { tenant: tenant.slug, id: removing.id, expectedVersion: removing.version },
            {
              onSuccess: () => {
                setRemoving(null);
                setNotice({ where: 'list', message: { key: 'economy.actuals.removed' } });
              },
            },
          )
        }
        onCancel={() => {
          setRemoving(null);
          remove.reset();
        }}
      >
        {removing ? (
          <p>
            {t('economy.actuals.removeConfirm', {
              amount: formatAmount(removing.amount, unit),
              line: removing.lineName,
              period: removing.period,
            })}
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
