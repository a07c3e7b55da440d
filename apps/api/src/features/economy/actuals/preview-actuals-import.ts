import {
  type ActualsImportError,
  formatActualsPeriod,
  type Ore,
  periodsOverlap,
  sumOre,
  validateActualsImport,
} from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { loadChart } from '../economy-store.ts';
import { existingActuals, samePeriod } from './stored-actual.ts';

export interface ImportPreviewRow {
  rowNumber: number;
  period: string;
  lineCode: string;
  lineName: string;
  amount: Ore;
  /** The amount already entered for the line and period, which the import replaces. */
  replaces: Ore | null;
  /** Issue 19: the parts the file's "Insats" column puts on interventions (absent without any). */
  allocations?: { interventionId: string; interventionName: string; amount: Ore }[];
}

export type ImportPreview =
  | { ok: true; rows: ImportPreviewRow[]; total: Ore; replacing: number }
  | { ok: false; errors: ActualsImportError[] };

/**
 * Checks an actuals file read into text cells (the browser reads CSV and .xlsx; the server checks
 * every cell again): the domain's row checks, and that no period overlaps another of the same
 * line, in the file or already entered. Editors and admins; writes nothing.
 */
export async function previewActualsImport(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { rows: string[][] },
): Promise<ImportPreview> {
  const chart = (await loadChart(tx, tenantId)).filter((line) => line.parentId === null);
  const interventions = await tx<{ id: string; name: string }[]>`
    select id, name from interventions where tenant_id = ${tenantId} and archived_at is null`;
  const nameOf = new Map(interventions.map((intervention) => [intervention.id, intervention.name]));
  const result = validateActualsImport({ rows: input.rows, lines: chart, interventions });
  if (!result.ok) return { ok: false, errors: result.errors };

  const byCode = new Map(chart.map((line) => [line.code, line]));
  const existing = await existingActuals(
    tx,
    tenantId,
    result.rows.map((row) => row.period.year),
  );
  const errors: ActualsImportError[] = [];
  const rows: ImportPreviewRow[] = [];
  result.rows.forEach((row, index) => {
    const line = byCode.get(row.lineCode);
    if (!line) return;
    const inFile = result.rows
      .slice(0, index)
      .find((other) => other.lineCode === row.lineCode && periodsOverlap(other.period, row.period));
    const sameLine = existing.filter((other) => other.lineId === line.id);
    const same = sameLine.find((other) => samePeriod(other.period, row.period));
    const overlapping = sameLine.find(
      (other) => !samePeriod(other.period, row.period) && periodsOverlap(other.period, row.period),
    );
    if (inFile) {
      errors.push({
        row: row.rowNumber,
        column: 'period',
        key: 'import.overlapInFile',
        value: String(inFile.rowNumber),
      });
    } else if (overlapping) {
      errors.push({
        row: row.rowNumber,
        column: 'period',
        key: 'import.overlapsEntered',
        value: formatActualsPeriod(overlapping.period),
      });
    }
    rows.push({
      rowNumber: row.rowNumber,
      period: formatActualsPeriod(row.period),
      lineCode: line.code,
      lineName: line.name,
      amount: row.amount,
      replaces: same ? same.amount : null,
      ...(row.allocations
        ? {
            allocations: row.allocations.map((part) => ({
              ...part,
              interventionName: nameOf.get(part.interventionId) ?? '',
            })),
          }
        : {}),
    });
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    rows,
    total: sumOre(rows.map((row) => row.amount)),
    replacing: rows.filter((row) => row.replaces !== null).length,
  };
}
