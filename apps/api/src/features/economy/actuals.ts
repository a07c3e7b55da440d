import { recordAudit, type TransactionSql } from '@samsyn/db';
import {
  type ActualSaveInput,
  type ActualsImportError,
  type ActualsPeriod,
  type BudgetLineKind,
  DomainError,
  formatActualsPeriod,
  type Ore,
  parseActualsPeriod,
  periodsOverlap,
  sumOre,
  toStoredPeriod,
  validateActualsImport,
} from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import { ensureFiscalYear, isForeignKeyViolation, loadActuals, loadChart } from './economy-store.ts';

export interface ActualView {
  id: string;
  period: string;
  lineCode: string;
  lineName: string;
  lineKind: BudgetLineKind;
  amount: Ore;
  note: string | null;
  version: number;
}

export interface ActualsList {
  year: number;
  actuals: ActualView[];
  /** Lines actuals can be booked on (the chart's top level). */
  lines: { code: string; name: string; kind: BudgetLineKind }[];
}

/** A year's actuals per line and period. Any member of the förbund. */
export async function listActuals(tx: TransactionSql, tenantId: string, year: number): Promise<ActualsList> {
  const [rows, chart] = await Promise.all([loadActuals(tx, tenantId, year), loadChart(tx, tenantId)]);
  return {
    year,
    actuals: rows.map((row) => ({
      id: row.id,
      period: formatActualsPeriod(row.period),
      lineCode: row.lineCode,
      lineName: row.lineName,
      lineKind: row.lineKind,
      amount: row.amount,
      note: row.note,
      version: row.version,
    })),
    lines: chart
      .filter((line) => line.parentId === null)
      .map((line) => ({ code: line.code, name: line.name, kind: line.kind })),
  };
}

interface ExistingActual {
  id: string;
  lineId: string;
  period: ActualsPeriod;
  amount: Ore;
  version: number;
}

async function existingActuals(
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

async function writeActual(
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

const samePeriod = (a: ActualsPeriod, b: ActualsPeriod) => formatActualsPeriod(a) === formatActualsPeriod(b);

/**
 * Enters or corrects one actual (a line's amount for a period). `version: null` adds it (refused
 * if the line already has that period); otherwise the version must be the one shown. Refused when
 * the period overlaps another period of the same line (a month inside a booked half-year).
 * Editors and admins; audited.
 */
export async function saveActual(
  tx: TransactionSql,
  tenantId: string,
  input: ActualSaveInput,
): Promise<ActualView> {
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
  const saved = (await listActuals(tx, tenantId, period.year)).actuals.find((row) => row.id === id);
  if (!saved) throw new Error('saved actual not found');
  return saved;
}

/** Removes one actual. Editors and admins; optimistic concurrency; audited. */
export async function deleteActual(
  tx: TransactionSql,
  tenantId: string,
  input: { id: string; expectedVersion: number },
): Promise<{ id: string }> {
  const [before] = await tx<{ amount: string; year: number }[]>`
    select amount_ore::text as amount, year from actuals where tenant_id = ${tenantId} and id = ${input.id}`;
  if (!before) staleOrMissing('actual', false);
  try {
    const deleted = await tx.savepoint(
      (
        sp,
      ) => sp`delete from actuals where tenant_id = ${tenantId} and id = ${input.id} and version = ${input.expectedVersion}
                 returning 1`,
    );
    if (deleted.length === 0) staleOrMissing('actual', true);
  } catch (error) {
    // A breakdown per intervention points at this actual: remove that first.
    if (isForeignKeyViolation(error)) throw new DomainError('CONFLICT', 'actuals.hasBreakdown');
    throw error;
  }
  await recordAudit(tx, { action: 'actual.delete', entity: 'actual', entityId: input.id, before });
  return { id: input.id };
}

export interface ImportPreviewRow {
  rowNumber: number;
  period: string;
  lineCode: string;
  lineName: string;
  amount: Ore;
  /** The amount already entered for the line and period, which the import replaces. */
  replaces: Ore | null;
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
  tx: TransactionSql,
  tenantId: string,
  input: { rows: string[][] },
): Promise<ImportPreview> {
  const chart = (await loadChart(tx, tenantId)).filter((line) => line.parentId === null);
  const result = validateActualsImport({ rows: input.rows, lines: chart });
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

/**
 * Imports an actuals file: all rows or none. The file is checked again exactly as in the preview;
 * any error refuses the whole file (`import.invalid`) and nothing is written. Each row adds the
 * actual or replaces the one entered for that line and period. Editors and admins; audited once
 * for the file, with its rows.
 */
export async function commitActualsImport(
  tx: TransactionSql,
  tenantId: string,
  input: { rows: string[][]; fileName?: string | undefined },
): Promise<{ imported: number; total: Ore; replaced: number }> {
  const preview = await previewActualsImport(tx, tenantId, input);
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
    await writeActual(tx, tenantId, { lineId: line.id, period, amount: row.amount, note: null }, same);
  }
  await recordAudit(tx, {
    action: 'actuals.import',
    entity: 'actual',
    after: {
      fileName: input.fileName ?? null,
      rows: preview.rows.map(({ period, lineCode, amount, replaces }) => ({
        period,
        lineCode,
        amount,
        replaces,
      })),
    },
  });
  return { imported: preview.rows.length, total: preview.total, replaced: preview.replacing };
}
