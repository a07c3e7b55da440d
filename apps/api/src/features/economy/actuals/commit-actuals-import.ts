import { recordAudit } from '@samsyn/db';
import { DomainError, type Ore, parseActualsPeriod } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { loadChart } from '../economy-store.ts';
import { previewActualsImport } from './preview-actuals-import.ts';
import { existingActuals, replaceAllocations, samePeriod, writeActual } from './stored-actual.ts';

/**
 * Imports an actuals file: all rows or none. The file is checked again exactly as in the preview;
 * any error refuses the whole file (`import.invalid`) and nothing is written. Each row adds the
 * actual or replaces the one entered for that line and period. Editors and admins; audited once
 * for the file, with its rows.
 */
export async function commitActualsImport(
  ctx: TenantCtx,
  input: { rows: string[][]; fileName?: string | undefined },
): Promise<{ imported: number; total: Ore; replaced: number }> {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const preview = await previewActualsImport(ctx, input);
  if (!preview.ok) throw new DomainError('INVALID', 'import.invalid', { count: preview.errors.length });
  const chart = (await loadChart(tx, tenantId)).filter((line) => line.parentId === null);
  const byCode = new Map(chart.map((line) => [line.code, line]));
  const existing = await existingActuals(
    tx,
    tenantId,
    preview.rows.map((row) => Number(row.period.slice(0, 4))),
  );
  for (const row of preview.rows) {
    const line = byCode.get(row.lineCode);
    const period = parseActualsPeriod(row.period);
    if (!line || !period) throw new Error('previewed row no longer resolves');
    const same = existing.find((other) => other.lineId === line.id && samePeriod(other.period, period));
    const id = await writeActual(
      tx,
      tenantId,
      { lineId: line.id, period, amount: row.amount, note: null },
      same,
    );
    // Issue 19: a file that says which interventions the actual went to replaces its split.
    if (row.allocations) await replaceAllocations(tx, tenantId, id, row.allocations);
  }
  await recordAudit(tx, {
    action: 'actuals.import',
    entity: 'actual',
    after: {
      fileName: input.fileName ?? null,
      rows: preview.rows.map(({ period, lineCode, amount, replaces, allocations }) => ({
        period,
        lineCode,
        amount,
        replaces,
        ...(allocations
          ? {
              allocations: allocations.map(({ interventionId, amount: part }) => ({
                interventionId,
                amount: part,
              })),
            }
          : {}),
      })),
    },
  });
  return { imported: preview.rows.length, total: preview.total, replaced: preview.replacing };
}
