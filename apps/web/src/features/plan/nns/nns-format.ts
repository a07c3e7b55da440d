import {
  compareNns,
  type NnsComparison,
  type NnsFileProblem,
  type NnsPublished,
  nnsDifference,
  readNnsResultTable,
  SUPPRESSED_SYMBOL,
} from '@samsyn/domain';
import { nns } from '../../../i18n/sv/nns.ts';
import type { Message } from '../../../lib/message-key.ts';

/** A score as Swedish text: '7.6' → '7,6'; ".." stays; null → an en dash. */
export const formatNnsScore = (value: NnsPublished | null): string =>
  value === null ? '–' : value === SUPPRESSED_SYMBOL ? value : value.replace('.', ',');

/** A difference with its sign, Swedish decimal comma and a true minus sign: '0.1' → '+0,1', '-0.2' → '−0,2'. */
const signed = (difference: string) =>
  difference.startsWith('-')
    ? `−${difference.slice(1).replace('.', ',')}`
    : `+${difference.replace('.', ',')}`;

/** How a result stands against the national figure, in words. */
export function againstNational(value: NnsPublished, national: string | null): Message {
  const comparison: NnsComparison = compareNns(value, national);
  const difference = nnsDifference(value, national);
  return {
    key: `nns.againstNational.${comparison}`,
    values: { difference: difference ? signed(difference) : '' },
  };
}

/** The change since last year, in words ("Högre än 2019 (+0,2)"). */
export function changeSinceLastYear(
  value: NnsPublished,
  lastYear: NnsPublished | null,
  year: number,
): Message {
  const comparison = compareNns(value, lastYear);
  const difference = nnsDifference(value, lastYear);
  return {
    key: `nns.change.${comparison}`,
    values: { year: year - 1, difference: difference ? signed(difference) : '' },
  };
}

/** A file problem (from reading the cells) as the sentences the page shows, with its row. */
export function fileProblemMessage(problem: NnsFileProblem): { row: number | null; message: Message } {
  switch (problem.kind) {
    case 'noHeader':
      return {
        row: null,
        message: {
          key: 'nns.import.noHeader',
          values: { columns: problem.missing.map((column) => fileColumnNames[column]).join(', ') },
        },
      };
    case 'noRows':
      return { row: null, message: { key: 'nns.import.noRows' } };
    case 'cell':
      return {
        row: problem.row,
        message: {
          key: `nns.import.cellProblems.${problem.reason}`,
          values: { column: fileColumnNames[problem.column] },
        },
      };
  }
}

/** The file's own column names (as NNS writes them; the export's header), for messages about its cells. */
const fileColumnNames = nns.ui.import.fileColumns;

/** The table of cells read from the file, as the rows the API takes (or the problems found). */
export const readNnsCells = readNnsResultTable;
