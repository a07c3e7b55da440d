/** A cell of an exported sheet: text, a number (counts, kronor) or empty. */
export type ExportCell = string | number | null;

/**
 * Writes one sheet to an .xlsx file and hands it to the browser as a download. The library is
 * loaded only here, on the first export, so it never weighs on the first page load. The first row
 * is bold (headings); amounts are exported as numbers in kronor with Swedish thousands grouping.
 */
export async function exportXlsx(fileName: string, sheet: string, rows: readonly (readonly ExportCell[])[]) {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = rows.map((row, rowIndex) =>
    row.map((value) =>
      value === null
        ? null
        : typeof value === 'number'
          ? { value, type: Number, format: Number.isInteger(value) ? '#,##0' : '#,##0.00' }
          : { value, type: String, ...(rowIndex === 0 ? { fontWeight: 'bold' as const } : {}), wrap: true },
    ),
  );
  // Excel caps sheet names at 31 characters.
  await writeXlsxFile(data, { sheet: sheet.slice(0, 31) }).toFile(fileName);
}

/** Öre as kronor for a spreadsheet cell (a number, so the sheet can sum it). */
export const kronorCell = (ore: number | null | undefined): ExportCell =>
  ore === null || ore === undefined ? null : ore / 100;
