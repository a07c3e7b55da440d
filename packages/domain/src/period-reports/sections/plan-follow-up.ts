import { formatMoney } from '../../money/format-money.ts';
import { formatPercent } from '../../money/format-percent.ts';
import type { Ore } from '../../money/ore.ts';
import type { ExactValue } from '../../plan/exact-value.ts';
import type { ActivityStatus } from '../../plan/follow-up.ts';
import type { FollowUpStatus } from '../../plan/indicator-status.ts';
import type { Block, TableBlock, TableRow } from '../blocks.ts';
import type { SourceResult } from '../document.ts';
import { heading, lowerFirst, ok, oneLine, textParagraphs, unavailable } from './content-format.ts';

type Unit = 'percent' | 'count' | 'score' | 'none';
type Comparison = 'atLeast' | 'atMost' | 'betterThanLastYear' | 'atLeastNational' | 'judged';

/** One indicator as `readPlanFollowUp` gives it, as far as the report prints it. */
export interface FollowUpIndicatorInput {
  text: string;
  comparison: Comparison;
  unit: Unit;
  /** Numeric text in the unit (percent as 0–100). */
  target: string | null;
  actual:
    | {
        kind: 'measured';
        value: ExactValue;
        basis: { part: number; whole: number; unit: 'ore' | 'count' } | null;
        n: number | null;
        lastYear: ExactValue | null;
        national: ExactValue | null;
      }
    | {
        kind: 'notMeasured';
        reason: string;
        n: number | null;
        lastYear: ExactValue | null;
        national: ExactValue | null;
      };
  status: FollowUpStatus;
  comment: string;
}

export interface FollowUpGoalInput {
  code: string;
  title: string;
  areaTitle: string | null;
  status: FollowUpStatus;
  indicators: readonly FollowUpIndicatorInput[];
  /** The activities of the period's year with their follow-up (status null: not followed up). */
  activities?: readonly { text: string; status: ActivityStatus | null; comment: string }[];
  summary: { comment: string };
}

export interface PlanFollowUpSectionInput {
  planName: string;
  goals: readonly FollowUpGoalInput[];
}

export const followUpStatusLabels: Record<FollowUpStatus, string> = {
  met: 'Uppfyllt',
  partlyMet: 'Delvis uppfyllt',
  notMet: 'Ej uppfyllt',
  notMeasured: 'Ej mätt',
};

/**
 * Why an indicator has no value, in the report's words; the web catalogue shows the same sentences
 * (`planFollowUp.actual.reasons`), so the page and the printed report never say it two ways.
 */
export const followUpMissingReasons = {
  noFigures: 'Inga uppgifter för perioden',
  noBudget: 'Ingen budget för året',
  noLocalGroups: 'Inga lokala grupper',
  termsMissing: 'Möten per termin saknas',
  noGoals: 'Inga insatsmål att följa upp',
  periodNotEnded: 'Perioden är inte slut',
  paramsInvalid: 'Indikatorns inställningar behöver ses över',
  nnsNoResult: 'Inget enkätresultat för året',
  nnsTooFew: '.. (färre än fem svar)',
  notEntered: 'Inte angivet',
  judged: '–',
} satisfies Record<string, string>;

const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** The fewest decimals (up to two) that write a percent share exactly; whole percent otherwise. */
function percentDecimals(value: ExactValue): number {
  for (const decimals of [0, 1, 2])
    if ((BigInt(value.numerator) * 100n * 10n ** BigInt(decimals)) % BigInt(value.denominator) === 0n)
      return decimals;
  return 0;
}

/** A value in its unit: "43 %", "92,5 %", "12", "7,4". */
export function indicatorValueText(value: ExactValue, unit: Unit): string {
  if (unit === 'percent') return formatPercent(value, { decimals: percentDecimals(value) });
  const number = value.numerator / value.denominator;
  return unit === 'count' && value.denominator === 1 ? integer.format(number) : decimal.format(number);
}

/** "Minst 90 %", "Högst 20 %", "Bättre än föregående år", "Minst nationellt jämförelsetal", "Bedöms". */
export function indicatorTargetText(
  indicator: Pick<FollowUpIndicatorInput, 'comparison' | 'target' | 'unit'>,
) {
  const value = () => {
    if (indicator.target === null) return '–';
    const formatted = decimal.format(Number(indicator.target));
    return indicator.unit === 'percent' ? `${formatted}\u00a0%` : formatted;
  };
  switch (indicator.comparison) {
    case 'atLeast':
      return `Minst ${value()}`;
    case 'atMost':
      return `Högst ${value()}`;
    case 'betterThanLastYear':
      return 'Bättre än föregående år';
    case 'atLeastNational':
      return 'Minst nationellt jämförelsetal';
    case 'judged':
      return 'Bedöms';
  }
}

