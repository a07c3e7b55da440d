import { participantsInPeriod } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { type ExportCell, kronorCell } from './export-xlsx.ts';
import { followUpTargetText, goalActualText, goalStatusText } from './goal-text.ts';
import { PeriodReportPage, ReportDocument } from './period-report-page.tsx';
import { ReportToolbar } from './report-period.tsx';
import { ResultsSummaryTable } from './results-summary-table.tsx';
import { DemoBadge, formatOre, type ResultsReport } from './shared.tsx';

type Row = ResultsReport['rows'][number];
const integerFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const n = (value: number) => integerFormat.format(value);

/** The row's figures as a sentence, as the förbund writes them in Bilaga 1. */
function figuresText(t: TFunction, row: Row): string {
  const figures = row.figures;
  if (!figures) return t('interventions.reports.results.noFigures');
  if (figures.kind === 'structural') {
    return t('interventions.reports.results.structuralFigures', {
      reached: n(figures.staffReached + figures.managersReached + figures.unspecifiedReached),
      staff: n(figures.staffReached),
      managers: n(figures.managersReached),
      unspecified: n(figures.unspecifiedReached),
      meetings: n(figures.meetingsHeld),
    });
  }
  const participants = participantsInPeriod(figures);
  let text = t('interventions.reports.results.individualFigures', {
    participants: n(participants.total),
    women: n(participants.women),
    men: n(participants.men),
    other: n(participants.otherUnknown),
    new: n(figures.new.total),
  });
  if (figures.ended && figures.outcomes) {
    text += t('interventions.reports.results.endedFigures', {
      ended: n(figures.ended.total),
      work: n(figures.outcomes.work.total),
      studies: n(figures.outcomes.studies.total),
      jobSeeking: n(figures.outcomes.jobSeeking.total),
      otherPlanning: n(figures.outcomes.otherPlanning.total),
    });
  }
  return text.trim();
}

function goalLines(t: TFunction, row: Row): string[] {
  return row.goals.map((goal) => {
    const parts = [goal.description];
    const actual = goalActualText(t, goal.followUp);
    if (actual) parts.push(actual);
    parts.push(goalStatusText(t, goal.followUp));
    if (goal.followUp.comment) parts.push(goal.followUp.comment);
    return parts.join(' – ');
  });
}

/** `/f/:slug/insatser/rapporter/mal-och-resultat`: "Mål och resultat av insatser" for a period, printable A4 and Excel. */
export function ResultsReportPage() {
  return (
    <PeriodReportPage report="results">{(period) => <ResultsReportBody period={period} />}</PeriodReportPage>
  );
}

