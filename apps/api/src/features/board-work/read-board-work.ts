import {
  type BoardWork,
  type BodyKind,
  boardWork,
  boardWorkPeriod,
  compositionDate,
  todayInSweden,
  ZERO_ORE,
} from '@samsyn/domain';
import { readFees } from '../board-attendance/read-fees.ts';
import { readMeetings } from '../board-meetings/read-meetings.ts';
import { readSeatsOn } from '../board-organisation/read-seats-on.ts';
import type { TenantCtx } from '../verb-context.ts';

export interface BoardWorkView extends BoardWork {
  /** The date the composition is read on: the period's last day, or today while it runs. */
  compositionDate: string;
}

/**
 * "Styrelsens arbete" for a half-year ('2019-H1') or a year ('2019'): the board's composition on
 * the composition date, the meetings each body HELD in the period (planned ones are not counted),
 * the fees recorded on them, the kansli and the auditors, with § 2's sentences. The link point for
 * issue 23: the half-year and annual reports embed this. Any member of the förbund.
 */
export async function readBoardWork(ctx: TenantCtx, input: { period: string }): Promise<BoardWorkView> {
  const period = boardWorkPeriod(input.period);
  // The router's schema refuses a bad period with its field message; a caller inside the API (the
  // reports of issue 23) passing one is a bug.
  if (!period) throw new RangeError(`readBoardWork: not a half-year or year: ${input.period}`);
  const date = compositionDate(period, todayInSweden());
  const [bodies, meetings, fees, seats] = await Promise.all([
    readBodies(ctx),
    readMeetings(ctx, period),
    readFees(ctx, period),
    readSeatsOn(ctx, { date }),
  ]);
  const feeOf = new Map(fees.bodies.map((body) => [body.bodyId, body.feeOre]));
  // A planned meeting has not been held: the report says how many meetings the body HAD.
  const held = meetings.filter((meeting) => meeting.status !== 'planned');
  const work = boardWork({
    period,
    bodies: bodies.map((body) => ({
      ...body,
      meetingsHeld: held.filter((meeting) => meeting.bodyId === body.id).length,
      feeOre: feeOf.get(body.id) ?? ZERO_ORE,
    })),
    seats,
  });
  return { ...work, compositionDate: date };
}

/** The förbund's bodies in their order. */
async function readBodies({ tx, tenant: { id: tenantId } }: TenantCtx) {
  return tx<{ id: string; kind: BodyKind; name: string; description: string }[]>`
    select b.id, b.kind, b.name, b.description
    from board_bodies b
    where b.tenant_id = ${tenantId}
    order by b.position, b.name`;
}
