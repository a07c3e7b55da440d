import type { Ore } from '../money/ore.ts';
import { parseKronor } from '../money/parse-kronor.ts';
import { checkAllocationSplit } from './allocation.ts';
import type { CostKind } from './line-kind.ts';

/**
 * A period an actual is booked on. Written in a file as:
 * - `2019-06` — a month;
 * - `2019-H1`, `2019-H2` (also `2019 H1`, lower-case h) — a half-year;
 * - `2019` — the whole year.
 */
export type ActualsPeriod =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'year'; year: number };

export interface ActualsRow {
  /** The row's number in the file, the header being row 1 (as a spreadsheet shows it). */
  rowNumber: number;
  period: ActualsPeriod;
  lineCode: string;
  amount: Ore;
  /**
   * Issue 19: the parts of the amount the file's optional "Insats" column puts on interventions.
   * Rows of one line and period that name different interventions add up to one actual. Absent
   * when no row of the actual names an intervention.
   */
  allocations?: { interventionId: string; amount: Ore }[];
}

export type ActualsImportColumn = 'period' | 'line' | 'amount' | 'intervention';

export interface ActualsImportError {
  /** The row's number in the file (header = 1). */
  row: number;
  column: ActualsImportColumn | null;
  /** Stable key: `import.*`, or the `money.*` key of an unreadable amount. */
  key: string;
  /** The offending cell, to show beside the message. */
  value?: string;
}

export type ActualsImportResult =
  | { ok: true; rows: ActualsRow[] }
  | { ok: false; errors: ActualsImportError[] };

/** Header names recognised per column, lower-case; Swedish first. */
const actualsImportHeaders: Record<ActualsImportColumn, readonly string[]> = {
  period: ['period', 'månad'],
  line: ['rad', 'budgetrad', 'kod', 'konto', 'line', 'code'],
  amount: ['belopp', 'utfall', 'amount'],
  intervention: ['insats', 'intervention'],
};

export const MAX_IMPORT_ROWS = 10_000;

/** Reads a period cell; `null` when it is none of the defined forms. */
export function parseActualsPeriod(text: string): ActualsPeriod | null {
  const value = text.trim();
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (month) return { kind: 'month', year: Number(month[1]), month: Number(month[2]) };
  const half = /^(\d{4})[- ]?[hH]([12])$/.exec(value);
  if (half) return { kind: 'half', year: Number(half[1]), half: half[2] === '1' ? 1 : 2 };
  if (/^\d{4}$/.test(value)) return { kind: 'year', year: Number(value) };
  return null;
}

/** The first and last day of a period, as ISO dates. */
export function actualsPeriodRange(period: ActualsPeriod): { from: string; to: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  const [firstMonth, lastMonth] =
    period.kind === 'month'
      ? [period.month, period.month]
      : period.kind === 'half'
        ? [period.half * 6 - 5, period.half * 6]
        : [1, 12];
  return {
    from: `${period.year}-${pad(firstMonth)}-01`,
    to: `${period.year}-${pad(lastMonth)}-${pad(lastDay(period.year, lastMonth))}`,
  };
}

const periodKey = (period: ActualsPeriod) =>
  period.kind === 'month'
    ? `${period.year}-${period.month}`
    : period.kind === 'half'
      ? `${period.year}-H${period.half}`
      : `${period.year}`;

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');

/**
 * Validates actuals (utfall) read from a CSV or xlsx file into string cells: a header row naming the
 * columns period, line (the budget line's code or name) and amount (Swedish format, "1 234 567,50"),
 * then one row per actual. Blank rows are skipped. Every problem is reported with its row, column
 * and a stable key, and the file is accepted whole or not at all — a half-imported file would leave
 * the operating statement wrong without anyone noticing.
 */
