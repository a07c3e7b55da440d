import { type CommitmentYear, commitmentsAhead } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { loadAgreementYears } from './load-commitment-inputs.ts';

/**
 * What the granted applications' agreements bind the förbund to pay per year from `fromYear` on
 * ("Åtaganden per år"). Any member of the förbund; scoped to it.
 */
export async function readCommitmentsAhead(
  ctx: TenantCtx,
  { fromYear }: { fromYear: number },
): Promise<CommitmentYear[]> {
  return commitmentsAhead(await loadAgreementYears(ctx, { fromYear }), fromYear);
}
