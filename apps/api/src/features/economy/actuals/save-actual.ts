import { recordAudit } from '@samsyn/db';
import { type ActualSaveInput, DomainError, parseActualsPeriod, periodsOverlap } from '@samsyn/domain';
import { staleOrMissing } from '../../concurrency.ts';
import type { TenantCtx } from '../../verb-context.ts';
import { loadChart } from '../economy-store.ts';
import { type ActualView, listActuals } from './list-actuals.ts';
import { existingActuals, samePeriod, writeActual } from './stored-actual.ts';

/**
 * Enters or corrects one actual (a line's amount for a period). `expectedVersion: null` adds it (refused
 * if the line already has that period); otherwise the version must be the one shown. Refused when
 * the period overlaps another period of the same line (a month inside a booked half-year).
 * Editors and admins; audited.
 */
export async function saveActual(ctx: TenantCtx, input: ActualSaveInput): Promise<ActualView> {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const period = parseActualsPeriod(input.period);
  if (!period) throw new DomainError('INVALID', 'import.invalidPeriod');
  const line = (await loadChart(tx, tenantId)).find(
    (candidate) => candidate.parentId === null && candidate.code === input.lineCode,
  );
  if (!line) throw new DomainError('NOT_FOUND', 'actuals.unknownLine');
  const others = (await existingActuals(tx, tenantId, [period.year])).filter((row) => row.lineId === line.id);
  const existing = others.find((row) => samePeriod(row.period, period));
  if (input.expectedVersion === null && existing) throw new DomainError('CONFLICT', 'actuals.exists');
  if (input.expectedVersion !== null && (!existing || existing.version !== input.expectedVersion))
    staleOrMissing('actual', existing !== undefined);
  if (others.some((row) => row !== existing && periodsOverlap(row.period, period)))
    throw new DomainError('INVALID', 'actuals.overlappingPeriod');

  const id = await writeActual(
    tx,
    tenantId,
    { lineId: line.id, period, amount: input.amount, note: input.note },
    existing,
  );
  await recordAudit(tx, {
    action: existing ? 'actual.update' : 'actual.create',
    entity: 'actual',
    entityId: id,
    before: existing ? { amount: existing.amount } : null,
    after: { period: input.period, lineCode: input.lineCode, amount: input.amount, note: input.note },
  });
  const saved = (await listActuals(ctx, { year: period.year })).actuals.find((row) => row.id === id);
  if (!saved) throw new Error('saved actual not found');
  return saved;
}
