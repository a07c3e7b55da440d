import {
  firstYearOf,
  grantedInterventionsSection,
  type ReportFrame,
  type SourceResult,
} from '@samsyn/domain';
import { readGrantedInterventions } from '../../application-reports/read-granted-interventions.ts';
import type { TenantCtx } from '../../verb-context.ts';

/** Beviljade insatser <år>: the granted applications with money bound in the period's first year. */
export async function readGrantedInterventionsSource(
  ctx: TenantCtx,
  frame: ReportFrame,
): Promise<SourceResult> {
  return grantedInterventionsSection(
    await readGrantedInterventions(ctx, { year: firstYearOf(frame.periodStart) }),
  );
}
