import {
  getKpiDefinition,
  isSuppressed,
  type KpiDefinition,
  publishShareOfCounts,
  SUPPRESSED_SYMBOL,
  suppressList,
} from '@samsyn/domain';

/**
 * A figure as published: a number in the key figure's display unit (kronor, percent, count,
 * kronor per participant), `".."` when withheld for confidentiality, or `null` when there is
 * nothing to show (no förbund reported it). The reason for ".." is never given (see the domain's
 * published-value.ts).
 */
export type PublishedFigure = number | typeof SUPPRESSED_SYMBOL | null;

/** An aggregate row as the database's national functions return it (numeric as text). */
export interface AggregateRow {
  year: number;
  countyCode: string | null;
  kpiId: string;
  contributors: number;
  value: string | null;
  part: string | null;
  whole: string | null;
  q1: string | null;
  median: string | null;
  q3: string | null;
}

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/** A database value (öre, share or count, as text) in the unit the key figure is shown in. */
export function toDisplayUnit(kpi: KpiDefinition, value: string | number): number {
  const n = Number(value);
  switch (kpi.unit) {
    case 'kr':
      return round(n / 100, 2);
    case 'kr_per_participant':
      return Math.round(n / 100);
    case 'percent':
      return round(n * 100, 2);
    default:
      return n;
  }
}

/**
 * `value` for publication when the database withheld it (fewer than three förbund behind it):
 * `".."` if any förbund contributed, else nothing to show.
 */
export function publishAggregate(
  row: AggregateRow | undefined,
  field: 'value' | 'q1' | 'median' | 'q3' = 'value',
): PublishedFigure {
  // No förbund behind it: nothing was reported, which is not the same as a reported 0.
  if (!row || row.contributors === 0) return null;
  const value = row[field];
  if (value === null) return SUPPRESSED_SYMBOL;
  return toDisplayUnit(getKpiDefinition(row.kpiId), value);
}

/** A share of participant counts (SAM017): the domain's share rule on the sums behind it. */
export function publishShare(row: AggregateRow | undefined): PublishedFigure {
  if (!row || row.contributors === 0) return null;
  if (row.part === null || row.whole === null) return SUPPRESSED_SYMBOL;
  const share = publishShareOfCounts(Number(row.part), Number(row.whole));
  if (share === null) return null;
  if ('suppressed' in share) return SUPPRESSED_SYMBOL;
  return round((Number(share.numerator) / Number(share.denominator)) * 100, 2);
}

/**
 * A line of sums and its total (participants by gender; one figure by county with the national
 * total), published by the domain's `suppressList`: counts 1..threshold−1 hidden, and complements
 * so that no hidden entry follows from the total. Entries the database already withheld (fewer
 * than three förbund) are hidden too; their value is unknown here, so they stand in as 1 for
 * participant counts (the cautious guess: it can only add complements) and 2 for amounts.
 * `total` is the published national figure (".." keeps the total hidden).
 */
export function publishLine(
  entries: readonly (AggregateRow | undefined)[],
  total: { row: AggregateRow | undefined; published: PublishedFigure },
  threshold: number,
): { values: PublishedFigure[]; total: PublishedFigure } {
  const withheld = entries.map((row) => row !== undefined && row.value === null && row.contributors > 0);
  const stand = threshold > 1 ? 1 : 2;
  const counts = entries.map((row, index) =>
    withheld[index] ? stand : row?.value == null ? 0 : Number(row.value),
  );
  const line = suppressList(counts, { threshold, alsoSuppress: (index) => withheld[index] ?? false });
  const values = entries.map((row, index): PublishedFigure => {
    if (!row || row.contributors === 0) return null;
    const published = line.values[index];
    if (published === undefined || isSuppressed(published)) return SUPPRESSED_SYMBOL;
    return toDisplayUnit(getKpiDefinition(row.kpiId), published);
  });
  const totalPublished =
    total.published === null || total.published === SUPPRESSED_SYMBOL || isSuppressed(line.total)
      ? total.published === null
        ? null
        : SUPPRESSED_SYMBOL
      : total.published;
  return { values, total: totalPublished };
}
