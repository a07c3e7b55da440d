import { recordAudit } from '@samsyn/db';
import { type AdoptPlanInput, DomainError, throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockPlan } from './plan-records.ts';

/**
 * Marks a draft plan adopted by the board on `adoptedOn`, with the decision that adopted it when
 * known (a decision of this förbund's register, issue 21; its meeting's date is the adoption date
 * when none is given). From then on the plan is read-only. Editors.
 */
export async function adoptPlan(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: AdoptPlanInput & { planId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const plan = await lockPlan(tx, tenantId, input.planId, input.expectedVersion);
  if (plan.status === 'adopted') throw new DomainError('CONFLICT', 'plan.alreadyAdopted');
  const [decision] =
    input.adoptedDecisionId === null
      ? []
      : await tx<{ meetingDate: string }[]>`
          select to_char(m.meeting_date, 'YYYY-MM-DD') as "meetingDate" from board_decisions d
          join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
          join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
          where d.tenant_id = ${tenantId} and d.id = ${input.adoptedDecisionId}`;
  throwIfProblems(
    'plan.invalid',
    input.adoptedDecisionId !== null && !decision
      ? [{ key: 'plan.adoptedDecisionInvalid', path: ['adoptedDecisionId'] }]
      : [],
  );
  const adoptedOn = input.adoptedOn ?? decision?.meetingDate ?? null;
  throwIfProblems('plan.invalid', adoptedOn ? [] : [{ key: 'plan.adoptedOnInvalid', path: ['adoptedOn'] }]);
  const [row] = await tx<{ version: number }[]>`
    update plans set status = 'adopted', adopted_on = ${adoptedOn},
      adopted_decision_id = ${input.adoptedDecisionId}, version = version + 1
    where tenant_id = ${tenantId} and id = ${input.planId} returning version`;
  if (!row) throw new Error('plan adopt returned no row');
  await recordAudit(tx, {
    action: 'plan.adopt',
    entity: 'plan',
    entityId: input.planId,
    before: { status: 'draft' },
    after: { status: 'adopted', adoptedOn, adoptedDecisionId: input.adoptedDecisionId },
  });
  return row;
}
