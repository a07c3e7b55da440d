import { type CsvValue, toCsv as writeCsv } from '@samsyn/domain';

/**
 * One table of the förbund's data export as CSV (RFC 4180, comma, CRLF), through the domain's one
 * CSV writer (formula cells defused). Database values become text here: dates as ISO, bytes as
 * hex, objects as JSON.
 */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return writeCsv([columns, ...rows.map((row) => columns.map((column) => asCell(row[column])))], {
    separator: ',',
  });
}

function asCell(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('hex');
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'bigint') return value.toString();
  return value as CsvValue;
}
