import { toCsv } from '@samsyn/domain';
import { formatNumber, formatShare } from '../../lib/format.ts';

/** A published figure from the API: a number, ".." when withheld, null when nothing was reported. */
export type Figure = number | '..' | null;

export type KpiUnit = 'kr' | 'percent' | 'count' | 'kr_per_participant';

/** A figure in sv-SE with its unit: `1 234 567 kr`, `43,2 %` (the app's one share rule), `..`, `–`. */
export function formatFigure(value: Figure | undefined, unit: KpiUnit): string {
  if (value === '..') return '..';
  if (value === null || value === undefined) return '–';
  switch (unit) {
    case 'kr':
    case 'kr_per_participant':
      return `${formatNumber(Math.round(value))} kr`;
    case 'percent':
      return formatShare(value);
    default:
      return formatNumber(value);
  }
}

/** The same figure for a spreadsheet: a plain number (or ".." / empty). */
export function figureCell(value: Figure | undefined): string | number | null {
  if (value === '..') return '..';
  return value ?? null;
}

/**
 * Downloads rows as CSV the way Swedish Excel reads it (semicolons, decimal comma, BOM), through
 * the domain's one CSV writer, which defuses cells Excel would run as formulas.
 */
export function downloadCsv(fileName: string, rows: (string | number | null)[][]): void {
  const csv = toCsv(rows, { separator: ';', decimalComma: true, byteOrderMark: true });
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** Downloads rows as .xlsx, with the economy pages' lazily loaded writer. */
export async function downloadExcel(fileName: string, sheet: string, rows: (string | number | null)[][]) {
  const { downloadXlsx } = await import('../economy/table-file.ts');
  await downloadXlsx(fileName, sheet, rows, rows[0]?.map(() => 18) ?? []);
}
