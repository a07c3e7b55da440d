import { recordAudit } from '@samsyn/db';
import {
  correctionProblem,
  type DecisionInput,
  type GrantDecisionFields,
  throwIfProblems,
  type ValidationProblem,
} from '@samsyn/domain';
import { checkBoardGrant, followBoardDecision } from '../application-decision/follow-board-decision.ts';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import { auditedDecision, type DecisionAuditFields } from './audited-decision.ts';
import {
  type DecisionRecord,
  getDecisionRecord,
  type ItemOfDecision,
  itemOpenForDecision,
} from './decision-rows.ts';

export interface SaveDecisionInput extends DecisionInput, Partial<GrantDecisionFields> {
  itemId: string;
  /** The decision's version as the editor loaded it; null: the item has none yet and this creates it. */
  expectedVersion: number | null;
}

/** A correction must point to a decision of an EARLIER meeting whose minutes are approved. */
async function correctionProblems(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  item: ItemOfDecision,
  correctsDecisionId: string | null,
): Promise<ValidationProblem[]> {
  if (correctsDecisionId === null) return [];
  const [target] = await tx<{ meetingDate: string; meetingStatus: 'planned' | 'held' | 'approved' }[]>`
    select to_char(m.meeting_date, 'YYYY-MM-DD') as "meetingDate", m.status as "meetingStatus"
    from board_decisions d
    join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
    join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
    where d.tenant_id = ${tenantId} and d.id = ${correctsDecisionId}`;
  const key = target ? correctionProblem(item.meetingDate, target) : 'boardDecisions.correctsInvalid';
  return key ? [{ key, path: ['correctsDecisionId'] }] : [];
}

/**
 * Writes an agenda item's decision: creates it (expectedVersion null) or replaces it at the version
 * the editor loaded (CONFLICT `conflict.stale` otherwise). Refused with `board.minutesApproved` once
 * the item's minutes are approved (a correction is then a new decision at a later meeting, which
 * names the old one in `correctsDecisionId`). Editors; audited as `boardDecision`.
 */
export async function saveDecision(ctx: TenantCtx, input: SaveDecisionInput): Promise<DecisionRecord> {
  const { tx, tenant } = ctx;
  const item = await itemOpenForDecision(tx, tenant.id, input.itemId);
  const { itemId: _item, expectedVersion, grantOutcome = null, grantedAmount = null, ...board } = input;
  // An item about an application carries the grant's outcome and amount (öre); the application follows.
  const decision = { ...board, grantOutcome, grantedAmountOre: grantedAmount };
  const follow = (decisionId: string) =>
    followBoardDecision(ctx, { ...decision, itemId: item.itemId, decisionId, meetingDate: item.meetingDate });
  const [existing] = await tx<(DecisionAuditFields & { id: string; version: number })[]>`
    select id, version, kind, title, text, corrects_decision_id as "correctsDecisionId",
      grant_outcome as "grantOutcome", granted_amount_ore::float8 as "grantedAmountOre" from board_decisions
    where tenant_id = ${tenant.id} and item_id = ${item.itemId} for update`;
  if (expectedVersion === null ? existing !== undefined : existing?.version !== expectedVersion)
    staleOrMissing('boardDecision', true);
  throwIfProblems('boardDecisions.invalid', await correctionProblems(ctx, item, decision.correctsDecisionId));
  await checkBoardGrant(ctx, { ...decision, itemId: item.itemId, decisionId: existing?.id ?? null });
  if (!existing) {
    const [row] = await tx<{ id: string }[]>`
      insert into board_decisions (tenant_id, item_id, kind, title, text, corrects_decision_id, grant_outcome,
        granted_amount_ore)
      values (${tenant.id}, ${item.itemId}, ${decision.kind}, ${decision.title}, ${decision.text},
        ${decision.correctsDecisionId}, ${decision.grantOutcome}, ${decision.grantedAmountOre})
      returning id`;
    if (!row) throw new Error('decision insert returned no row');
    await recordAudit(tx, {
      action: 'boardDecision.create',
      entity: 'boardDecision',
      entityId: row.id,
      after: auditedDecision(item, decision),
    });
    await follow(row.id);
    return getDecisionRecord(tx, tenant.id, row.id);
  }
  await tx`
    update board_decisions set kind = ${decision.kind}, title = ${decision.title}, text = ${decision.text},
      corrects_decision_id = ${decision.correctsDecisionId}, grant_outcome = ${decision.grantOutcome},
      granted_amount_ore = ${decision.grantedAmountOre}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${existing.id}`;
  const { id: _id, version: _version, ...before } = existing;
  await recordAudit(tx, {
    action: 'boardDecision.update',
    entity: 'boardDecision',
    entityId: existing.id,
    before: auditedDecision(item, before),
    after: auditedDecision(item, decision),
  });
  await follow(existing.id);
  return getDecisionRecord(tx, tenant.id, existing.id);
}
