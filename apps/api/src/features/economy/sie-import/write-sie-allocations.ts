import type { TransactionSql } from '@samsyn/db';
import { type Ore, oreFromDb } from '@samsyn/domain';

/**
 * Sets the intervention part of an actual's split to what the books say: rows updated in place,
 * added or removed per intervention; local groups' parts (not in the books) are left as they are.
 * The actual's allocation version moves on only when something changed, so importing the same
 * file twice leaves every split (and its version) as it was. Returns whether it changed anything.
 */
export async function writeSieAllocations(
  tx: TransactionSql,
  tenantId: string,
  actualId: string,
  wanted: ReadonlyMap<string, Ore>,
): Promise<boolean> {
  const rows = await tx<{ id: string; interventionId: string; amount: string }[]>`
    select id, intervention_id as "interventionId", amount_ore::text as amount from actual_allocations
    where tenant_id = ${tenantId} and actual_id = ${actualId} and intervention_id is not null`;
  let changed = false;
  for (const row of rows) {
    const amount = wanted.get(row.interventionId);
    if (amount === undefined) {
      await tx`delete from actual_allocations where tenant_id = ${tenantId} and id = ${row.id}`;
      changed = true;
    } else if (oreFromDb(row.amount) !== amount) {
      await tx`update actual_allocations set amount_ore = ${amount}, version = version + 1
               where tenant_id = ${tenantId} and id = ${row.id}`;
      changed = true;
    }
  }
  const present = new Set(rows.map((row) => row.interventionId));
  for (const [interventionId, amount] of wanted) {
    if (present.has(interventionId)) continue;
    await tx`insert into actual_allocations (tenant_id, actual_id, intervention_id, amount_ore)
             values (${tenantId}, ${actualId}, ${interventionId}, ${amount})`;
    changed = true;
  }
  if (changed)
    await tx`update actuals set allocations_version = allocations_version + 1
             where tenant_id = ${tenantId} and id = ${actualId}`;
  return changed;
}
