import { riskMatrix } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import type { PlanRiskEntry } from './follow-up-shared.ts';

/**
 * The 4 × 4 matrix as a real table: consequence rows (4 at the top) by likelihood columns, each
 * cell with its band in words and how many risks sit there. The list below carries the same
 * risks with every detail (the table alternative).
 */
export function RiskMatrix({ risks }: { risks: PlanRiskEntry[] }) {
  const { t } = useTranslation();
  const rows = riskMatrix(risks);
  const level = (kind: 'likelihood' | 'consequence', value: number) =>
    t('planFollowUp.risks.level', {
      level: value,
      name: t(`planFollowUp.risks.${kind}Levels.${String(value) as '1'}`),
    });
  return (
    <ScrollRegion label={t('planFollowUp.risks.matrixTitle')}>
      <table className="risk-matrix">
        <caption>{t('planFollowUp.risks.matrixTitle')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={4}>
              {t('planFollowUp.risks.likelihood')}
            </th>
          </tr>
          <tr>
            <th scope="col">{t('planFollowUp.risks.consequence')}</th>
            {[1, 2, 3, 4].map((value) => (
              <th scope="col" key={value}>
                {level('likelihood', value)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0]?.consequence}>
              <th scope="row">{level('consequence', row[0]?.consequence ?? 0)}</th>
              {row.map((cell) => (
                <td key={cell.likelihood} className={`risk-matrix__cell--${cell.band}`}>
                  <span className="risk-matrix__count">
                    {cell.risks.length > 0
                      ? t('planFollowUp.risks.cellRisks', { count: cell.risks.length })
                      : '–'}
                  </span>
                  {t(`planFollowUp.risks.bands.${cell.band}`)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
