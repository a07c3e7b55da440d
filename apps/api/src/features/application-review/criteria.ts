import { recordAudit } from '@samsyn/db';
import type { Criterion } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockSettingsRow, nextPosition } from './settings-rows.ts';

/** A criterion reviewers score on, with how many reviews scored it. */
export interface CriterionRecord {
  id: string;
  position: number;
  name: string;
  description: string;
  maxScore: number;
  active: boolean;
  version: number;
  scoreCount: number;
}

/** The förbund's review criteria in their order, active or not. Viewers. */
export async function listCriteria({ tx, tenant }: TenantCtx): Promise<CriterionRecord[]> {
  return tx<CriterionRecord[]>`
    select c.id, c.position, c.name, c.description, c.max_score as "maxScore", c.active, c.version,
      (select count(*)::int from application_review_scores s
        where s.tenant_id = c.tenant_id and s.criterion_id = c.id) as "scoreCount"
    from application_criteria c where c.tenant_id = ${tenant.id}
    order by c.position, c.id`;
}

const columns = (input: Criterion) => ({
  name: input.name,
  description: input.description,
  max_score: input.maxScore,
  active: input.active,
});

/** Adds a criterion last. Admins. */
export async function createCriterion(
  { tx, tenant }: TenantCtx,
  input: Criterion,
): Promise<{ id: string; version: number }> {
  const values = columns(input);
  const [row] = await tx<{ id: string; version: number }[]>`
    insert into application_criteria ${tx({
      tenant_id: tenant.id,
      position: await nextPosition(tx, 'criterion', tenant.id),
      ...values,
    })}
    returning id, version`;
  if (!row) throw new Error('criterion insert returned no row');
  await recordAudit(tx, {
    action: 'applicationCriterion.create',
    entity: 'applicationCriterion',
    entityId: row.id,
    after: values,
  });
  return row;
}

/**
 * Changes a criterion or deactivates it. Lowering the highest score leaves scores already given
 * as they are (the summary shows them against the new highest). Admins.
 */
export async function updateCriterion(
  { tx, tenant }: TenantCtx,
  input: Criterion & { id: string; expectedVersion: number },
): Promise<{ id: string; version: number }> {
  const before = await lockSettingsRow(tx, 'criterion', tenant.id, input.id, input.expectedVersion);
  const values = columns(input);
  const [row] = await tx<{ id: string; version: number }[]>`
    update application_criteria set ${tx(values)}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${input.id} returning id, version`;
  if (!row) throw new Error('criterion update returned no row');
  await recordAudit(tx, {
    action: 'applicationCriterion.update',
    entity: 'applicationCriterion',
    entityId: row.id,
    before,
    after: values,
  });
  return row;
}
