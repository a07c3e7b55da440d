import { type ExactValue, formatMoney, formatPercent, ore } from '@samsyn/domain';
import type { TFunction } from 'i18next';
import type { ExportCell } from '../../interventions/export-xlsx.ts';
import type { FollowUpIndicator, PlanFollowUpData } from './follow-up-shared.ts';

type Unit = FollowUpIndicator['unit'];

const integerFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/**
 * A percent written with up to two decimals (an entered 92,5 %) keeps them; a share that no
 * short decimal writes exactly (a computed 5 776 803 / 13 319 500) is shown in whole percent.
 */
function exactPercentDecimals(value: ExactValue): number {
  for (const decimals of [0, 1, 2]) {
    if ((BigInt(value.numerator) * 100n * 10n ** BigInt(decimals)) % BigInt(value.denominator) === 0n)
      return decimals;
  }
  return 0;
}

/**
 * An exact value in the indicator's unit: a percent share as "43 %" or "92,5 %" (exact rounding), a count as a
 * whole number, a score with at most two decimals ("7,4").
 */
export function valueText(value: ExactValue, unit: Unit): string {
  if (unit === 'percent') return formatPercent(value, { decimals: exactPercentDecimals(value) });
  const number = value.numerator / value.denominator;
  return unit === 'count' && value.denominator === 1
    ? integerFormat.format(number)
    : decimalFormat.format(number);
}

/** A stored decimal ('90.00', percent as 0–100) for a target: "90 %", "7,5". */
export function decimalText(text: string, unit: Unit): string {
  const formatted = decimalFormat.format(Number(text));
  return unit === 'percent' ? `${formatted}\u00a0%` : formatted;
}

/** "Minst 90 %", "Högst 20 %", "Bättre än föregående år", … */
export function targetText(
  t: TFunction,
  indicator: Pick<FollowUpIndicator, 'comparison' | 'target' | 'unit'>,
) {
  if (indicator.comparison === 'atLeast' || indicator.comparison === 'atMost')
    return t(`planFollowUp.target.${indicator.comparison}`, {
      value: indicator.target === null ? '–' : decimalText(indicator.target, indicator.unit),
    });
  return t(`planFollowUp.target.${indicator.comparison}`);
}

/**
 * The actual as one line: the value (or why there is none) and what it stands on: the basis of a
 * computed share ("5 776 803 kr av 13 319 500 kr"), an NNS result's answers and national figure,
 * last year's value when the comparison needs it.
 */
export function actualText(t: TFunction, indicator: Pick<FollowUpIndicator, 'actual' | 'unit'>): string {
  const { actual, unit } = indicator;
  const parts: string[] = [];
  if (actual.kind === 'measured') {
    parts.push(valueText(actual.value, unit));
    if (actual.basis) {
      const amount = (n: number) =>
        actual.basis?.unit === 'ore' ? formatMoney(ore(n)) : integerFormat.format(n);
      parts.push(
        t('planFollowUp.actual.basisOre', {
          part: amount(actual.basis.part),
          whole: amount(actual.basis.whole),
        }),
      );
    }
  } else {
    parts.push(t(`planFollowUp.actual.reasons.${actual.reason}`));
  }
  if (actual.n !== null) parts.push(t('planFollowUp.actual.answers', { count: actual.n }));
  if (actual.national)
    parts.push(t('planFollowUp.actual.national', { value: valueText(actual.national, unit) }));
  if (actual.lastYear)
    parts.push(t('planFollowUp.actual.lastYear', { value: valueText(actual.lastYear, unit) }));
  return parts.join('; ');
}

/** The follow-up as rows of one sheet: per goal its status and summary, indicators and activities. */
export function followUpSheet(t: TFunction, data: PlanFollowUpData): ExportCell[][] {
  const rows: ExportCell[][] = [
    [
      t('planFollowUp.sheet.goal'),
      t('planFollowUp.sheet.goalStatus'),
      t('planFollowUp.sheet.kind'),
      t('planFollowUp.sheet.text'),
      t('planFollowUp.sheet.target'),
      t('planFollowUp.sheet.actual'),
      t('planFollowUp.sheet.status'),
      t('planFollowUp.sheet.comment'),
    ],
  ];
  for (const goal of data.goals) {
    const name = [goal.code, goal.title].filter(Boolean).join(' ');
    const status = t(`planFollowUp.status.${goal.status}`);
    rows.push([
      name,
      status,
      t('planFollowUp.sheet.kindSummary'),
      null,
      null,
      null,
      null,
      goal.summary.comment || null,
    ]);
    for (const indicator of goal.indicators) {
      rows.push([
        name,
        status,
        t('planFollowUp.sheet.kindIndicator'),
        indicator.text,
        targetText(t, indicator),
        actualText(t, indicator),
        t(`planFollowUp.status.${indicator.status}`),
        indicator.comment || null,
      ]);
    }
    for (const activity of goal.activities) {
      rows.push([
        name,
        status,
        t('planFollowUp.sheet.kindActivity'),
        activity.text,
        null,
        null,
        t(`planFollowUp.activities.statuses.${activity.status ?? 'unset'}`),
        activity.comment || null,
      ]);
    }
  }
  return rows;
}
