import type { ReportKind } from './report-enums.ts';

export interface ReportPeriod {
  periodStart: string;
  periodEnd: string;
}

/** The year and last month a period's figures run through: 2019-01-01 – 2019-06-30 → 2019, 6. */
export function yearAndMonthOf(periodEnd: string): { year: number; throughMonth: number } {
  return { year: Number(periodEnd.slice(0, 4)), throughMonth: Number(periodEnd.slice(5, 7)) };
}

/**
 * The period a new report of a kind most likely covers, seen from today in Sweden: the half-year
 * report of this year's first half, the interim report through August, last year's annual report,
 * and next year's three-year plan (the verksamhetsplan is adopted in the autumn before).
 */
export function defaultPeriod(kind: ReportKind, today: string): ReportPeriod {
  const year = Number(today.slice(0, 4));
  switch (kind) {
    case 'halfYear':
      return { periodStart: `${year}-01-01`, periodEnd: `${year}-06-30` };
    case 'interim':
      return { periodStart: `${year}-01-01`, periodEnd: `${year}-08-31` };
    case 'annual':
      return { periodStart: `${year - 1}-01-01`, periodEnd: `${year - 1}-12-31` };
    case 'plan':
      return { periodStart: `${year + 1}-01-01`, periodEnd: `${year + 3}-12-31` };
  }
}

const kindTitles: Record<ReportKind, string> = {
  halfYear: 'Halvårsredovisning',
  interim: 'Delårsrapport',
  annual: 'Årsredovisning',
  plan: 'Verksamhetsplan och budget',
};

/**
 * The document's own title ("Halvårsredovisning 2019", "Verksamhetsplan och budget 2020–2022"):
 * Swedish document text, the default a new report gets (the förbund may change it).
 */
export function defaultReportTitle(kind: ReportKind, period: ReportPeriod): string {
  const first = period.periodStart.slice(0, 4);
  const last = period.periodEnd.slice(0, 4);
  return `${kindTitles[kind]} ${first === last ? first : `${first}–${last}`}`;
}
