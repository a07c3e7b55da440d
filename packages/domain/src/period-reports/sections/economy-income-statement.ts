import type { IncomeStatementRow } from '../../economy/income-statement.ts';
import type { Ore } from '../../money/ore.ts';
import type { Block, TableRow } from '../blocks.ts';
import { amountCell, kr, periodLabel } from './economy-format.ts';

/** The income statement's rows as the report prints them; the economy's page shows the same words. */
export const incomeStatementRowNames: Record<IncomeStatementRow, string> = {
  revenue: 'Verksamhetens intäkter',
  costs: 'Verksamhetens kostnader',
  depreciation: 'Avskrivningar',
  netCost: 'Verksamhetens nettokostnad',
  operatingResult: 'Verksamhetens resultat',
  financialIncome: 'Finansiella intäkter',
  financialCosts: 'Finansiella kostnader',
  resultAfterFinancialItems: 'Resultat efter finansiella poster',
  extraordinaryItems: 'Extraordinära poster',
  result: 'Redovisat resultat',
};

const sumRows: readonly IncomeStatementRow[] = [
  'netCost',
  'operatingResult',
  'resultAfterFinancialItems',
  'result',
];

export interface IncomeStatementSectionInput {
  statement: {
    current: { from: string; to: string };
    previous?: { from: string; to: string } | undefined;
    rows: { row: IncomeStatementRow; current: Ore; previous?: Ore | undefined }[];
  };
  /** The note number of a row, from the report's notes ("revenue" → 1). */
  noteNumbers: Partial<Record<IncomeStatementRow, number>>;
  /** Booked figures against the actuals' sums, as the report computes them (ledger − actuals). */
  differences: {
    revenue: Ore;
    costs: Ore;
    revenueFromActuals: Ore;
    costsFromActuals: Ore;
  } | null;
  /** Booked figures of the current period (the statement's), for the difference's sentence. */
  booked: { revenue: Ore; costs: Ore };
}

/**
 * §3.1 Resultaträkning: the kommunal layout (Belopp i kr | Not | this period | the previous year's
 * same period), results as sum rows, and the known differences between the booked figures and the
 * actuals per line as notices — shown, never hidden.
 */
export function incomeStatementSection(input: IncomeStatementSectionInput): Block[] {
  const { statement } = input;
  const columns = [
    { label: 'Belopp i kr', align: 'left' as const },
    { label: 'Not', align: 'left' as const },
    { label: periodLabel(statement.current.from, statement.current.to), align: 'right' as const },
    ...(statement.previous
      ? [{ label: periodLabel(statement.previous.from, statement.previous.to), align: 'right' as const }]
      : []),
  ];
  const rows: TableRow[] = statement.rows.map((row) => ({
    cells: [
      incomeStatementRowNames[row.row],
      input.noteNumbers[row.row] === undefined ? '' : `${input.noteNumbers[row.row]}.`,
      amountCell(row.current),
      ...(statement.previous ? [row.previous === undefined ? '' : amountCell(row.previous)] : []),
    ],
    key: row.row,
    ...(sumRows.includes(row.row) ? { emphasis: 'sum' as const } : {}),
  }));
  const blocks: Block[] = [{ type: 'table', caption: 'Resultaträkning', columns, rows }];
  const differences = input.differences;
  if (differences && differences.revenue !== 0)
    blocks.push(
      differenceNotice('intäkter', input.booked.revenue, differences.revenueFromActuals, differences.revenue),
    );
  if (differences && differences.costs !== 0)
    blocks.push(
      differenceNotice('kostnader', input.booked.costs, differences.costsFromActuals, differences.costs),
    );
  return blocks;
}

const differenceNotice = (what: string, booked: Ore, fromActuals: Ore, difference: Ore): Block => ({
  type: 'notice',
  tone: 'difference',
  text:
    `Verksamhetens ${what} är ${kr(booked)} i resultaträkningen, men utfallet per rad (driftredovisningen) ` +
    `summerar till ${kr(fromActuals)} – skillnad ${kr(difference)}.`,
});
