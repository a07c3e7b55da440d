import type { IndicatorComparison, IndicatorUnit } from '@samsyn/domain';
import type { Message } from '../../lib/message-key.ts';

/**
 * An exact decimal target ('20.00', '12.50') as Swedish text in its unit: "20 %", "12,5",
 * "1 000". Never through a float: the digits are kept, only trailing zeros dropped.
 */
export function formatTarget(text: string, unit: IndicatorUnit): string {
  const [whole = '0', fraction = ''] = text.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const number = trimmed ? `${grouped},${trimmed}` : grouped;
  return unit === 'percent' ? `${number}\u00a0%` : number;
}

/** What the indicator aims for, as one sentence: "Mål: högst 20 %", "Mål: minst riket", "Bedöms …". */
export function indicatorGoalMessage(indicator: {
  comparison: IndicatorComparison;
  unit: IndicatorUnit;
  targetValue: string | null;
}): Message {
  const target = indicator.targetValue === null ? '' : formatTarget(indicator.targetValue, indicator.unit);
  switch (indicator.comparison) {
    case 'atLeast':
      return { key: 'plan.indicator.goalAtLeast', values: { target } };
    case 'atMost':
      return { key: 'plan.indicator.goalAtMost', values: { target } };
    case 'betterThanLastYear':
      return { key: 'plan.indicator.goalBetterThanLastYear' };
    case 'atLeastNational':
      return { key: 'plan.indicator.goalAtLeastNational' };
    case 'judged':
      return { key: 'plan.indicator.goalJudged' };
  }
}

/** A goal's heading: its code before the title when the plan numbers its goals ("5.4 Verksamhet i …"). */
export const goalHeading = (goal: { code: string; title: string }): string =>
  goal.code ? `${goal.code} ${goal.title}` : goal.title;

/** A long text shortened for a button's or dialog's name ("Ta bort: Arbeta med information …"). */
export function shortName(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
