import type { TenantCtx } from '../verb-context.ts';
import { type DecisionRecord, decisionSelect } from './decision-rows.ts';

/**
 * The shared reader of the decisions register (the plan page, interventions and the reports use
 * it): the förbund's decisions about a plan, about an intervention, or with the given ids, each
 * with body name, meeting date, §, title, kind, text, what it corrects and what corrects it;
 * oldest meeting first, then by §. No filter given: none (never the whole register by accident).
 */
export async function readDecisions(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { concernsPlanId?: string; concernsInterventionId?: string; ids?: readonly string[] },
): Promise<DecisionRecord[]> {
  if (
    input.concernsPlanId === undefined &&
    input.concernsInterventionId === undefined &&
    input.ids === undefined
  )
    return [];
  return tx<DecisionRecord[]>`
    ${decisionSelect(tx)}
    where d.tenant_id = ${tenantId}
      and ${input.concernsPlanId === undefined ? tx`true` : tx`i.concerns_plan_id = ${input.concernsPlanId}`}
      and ${
        input.concernsInterventionId === undefined
          ? tx`true`
          : tx`i.concerns_intervention_id = ${input.concernsInterventionId}`
      }
      and ${input.ids === undefined ? tx`true` : tx`d.id = any(${[...input.ids]}::uuid[])`}
    order by m.meeting_date, i.paragraph nulls last, d.id`;
}
