import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { resultsSummary } from './results-summary.ts';
import { formatCount, formatOre, type ResultsReport } from './shared.tsx';

/** The report's opening table: every intervention on one line, before the per-intervention pages. */
export function ResultsSummaryTable({ rows, period }: { rows: ResultsReport['rows']; period: string }) {
  const { t } = useTranslation();
  const caption = t('interventions.reports.results.summaryCaption', { period });
  return (
    <ScrollRegion label={caption}>
      <table className="insatser-table insatser-report__summary">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('interventions.reports.results.name')}</th>
            <th scope="col">{t('interventions.reports.results.kind')}</th>
            <th scope="col" className="num">
              {t('interventions.reports.results.reached')}
            </th>
            <th scope="col" className="num">
              {t('interventions.reports.results.goalsMet')}
            </th>
            <th scope="col" className="num">
              {t('interventions.reports.results.spend')}
            </th>
          </tr>
        </thead>
        <tbody>
          {resultsSummary(rows).map((line) => (
            <tr key={line.interventionId}>
              <th scope="row">{line.name}</th>
              <td>{t(`interventions.kinds.${line.kind}`)}</td>
              <td className="num">{formatCount(line.reached)}</td>
              <td className="num">
                {line.goals === 0
                  ? t('interventions.common.none')
                  : t('interventions.reports.results.goalsMetValue', {
                      met: line.goalsMet,
                      total: line.goals,
                    })}
              </td>
              <td className="num">
                {formatOre(line.spend)}
                {line.percentUsed === null
                  ? ''
                  : ` (${t('interventions.common.percentOf', { percent: line.percentUsed })})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
