import {
  formats,
  swedishWallClock,
  utcDay,
  type WorkbookCell,
  type WorkbookSheet,
} from './workbook-cells.ts';

/** One workbook cell as write-excel-file wants it; the header row (the first) is bold. */
export function xlsxCell(cell: WorkbookCell, isHeader: boolean) {
  if (cell === null) return null;
  if (typeof cell === 'string')
    return { value: cell, type: String, wrap: true, ...(isHeader ? { fontWeight: 'bold' as const } : {}) };
  if (typeof cell === 'number') return { value: cell, type: Number, format: formats.count };
  if ('kronor' in cell) return { value: cell.kronor, type: Number, format: formats.kronor };
  if ('share' in cell) return { value: cell.share, type: Number, format: formats.share };
  if ('date' in cell) return { value: utcDay(cell.date), type: Date, format: formats.date };
  return { value: swedishWallClock(cell.dateTime), type: Date, format: formats.dateTime };
}

/**
 * Writes the sheets to one .xlsx file and hands it to the browser as a download. The library is
 * loaded here, when the button is pressed, so it never weighs on a page load (as the other exports).
 */
export async function downloadWorkbook(fileName: string, sheets: WorkbookSheet[]): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  await writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheet.name,
      data: sheet.rows.map((row, index) => row.map((cell) => xlsxCell(cell, index === 0))),
      columns: sheet.widths.map((width) => ({ width })),
      stickyRowsCount: 1,
    })),
  ).toFile(fileName);
}
