import type { AppRouter } from '@samsyn/api';
import type { ContributionPeriod } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { reasonKey } from '../../lib/error-message.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import { ContributionsEditor } from './contributions-editor.tsx';
import { Reconciliation, SplitTables } from './contributions-tables.tsx';
import { contributionRows } from './economy-exports.ts';
import { ReportActions } from './report-kit.tsx';
import { deviatesInOre } from './split-deviation.ts';
import { downloadXlsx } from './table-file.ts';
import { PickerSelect, useEconomyYear, YearPicker } from './year-picker.tsx';

type ContributionsView = inferRouterOutputs<AppRouter>['economy']['contributions']['get'];
const periods: ContributionPeriod[] = ['year', 'H1', 'H2'];

/** `/f/:slug/ekonomi/medlemsbidrag`: each member's contribution by the Finsam split. */
export function ContributionsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const { year, years, isReady } = useEconomyYear(tenant.slug);
  const requested = params.get('period');
  const defaultPeriod = (years.find((row) => row.year === year)?.contributionPeriods[0] ??
    'year') as ContributionPeriod;
  const period = periods.includes(requested as ContributionPeriod)
    ? (requested as ContributionPeriod)
    : defaultPeriod;
  const view = useQuery({
    ...trpc.economy.contributions.get.queryOptions({ tenant: tenant.slug, year, period }),
    enabled: isReady,
  });
  const [notice, setNotice] = useState<Message | null>(null);
  const title = t('economy.contributions.title');
  return (
    <>
      <PageHeading titleParts={[title, t('economy.title'), tenant.name]}>{`${title} ${year}`}</PageHeading>
      <p>{t('economy.contributions.intro')}</p>
      <YearPicker key={`${year}-${period}`} year={year} years={years} extraParams={['period']}>
        <PickerSelect
          label={t('economy.contributions.period')}
          name="period"
          defaultValue={period}
          choices={periods.map((option) => ({
            value: option,
            label: t(`economy.contributions.periods.${option}`),
          }))}
        />
      </YearPicker>
      <Notice message={notice} />
      {isReady ? (
        <QueryState query={view}>
          {(data) => <ContributionsBody key={`${year}-${period}`} view={data} onNotice={setNotice} />}
        </QueryState>
      ) : (
        <LoadingStatus />
      )}
    </>
  );
}

function ContributionsBody({
  view,
  onNotice,
}: {
  view: ContributionsView;
  onNotice: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const [isEditing, setIsEditing] = useState(false);
  const canEdit = useTenantRole('editor');
  const split = view.split;
  const splitErrorKey = view.splitError ? reasonKey(view.splitError.reason) : null;
  return (
    <>
      {!view.plan ? <p className="empty-state">{t('economy.contributions.none')}</p> : null}
      {view.splitError ? (
        <p className="notice notice--error">
          {t('economy.contributions.cannotCompute', {
            reason: splitErrorKey ? t(splitErrorKey, view.splitError.details ?? {}) : view.splitError.reason,
          })}
        </p>
      ) : null}
      {split ? (
        <>
          <p className={`notice ${deviatesInOre(split.groups) ? 'notice--warning' : 'notice--success'}`}>
            {deviatesInOre(split.groups)
              ? t('economy.contributions.deviates')
              : t('economy.contributions.standardOk')}
          </p>
          <ReportActions
            onExport={() =>
              downloadXlsx(
                `medlemsbidrag-${tenant.slug}-${view.year}-${view.period}.xlsx`,
                t('economy.xlsxSheet.contributions'),
                contributionRows(
                  t,
                  split,
                  view.plan?.key.kind === 'agreed',
                  `${t('economy.contributions.title')} ${view.year}, ${t(`economy.contributions.periods.${view.period}`).toLowerCase()} – ${tenant.name}`,
                ),
                [30, 12, 16, 16, 40],
              )
            }
          />
          <SplitTables view={view} split={split} />
        </>
      ) : null}
      {view.reconciliation ? <Reconciliation reconciliation={view.reconciliation} /> : null}
      {canEdit ? (
        isEditing ? (
          <ContributionsEditor
            view={view}
            onDone={(saved) => {
              setIsEditing(false);
              if (saved) onNotice({ key: 'economy.contributions.saved' });
            }}
          />
        ) : (
          <button
            type="button"
            className="button button--primary no-print"
            onClick={() => {
              onNotice(null);
              setIsEditing(true);
            }}
          >
            {view.plan ? t('economy.contributions.edit') : t('economy.contributions.create')}
          </button>
        )
      ) : null}
    </>
  );
}
