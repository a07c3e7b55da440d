import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ColumnHeaders, numberColumn } from '../../components/column-headers.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatDate } from '../../lib/format.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { exportXlsx } from './export-xlsx.ts';
import { registerSheet } from './register-sheet.ts';
import { formatOre, type InterventionListItem, todayIso } from './shared.tsx';

type Item = InterventionListItem;

/** The register's table (scrolling inside its own region on a narrow screen) and its Excel export. */
export function InterventionTable({
  items,
  total,
  leadName,
}: {
  items: Item[];
  total: number;
  leadName: (item: Item) => string;
}) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  return (
    <>
      <RegisterExport items={items} leadName={leadName} />
      <ScrollRegion label={t('interventions.list.tableLabel')}>
        <table className="insatser-table">
          <caption aria-live="polite">
            {t('interventions.list.caption', { count: items.length, total })}
          </caption>
          <ColumnHeaders
            columns={[
              t('interventions.list.name'),
              t('interventions.list.kind'),
              t('interventions.list.status'),
              t('interventions.list.lead'),
              t('interventions.list.period'),
              numberColumn(t('interventions.list.budgetHeading')),
              numberColumn(t('interventions.list.used')),
            ]}
          />
          <tbody>
            {items.length === 0 ? (
              <tr>
                <td colSpan={7}>{t('interventions.list.noMatch')}</td>
              </tr>
            ) : (
              items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link to={`/f/${slug}/insatser/${item.id}`}>{item.name}</Link>
                    {item.archivedAt ? (
                      <span className="insatser-badge">{t('interventions.list.archived')}</span>
                    ) : null}
                  </th>
                  <td>{t(`interventions.kinds.${item.kind}`)}</td>
                  <td>{t(`interventions.statuses.${item.status}`)}</td>
                  <td>{leadName(item)}</td>
                  <td>
                    {item.startDate || item.endDate
                      ? t('interventions.list.dates', {
                          from: item.startDate
                            ? formatDate(item.startDate, 'short')
                            : t('interventions.list.open'),
                          to: item.endDate ? formatDate(item.endDate, 'short') : t('interventions.list.open'),
                        })
                      : t('interventions.common.none')}
                  </td>
                  <td className="num">
                    {item.latestBudget
                      ? `${formatOre(item.latestBudget.totalBudget)} (${item.latestBudget.year})`
                      : t('interventions.common.none')}
                  </td>
                  <td className="num">
                    {item.latestBudget?.usage.percentUsed !== undefined &&
                    item.latestBudget.usage.percentUsed !== null
                      ? t('interventions.common.percentOf', { percent: item.latestBudget.usage.percentUsed })
                      : t('interventions.common.none')}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

/** Downloads the interventions shown (filtered and sorted as on screen) as an .xlsx sheet. */
function RegisterExport({ items, leadName }: { items: Item[]; leadName: (item: Item) => string }) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');
  async function onExport() {
    if (state === 'working') return;
    setState('working');
    try {
      const rows = registerSheet(items, {
        headings: {
          name: t('interventions.list.name'),
          kind: t('interventions.list.kind'),
          status: t('interventions.list.status'),
          lead: t('interventions.list.lead'),
          startDate: t('interventions.list.startDate'),
          endDate: t('interventions.list.endDate'),
          budgetYear: t('interventions.list.budgetYear'),
          budget: t('interventions.list.budgetKr'),
          used: t('interventions.list.usedPercent'),
          archived: t('interventions.list.archived'),
        },
        kind: (kind) => t(`interventions.kinds.${kind}`),
        status: (status) => t(`interventions.statuses.${status}`),
        lead: leadName,
        yes: t('interventions.common.yes'),
      });
      await exportXlsx(`insatser-${slug}-${todayIso()}.xlsx`, t('interventions.list.sheet'), rows);
      setState('idle');
    } catch {
      setState('failed');
    }
  }
  return (
    <div className="insatser-actions">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void onExport()}
        aria-disabled={state === 'working'}
      >
        {state === 'working' ? t('interventions.list.exporting') : t('interventions.list.excel')}
      </button>
      {state === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {t('interventions.list.exportFailed')}
        </p>
      ) : null}
    </div>
  );
}
