import { applicationStatuses } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FilterSelect } from '../../../components/filter-field.tsx';
import { Notice } from '../../../components/notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { PrintAndExport } from '../../../components/print-and-export.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { exportXlsx, kronorCell } from '../../interventions/export-xlsx.ts';
import { useArrivalNotice } from '../../interventions/use-arrival-notice.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { ApplicationsSubnav } from '../applications-subnav.tsx';
import './applications.css';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import { filterOfSearch, pipelineAmountOre, pipelineGroups, searchOfFilter } from './pipeline-groups.ts';
import { PipelineTable } from './pipeline-table.tsx';
import type { ApplicationListItem } from './shared.ts';

/**
 * `/f/:slug/ansokningar`: the pipeline, one table per status in the order applications move
 * (expected … withdrawn), each with its count and sum, so the förbund sees at a glance what is
 * coming, what is being reviewed and what has been granted; filters by year, status and local
 * group live in the address; .xlsx and print.
 */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const tenant = useTenant();
  const canEdit = useTenantRole('editor');
  const arrivalNotice = useArrivalNotice();
  const [search, setSearch] = useSearchParams();
  const filter = filterOfSearch(search);
  const list = useQuery(
    trpc.applications.list.queryOptions({
      tenant: slug,
      ...(filter.year !== null ? { year: filter.year } : {}),
      ...(filter.status !== null ? { statuses: [filter.status] } : {}),
      ...(filter.localGroupId !== null ? { localGroupId: filter.localGroupId } : {}),
    }),
  );
  const localGroups = useQuery(trpc.interventions.localGroups.list.queryOptions({ tenant: slug }));
  const setFilter = (change: Partial<typeof filter>) =>
    setSearch(searchOfFilter({ ...filter, ...change }), { replace: true });
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 3 - 2010 }, (_, index) => String(thisYear + 2 - index));
  const isFiltered = filter.year !== null || filter.status !== null || filter.localGroupId !== null;
  const title = t('applicationPipeline.list.title');
  return (
    <>
      <PageHeading titleParts={[title, tenant.name]}>{title}</PageHeading>
      <ApplicationsSubnav />
      <Notice message={arrivalNotice} />
      <p className="no-print">{t('applicationPipeline.list.intro')}</p>
      <div className="application-actions no-print">
        {canEdit ? (
          <Link className="button button--primary" to={`/f/${slug}/ansokningar/ny`}>
            {t('applicationPipeline.list.newApplication')}
          </Link>
        ) : null}
        <PrintAndExport
          keys="applicationPipeline.list"
          onExport={list.data && list.data.length > 0 ? () => exportPipeline(list.data, t) : null}
        />
      </div>
      <section className="application-filters no-print" aria-label={t('applicationPipeline.list.filters')}>
        <FilterSelect
          label={t('applicationPipeline.list.year')}
          value={filter.year === null ? '' : String(filter.year)}
          onChange={(value) => setFilter({ year: value === '' ? null : Number(value) })}
          choices={[
            { value: '', label: t('applicationPipeline.list.allYears') },
            ...years.map((year) => ({ value: year, label: year })),
          ]}
        />
        <FilterSelect
          label={t('applicationPipeline.list.status')}
          value={filter.status ?? ''}
          onChange={(value) =>
            setFilter({ status: value === '' ? null : (value as (typeof applicationStatuses)[number]) })
          }
          choices={[
            { value: '', label: t('applicationPipeline.list.allStatuses') },
            ...applicationStatuses.map((status) => ({
              value: status,
              label: t(`applicationLabels.status.${status}`),
            })),
          ]}
        />
        <FilterSelect
          label={t('applicationPipeline.list.localGroup')}
          value={filter.localGroupId ?? ''}
          onChange={(value) => setFilter({ localGroupId: value === '' ? null : value })}
          choices={[
            { value: '', label: t('applicationPipeline.list.allLocalGroups') },
            ...(localGroups.data ?? []).map((group) => ({ value: group.id, label: group.name })),
          ]}
        />
      </section>
      <QueryState
        query={list}
        isEmpty={(rows) => rows.length === 0}
        empty={
          <p className="empty-state">
            {isFiltered ? t('applicationPipeline.list.empty') : t('applicationPipeline.list.emptyAll')}
          </p>
        }
      >
        {(rows) => pipelineGroups(rows).map((group) => <PipelineTable key={group.status} group={group} />)}
      </QueryState>
    </>
  );
}

/** One sheet: every listed application with its status, parties and amounts in kronor. */
async function exportPipeline(rows: readonly ApplicationListItem[], say: TFunction) {
  const header = [
    say('applicationPipeline.list.status'),
    say('applicationPipeline.list.titleColumn'),
    say('applicationPipeline.list.lead'),
    say('applicationPipeline.list.parties'),
    say('applicationPipeline.list.localGroupColumn'),
    say('applicationPipeline.list.period'),
    say('applicationPipeline.list.requested'),
    say('applicationPipeline.list.expected'),
    say('applicationPipeline.list.proposed'),
    say('applicationPipeline.list.granted'),
    say('applicationPipeline.list.amount'),
  ];
  const body = pipelineGroups(rows).flatMap((group) =>
    group.rows.map((row) => [
      say(`applicationLabels.status.${row.status}`),
      row.title,
      row.leadName ?? '',
      row.partyNames.join(', '),
      row.localGroupName ?? '',
      [row.startDate ?? '', row.endDate ?? ''].filter(Boolean).join(' – '),
      kronorCell(row.requestedOre),
      kronorCell(row.expectedAmountOre),
      kronorCell(row.proposedAmountOre),
      kronorCell(row.grantedAmountOre),
      kronorCell(pipelineAmountOre(row)),
    ]),
  );
  await exportXlsx(
    `${say('applicationPipeline.list.fileName')}.xlsx`,
    say('applicationPipeline.list.sheetName'),
    [header, ...body],
  );
}
