import type { Sql } from '@samsyn/db';
import {
  counties,
  type KpiDefinition,
  kpiDefinitions,
  publishForbundCount,
  type SUPPRESSED_SYMBOL,
} from '@samsyn/domain';
import type { PublicCtx } from '../verb-context.ts';
import { cachedNational } from './national-cache.ts';
import {
  type AggregateRow,
  type PublishedFigure,
  publishAggregate,
  publishLine,
  publishShare,
} from './published-figure.ts';
import { type NationalYear, readAggregates, readNationalYears } from './read-national.ts';

/** One key figure for one year (nation or county): the figure, and quartiles for distributions. */
export interface NationalFigure {
  kpiId: string;
  value: PublishedFigure;
  q1: PublishedFigure;
  q3: PublishedFigure;
  /** How many förbund stand behind it; ".." for one or two, which would name them (issue 24). */
  contributors: number | typeof SUPPRESSED_SYMBOL;
}

export interface CountyFigures {
  countyCode: string;
  /** Swedish county name; "Utan län" for förbund without one. */
  countyName: string;
  /** How many förbund in the county reported; ".." for one or two. */
  forbund: number | typeof SUPPRESSED_SYMBOL;
  figures: NationalFigure[];
}

export interface NationalOverview {
  years: NationalYear[];
  /** The year `national` and `counties` are for; null when there are no figures at all. */
  year: number | null;
  kpis: KpiDefinition[];
  national: NationalFigure[];
  /** Every year, every key figure: the trend. */
  trend: { year: number; figures: NationalFigure[] }[];
  counties: CountyFigures[];
}

const distributionKpis = new Set(
  kpiDefinitions.filter((k) => k.nationalFigure === 'median_and_quartiles').map((k) => k.id),
);
/** Sums that add up over counties to the national figure: published as one line with complements. */
const countyLineKpis: Record<string, number> = {
  SAM002: 1,
  SAM003: 1,
  SAM004: 1,
  SAM005: 1,
  SAM010: 1,
  SAM011: 1,
  SAM012: 1,
  SAM013: 5,
};
/** Participant breakdowns shown nationally only: a county × gender table would be one more table to link. */
const nationalOnlyKpis = new Set(['SAM014', 'SAM015', 'SAM016']);

const byKpi = (rows: readonly AggregateRow[]) => new Map(rows.map((row) => [row.kpiId, row]));

/** The published national figures of one year, participant counts through the domain's suppression. */
export function publishNationalYear(rows: readonly AggregateRow[]): NationalFigure[] {
  const row = byKpi(rows);
  const participants = row.get('SAM013');
  const genders = publishLine(
    [row.get('SAM014'), row.get('SAM015'), row.get('SAM016')],
    { row: participants, published: publishAggregate(participants) },
    5,
  );
  const special: Record<string, PublishedFigure> = {
    SAM013: genders.total,
    SAM014: genders.values[0] ?? null,
    SAM015: genders.values[1] ?? null,
    SAM016: genders.values[2] ?? null,
    SAM017: publishShare(row.get('SAM017')),
  };
  return kpiDefinitions.map((kpi) => figureOf(kpi, row.get(kpi.id), special[kpi.id]));
}

function figureOf(
  kpi: KpiDefinition,
  row: AggregateRow | undefined,
  value?: PublishedFigure,
): NationalFigure {
  const isDistribution = distributionKpis.has(kpi.id);
  return {
    kpiId: kpi.id,
    value: value === undefined ? publishAggregate(row) : value,
    q1: isDistribution ? publishAggregate(row, 'q1') : null,
    q3: isDistribution ? publishAggregate(row, 'q3') : null,
    contributors: publishForbundCount(row?.contributors ?? 0),
  };
}

const countyName = (code: string) =>
  code === '00' ? 'Utan län' : (counties.find((county) => county.code === code)?.name ?? code);

/** The county table of one year: sums with complementary suppression against the national total. */
export function publishCounties(
  countyRows: readonly AggregateRow[],
  national: readonly NationalFigure[],
): CountyFigures[] {
  const codes = [...new Set(countyRows.map((row) => row.countyCode ?? '00'))].sort();
  const rowsOf = new Map(
    codes.map((code) => [code, byKpi(countyRows.filter((row) => row.countyCode === code))]),
  );
  const lines = new Map<string, PublishedFigure[]>();
  for (const [kpiId, threshold] of Object.entries(countyLineKpis)) {
    const nationalFigure = national.find((figure) => figure.kpiId === kpiId);
    const line = publishLine(
      codes.map((code) => rowsOf.get(code)?.get(kpiId)),
      { row: undefined, published: nationalFigure?.value ?? null },
      threshold,
    );
    lines.set(kpiId, line.values);
  }
  return codes.map((code, index) => {
    const rows = rowsOf.get(code) ?? new Map<string, AggregateRow>();
    return {
      countyCode: code,
      countyName: countyName(code),
      forbund: publishForbundCount(rows.get('SAM001')?.contributors ?? 0),
      figures: kpiDefinitions
        .filter((kpi) => !nationalOnlyKpis.has(kpi.id))
        .map((kpi) => {
          const line = lines.get(kpi.id);
          const special = line
            ? (line[index] ?? null)
            : kpi.id === 'SAM017'
              ? publishShare(rows.get(kpi.id))
              : undefined;
          return figureOf(kpi, rows.get(kpi.id), special);
        }),
    };
  });
}

/**
 * The national overview for `year` (default: the latest year with at least three förbund): every
 * key figure nationally, by county and over the years, each published under its disclosure rule.
 * Aggregates only; for the network role and every förbund user. Cached per database version.
 */
export async function getNationalOverview(
  { sql }: Pick<PublicCtx, 'sql'>,
  input: { year?: number | undefined },
): Promise<NationalOverview> {
  return cachedNational(sql, `overview:${input.year ?? 'latest'}`, () => computeNationalOverview(sql, input));
}

/** The overview computed afresh, without the cache (see `getNationalOverview`). */
export async function computeNationalOverview(
  sql: Sql,
  input: { year?: number | undefined },
): Promise<NationalOverview> {
  const years = await readNationalYears(sql);
  const first = years[0]?.year;
  const last = years.at(-1)?.year;
  if (first === undefined || last === undefined) {
    return { years, year: null, kpis: [...kpiDefinitions], national: [], trend: [], counties: [] };
  }
  const year =
    input.year !== undefined && years.some((y) => y.year === input.year)
      ? input.year
      : ([...years].reverse().find((y) => y.forbund >= 3)?.year ?? last);
  const [trendRows, countyRows] = await Promise.all([
    readAggregates(sql, first, last, false),
    readAggregates(sql, year, year, true),
  ]);
  const trend = years.map((y) => ({
    year: y.year,
    figures: publishNationalYear(trendRows.filter((row) => row.year === y.year)),
  }));
  const national = trend.find((t) => t.year === year)?.figures ?? [];
  return {
    years,
    year,
    kpis: [...kpiDefinitions],
    national,
    trend,
    counties: publishCounties(
      countyRows.filter((row) => row.countyCode !== null),
      national,
    ),
  };
}
