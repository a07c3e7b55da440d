/**
 * Writing CSV, once for every export (the förbund's data export on the server, the national
 * tables in the browser). Reading CSV is papaparse's job (the web app's import, loaded lazily).
 *
 * Every text cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, so a file opened in Excel can't execute what someone typed
 * into a name field (OWASP "CSV injection"). Plain numbers, negative ones included, stay numbers.
 */
export interface CsvOptions {
  /** `,` (RFC 4180) or `;` (what Swedish Excel reads). */
  separator: ',' | ';';
  /** Numbers with a decimal comma (Swedish Excel), else a point. */
  decimalComma?: boolean;
  /** A UTF-8 byte order mark first, so Excel reads å, ä, ö right. */
  byteOrderMark?: boolean;
}

export type CsvValue = string | number | boolean | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^-?\d+([.,]\d+)?$/;

/** Text a spreadsheet would run as a formula, with a leading apostrophe; anything else as it is. */
export const guardFormula = (text: string): string =>
  formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;

/** One cell as CSV text: formula-guarded, quoted where the separator, a quote or a line break needs it. */
function csvCell(value: CsvValue, options: CsvOptions): string {
  if (value === null || value === undefined) return '';
  let text =
    typeof value === 'number'
      ? options.decimalComma
        ? String(value).replace('.', ',')
        : String(value)
      : String(value);
  if (typeof value === 'string') text = guardFormula(text);
  const needsQuotes = text.includes(options.separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows (the first usually the header) as CSV text, CRLF line ends. */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions): string {
  const body = rows.map((row) => row.map((value) => csvCell(value, options)).join(options.separator));
  return `${options.byteOrderMark ? '\ufeff' : ''}${body.join('\r\n')}\r\n`;
}
