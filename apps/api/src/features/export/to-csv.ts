/**
 * One CSV table (RFC 4180, comma, CRLF). Cells that a spreadsheet would run as a formula
 * (starting with = + - @) get a leading apostrophe, so an export opened in Excel can't execute
 * anything someone typed into a name field.
 */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const lines = [
    columns.map(cell).join(','),
    ...rows.map((row) => columns.map((c) => cell(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text =
    value instanceof Date
      ? value.toISOString()
      : Buffer.isBuffer(value)
        ? value.toString('hex')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+([.,]\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
