import type { BalanceSection, BalanceSheet } from '../../economy/balance-sheet.ts';
import type { Ore } from '../../money/ore.ts';
import type { Block, TableRow } from '../blocks.ts';
import { amountCell, headingRow, kr } from './economy-format.ts';

const sectionTitles: Record<BalanceSection, string> = {
  fixedAssets: 'Anläggningstillgångar',
  currentAssets: 'Omsättningstillgångar',
  equity: 'Eget kapital',
  provisions: 'Avsättningar',
  longTermLiabilities: 'Långfristiga skulder',
  currentLiabilities: 'Kortfristiga skulder',
};
const assetSections: readonly BalanceSection[] = ['fixedAssets', 'currentAssets'];
const claimSections: readonly BalanceSection[] = [
  'equity',
  'provisions',
  'longTermLiabilities',
  'currentLiabilities',
];

export interface BalanceSheetSectionInput {
  sheet: BalanceSheet;
  /** The comparison date's sheet (the previous year end), when entered. */
  previous: BalanceSheet | null;
  compareDate: string;
  /** The note number of a balance line by its code, from the report's notes ("receivables" → 3). */
  noteNumbers: Record<string, number>;
  /** Opening equity + the period's result against the closing equity, when the report could check it. */
  equityMovement: { opening: Ore; result: Ore; closing: Ore; difference: Ore } | null;
}

/**
 * §3.2 Balansräkning on the period end beside the previous year end: assets by section with their
 * sums, equity and liabilities line by line, the two totals; a sheet that does not balance and an
 * equity that did not move by the result are notices.
 */
export function balanceSheetSection(input: BalanceSheetSectionInput): Block[] {
  const { sheet, previous } = input;
  const width = previous ? 4 : 3;
  const previousLines = new Map((previous?.lines ?? []).map((line) => [line.code, line]));
  const currentLines = new Map(sheet.lines.map((line) => [line.code, line]));
  const codesIn = (section: BalanceSection) => {
    const codes = sheet.lines.filter((line) => line.section === section).map((line) => line.code);
    for (const line of previous?.lines ?? [])
      if (line.section === section && !codes.includes(line.code)) codes.push(line.code);
    return codes;
  };
  const figures = (current: Ore | undefined, before: Ore | undefined) => [
    current === undefined ? '' : amountCell(current),
    ...(previous ? [before === undefined ? '' : amountCell(before)] : []),
  ];
  const lineRows = (section: BalanceSection): TableRow[] =>
    codesIn(section).map((code) => {
      const line = currentLines.get(code) ?? previousLines.get(code);
      const note = input.noteNumbers[code];
      return {
        cells: [
          line?.name ?? code,
          note === undefined ? '' : `${note}.`,
          ...figures(currentLines.get(code)?.amount, previousLines.get(code)?.amount),
        ],
        key: `balance:${code}`,
      };
    });
  const sumRow = (label: string, key: string, current: Ore, before: Ore | undefined): TableRow => ({
    cells: [label, '', ...figures(current, before)],
    key,
    emphasis: 'sum',
  });
  const rows: TableRow[] = [headingRow('Tillgångar', width, 'assets')];
  for (const section of assetSections) {
    if (codesIn(section).length === 0) continue;
    rows.push(headingRow(sectionTitles[section], width, section), ...lineRows(section));
    rows.push(
      sumRow(
        `Summa ${sectionTitles[section].toLowerCase()}`,
        `sum:${section}`,
        sheet.sections[section],
        previous?.sections[section],
      ),
    );
  }
  rows.push(sumRow('Summa tillgångar', 'totalAssets', sheet.totalAssets, previous?.totalAssets));
  rows.push(headingRow('Eget kapital och skulder', width, 'equityAndLiabilities'));
  for (const section of claimSections) rows.push(...lineRows(section));
  rows.push(
    sumRow(
      'Summa eget kapital och skulder',
      'totalEquityAndLiabilities',
      sheet.totalEquityAndLiabilities,
      previous?.totalEquityAndLiabilities,
    ),
  );
  const columns = [
    { label: 'Belopp i kr', align: 'left' as const },
    { label: 'Not', align: 'left' as const },
    { label: sheet.date, align: 'right' as const },
    ...(previous ? [{ label: input.compareDate, align: 'right' as const }] : []),
  ];
  const blocks: Block[] = [{ type: 'table', caption: 'Balansräkning', columns, rows }];
  for (const one of previous ? [sheet, previous] : [sheet])
    if (!one.isBalanced)
      blocks.push({
        type: 'notice',
        tone: 'difference',
        text:
          `Balansräkningen per ${one.date} balanserar inte: tillgångarna är ${kr(one.totalAssets)}, ` +
          `eget kapital och skulder ${kr(one.totalEquityAndLiabilities)} – skillnad ${kr(one.difference)}.`,
      });
  const movement = input.equityMovement;
  if (movement && movement.difference !== 0)
    blocks.push({
      type: 'notice',
      tone: 'difference',
      text:
        `Eget kapital vid årets början ${kr(movement.opening)} och periodens resultat ${kr(movement.result)} ` +
        `ger ${kr((movement.opening + movement.result) as Ore)}, men balansräkningen visar ` +
        `${kr(movement.closing)} – skillnad ${kr(movement.difference)}.`,
    });
  if (!previous)
    blocks.push({
      type: 'notice',
      tone: 'info',
      text: `Balansräkningen per ${input.compareDate} saknas och visas därför inte som jämförelse.`,
    });
  return blocks;
}
