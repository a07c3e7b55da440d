import { standardLines } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { numberColumn } from '../../components/column-headers.tsx';
import { RowSelect } from '../../components/row-select.tsx';
import { EconomyDataTable } from './economy-data-table.tsx';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import { targetValue } from './sie-import.ts';
import type { SiePreview } from './sie-import-types.ts';

/**
 * Every result account of the file with the line it goes on, as a chooser: the förbund's lines,
 * the standard lines the import would create, or "not counted". New accounts come first, since
 * they are the ones to check; a choice is sent with the next preview and remembered on import.
 */
export function SieAccountsTable({
  preview,
  onChoose,
  disabled,
}: {
  preview: SiePreview;
  onChoose: (account: string, value: string) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const unit = useMoneyUnit();
  const caption = t('economy.sieImport.accountsCaption');
  const rows = [...preview.accounts].sort(
    (a, b) =>
      Number(b.source === 'suggested') - Number(a.source === 'suggested') ||
      a.account.localeCompare(b.account),
  );
  const chartCodes = new Set(preview.chart.map((line) => line.code));
  const newCount = preview.accounts.filter((row) => row.source === 'suggested').length;
  const options = [
    {
      group: t('economy.sieImport.chartLines'),
      choices: preview.chart.map((line) => ({ value: `line:${line.id}`, label: line.name })),
    },
    {
      group: t('economy.sieImport.standardLines'),
      choices: standardLines
        .filter((line) => !chartCodes.has(line.code))
        .map((line) => ({ value: `standard:${line.code}`, label: line.name })),
    },
    { value: 'ignore', label: t('economy.sieImport.ignore') },
  ];
  return (
    <section aria-labelledby="sie-accounts-title">
      <h2 id="sie-accounts-title">{t('economy.sieImport.accountsTitle')}</h2>
      <p>{t('economy.sieImport.accountsIntro')}</p>
      {newCount > 0 ? <p>{t('economy.sieImport.newAccounts', { count: newCount })}</p> : null}
      <EconomyDataTable
        title={caption}
        className="sie-accounts"
        columns={[
          t('economy.sieImport.account'),
          t('economy.sieImport.accountName'),
          numberColumn(t('economy.sieImport.yearTotal')),
          t('economy.sieImport.line'),
          t('economy.sieImport.source'),
        ]}
        rows={rows}
        rowKey={(row) => row.account}
      >
        {(row) => (
          <>
            <th scope="row">{row.account}</th>
            <td>{row.name}</td>
            <td className="num">{formatAmount(row.total, unit)}</td>
            <td>
              <RowSelect
                label={t('economy.sieImport.lineFor', { account: row.account, name: row.name })}
                value={targetValue(row.target)}
                disabled={disabled}
                onChange={(value) => onChoose(row.account, value)}
                options={options}
              />
            </td>
            <td>{t(`economy.sieImport.sources.${row.source}`)}</td>
          </>
        )}
      </EconomyDataTable>
    </section>
  );
}
