import type { ReportFrame, SourceResult } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { notBuiltYet } from './not-built-yet.ts';

/** The `planVision` section of a report (issue 23). */
export async function readPlanVisionSource(_ctx: TenantCtx, _frame: ReportFrame): Promise<SourceResult> {
  return notBuiltYet;
}
