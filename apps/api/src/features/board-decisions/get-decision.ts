import type { TenantCtx } from '../verb-context.ts';
import { type DecisionRecord, getDecisionRecord } from './decision-rows.ts';

/**
 * One decision with its chain (the decision it corrects, those that correct it) and what it
 * concerns. Any member of the förbund; NOT_FOUND for an unknown id or another förbund's.
 */
export function getDecision(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { decisionId: string },
): Promise<DecisionRecord> {
  return getDecisionRecord(tx, tenantId, input.decisionId);
}
