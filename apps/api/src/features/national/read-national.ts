import type { Queryable } from '@samsyn/db';
import type { AggregateRow } from './published-figure.ts';

export interface NationalYear {
  year: number;
  forbund: number;
  synthetic: number;
}

/** The years with figures and how many (synthetic) förbund stand behind each. Public counts. */
export async function readNationalYears(sql: Queryable): Promise<NationalYear[]> {
  const rows = await sql<NationalYear[]>`select year, forbund, synthetic from national_years()`;
  return [...rows];
}

/** National (and, with `byCounty`, county) aggregates for the years; see national_kpi_aggregates(). */
export async function readAggregates(
  sql: Queryable,
  from: number,
  to: number,
  byCounty: boolean,
): Promise<AggregateRow[]> {
  const rows = await sql<AggregateRow[]>`
    select year, county_code as "countyCode", kpi_id as "kpiId", contributors,
           value::text, part::text, whole::text, q1::text, median::text, q3::text
    from national_kpi_aggregates(${from}, ${to}, ${byCounty})`;
  return [...rows];
}
