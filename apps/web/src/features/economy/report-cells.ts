import { formatShare } from '../../lib/format.ts';
import type { XlsxCell } from './table-file.ts';

/** An amount in öre as an .xlsx money cell (kronor, formatted "# ##0"). */
export const money = (ore: number): XlsxCell => ({ value: ore / 100, isMoney: true });
export const bold = (value: string): XlsxCell => ({ value, bold: true });
/** A percentage on screen, with the one decimal every share has ("27,5 %"). */
export const shareText = (value: number | null): string => (value === null ? '' : formatShare(value));
/** A percentage as an .xlsx number cell with a % format (27,5 % is the number 0.275), never text. */
export const percentCell = (value: number | null): XlsxCell =>
  value === null ? null : { value: value / 100, isPercent: true };

export const lastDay = (year: number, month: number) => {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};
