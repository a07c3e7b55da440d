import type { TransactionSql } from '@samsyn/db';
import { type ActualsPeriod, formatActualsPeriod, type Ore, toStoredPeriod } from '@samsyn/domain';
import { ensureFiscalYear, loadActuals } from '../economy-store.ts';

export interface ExistingActual {
  id: string;
  lineId: string;
  period: ActualsPeriod;
  amount: Ore;
  version: number;
}

/** The actuals already entered in the years, every line. */
export async function existingActuals(
  tx: TransactionSql,
  tenantId: string,
  years: number[],
): Promise<ExistingActual[]> {
  const result: ExistingActual[] = [];
  for (const year of [...new Set(years)]) {
    for (const row of await loadActuals(tx, tenantId, year)) result.push(row);
  }
  return result;
}

/** Adds an actual, or updates the one entered for its line and period in place. */
export async function writeActual(
  tx: TransactionSql,
  tenantId: string,
  row: { lineId: string; period: ActualsPeriod; amount: Ore; note: string | null },
  existing: ExistingActual | undefined,
): Promise<string> {
  const stored = toStoredPeriod(row.period);
  if (existing) {
    // Updated in place, never deleted and re-inserted: a breakdown per intervention may point at it.
    await tx`update actuals set amount_ore = ${row.amount}, note = ${row.note}, version = version + 1
             where tenant_id = ${tenantId} and id = ${existing.id}`;
    return existing.id;
  }
  const fiscalYearId = await ensureFiscalYear(tx, tenantId, stored.year);
  const [inserted] = await tx<{ id: string }[]>`
    insert into actuals (tenant_id, fiscal_year_id, year, period_kind, period_number, line_id, amount_ore, note)
    values (${tenantId}, ${fiscalYearId}, ${stored.year}, ${stored.periodKind}, ${stored.periodNumber},
            ${row.lineId}, ${row.amount}, ${row.note})
    returning id`;
  if (!inserted) throw new Error('actual insert returned no row');
  return inserted.id;
}

export const samePeriod = (a: ActualsPeriod, b: ActualsPeriod) =>
  formatActualsPeriod(a) === formatActualsPeriod(b);

/**
 * Replaces an actual's whole split with the given parts (the import's "Insats" column), moving the
 * set's version on so that an editor holding the old split gets CONFLICT rather than overwriting.
 */
export async function replaceAllocations(
  tx: TransactionSql,
  tenantId: string,
  actualId: string,
  parts: readonly { interventionId: string; amount: Ore }[],
): Promise<void> {
  const [actual] = await tx<{ version: number }[]>`
    update actuals set allocations_version = allocations_version + 1
    where tenant_id = ${tenantId} and id = ${actualId}
    returning allocations_version as version`;
  if (!actual) throw new Error('imported actual not found');
  await tx`delete from actual_allocations where tenant_id = ${tenantId} and actual_id = ${actualId}`;
  for (const part of parts) {
    await tx`
      insert into actual_allocations (tenant_id, actual_id, intervention_id, amount_ore, version)
      values (${tenantId}, ${actualId}, ${part.interventionId}, ${part.amount}, ${actual.version})`;
  }
}
