import { guardFormula } from '@samsyn/domain';

/**
 * The cells of the Excel workbook, independent of the library that writes them, so the sheet
 * builders are plain data a unit test can read: text, a count, kronor, a share, a day or a moment.
 */
export type WorkbookCell =
  | string
  | number
  | null
  | { kronor: number }
  | { share: number }
  | { date: string }
  | { dateTime: string };

export interface WorkbookSheet {
  /** The sheet's Swedish name (Excel allows 31 characters). */
  name: string;
  /** The first row is the header. */
  rows: WorkbookCell[][];
  /** Approximate column widths, in characters. */
  widths: number[];
}

/**
 * A text cell as the workbook stores it, by the CSV writer's rule (`guardFormula`). The writer
 * stores text as text, but a cell that starts with "=" becomes a formula the moment someone edits
 * it in Excel, and other programs importing the sheet may run it at once (OWASP "CSV injection").
 */
export const textCell = (value: string): string => guardFormula(value);

/** Öre as a kronor cell: the exact amount (öre / 100), shown as "# ##0 kr". */
export const kronorCell = (ore: number | null | undefined): WorkbookCell =>
  ore === null || ore === undefined ? null : { kronor: ore / 100 };

/** An ISO day ("2026-03-31") as a date cell; empty stays empty. */
export const dateCell = (iso: string | null | undefined): WorkbookCell => (iso ? { date: iso } : null);

/** An optional text: empty when there is none. */
export const optionalText = (value: string | null | undefined): WorkbookCell =>
  value === null || value === undefined || value === '' ? null : textCell(value);

/** The Excel number formats: Swedish Excel shows the "," group separator as a space. */
export const formats = {
  kronor: '#,##0 "kr"',
  count: '#,##0',
  share: '0.0%',
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
} as const;

/** "2026-03-31" as midnight UTC, which Excel reads as that day whatever the zone. */
export const utcDay = (iso: string): Date => {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
};

const stockholm = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * An instant as the wall-clock time in Sweden, carried in a UTC Date: Excel has no time zones,
 * so the cell must hold the time a Swedish reader expects to see (12:12, not 11:12 UTC).
 */
export function swedishWallClock(instant: string): Date {
  const parts = Object.fromEntries(
    stockholm.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]),
  );
  return new Date(
    Date.UTC(
      parts.year ?? 1970,
      (parts.month ?? 1) - 1,
      parts.day ?? 1,
      parts.hour ?? 0,
      parts.minute ?? 0,
      parts.second ?? 0,
    ),
  );
}
