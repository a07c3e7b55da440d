import {
  getKpiDefinition,
  type KpiDefinition,
  kpiDefinitions,
  type QuartilePosition,
  quartilePosition,
  type Ratio,
  ratio,
  SUPPRESSED_SYMBOL,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { type PublishedFigure, toDisplayUnit } from './published-figure.ts';
import { type NationalYear, readNationalYears } from './read-national.ts';

export interface ComparisonRow {
  kpiId: string;
  /** The förbund's own value (its own data, so never suppressed for its own users). */
  own: number | null;
  nation: { q1: PublishedFigure; median: PublishedFigure; q3: PublishedFigure; contributors: number };
  /** Where the own value falls among all förbund: 1 = lowest quarter … 4 = highest. */
  quartile: QuartilePosition | null;
  similar: { median: PublishedFigure; contributors: number };
}

export interface NamedSimilarForbund {
  /** 1 = the most similar. */
  rank: number;
  name: string;
  /** Economic key figures only (public records); participant figures are never named. */
  figures: { kpiId: string; value: number }[];
}

export interface NationalComparison {
  years: NationalYear[];
  year: number | null;
  kpis: KpiDefinition[];
  rows: ComparisonRow[];
  /** The similar förbund that share named figures (a förbund setting, off by default). */
  similarNamed: NamedSimilarForbund[];
}

interface OwnComparisonRow {
  kpiId: string;
  ownValue: string | null;
  ownPart: string | null;
  ownWhole: string | null;
  contributors: number;
  q1: string | null;
  median: string | null;
  q3: string | null;
  similarContributors: number;
  similarMedian: string | null;
}

/** Exact ratio of a decimal text from the database ('0.4375', '-12', '1234.5'). */
function decimalRatio(text: string): Ratio {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new RangeError(`not a decimal: ${text}`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  return ratio(BigInt(sign + whole + fraction), 10n ** BigInt(fraction.length));
}

/**
 * A distribution figure for publication: withheld below three förbund, and for participant counts
 * (where a quartile may be one förbund's own count) withheld in 1..4 like any count cell.
 */
function publishDistribution(
  kpi: KpiDefinition,
  value: string | null,
  contributors: number,
): PublishedFigure {
  if (value === null) return contributors > 0 ? SUPPRESSED_SYMBOL : null;
  const shown = toDisplayUnit(kpi, value);
  if (kpi.suppression === 'count_cells' && shown > 0 && shown < 5) return SUPPRESSED_SYMBOL;
  return shown;
}

/** The own value in display units; a share (SAM017) from the förbund's own counts. */
function ownValue(kpi: KpiDefinition, row: OwnComparisonRow): { shown: number | null; exact: Ratio | null } {
  if (kpi.id === 'SAM017' || kpi.id === 'SAM018') {
    if (row.ownPart === null || row.ownWhole === null || Number(row.ownWhole) === 0)
      return { shown: null, exact: null };
    const exact = ratio(decimalRatio(row.ownPart).numerator, decimalRatio(row.ownWhole).numerator);
    return { shown: toDisplayUnit(kpi, Number(exact.numerator) / Number(exact.denominator)), exact };
  }
  if (row.ownValue === null) return { shown: null, exact: null };
  return { shown: toDisplayUnit(kpi, row.ownValue), exact: decimalRatio(row.ownValue) };
}

/**
 * "My förbund against the nation" for the förbund of the tenant transaction: each key figure as
 * own value, national median and quartiles, the quartile the own value falls in, and the median
 * of the five most similar förbund; the similar förbund that share named figures by name with
 * their economic figures. Viewers and up of that förbund. `national_own_comparison()` reads the
 * förbund from the transaction's setting, never from the input.
 */
export async function compareWithNation(
  { tx, tenant }: TenantCtx,
  input: { year?: number | undefined },
): Promise<NationalComparison> {
  const years = await readNationalYears(tx);
  const ownYears = await tx<{ year: number }[]>`
    select year from national_figures where tenant_id = ${tenant.id} order by year`;
  const year =
    input.year !== undefined && years.some((y) => y.year === input.year)
      ? input.year
      : (ownYears.at(-1)?.year ?? years.at(-1)?.year ?? null);
  if (year === null) return { years, year: null, kpis: [...kpiDefinitions], rows: [], similarNamed: [] };

  const rows = await tx<OwnComparisonRow[]>`
    select kpi_id as "kpiId", own_value::text as "ownValue", own_part::text as "ownPart",
           own_whole::text as "ownWhole", contributors, q1::text, median::text, q3::text,
           similar_contributors as "similarContributors", similar_median::text as "similarMedian"
    from national_own_comparison(${year})`;
  const named = await tx<{ rank: number; name: string; kpiId: string; value: string }[]>`
    select rank, name, kpi_id as "kpiId", value::text from national_similar_named(${year}) where value is not null`;

  const comparison = rows.map((row): ComparisonRow => {
    const kpi = getKpiDefinition(row.kpiId);
    const own = ownValue(kpi, row);
    const nation = {
      q1: publishDistribution(kpi, row.q1, row.contributors),
      median: publishDistribution(kpi, row.median, row.contributors),
      q3: publishDistribution(kpi, row.q3, row.contributors),
      contributors: row.contributors,
    };
    // Placed only against quartiles that are shown: a position against a hidden one narrows it.
    const isShown = (figure: PublishedFigure) => typeof figure === 'number';
    const quartile =
      own.exact !== null &&
      row.q1 !== null &&
      row.median !== null &&
      row.q3 !== null &&
      isShown(nation.q1) &&
      isShown(nation.median) &&
      isShown(nation.q3)
        ? quartilePosition(own.exact, {
            count: row.contributors,
            q1: decimalRatio(row.q1),
            median: decimalRatio(row.median),
            q3: decimalRatio(row.q3),
          })
        : null;
    return {
      kpiId: row.kpiId,
      own: own.shown,
      nation,
      quartile,
      similar: {
        median: publishDistribution(kpi, row.similarMedian, row.similarContributors),
        contributors: row.similarContributors,
      },
    };
  });

  const similarNamed = new Map<number, NamedSimilarForbund>();
  for (const row of named) {
    const entry = similarNamed.get(row.rank) ?? { rank: row.rank, name: row.name, figures: [] };
    entry.figures.push({ kpiId: row.kpiId, value: toDisplayUnit(getKpiDefinition(row.kpiId), row.value) });
    similarNamed.set(row.rank, entry);
  }
  return {
    years,
    year,
    kpis: [...kpiDefinitions],
    rows: comparison,
    similarNamed: [...similarNamed.values()].sort((a, b) => a.rank - b.rank),
  };
}
