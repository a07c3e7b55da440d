import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import { undoBoardDecision } from '../application-decision/follow-board-decision.ts';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import { auditedDecision, type DecisionAuditFields } from './audited-decision.ts';
import { itemOpenForDecision } from './decision-rows.ts';

/**
 * Removes an item's decision before its minutes are approved (after that it is the record, and
 * `board.minutesApproved` refuses). Editors; audited; CONFLICT when stale; a decision another one
 * corrects cannot go (only an approved one can be corrected, so this never arises before approval).
 */
export async function deleteDecision(
  ctx: TenantCtx,
  input: { decisionId: string; expectedVersion: number },
): Promise<{ id: string }> {
  const { tx, tenant } = ctx;
  const [found] = await tx<{ itemId: string }[]>`
    select item_id as "itemId" from board_decisions where tenant_id = ${tenant.id} and id = ${input.decisionId}`;
  if (!found) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardDecision' });
  const item = await itemOpenForDecision(tx, tenant.id, found.itemId);
  const [current] = await tx<{ version: number }[]>`
    select version from board_decisions where tenant_id = ${tenant.id} and id = ${input.decisionId} for update`;
  if (current?.version !== input.expectedVersion) staleOrMissing('boardDecision', current !== undefined);
  // An application this decision decided goes back to where it was, before the row (its link) goes.
  await undoBoardDecision(ctx, input.decisionId);
  const [before] = await tx<DecisionAuditFields[]>`
    delete from board_decisions
    where tenant_id = ${tenant.id} and id = ${input.decisionId} and version = ${input.expectedVersion}
    returning kind, title, text, corrects_decision_id as "correctsDecisionId", grant_outcome as "grantOutcome",
      granted_amount_ore::float8 as "grantedAmountOre"`;
  if (!before) staleOrMissing('boardDecision', true);
  await recordAudit(tx, {
    action: 'boardDecision.delete',
    entity: 'boardDecision',
    entityId: input.decisionId,
    before: auditedDecision(item, before),
  });
  return { id: input.decisionId };
}
