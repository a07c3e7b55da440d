import type { Block } from '../blocks.ts';

/** Test helper: "3 315 060 kr" as formatMoney writes it (no-break spaces, U+2212 minus). */
export const sv = (text: string): string =>
  text.replace(/(\d) (?=\d|kr|tkr|%)/g, '$1\u00a0').replace(/(^|[\s(])-(?=\d)/g, '$1\u2212');

/** Test helper: the table blocks of a section, and a row's cells by key. */
export const tables = (blocks: readonly Block[]) =>
  blocks.flatMap((block) => (block.type === 'table' ? [block] : []));
export const notices = (blocks: readonly Block[]) =>
  blocks.flatMap((block) => (block.type === 'notice' ? [block] : []));
export function cellsOf(blocks: readonly Block[], key: string): string[] | undefined {
  for (const table of tables(blocks)) {
    const row = table.rows.find((r) => r.key === key);
    if (row) return row.cells;
  }
  return undefined;
}