export function validateActualsImport(input: {
  rows: readonly (readonly string[])[];
  lines: readonly { code: string; name: string; costKind?: CostKind | null }[];
  /** What an "Insats" cell may name (by name or id); without the column, unused. */
  interventions?: readonly { id: string; name: string }[];
}): ActualsImportResult {
  const [header, ...body] = input.rows;
  if (!header || body.every(isBlank))
    return { ok: false, errors: [{ row: 1, column: null, key: 'import.empty' }] };
  if (body.length > MAX_IMPORT_ROWS)
    return { ok: false, errors: [{ row: 1, column: null, key: 'import.tooManyRows' }] };

  const headerNames = header.map(normalise);
  const columnIndex = {} as Record<ActualsImportColumn, number>;
  const errors: ActualsImportError[] = [];
  for (const column of ['period', 'line', 'amount'] as const) {
    const index = headerNames.findIndex((name) => actualsImportHeaders[column].includes(name));
    if (index === -1) errors.push({ row: 1, column, key: 'import.missingColumn' });
    columnIndex[column] = index;
  }
  if (errors.length > 0) return { ok: false, errors };
  const interventionIndex = headerNames.findIndex((name) => actualsImportHeaders.intervention.includes(name));
  const interventionsByName = new Map<string, string[]>();
  for (const intervention of input.interventions ?? []) {
    for (const key of [normalise(intervention.name), normalise(intervention.id)])
      interventionsByName.set(key, [...(interventionsByName.get(key) ?? []), intervention.id]);
  }
  const fundsLines = new Set(
    input.lines.filter((line) => line.costKind === 'interventionFunds').map((line) => line.code),
  );

  const byCode = new Map(input.lines.map((line) => [normalise(line.code), line.code]));
  const byName = new Map<string, string[]>();
  for (const line of input.lines)
    byName.set(normalise(line.name), [...(byName.get(normalise(line.name)) ?? []), line.code]);

  const rows: ActualsRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (isBlank(cells)) return;
    const cell = (column: ActualsImportColumn) => cells[columnIndex[column]] ?? '';

    const period = parseActualsPeriod(cell('period'));
    if (!period)
      errors.push({ row: rowNumber, column: 'period', key: 'import.invalidPeriod', value: cell('period') });

    const lineText = normalise(cell('line'));
    const codes = byCode.has(lineText) ? [byCode.get(lineText) as string] : (byName.get(lineText) ?? []);
    if (lineText === '') errors.push({ row: rowNumber, column: 'line', key: 'import.lineMissing' });
    else if (codes.length === 0)
      errors.push({ row: rowNumber, column: 'line', key: 'import.unknownLine', value: cell('line') });
    else if (codes.length > 1)
      errors.push({ row: rowNumber, column: 'line', key: 'import.ambiguousLine', value: cell('line') });

    const amount = parseKronor(cell('amount'));
    if (!amount.ok)
      errors.push({ row: rowNumber, column: 'amount', key: amount.error, value: cell('amount') });

    const lineCode = codes.length === 1 ? codes[0] : undefined;
    const interventionText = interventionIndex === -1 ? '' : (cells[interventionIndex] ?? '');
    let interventionId: string | null = null;
    if (interventionText.trim() !== '') {
      const ids = interventionsByName.get(normalise(interventionText)) ?? [];
      const value = interventionText;
      if (ids.length === 0)
        errors.push({ row: rowNumber, column: 'intervention', key: 'import.unknownIntervention', value });
      else if (ids.length > 1)
        errors.push({ row: rowNumber, column: 'intervention', key: 'import.ambiguousIntervention', value });
      else if (lineCode !== undefined && !fundsLines.has(lineCode))
        errors.push({ row: rowNumber, column: 'intervention', key: 'import.interventionNotFunds', value });
      else interventionId = ids[0] ?? null;
    }

    if (period && lineCode !== undefined && amount.ok) {
      // One actual per line and period; with an "Insats" column, one row per intervention of it.
      const key = `${periodKey(period)}|${lineCode}|${interventionId ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({ row: rowNumber, column: null, key: 'import.duplicateRow', value: String(first) });
      } else {
        seen.set(key, rowNumber);
        const actual = rows.find(
          (row) => row.lineCode === lineCode && periodKey(row.period) === periodKey(period),
        );
        const part = interventionId ? [{ interventionId, amount: amount.value }] : [];
        if (actual) {
          actual.amount = (actual.amount + amount.value) as Ore;
          if (part.length > 0) actual.allocations = [...(actual.allocations ?? []), ...part];
        } else
          rows.push({
            rowNumber,
            period,
            lineCode,
            amount: amount.value,
            ...(part.length > 0 ? { allocations: part } : {}),
          });
      }
    }
  });
  for (const row of rows) {
    if (row.allocations && checkAllocationSplit(row.amount, row.allocations) !== null)
      errors.push({ row: row.rowNumber, column: 'intervention', key: 'import.allocationSign' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
