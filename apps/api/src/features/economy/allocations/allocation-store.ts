import type { TransactionSql } from '@samsyn/db';
import {
  type AllocationTargetKind,
  type CostKind,
  formatActualsPeriod,
  fromStoredPeriod,
  type Ore,
  oreFromDb,
  type StoredPeriod,
} from '@samsyn/domain';

/**
 * Queries the allocation verbs share. Every one filters by tenant_id (row-level security is the
 * second lock) and turns bigint öre into `Ore` here, once.
 */

export interface AllocatableActual {
  id: string;
  period: string;
  lineId: string;
  lineCode: string;
  lineName: string;
  amount: Ore;
  /** The allocation set's version (0 before the first split). */
  allocationsVersion: number;
}

interface ActualRow extends StoredPeriod {
  id: string;
  lineId: string;
  lineCode: string;
  lineName: string;
  lineKind: string;
  costKind: CostKind | null;
  parentId: string | null;
  amount: string;
  allocationsVersion: number;
}

const toAllocatable = (
  row: ActualRow,
): AllocatableActual & { lineKind: string; costKind: CostKind | null; parentId: string | null } => ({
  id: row.id,
  period: formatActualsPeriod(fromStoredPeriod(row)),
  lineId: row.lineId,
  lineCode: row.lineCode,
  lineName: row.lineName,
  lineKind: row.lineKind,
  costKind: row.costKind,
  parentId: row.parentId,
  amount: oreFromDb(row.amount),
  allocationsVersion: row.allocationsVersion,
});

const actualColumns = (tx: TransactionSql) => tx`
  a.id, a.year, a.period_kind as "periodKind", a.period_number as "periodNumber", a.line_id as "lineId",
  l.code as "lineCode", l.name as "lineName", l.kind as "lineKind", l.cost_kind as "costKind",
  l.parent_line_id as "parentId", a.amount_ore::text as amount, a.allocations_version as "allocationsVersion"`;

/** One actual with its line, locked for the split's transaction when `forUpdate`. */
export async function findActual(tx: TransactionSql, tenantId: string, actualId: string, forUpdate = false) {
  const rows = forUpdate
    ? await tx<ActualRow[]>`
        select ${actualColumns(tx)}
        from actuals a join economy_lines l on l.tenant_id = a.tenant_id and l.id = a.line_id
        where a.tenant_id = ${tenantId} and a.id = ${actualId}
        for update of a`
    : await tx<ActualRow[]>`
        select ${actualColumns(tx)}
        from actuals a join economy_lines l on l.tenant_id = a.tenant_id and l.id = a.line_id
        where a.tenant_id = ${tenantId} and a.id = ${actualId}`;
  const row = rows[0];
  return row ? toAllocatable(row) : null;
}

/** A year's actuals on intervention-funds lines, in the chart's order. */
export async function interventionFundsActuals(
  tx: TransactionSql,
  tenantId: string,
  year: number,
): Promise<AllocatableActual[]> {
  const rows = await tx<ActualRow[]>`
    select ${actualColumns(tx)}
    from actuals a join economy_lines l on l.tenant_id = a.tenant_id and l.id = a.line_id
    where a.tenant_id = ${tenantId} and a.year = ${year} and l.cost_kind = 'interventionFunds'
      and l.parent_line_id is null
    order by l.position, l.code, a.period_kind, a.period_number`;
  return rows.map(toAllocatable);
}

export interface StoredAllocation {
  actualId: string;
  kind: AllocationTargetKind;
  targetId: string;
  targetName: string;
  amount: Ore;
}

/** The allocations of the given actuals, with the names of what they are allocated to. */
export async function loadAllocations(
  tx: TransactionSql,
  tenantId: string,
  actualIds: readonly string[],
): Promise<StoredAllocation[]> {
  if (actualIds.length === 0) return [];
  const rows = await tx<(Omit<StoredAllocation, 'amount'> & { amount: string })[]>`
    select al.actual_id as "actualId",
           case when al.intervention_id is not null then 'intervention' else 'localGroup' end as kind,
           coalesce(al.intervention_id, al.local_group_id) as "targetId",
           coalesce(i.name, g.name) as "targetName", al.amount_ore::text as amount
    from actual_allocations al
    left join interventions i on i.tenant_id = al.tenant_id and i.id = al.intervention_id
    left join local_groups g on g.tenant_id = al.tenant_id and g.id = al.local_group_id
    where al.tenant_id = ${tenantId} and al.actual_id = any(${actualIds as string[]}::uuid[])
    order by al.actual_id, kind, "targetName"`;
  return rows.map((row) => ({ ...row, amount: oreFromDb(row.amount) }));
}

export interface AllocationTargetOption {
  kind: AllocationTargetKind;
  id: string;
  name: string;
}

/** What a split may name: the förbund's interventions (not archived) and local groups. */
export async function allocationTargets(
  tx: TransactionSql,
  tenantId: string,
): Promise<AllocationTargetOption[]> {
  const rows = await tx<AllocationTargetOption[]>`
    select 'intervention' as kind, id, name from interventions
    where tenant_id = ${tenantId} and archived_at is null
    union all
    select 'localGroup' as kind, id, name from local_groups where tenant_id = ${tenantId}
    order by kind, name`;
  return [...rows];
}
