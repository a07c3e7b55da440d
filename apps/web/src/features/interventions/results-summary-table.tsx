import { useTranslation } from 'react-i18next';
import { ColumnHeaders, numberColumn } from '../../components/column-headers.tsx';
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
        <ColumnHeaders
          columns={[
            t('interventions.reports.results.name'),
            t('interventions.reports.results.kind'),
            numberColumn(t('interventions.reports.results.reached')),
            numberColumn(t('interventions.reports.results.goalsMet')),
            numberColumn(t('interventions.reports.results.spend')),
          ]}
        />
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
