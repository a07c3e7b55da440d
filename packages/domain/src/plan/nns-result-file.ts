/**
 * Reading NNS's result file (one year's results of a förbund, exported from NNS's survey tool as
 * .xlsx or CSV) from the table of cells the browser has read: one row per question and scope,
 * columns Enkät, Fråga, Omfattning, Antal svar, Resultat and (optionally) Riket. Pure: the
 * browser reads the cells with its xlsx/CSV reader and hands them here; the API checks the rows
 * again (`checkNnsRows`), so nothing here is trusted.
 */

/** A cell as the readers hand it: text, a number (xlsx), or nothing. */
export type NnsCell = string | number | null | undefined;

export interface NnsFileRow {
  /** The row's number in the file (1-based, header included), for messages. */
  row: number;
  questionnaire: string;
  question: string;
  /** "Förbundet", "Insats: <namn>" or "Lokal samverkansgrupp: <namn>". */
  scope: string;
  n: number;
  /** Mean score as decimal text with a point ('7.4'), exact. */
  value: string;
  nationalValue: string | null;
}

export type NnsFileColumn = 'questionnaire' | 'question' | 'scope' | 'n' | 'value' | 'nationalValue';

export type NnsFileProblem =
  | { kind: 'noHeader'; missing: NnsFileColumn[] }
  | { kind: 'noRows' }
  | { kind: 'cell'; row: number; column: NnsFileColumn; reason: 'missing' | 'badNumber' | 'badCount' };

/** The header words NNS's exports use for each column (compared case-insensitively). */
const headerWords: Readonly<Record<NnsFileColumn, readonly string[]>> = {
  questionnaire: ['enkät', 'enkat', 'respondentgrupp'],
  question: ['fråga', 'fraga', 'påstående', 'indikator'],
  scope: ['omfattning', 'avser'],
  n: ['antal svar', 'antal', 'n'],
  value: ['resultat', 'medelvärde', 'värde'],
  nationalValue: ['riket', 'nationellt', 'jämförelsetal riket'],
};
const requiredColumns: readonly NnsFileColumn[] = ['questionnaire', 'question', 'scope', 'n', 'value'];

/** At most this many rows are looked at for the header (NNS puts a title and the year above it). */
const HEADER_SEARCH_ROWS = 10;
export const MAX_NNS_FILE_ROWS = 2000;

/** Every run of white space (line breaks in a wrapped cell, no-break spaces) as one space, trimmed. */
export const normaliseNnsText = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

const cellText = (cell: NnsCell): string =>
  cell === null || cell === undefined ? '' : normaliseNnsText(String(cell));

/**
 * A score cell as exact decimal text with a point: '7,4', '7.4' and the xlsx number 7.4 all give
 * '7.4'. At most two decimals (NNS publishes one); anything else is null. Never rounded: a value
 * with more decimals is refused rather than changed.
 */
export function decimalTextOf(cell: NnsCell): string | null {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return null;
    return decimalTextOf(String(cell));
  }
  const text = cellText(cell);
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const [, whole = '', fraction] = match;
  return fraction ? `${Number(whole)}.${fraction}` : String(Number(whole));
}

/** A count cell ("Antal svar") as a whole number ≥ 0, spaces as thousands separators allowed. */
export function countOf(cell: NnsCell): number | null {
  if (typeof cell === 'number') return Number.isSafeInteger(cell) && cell >= 0 ? cell : null;
  const text = cellText(cell).replace(/ /g, '');
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

function findHeader(table: readonly (readonly NnsCell[])[]): {
  index: number;
  columns: Partial<Record<NnsFileColumn, number>>;
  missing: NnsFileColumn[];
} {
  let best = {
    index: -1,
    columns: {} as Partial<Record<NnsFileColumn, number>>,
    missing: [...requiredColumns],
  };
  for (let index = 0; index < Math.min(table.length, HEADER_SEARCH_ROWS); index += 1) {
    const cells = (table[index] ?? []).map((cell) => cellText(cell).toLowerCase());
    const columns: Partial<Record<NnsFileColumn, number>> = {};
    for (const [column, words] of Object.entries(headerWords) as [NnsFileColumn, readonly string[]][]) {
      const at = cells.findIndex((cell) => words.includes(cell));
      if (at >= 0) columns[column] = at;
    }
    const missing = requiredColumns.filter((column) => columns[column] === undefined);
    if (missing.length < best.missing.length) best = { index, columns, missing };
    if (missing.length === 0) break;
  }
  return best;
}

/**
 * The file's rows (and the year its title names, if any), or every problem found (a missing header
 * column, each unreadable cell with its row). Blank rows are skipped. Question texts are normalised (white space) but not otherwise
 * changed: whether they are NNS's exact wording is `checkNnsRows`' question.
 */
export function readNnsResultTable(
  table: readonly (readonly NnsCell[])[],
): { ok: true; rows: NnsFileRow[]; yearHint: number | null } | { ok: false; problems: NnsFileProblem[] } {
  const header = findHeader(table);
  if (header.missing.length > 0)
    return { ok: false, problems: [{ kind: 'noHeader', missing: header.missing }] };
  const at = (cells: readonly NnsCell[], column: NnsFileColumn): NnsCell => {
    const index = header.columns[column];
    return index === undefined ? undefined : cells[index];
  };
  const rows: NnsFileRow[] = [];
  const problems: NnsFileProblem[] = [];
  for (let index = header.index + 1; index < table.length; index += 1) {
    const cells = table[index] ?? [];
    if (cells.every((cell) => cellText(cell) === '')) continue;
    const row = index + 1;
    const problem = (column: NnsFileColumn, reason: 'missing' | 'badNumber' | 'badCount') =>
      problems.push({ kind: 'cell', row, column, reason });
    const texts = {
      questionnaire: cellText(at(cells, 'questionnaire')),
      question: cellText(at(cells, 'question')),
      scope: cellText(at(cells, 'scope')),
    };
    for (const column of ['questionnaire', 'question', 'scope'] as const)
      if (texts[column] === '') problem(column, 'missing');
    const n = countOf(at(cells, 'n'));
    if (n === null) problem('n', cellText(at(cells, 'n')) === '' ? 'missing' : 'badCount');
    const value = decimalTextOf(at(cells, 'value'));
    if (value === null) problem('value', cellText(at(cells, 'value')) === '' ? 'missing' : 'badNumber');
    const nationalCell = at(cells, 'nationalValue');
    const nationalValue = cellText(nationalCell) === '' ? null : decimalTextOf(nationalCell);
    if (cellText(nationalCell) !== '' && nationalValue === null) problem('nationalValue', 'badNumber');
    if (n !== null && value !== null && texts.question !== '')
      rows.push({ row, ...texts, n, value, nationalValue });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [{ kind: 'noRows' }] };
  return { ok: true, rows, yearHint: yearAbove(table, header.index) };
}

/**
 * The year NNS's export names in its title lines above the header ("… resultat 2020"), so the
 * import can suggest it; null when those lines name none or several.
 */
function yearAbove(table: readonly (readonly NnsCell[])[], headerIndex: number): number | null {
  const years = new Set<number>();
  for (const cells of table.slice(0, headerIndex))
    for (const cell of cells)
      for (const match of cellText(cell).matchAll(/\b(20\d\d)\b/g)) years.add(Number(match[1]));
  return years.size === 1 ? ([...years][0] ?? null) : null;
}
