import { type ReportFrame, type SourceResult, signaturesSection } from '@samsyn/domain';
import { readSeatsOn } from '../../board-organisation/read-seats-on.ts';
import type { TenantCtx } from '../../verb-context.ts';

/**
 * §4 Styrelsens beslut: the board's ordförande, vice ordförande and ordinary members from the seats
 * on the adoption date, with the adopting meeting's place and the date in words; before adoption
 * the seats on the period's last day and no place or date.
 */
export async function readSignaturesSource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  const seatsOn = frame.adoptedOn ?? frame.periodEnd;
  const [seats, place] = await Promise.all([
    readSeatsOn(ctx, { date: seatsOn }),
    readAdoptionPlace(ctx, frame),
  ]);
  // The board is the förbund's first body of kind board (seats come in the bodies' order).
  const boardId = seats.find((seat) => seat.bodyKind === 'board')?.bodyId;
  return signaturesSection({
    seats: seats.filter((seat) => seat.bodyId === boardId),
    seatsOn,
    adoption: frame.adoptedOn ? { place, date: frame.adoptedOn } : null,
    tenantName: frame.tenantName,
  });
}

/** The place of the meeting whose decision adopted the report; '' when none is recorded. */
async function readAdoptionPlace({ tx, tenant }: TenantCtx, frame: ReportFrame): Promise<string> {
  if (!frame.adoptedOn) return '';
  const [row] = await tx<{ place: string }[]>`
    select m.place
    from period_reports r
    join board_decisions d on d.tenant_id = r.tenant_id and d.id = r.adopted_decision_id
    join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
    join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
    where r.tenant_id = ${tenant.id} and r.id = ${frame.reportId}`;
  return row?.place ?? '';
}
