/**
 * Reading and writing spreadsheet files in the browser. The .xlsx libraries (read-excel-file and
 * write-excel-file, both small and built on fflate) and the CSV parser (papaparse) are imported
 * lazily, so only the pages that import or export pay for them — never the first page load.
 *
 * Files are PARSED here into text cells and the API validates every cell again with the domain's
 * `validateActualsImport`: the server never unzips an uploaded file (no zip bombs or parser bugs on
 * the server), the request is plain JSON the size of the data, and the checks that matter run where
 * the browser cannot skip them.
 */

/** A cell as text, the way the import rules read it: numbers with a decimal comma, dates as months. */
export function cellToText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (value instanceof Date) {
    // Excel turns "2019-06" into a date; the import takes a date as its month.
    return `${value.getUTCFullYear()}-${String(value.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * Splits CSV text into rows of text cells with papaparse (loaded here, on demand): the separator
 * as the file has it (Swedish Excel writes semicolons), quotes as RFC 4180, a BOM ignored, empty
 * lines skipped. Every cell stays text; the import rules read the numbers.
 */
export async function parseCsv(text: string): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: true,
  });
  return parsed.data;
}

/** Reads the first sheet of an .xlsx file, or a CSV file, into rows of text cells. */
export async function readTableFile(file: File): Promise<string[][]> {
  const isXlsx = /\.xlsx$/i.test(file.name) || file.type.includes('spreadsheetml');
  if (!isXlsx) return await parseCsv(await file.text());
  const { readSheet } = await import('read-excel-file/browser');
  const rows = await readSheet(file);
  return rows.map((row) => row.map(cellToText));
}

export type XlsxCell =
  | string
  | number
  | null
  | { value: string | number; bold?: boolean; isMoney?: boolean; isPercent?: boolean };

/**
 * Writes one sheet and lets the browser download it. Money cells are numbers formatted "# ##0";
 * percentages are numbers (0.275) formatted "0.0%", so Excel can compute with them.
 */
export async function downloadXlsx(fileName: string, sheet: string, rows: XlsxCell[][], widths: number[]) {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = rows.map((row) =>
    row.map((cell) => {
      if (cell === null || typeof cell !== 'object') return cell === null ? null : { value: cell };
      return {
        value: cell.value,
        ...(cell.bold ? { fontWeight: 'bold' as const } : {}),
        ...(cell.isMoney ? { format: '#,##0' } : {}),
        ...(cell.isPercent ? { format: '0.0%' } : {}),
      };
    }),
  );
  await writeXlsxFile(data, {
    sheet: sheet.slice(0, 31),
    columns: widths.map((width) => ({ width })),
  }).toFile(fileName);
}
