import { formatMoney } from '../../money/format-money.ts';
import type { Ore } from '../../money/ore.ts';
import type { TableRow } from '../blocks.ts';

/*
 * How the economy's sections write figures: formatted once here (sv-SE, U+2212 for minus, no-break
 * spaces), so the web page, the PDF and the .docx show the same strings.
 */

const UNIT = /\u00a0(kr|tkr)$/;

/** A table cell in kronor without the unit, as the statements print them: "−3 315 060". */
export const amountCell = (amount: Ore): string => formatMoney(amount).replace(UNIT, '');

/** A table cell in thousands without the unit, as the budget prints it: "10 800". */
export const tkrCell = (amount: Ore): string => formatMoney(amount, { unit: 'tkr' }).replace(UNIT, '');

/** An amount in running text: "3 315 060 kr". */
export const kr = (amount: Ore): string => formatMoney(amount);

/** "2019-01-01 – 2019-06-30". */
export const periodLabel = (from: string, to: string): string => `${from} – ${to}`;

/** A table row that only names a part of the table ("Tillgångar"), its figure cells empty. */
export const headingRow = (label: string, columns: number, key?: string): TableRow => ({
  cells: [label, ...Array.from({ length: columns - 1 }, () => '')],
  ...(key ? { key } : {}),
});

const halfYearWords = ['första', 'andra'] as const;

/**
 * How the summary names the period: "första halvåret 2019", "verksamhetsåret 2019", or
 * "perioden 2019-01-01 – 2019-08-31" for any other span.
 */
export function periodPhrase(periodStart: string, periodEnd: string): string {
  const year = periodStart.slice(0, 4);
  const sameYear = periodEnd.slice(0, 4) === year;
  const span = `${periodStart.slice(5)}/${periodEnd.slice(5)}`;
  if (sameYear && span === '01-01/12-31') return `verksamhetsåret ${year}`;
  if (sameYear && span === '01-01/06-30') return `${halfYearWords[0]} halvåret ${year}`;
  if (sameYear && span === '07-01/12-31') return `${halfYearWords[1]} halvåret ${year}`;
  return `perioden ${periodLabel(periodStart, periodEnd)}`;
}
