import { recordAudit, type TransactionSql } from '@samsyn/db';
import { DomainError, type Risk, type SaveRiskInput } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import { getFollowUpPlan } from './follow-up-rows.ts';

/** A risk of a plan's risk analysis, as the risks page lists it. */
export interface RiskRecord extends Risk {
  id: string;
  planId: string;
  version: number;
}

const selectRisks = (tx: TransactionSql, tenantId: string, where: { planId?: string; riskId?: string }) =>
  tx<RiskRecord[]>`
    select id, plan_id as "planId", event, likelihood, consequence, control_measures as "controlMeasures", owner,
      to_char(reviewed_on, 'YYYY-MM-DD') as "reviewedOn", version
    from plan_risks
    where tenant_id = ${tenantId}
      and ${where.planId === undefined ? tx`true` : tx`plan_id = ${where.planId}`}
      and ${where.riskId === undefined ? tx`true` : tx`id = ${where.riskId}`}
    order by position, event`;

async function getRisk(tx: TransactionSql, tenantId: string, riskId: string): Promise<RiskRecord> {
  const [risk] = await selectRisks(tx, tenantId, { riskId });
  if (!risk) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'planRisk' });
  return risk;
}

/** A plan's risks in the order they were added. Any member of the förbund; NOT_FOUND for another's plan. */
export async function listPlanRisks(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { planId: string },
): Promise<{ planName: string; risks: RiskRecord[] }> {
  const plan = await getFollowUpPlan(tx, tenantId, input.planId);
  return { planName: plan.name, risks: await selectRisks(tx, tenantId, { planId: plan.id }) };
}

const auditFields = (risk: Risk, planName: string) => ({ name: risk.event, plan: planName, ...risk });

/**
 * Adds a risk to a plan (riskId null, last in its list) or replaces one at the version the editor
 * loaded (CONFLICT when stale). Editors; audited.
 */
export async function savePlanRisk(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: SaveRiskInput,
): Promise<RiskRecord> {
  const [plan] = await tx<{ id: string; name: string }[]>`
    select id, name from plans where tenant_id = ${tenantId} and id = ${input.planId} for share`;
  if (!plan) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'plan' });
  const { risk } = input;
  if (input.riskId === null) {
    const [row] = await tx<{ id: string }[]>`
      insert into plan_risks (tenant_id, plan_id, position, event, likelihood, consequence, control_measures, owner,
        reviewed_on)
      values (${tenantId}, ${plan.id},
        (select coalesce(max(position) + 1, 0) from plan_risks where tenant_id = ${tenantId} and plan_id = ${plan.id}),
        ${risk.event}, ${risk.likelihood}, ${risk.consequence}, ${risk.controlMeasures}, ${risk.owner},
        ${risk.reviewedOn})
      returning id`;
    if (!row) throw new Error('risk insert returned no row');
    await recordAudit(tx, {
      action: 'planRisk.create',
      entity: 'planRisk',
      entityId: row.id,
      after: auditFields(risk, plan.name),
    });
    return getRisk(tx, tenantId, row.id);
  }
  const before = await getRisk(tx, tenantId, input.riskId);
  if (before.planId !== plan.id) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'planRisk' });
  const updated = await tx`
    update plan_risks set event = ${risk.event}, likelihood = ${risk.likelihood}, consequence = ${risk.consequence},
      control_measures = ${risk.controlMeasures}, owner = ${risk.owner}, reviewed_on = ${risk.reviewedOn},
      version = version + 1
    where tenant_id = ${tenantId} and id = ${input.riskId} and version = ${input.expectedVersion ?? -1}
    returning 1`;
  if (updated.length === 0) staleOrMissing('planRisk', true);
  const { id: _id, planId: _plan, version: _version, ...beforeRisk } = before;
  await recordAudit(tx, {
    action: 'planRisk.update',
    entity: 'planRisk',
    entityId: input.riskId,
    before: auditFields(beforeRisk, plan.name),
    after: auditFields(risk, plan.name),
  });
  return getRisk(tx, tenantId, input.riskId);
}

/** Removes a risk (the page asks for confirmation first). Editors; audited; CONFLICT when stale. */
export async function deletePlanRisk(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { riskId: string; expectedVersion: number },
): Promise<{ id: string }> {
  const before = await getRisk(tx, tenantId, input.riskId);
  const deleted = await tx`
    delete from plan_risks where tenant_id = ${tenantId} and id = ${input.riskId} and version = ${input.expectedVersion}
    returning 1`;
  if (deleted.length === 0) staleOrMissing('planRisk', true);
  const { id: _id, planId: _plan, version: _version, ...risk } = before;
  await recordAudit(tx, {
    action: 'planRisk.delete',
    entity: 'planRisk',
    entityId: input.riskId,
    before: risk,
  });
  return { id: input.riskId };
}
