import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders, numberColumn } from '../../components/column-headers.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatNumber, formatShare } from '../../lib/format.ts';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import { UnitNote } from './unit-note.tsx';

type ContributionsView = inferRouterOutputs<AppRouter>['economy']['contributions']['get'];
type Split = NonNullable<ContributionsView['split']>;

/** The split per member and per funder group, as computed from the plan. */
export function SplitTables({ view, split }: { view: ContributionsView; split: Split }) {
  const { t } = useTranslation();
  const unit = useMoneyUnit();
  const periodLabel = t(`economy.contributions.periods.${view.period}`);
  const memberCaption = `${t('economy.contributions.splitCaption')}, ${view.year} ${periodLabel.toLowerCase()}`;
  // A difference that rounds to nothing in the unit shown says nothing beside the comment.
  const differenceText = (difference: number) =>
    formatAmount(difference, unit) === formatAmount(0, unit) ? '' : ` (${formatAmount(difference, unit)})`;
  return (
    <>
      <ScrollRegion label={memberCaption}>
        <table className="economy-table">
          <caption>
            {memberCaption}
            <UnitNote />
          </caption>
          <ColumnHeaders
            columns={[
              t('economy.contributions.member'),
              numberColumn(t('economy.contributions.keyValue')),
              numberColumn(t('economy.contributions.computed')),
              numberColumn(t('economy.contributions.amount')),
              t('economy.contributions.comment'),
            ]}
          />
          <tbody>
            {split.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">{line.name}</th>
                <td className="num">
                  {line.keyValue === null
                    ? ''
                    : view.plan?.key.kind === 'agreed'
                      ? formatShare(Number(line.keyValue))
                      : formatNumber(Number(line.keyValue))}
                </td>
                <td className="num">{formatAmount(line.computed, unit)}</td>
                <td className="num">{formatAmount(line.amount, unit)}</td>
                <td>
                  {line.override ? `${line.override.comment}${differenceText(line.override.difference)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('economy.contributions.total')}</th>
              <td />
              <td className="num">{formatAmount(split.computedTotal, unit)}</td>
              <td className="num">{formatAmount(split.total, unit)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <ScrollRegion label={t('economy.contributions.groupsCaption')}>
        <table className="economy-table">
          <caption>
            {t('economy.contributions.groupsCaption')}
            <UnitNote />
          </caption>
          <ColumnHeaders
            columns={[
              t('economy.contributions.group'),
              numberColumn(t('economy.contributions.amount')),
              numberColumn(t('economy.contributions.share')),
              numberColumn(t('economy.contributions.standard')),
              numberColumn(t('economy.contributions.deviation')),
            ]}
          />
          <tbody>
            {split.groups.map((group) => (
              <tr key={group.group} className={group.deviationAmount === 0 ? undefined : 'is-flagged'}>
                <th scope="row">{t(`economy.funderGroups.${group.group}`)}</th>
                <td className="num">{formatAmount(group.amount, unit)}</td>
                <td className="num">{formatShare(group.sharePercent)}</td>
                <td className="num">{formatShare(group.standardPercent)}</td>
                <td className="num">{formatAmount(group.deviationAmount, unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

/** Invoiced contributions beside what the books say, the differences shown in the chosen unit. */
export function Reconciliation({
  reconciliation,
}: {
  reconciliation: NonNullable<ContributionsView['reconciliation']>;
}) {
  const { t } = useTranslation();
  const unit = useMoneyUnit();
  return (
    <section aria-labelledby="reconciliation-title">
      <h2 id="reconciliation-title">{t('economy.contributions.reconciliationTitle')}</h2>
      <dl className="economy-facts">
        <div>
          <dt>{t('economy.contributions.invoiced')}</dt>
          <dd>{formatAmount(reconciliation.invoicedTotal, unit)}</dd>
        </div>
        {reconciliation.booked.map((row) => (
          <div key={row.source}>
            <dt>
              {row.source === 'actuals'
                ? t('economy.contributions.bookedActuals')
                : t('economy.contributions.bookedIncomeStatement')}
            </dt>
            <dd>
              {formatAmount(row.amount, unit)} ({t('economy.contributions.difference')}:{' '}
              {formatAmount(row.difference, unit)})
            </dd>
          </div>
        ))}
      </dl>
      <p className={`notice ${reconciliation.isReconciled ? 'notice--success' : 'notice--warning'}`}>
        {reconciliation.isReconciled
          ? t('economy.contributions.reconciled')
          : t('economy.contributions.notReconciled')}
      </p>
    </section>
  );
}
