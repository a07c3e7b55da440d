import { recordAudit } from '../audit.ts';
import type { TransactionSql } from '../client.ts';
import { enterScope } from '../scope.ts';
import { gavleborgAllocationsH1_2019 } from './data/economy/gavleborg-allocations.ts';
import { gavleborgDemo } from './data/interventions/gavleborg.ts';

/**
 * Splits Gävleborg's H1 2019 Insatsmedel actual per intervention (./data/economy/
 * gavleborg-allocations.ts), so that spend comes from the books and the reconciliation shows the
 * 61 107 kr nobody allocated. Runs inside `seedDemo`'s transaction after the economy and the
 * interventions exist, writing the rows and the set's version as the allocation API does.
 */
export async function seedDemoAllocations(tx: TransactionSql, tenantIds: ReadonlyMap<string, string>) {
  const tenantId = tenantIds.get('gavleborg');
  if (!tenantId) throw new Error('demo allocations: Gävleborg missing');
  await enterScope(tx, { tenantId });
  const split = gavleborgAllocationsH1_2019;
  const [actual] = await tx<{ id: string }[]>`
    select a.id from actuals a join economy_lines l on l.tenant_id = a.tenant_id and l.id = a.line_id
    where a.tenant_id = ${tenantId} and l.code = ${split.lineCode} and l.parent_line_id is null
      and a.year = ${split.year} and a.period_kind = ${split.period.kind} and a.period_number = ${split.period.number}`;
  if (!actual) throw new Error('demo allocations: the Insatsmedel actual is missing');
  for (const row of split.toInterventions) {
    const name = gavleborgDemo.interventions.find((intervention) => intervention.key === row.key)?.name;
    const [intervention] = await tx<{ id: string }[]>`
      select id from interventions where tenant_id = ${tenantId} and name = ${name ?? ''}`;
    if (!intervention) throw new Error(`demo allocations: no intervention ${row.key}`);
    await tx`
      insert into actual_allocations (tenant_id, actual_id, intervention_id, amount_ore, version)
      values (${tenantId}, ${actual.id}, ${intervention.id}, ${row.amount}, 1)`;
  }
  await tx`update actuals set allocations_version = 1 where tenant_id = ${tenantId} and id = ${actual.id}`;
  await recordAudit(tx, {
    action: 'demo.seedAllocations',
    entity: 'actual',
    entityId: actual.id,
    after: { rows: split.toInterventions.length },
  });
}
