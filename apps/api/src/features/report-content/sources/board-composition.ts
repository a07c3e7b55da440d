import { type BodyKind, boardCompositionSection, type ReportFrame, type SourceResult } from '@samsyn/domain';
import { readSeatsOn } from '../../board-organisation/read-seats-on.ts';
import type { TenantCtx } from '../../verb-context.ts';

/** The plan's §6 Arbetsorganisation: every body and the seats held on the period's first day. */
export async function readBoardCompositionSource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  const { tx, tenant } = ctx;
  const [bodies, seats] = await Promise.all([
    tx<{ id: string; kind: BodyKind; name: string; description: string }[]>`
      select id, kind, name, description from board_bodies
      where tenant_id = ${tenant.id}
      order by position, name`,
    readSeatsOn(ctx, { date: frame.periodStart }),
  ]);
  return boardCompositionSection({ bodies, seats, date: frame.periodStart });
}
