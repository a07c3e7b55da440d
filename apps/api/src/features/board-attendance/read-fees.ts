import { type Ore, oreFromDb, sumOre } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/** One body's fees over a period. Amounts are `Ore`: integer öre as a (safe) JavaScript number. */
export interface BodyFees {
  bodyId: string;
  bodyName: string;
  /** Meetings of the body dated in the period, whatever their status. */
  meetings: number;
  /** The fees recorded on those meetings' attendance. */
  feeOre: Ore;
  /** The economy line the body's fees are booked on; null: none chosen. */
  feeLineCode: string | null;
  /** That line's name in the chart ("Arvoden"), for the page; null when none is chosen or found. */
  feeLineName: string | null;
  /**
   * The actuals booked on that line (a top-level line, as the chart's codes name them) for periods lying wholly inside the
   * period; null when no line is chosen. A half-year's actual is not in a quarter's sum: how much
   * of it fell in the quarter is not known.
   */
  bookedOre: Ore | null;
}

export interface FeesOfPeriod {
  bodies: BodyFees[];
  totalOre: Ore;
}

/**
 * The fees (arvoden) of every body of the förbund over `from`–`to` (ISO dates, inclusive), in the
 * bodies' order, compared with the books where a body names its fee line. The link point the
 * "Styrelsens arbete" summary reads (issue 21). Any member of the förbund.
 */
export async function readFees(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  { from, to }: { from: string; to: string },
): Promise<FeesOfPeriod> {
  const rows = await tx<
    {
      bodyId: string;
      bodyName: string;
      meetings: number;
      feeOre: string;
      feeLineCode: string | null;
      feeLineName: string | null;
      bookedOre: string | null;
    }[]
  >`
    select b.id as "bodyId", b.name as "bodyName", b.fee_line_code as "feeLineCode",
      (select l.name from economy_lines l
        where l.tenant_id = b.tenant_id and l.code = b.fee_line_code and l.parent_line_id is null
      ) as "feeLineName",
      (select count(*)::int from board_meetings m
        where m.tenant_id = b.tenant_id and m.body_id = b.id and m.meeting_date between ${from} and ${to}
      ) as meetings,
      (select coalesce(sum(a.fee_ore), 0)::text from board_attendance a
        join board_meetings m on m.tenant_id = a.tenant_id and m.id = a.meeting_id
        where m.tenant_id = b.tenant_id and m.body_id = b.id and m.meeting_date between ${from} and ${to}
      ) as "feeOre",
      case when b.fee_line_code is null then null else (
        select coalesce(sum(x.amount_ore), 0)::text from actuals x
          join economy_lines l on l.tenant_id = x.tenant_id and l.id = x.line_id and l.parent_line_id is null
          cross join lateral (select case x.period_kind
              when 'month' then x.period_number when 'half' then x.period_number * 6 - 5 else 1 end as first_month,
            case x.period_kind
              when 'month' then x.period_number when 'half' then x.period_number * 6 else 12 end as last_month
          ) months
        where x.tenant_id = b.tenant_id
          and l.code = b.fee_line_code
          and make_date(x.year, months.first_month, 1) >= ${from}::date
          and (make_date(x.year, months.last_month, 1) + interval '1 month' - interval '1 day')::date <= ${to}::date
      ) end as "bookedOre"
    from board_bodies b
    where b.tenant_id = ${tenantId}
    order by b.position, b.name`;
  const bodies = rows.map((row) => ({
    bodyId: row.bodyId,
    bodyName: row.bodyName,
    meetings: row.meetings,
    feeOre: oreFromDb(row.feeOre),
    feeLineCode: row.feeLineCode,
    feeLineName: row.feeLineName,
    bookedOre: row.bookedOre === null ? null : oreFromDb(row.bookedOre),
  }));
  return { bodies, totalOre: sumOre(bodies.map((body) => body.feeOre)) };
}
