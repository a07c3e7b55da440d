import type { BodyKind } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { type MeetingSummary, readMeetings } from './read-meetings.ts';

export interface MeetingList {
  /** The förbund's bodies in their order (the page's filter and the new meeting's choice). */
  bodies: { id: string; name: string; kind: BodyKind }[];
  /** The years that have meetings, latest first (the page's year choice). */
  years: number[];
  /** The year's (or every) meeting, latest first. */
  meetings: MeetingSummary[];
}

/** The förbund's meetings of one year (or all), of one body (or all), latest first, with its bodies. Viewers. */
export async function listMeetings(
  ctx: TenantCtx,
  input: { year?: number | undefined; bodyId?: string | undefined },
): Promise<MeetingList> {
  const from = input.year ? `${input.year}-01-01` : '0001-01-01';
  const to = input.year ? `${input.year}-12-31` : '9999-12-31';
  const meetings = await readMeetings(ctx, { from, to, ...(input.bodyId ? { bodyId: input.bodyId } : {}) });
  const years = await ctx.tx<{ year: number }[]>`
    select distinct extract(year from meeting_date)::int as year from board_meetings
    where tenant_id = ${ctx.tenant.id} order by year desc`;
  const bodies = await ctx.tx<MeetingList['bodies']>`
    select id, name, kind from board_bodies where tenant_id = ${ctx.tenant.id} order by position, name`;
  return { bodies, years: years.map((row) => row.year), meetings: meetings.reverse() };
}