function ResultsReportBody({ period }: { period: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const report = useQuery(trpc.interventions.reports.goalsAndResults.queryOptions({ tenant: slug, period }));
  const rows = report.data?.rows ?? [];
  const toRows = (): ExportCell[][] => {
    const r = (key: Parameters<TFunction>[0]) => t(key as never) as string;
    return [
      [
        r('interventions.reports.results.name'),
        r('interventions.reports.results.kind'),
        r('interventions.reports.results.purpose'),
        r('interventions.reports.results.goals'),
        r('interventions.reports.results.registration'),
        r('interventions.reports.results.targetGroup'),
        t('interventions.reports.results.totalBudget', { year: period.slice(0, 4) }),
        r('interventions.reports.results.spend'),
        r('interventions.reports.results.lead'),
        r('interventions.reports.results.partners'),
        r('interventions.reports.results.figures'),
        r('interventions.reports.results.results'),
        r('interventions.reports.results.comment'),
      ],
      ...rows.map((row) => [
        row.name,
        t(`interventions.kinds.${row.kind}`),
        row.purpose,
        goalLines(t, row).join('\n'),
        t(`interventions.registration.${row.participantRegistration}`),
        [...row.targetGroup.labels, row.targetGroup.text].filter(Boolean).join('; '),
        kronorCell(row.totalBudget),
        kronorCell(row.spend),
        row.leadOrganisation,
        row.partners.join(', '),
        figuresText(t, row),
        row.resultsText,
        row.comment,
      ]),
    ];
  };

  return (
    <>
      <ReportToolbar
        period={period}
        fileName={`mal-och-resultat-${slug}-${period}.xlsx`}
        sheet={t('interventions.reports.results.sheet')}
        rows={report.data ? toRows : null}
      />
      <ReportDocument query={report} period={period}>
        {(data) => (
          <>
            {rows.length === 0 ? (
              <p className="empty-state">{t('interventions.reports.results.empty')}</p>
            ) : (
              <ResultsSummaryTable rows={rows} period={period} />
            )}
            {(['individual', 'structural'] as const).map((kind) => {
              const ofKind = rows.filter((row) => row.kind === kind);
              if (ofKind.length === 0) return null;
              return (
                <section key={kind} aria-labelledby={`report-${kind}`}>
                  <h2 id={`report-${kind}`}>{t(`interventions.reports.results.${kind}`)}</h2>
                  {ofKind.map((row) => (
                    <ReportItem
                      key={row.interventionId}
                      row={row}
                      year={period.slice(0, 4)}
                      isDemo={data.demoEstimateIds.includes(row.interventionId)}
                    />
                  ))}
                </section>
              );
            })}
          </>
        )}
      </ReportDocument>
    </>
  );
}

function ReportItem({ row, year, isDemo }: { row: Row; year: string; isDemo: boolean }) {
  const { t } = useTranslation();
  const line = (label: string, value: ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      <td className="insatser-report__text">{value || t('interventions.common.none')}</td>
    </tr>
  );
  return (
    <article className="insatser-report__item">
      <h3>
        {row.name}
        <DemoBadge isShown={isDemo} />
      </h3>
      <table className="insatser-table">
        <caption className="visually-hidden">{row.name}</caption>
        <tbody>
          {line(t('interventions.reports.results.name'), row.name)}
          {line(t('interventions.reports.results.kind'), t(`interventions.kinds.${row.kind}`))}
          {line(t('interventions.reports.results.purpose'), row.purpose)}
          {line(
            t('interventions.reports.results.goals'),
            row.goals.length === 0 ? null : (
              <ul className="insatser-report__goals">
                {row.goals.map((goal, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: goals have no id in the report and keep their order
                  <li key={index}>
                    {goal.description}
                    {goal.followUp.type !== 'qualitative' ? (
                      <>
                        <br />
                        {t('interventions.goals.target')}: {followUpTargetText(t, goal.followUp)}
                        <br />
                        {t('interventions.goals.actual')}: {goalActualText(t, goal.followUp)}
                      </>
                    ) : null}
                    <br />
                    {t('interventions.goals.status')}: {goalStatusText(t, goal.followUp)}
                    {goal.followUp.comment ? ` – ${goal.followUp.comment}` : ''}
                  </li>
                ))}
              </ul>
            ),
          )}
          {line(
            t('interventions.reports.results.registration'),
            t(`interventions.registration.${row.participantRegistration}`),
          )}
          {line(
            t('interventions.reports.results.targetGroup'),
            [...row.targetGroup.labels, row.targetGroup.text].filter(Boolean).join('; '),
          )}
          {line(
            t('interventions.reports.results.totalBudget', { year }),
            row.totalBudget === null ? null : formatOre(row.totalBudget),
          )}
          {line(
            t('interventions.reports.results.spend'),
            row.spend === null
              ? null
              : `${formatOre(row.spend)}${row.budgetUsage?.percentUsed != null ? ` (${t('interventions.common.percentOf', { percent: row.budgetUsage.percentUsed })})` : ''}`,
          )}
          {line(t('interventions.reports.results.lead'), row.leadOrganisation)}
          {line(t('interventions.reports.results.partners'), row.partners.join(', '))}
          {line(t('interventions.reports.results.figures'), figuresText(t, row))}
          {line(t('interventions.reports.results.results'), row.resultsText)}
          {line(t('interventions.reports.results.comment'), row.comment)}
        </tbody>
      </table>
    </article>
  );
}
