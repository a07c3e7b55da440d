import { DomainError, type Ore, unallocatedOf } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import {
  type AllocatableActual,
  type AllocationTargetOption,
  allocationTargets,
  findActual,
  interventionFundsActuals,
  loadAllocations,
  type StoredAllocation,
} from './allocation-store.ts';

export interface ActualAllocations extends AllocatableActual {
  rows: Omit<StoredAllocation, 'actualId'>[];
  /** "Ej fördelat": the actual less its allocations. */
  unallocated: Ore;
}

const withRows = (actual: AllocatableActual, allocations: StoredAllocation[]): ActualAllocations => {
  const rows = allocations
    .filter((row) => row.actualId === actual.id)
    .map(({ actualId: _actualId, ...row }) => row);
  return { ...actual, rows, unallocated: unallocatedOf(actual.amount, rows) };
};

/**
 * One intervention-funds actual with its split and what it may be split on (the editor's data).
 * Any member of the förbund; NOT_FOUND for an actual of another förbund or of another kind of line.
 */
export async function getActualAllocations(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  { actualId }: { actualId: string },
): Promise<{ actual: ActualAllocations; targets: AllocationTargetOption[] }> {
  const actual = await findActual(tx, tenantId, actualId);
  if (!actual || actual.costKind !== 'interventionFunds' || actual.parentId !== null)
    throw new DomainError('NOT_FOUND', 'notFound', { entity: 'actual' });
  const [allocations, targets] = await Promise.all([
    loadAllocations(tx, tenantId, [actual.id]),
    allocationTargets(tx, tenantId),
  ]);
  return { actual: withRows(actual, allocations), targets };
}

/** A year's intervention-funds actuals, each with its split. Any member of the förbund. */
export async function listYearAllocations(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  { year }: { year: number },
): Promise<{ year: number; actuals: ActualAllocations[] }> {
  const actuals = await interventionFundsActuals(tx, tenantId, year);
  const allocations = await loadAllocations(
    tx,
    tenantId,
    actuals.map((actual) => actual.id),
  );
  return { year, actuals: actuals.map((actual) => withRows(actual, allocations)) };
}
