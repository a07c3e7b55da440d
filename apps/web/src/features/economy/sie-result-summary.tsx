import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import type { SiePreview } from './sie-import-types.ts';

/** The year's result by #RES beside the lines', the opening equity and the balance sheet from #UB. */
export function SieResultSummary({ preview }: { preview: SiePreview }) {
  const { t } = useTranslation();
  const unit = useMoneyUnit();
  const money = (amount: number) => formatAmount(amount, unit);
  const difference = preview.result.fromFile - preview.result.fromLines;
  return (
    <section aria-labelledby="sie-result-title">
      <h2 id="sie-result-title">{t('economy.sieImport.resultTitle')}</h2>
      <ul>
        <li>{t('economy.sieImport.resultFromFile', { amount: money(preview.result.fromFile) })}</li>
        <li>{t('economy.sieImport.resultFromLines', { amount: money(preview.result.fromLines) })}</li>
        {difference !== 0 ? (
          <li>{t('economy.sieImport.resultDifference', { amount: money(difference) })}</li>
        ) : null}
        {preview.openingEquity !== null ? (
          <li>{t('economy.sieImport.openingEquity', { amount: money(preview.openingEquity) })}</li>
        ) : null}
        {preview.openingBalance ? (
          <li>
            {t('economy.sieImport.openingBalance', {
              date: formatDate(preview.openingBalance.date),
              assets: money(preview.openingBalance.totalAssets),
              liabilities: money(preview.openingBalance.totalEquityAndLiabilities),
            })}
          </li>
        ) : null}
        {preview.balance ? (
          <li>
            {t('economy.sieImport.balance', {
              date: formatDate(preview.balance.date),
              assets: money(preview.balance.totalAssets),
              liabilities: money(preview.balance.totalEquityAndLiabilities),
            })}
            {preview.balance.isBalanced
              ? null
              : ` ${t('economy.sieImport.balanceUnbalanced', { amount: money(preview.balance.difference) })}`}
          </li>
        ) : (
          <li>{t('economy.sieImport.noBalance')}</li>
        )}
      </ul>
    </section>
  );
}
