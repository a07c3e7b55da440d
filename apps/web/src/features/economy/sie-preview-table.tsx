import { useTranslation } from 'react-i18next';
import { numberColumn } from '../../components/column-headers.tsx';
import { EconomyDataTable } from './economy-data-table.tsx';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import type { SiePreview } from './sie-import-types.ts';
import type { MonthKey } from './year-picker.tsx';

/** What the import writes: per line and month in kronor (or tkr), with the year's total. */
export function SiePreviewTable({ preview }: { preview: SiePreview }) {
  const { t } = useTranslation();
  const unit = useMoneyUnit();
  const caption = t('economy.sieImport.previewCaption', { year: preview.year });
  const monthNumbers = Array.from({ length: preview.lastMonth }, (_, index) => String(index + 1) as MonthKey);
  return (
    <section aria-labelledby="sie-preview-title">
      <h2 id="sie-preview-title">{t('economy.sieImport.previewTitle')}</h2>
      <p>
        {preview.adding + preview.replacing === 0
          ? t('economy.sieImport.noChanges')
          : t('economy.sieImport.changes', { adding: preview.adding, replacing: preview.replacing })}
      </p>
      <EconomyDataTable
        title={caption}
        className="sie-preview"
        columns={[
          t('economy.sieImport.line'),
          ...monthNumbers.map((month) => numberColumn(t(`economy.reports.months.${month}`))),
          numberColumn(t('economy.sieImport.total')),
        ]}
        rows={preview.lines}
        rowKey={(line) => line.key}
      >
        {(line) => (
          <>
            <th scope="row">
              {line.isNew ? t('economy.sieImport.newLine', { name: line.name }) : line.name}
            </th>
            {line.months.map((amount, index) => (
              <td key={monthNumbers[index]} className="num">
                {formatAmount(amount, unit)}
              </td>
            ))}
            <td className="num">{formatAmount(line.total, unit)}</td>
          </>
        )}
      </EconomyDataTable>
    </section>
  );
}
