import { standardLines } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import { targetValue } from './sie-import.ts';
import type { SiePreview } from './sie-import-types.ts';
import { UnitNote } from './unit-note.tsx';

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
  return (
    <section aria-labelledby="sie-accounts-title">
      <h2 id="sie-accounts-title">{t('economy.sieImport.accountsTitle')}</h2>
      <p>{t('economy.sieImport.accountsIntro')}</p>
      {newCount > 0 ? <p>{t('economy.sieImport.newAccounts', { count: newCount })}</p> : null}
      <ScrollRegion label={caption}>
        <table className="economy-table sie-accounts">
          <caption>
            {caption}
            <UnitNote />
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('economy.sieImport.account')}</th>
              <th scope="col">{t('economy.sieImport.accountName')}</th>
              <th scope="col" className="num">
                {t('economy.sieImport.yearTotal')}
              </th>
              <th scope="col">{t('economy.sieImport.line')}</th>
              <th scope="col">{t('economy.sieImport.source')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.account}>
                <th scope="row">{row.account}</th>
                <td>{row.name}</td>
                <td className="num">{formatAmount(row.total, unit)}</td>
                <td>
                  <select
                    className="field__input"
                    aria-label={t('economy.sieImport.lineFor', { account: row.account, name: row.name })}
                    value={targetValue(row.target)}
                    disabled={disabled}
                    onChange={(event) => onChoose(row.account, event.target.value)}
                  >
                    {preview.chart.length > 0 ? (
                      <optgroup label={t('economy.sieImport.chartLines')}>
                        {preview.chart.map((line) => (
                          <option key={line.id} value={`line:${line.id}`}>
                            {line.name}
                          </option>
                        ))}
                      </optgroup>
                    ) : null}
                    <optgroup label={t('economy.sieImport.standardLines')}>
                      {standardLines
                        .filter((line) => !chartCodes.has(line.code))
                        .map((line) => (
                          <option key={line.code} value={`standard:${line.code}`}>
                            {line.name}
                          </option>
                        ))}
                    </optgroup>
                    <option value="ignore">{t('economy.sieImport.ignore')}</option>
                  </select>
                </td>
                <td>{t(`economy.sieImport.sources.${row.source}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
