import type { TransactionSql } from '@samsyn/db';
import { isSuppressed, SUPPRESSED_SYMBOL, suppressList } from '@samsyn/domain';
import type { PublishedFigure } from '../national/published-figure.ts';
import type { HeadlineFigures } from './catalogue-entry.ts';

/** The headline figures of an intervention's latest year with figures, suppressed for publication. */
export async function headlineFigures(
  tx: TransactionSql,
  tenantId: string,
  interventionId: string,
): Promise<HeadlineFigures> {
  const [row] = await tx<
    {
      year: number | null;
      women: number | null;
      men: number | null;
      other: number | null;
      ended: number | null;
      reached: number | null;
      spend: string | null;
    }[]
  >`
    with years as (
      select extract(year from period_start)::int as year from participant_figures
      where tenant_id = ${tenantId} and intervention_id = ${interventionId}
    ),
    latest as (select max(year) as year from years),
    periods as (
      select pf.kind, pf.figures,
             rank() over (order by case pf.period_type when 'year' then 0 when 'half_year' then 1 else 2 end) as coarseness,
             row_number() over (partition by pf.period_type order by pf.period_start) as position
      from participant_figures pf, latest
      where pf.tenant_id = ${tenantId} and pf.intervention_id = ${interventionId}
        and extract(year from pf.period_start) = latest.year
    ),
    chosen as (select * from periods where coarseness = 1)
    select (select year from latest) as year,
      sum(case when position = 1 then (figures #>> '{ongoing,women}')::int else 0 end + (figures #>> '{new,women}')::int)
        filter (where kind = 'individual')::int as women,
      sum(case when position = 1 then (figures #>> '{ongoing,men}')::int else 0 end + (figures #>> '{new,men}')::int)
        filter (where kind = 'individual')::int as men,
      sum(case when position = 1 then (figures #>> '{ongoing,otherUnknown}')::int else 0 end
          + (figures #>> '{new,otherUnknown}')::int) filter (where kind = 'individual')::int as other,
      sum((figures #>> '{ended,total}')::int) filter (where kind = 'individual')::int as ended,
      sum((figures ->> 'staffReached')::int + (figures ->> 'managersReached')::int + (figures ->> 'unspecifiedReached')::int)
        filter (where kind = 'structural')::int as reached,
      (select sum(spend_ore) from intervention_budgets b, latest
        where b.tenant_id = ${tenantId} and b.intervention_id = ${interventionId} and b.year = latest.year)::text as spend
    from chosen`;
  const empty: HeadlineFigures = {
    year: row?.year ?? null,
    participants: null,
    women: null,
    men: null,
    otherUnknown: null,
    ended: null,
    reached: row?.reached ?? null,
    spendKronor: row?.spend == null ? null : Number(row.spend) / 100,
  };
  if (!row || row.women === null || row.men === null || row.other === null) return empty;
  // Participants by gender and their total: the domain's suppression (1–4 hidden, with complements).
  const line = suppressList([row.women, row.men, row.other]);
  const shown = (value: number | { suppressed: true } | undefined): PublishedFigure =>
    value === undefined || isSuppressed(value) ? SUPPRESSED_SYMBOL : value;
  const ended = row.ended === null ? null : row.ended > 0 && row.ended < 5 ? SUPPRESSED_SYMBOL : row.ended;
  return {
    ...empty,
    participants: shown(line.total),
    women: shown(line.values[0]),
    men: shown(line.values[1]),
    otherUnknown: shown(line.values[2]),
    ended,
  };
}
