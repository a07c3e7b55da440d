import type { GoalFollowUp } from '../../interventions/goal-follow-up.ts';
import { participantsInPeriod, personsReached } from '../../interventions/participant-figures.ts';
import type { ResultsReportRow } from '../../interventions/results-report.ts';
import { formatMoney } from '../../money/format-money.ts';
import type { Ore } from '../../money/ore.ts';
import type { Block, TableRow } from '../blocks.ts';
import type { SourceResult } from '../document.ts';
import { heading, ok, oneLine, periodWords, unavailable } from './content-format.ts';

export interface InterventionResultsSectionInput {
  /** The follow-up period: '2019-H1' or '2019'. */
  period: string;
  /** `goalsAndResultsReport`'s rows: individual-level first, then structural. */
  rows: readonly ResultsReportRow[];
  /** Interventions whose figures include the demo's estimates. */
  demoEstimateIds: readonly string[];
}

const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const n = (value: number) => integer.format(value);
const NONE = '–';

const kindWords = { individual: 'Individ', structural: 'Strukturövergripande' } as const;
const registrationWords = {
  volume_only: 'Endast volym (ej med personuppgifter)',
  personal_data_or_anonymous: 'Med personuppgifter eller anonymt',
} as const;
const measuredStatusWords = {
  met: 'Uppnått',
  not_met: 'Inte uppnått',
  not_yet_met: 'Inte uppnått ännu',
  no_figures: 'Siffror saknas',
} as const;
const qualitativeStatusWords = {
  met: 'Uppnått',
  partly_met: 'Delvis uppnått',
  not_met: 'Inte uppnått',
  not_measured_yet: 'Inte mätt ännu',
} as const;

/**
 * A goal with its computed figures, as one line: "800 ärenden ska lyftas i teamen. – Målvärde
 * 800 st, utfall 559 av 800 (70 %) – Inte uppnått ännu".
 */
export function goalLine(goal: { description: string; followUp: GoalFollowUp }): string {
  const followUp = goal.followUp;
  const parts = [oneLine(goal.description)];
  if (followUp.type === 'count')
    parts.push(
      `Målvärde ${n(followUp.target)} st${
        followUp.actual === null
          ? ''
          : `, utfall ${n(followUp.actual)} av ${n(followUp.target)} (${followUp.percentOfTarget ?? 0}\u00a0%)`
      }`,
    );
  if (followUp.type === 'share')
    parts.push(
      `Målvärde ${followUp.comparison === 'at_least' ? 'minst' : 'högst'} ${followUp.targetPercent}\u00a0%${
        followUp.actual === null
          ? ''
          : `, utfall ${followUp.actualPercent ?? 0}\u00a0% (${n(followUp.actual.numerator)} av ${n(followUp.actual.denominator)})`
      }`,
    );
  parts.push(
    followUp.type === 'qualitative'
      ? qualitativeStatusWords[followUp.status]
      : measuredStatusWords[followUp.status],
  );
  if (followUp.comment.trim()) parts.push(oneLine(followUp.comment));
  return parts.join(' – ');
}

/** The period's participants or people reached, as the report page writes them. */
export function figuresLine(figures: ResultsReportRow['figures']): string {
  if (!figures) return 'Inga siffror rapporterade för perioden.';
  if (figures.kind === 'structural')
    return (
      `${n(personsReached(figures))} nådda personer (${n(figures.staffReached)} medarbetare, ` +
      `${n(figures.managersReached)} chefer, ${n(figures.unspecifiedReached)} utan uppdelning), ` +
      `${n(figures.meetingsHeld)} möten.`
    );
  const participants = participantsInPeriod(figures);
  let text =
    `${n(participants.total)} deltagare (${n(participants.women)} kvinnor, ${n(participants.men)} män, ` +
    `${n(participants.otherUnknown)} annat/okänt), varav ${n(figures.new.total)} nya.`;
  if (figures.ended && figures.outcomes)
    text +=
      ` ${n(figures.ended.total)} avslutade: ${n(figures.outcomes.work.total)} till arbete, ` +
      `${n(figures.outcomes.studies.total)} till studier, ${n(figures.outcomes.jobSeeking.total)} arbetssökande, ` +
      `${n(figures.outcomes.otherPlanning.total)} annan planering.`;
  return text;
}

const kr = (amount: number | null) => (amount === null ? NONE : formatMoney(amount as Ore));

function rowsOf(row: ResultsReportRow, year: number): TableRow[] {
  // Keyed by the field, so the adopted and live appendix compare field by field (document-diff.ts).
  const line = (label: string, value: string): TableRow => ({
    cells: [label, oneLine(value) || NONE],
    key: label,
  });
  const goals = row.goals.map((goal, index) =>
    line(row.goals.length === 1 ? 'Mål' : `Mål ${index + 1}`, goalLine(goal)),
  );
  const spend =
    row.spend === null
      ? NONE
      : `${kr(row.spend)}${row.budgetUsage?.percentUsed != null ? ` (${row.budgetUsage.percentUsed}\u00a0% av budget)` : ''}`;
  return [
    line('Inriktning', kindWords[row.kind]),
    line('Syfte', row.purpose),
    ...(goals.length > 0 ? goals : [line('Mål', NONE)]),
    line('Deltagarregistrering', registrationWords[row.participantRegistration]),
    // The free text often repeats a label ("Myndighetspersonal i samverkan"): once is enough.
    line(
      'Specifik målgrupp',
      [...new Set([...row.targetGroup.labels, row.targetGroup.text])].filter(Boolean).join('; '),
    ),
    line(`Totalbudget ${year}`, kr(row.totalBudget)),
    line('Utfall ekonomi', spend),
    line('Huvudman för insats', row.leadOrganisation),
    line('Samverkansparter', row.partners.join(', ')),
    line('Deltagare och nådda', figuresLine(row.figures)),
    line('Resultat', row.resultsText),
    line('Kommentar', row.comment),
  ];
}

/**
 * Bilaga 1, Mål och resultat av insatser: per intervention that ran in the period a heading and
 * the fields of the förbund's appendix as a two-column table (the name its header, as the
 * appendix prints it), the goals with their computed figures; individual-level interventions
 * first, then structural, as the interventions' report page orders them.
 */
export function interventionResultsSection(input: InterventionResultsSectionInput): SourceResult {
  if (input.rows.length === 0)
    return unavailable(
      `Inga insatser pågick under ${periodWords(input.period)}. Registrera förbundets insatser, deras mål och siffror under Insatser.`,
    );
  const blocks: Block[] = [];
  for (const kind of ['individual', 'structural'] as const) {
    const ofKind = input.rows.filter((row) => row.kind === kind);
    if (ofKind.length === 0) continue;
    blocks.push(
      heading(1, kind === 'individual' ? 'Individinriktade insatser' : 'Strukturinriktade insatser'),
    );
    for (const row of ofKind) {
      blocks.push(heading(2, row.name), {
        type: 'table',
        caption: `Mål och resultat: ${row.name}`,
        columns: [
          { label: 'Insatsnamn', align: 'left' },
          { label: row.name, align: 'left' },
        ],
        rows: rowsOf(row, Number(input.period.slice(0, 4))),
      });
      if (input.demoEstimateIds.includes(row.interventionId))
        blocks.push({
          type: 'notice',
          tone: 'info',
          text: `Uppgifterna om ${row.name} innehåller uppskattade demovärden.`,
        });
    }
  }
  return ok(blocks);
}
