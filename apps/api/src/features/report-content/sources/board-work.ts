import {
  boardWorkSection,
  followUpPeriodOf,
  noFollowUpPeriod,
  type ReportFrame,
  type SourceResult,
} from '@samsyn/domain';
import { readBoardWork } from '../../board-work/read-board-work.ts';
import type { TenantCtx } from '../../verb-context.ts';

/** §2 Styrelsens arbete for the report's half-year or year, from the board's own summary (`readBoardWork`). */
export async function readBoardWorkSource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  const period = followUpPeriodOf(frame.periodStart, frame.periodEnd);
  if (!period) return noFollowUpPeriod('Styrelsens arbete', frame.periodStart, frame.periodEnd);
  return boardWorkSection(await readBoardWork(ctx, { period }));
}