/** "43 %; 5 776 803 kr av 13 319 500 kr", "Inget enkätresultat för året; Riket 64 %". */
export function indicatorActualText({ actual, unit }: Pick<FollowUpIndicatorInput, 'actual' | 'unit'>) {
  const parts: string[] = [];
  if (actual.kind === 'measured') {
    parts.push(indicatorValueText(actual.value, unit));
    const basis = actual.basis;
    if (basis) {
      const amount = (n: number) => (basis.unit === 'ore' ? formatMoney(n as Ore) : integer.format(n));
      parts.push(`${amount(basis.part)} av ${amount(basis.whole)}`);
    }
  } else parts.push((followUpMissingReasons as Record<string, string>)[actual.reason] ?? '–');
  if (actual.n !== null) parts.push(`${actual.n} svar`);
  if (actual.national) parts.push(`Riket ${indicatorValueText(actual.national, unit)}`);
  if (actual.lastYear) parts.push(`Föregående år ${indicatorValueText(actual.lastYear, unit)}`);
  return parts.join('; ');
}

/**
 * §1.4 Måluppfyllelse och resultat: per goal of the plan (under its area's heading, if any)
 * "Inriktningsmål 1", the goal, the period's summary as the kansli wrote it at follow-up, and its
 * indicators with target, actual and status; a comment column only where an indicator has one.
 */
export function planFollowUpSection(input: PlanFollowUpSectionInput): SourceResult {
  if (input.goals.length === 0)
    return unavailable(
      `${input.planName} har inga mål ännu. Lägg till målen under Verksamhetsplan och följ upp dem där.`,
    );
  const blocks: Block[] = [];
  let area: string | null = null;
  for (const goal of input.goals) {
    if (goal.areaTitle && goal.areaTitle !== area) blocks.push(heading(1, goal.areaTitle));
    area = goal.areaTitle;
    const name = goal.code ? `Inriktningsmål ${goal.code}` : goal.title;
    blocks.push(heading(goal.areaTitle ? 2 : 1, name));
    if (goal.code) blocks.push(...textParagraphs(goal.title));
    blocks.push(...textParagraphs(goal.summary.comment));
    blocks.push({
      type: 'paragraph',
      runs: [{ text: `Målets status för perioden: ${followUpStatusLabels[goal.status]}.` }],
    });
    if (goal.indicators.length > 0) blocks.push(indicatorTable(name, goal.indicators));
    const activities = goal.activities ?? [];
    // Activities nobody has followed up for the period would only be a list of "Ej angiven".
    if (activities.some((activity) => activity.status !== null || activity.comment.trim()))
      blocks.push(activityTable(name, activities));
  }
  return ok(blocks);
}

const activityStatusLabels: Record<ActivityStatus, string> = {
  notStarted: 'Ej påbörjad',
  ongoing: 'Pågår',
  done: 'Genomförd',
  postponed: 'Uppskjuten',
};

/** The follow-up's tables are words, not amounts: every column left-aligned. */
const textColumns = (...labels: string[]): TableBlock['columns'] =>
  labels.map((label) => ({ label, align: 'left' }));

function activityTable(goalName: string, activities: NonNullable<FollowUpGoalInput['activities']>): Block {
  return {
    type: 'table',
    caption: `Aktiviteter för ${lowerFirst(goalName)}`,
    columns: textColumns('Aktivitet', 'Status', 'Kommentar'),
    rows: activities.map((activity) => ({
      cells: [
        oneLine(activity.text),
        activity.status ? activityStatusLabels[activity.status] : 'Ej angiven',
        oneLine(activity.comment),
      ],
    })),
  };
}

function indicatorTable(goalName: string, indicators: readonly FollowUpIndicatorInput[]): Block {
  const hasComments = indicators.some((indicator) => indicator.comment.trim() !== '');
  const rows: TableRow[] = indicators.map((indicator) => ({
    // The indicator's own words match it between the adopted and the live document (document-diff.ts).
    key: oneLine(indicator.text).slice(0, 100),
    cells: [
      oneLine(indicator.text),
      indicatorTargetText(indicator),
      indicatorActualText(indicator),
      followUpStatusLabels[indicator.status],
      ...(hasComments ? [oneLine(indicator.comment)] : []),
    ],
  }));
  return {
    type: 'table',
    caption: `Indikatorer för ${lowerFirst(goalName)}`,
    columns: textColumns('Indikator', 'Målvärde', 'Utfall', 'Status', ...(hasComments ? ['Kommentar'] : [])),
    rows,
  };
}

/** Why §1.4 cannot be drawn: a span that is neither a half-year nor a year, or a plan for other years. */
export const planFollowUpUnavailable = {
  noFollowUpPeriod: (from: string, to: string): SourceResult =>
    unavailable(
      `Verksamhetsplanen följs upp per halvår och helår, och perioden ${from} – ${to} är inget av dem. Skriv avsnittet i stället.`,
    ),
  planOutsidePeriod: (planName: string, period: string): SourceResult =>
    unavailable(
      `${planName} gäller inte ${period}. Välj den plan som gäller perioden i rapportens uppgifter.`,
    ),
};
