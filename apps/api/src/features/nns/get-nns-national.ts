import {
  type NnsQuestionnaire,
  nnsIndicators,
  publishForbundCount,
  SUPPRESSED_SYMBOL,
  trimNnsDecimal,
} from '@samsyn/domain';
import type { PublicCtx } from '../verb-context.ts';

/** A published figure over förbund: the number, ".." (one or two förbund), or null (none reported). */
export type NnsNationalFigure = string | typeof SUPPRESSED_SYMBOL | null;

export interface NnsNationalIndicator {
  code: string;
  questionnaire: NnsQuestionnaire;
  text: string;
  forbund: number | typeof SUPPRESSED_SYMBOL;
  q1: NnsNationalFigure;
  median: NnsNationalFigure;
  q3: NnsNationalFigure;
  /** NNS's own national comparison figure for the year, as the förbund's files give it. */
  nationalValue: string | null;
}

export interface NnsNational {
  /** Years any förbund has results for, newest first. */
  years: number[];
  year: number | null;
  indicators: NnsNationalIndicator[];
}

interface DistributionRow {
  year: number;
  code: string;
  contributors: number;
  q1: string | null;
  median: string | null;
  q3: string | null;
  nationalValue: string | null;
}

/**
 * Per NNS statement, the distribution over förbund of their own results for the year (default:
 * the newest): quartiles and median, published only with at least three förbund behind them
 * (`national_nns_distribution`, SECURITY DEFINER; a förbund's result counts with five answers or
 * more). For the network role and every user with an active membership; aggregates only.
 */
export async function getNnsNational(
  { sql }: Pick<PublicCtx, 'sql'>,
  input: { year?: number | undefined },
): Promise<NnsNational> {
  const rows = await sql<DistributionRow[]>`
    select year, indicator_code as code, contributors, q1::text, median::text, q3::text,
           national_value::text as "nationalValue"
    from national_nns_distribution(${input.year ?? null}::integer)`;
  const years =
    input.year === undefined
      ? [...new Set(rows.map((row) => row.year))].sort((a, b) => b - a)
      : (await sql<{ year: number }[]>`select distinct year from national_nns_distribution(null)`)
          .map((row) => row.year)
          .sort((a, b) => b - a);
  // Without a year asked for: the newest with a figure published (three förbund behind it), as the
  // national overview chooses, else the newest at all.
  const published = new Set(rows.filter((row) => row.contributors >= 3).map((row) => row.year));
  const year = input.year ?? years.find((candidate) => published.has(candidate)) ?? years[0] ?? null;
  const ofYear = new Map(rows.filter((row) => row.year === year).map((row) => [row.code, row]));
  const figure = (row: DistributionRow | undefined, value: string | null): NnsNationalFigure => {
    if (!row || row.contributors === 0) return null;
    if (value === null) return SUPPRESSED_SYMBOL;
    return trimNnsDecimal(value);
  };
  return {
    years,
    year,
    indicators: nnsIndicators.map((indicator) => {
      const row = ofYear.get(indicator.code);
      return {
        code: indicator.code,
        questionnaire: indicator.questionnaire,
        text: indicator.text,
        forbund: publishForbundCount(row?.contributors ?? 0),
        q1: figure(row, row?.q1 ?? null),
        median: figure(row, row?.median ?? null),
        q3: figure(row, row?.q3 ?? null),
        nationalValue: row?.nationalValue ? trimNnsDecimal(row.nationalValue) : null,
      };
    }),
  };
}
