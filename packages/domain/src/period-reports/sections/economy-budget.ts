import type { BudgetLineKind } from '../../economy/budget.ts';
import { formatMoney } from '../../money/format-money.ts';
import type { Ore } from '../../money/ore.ts';
import { sumOre } from '../../money/ore-math.ts';
import type { Block, TableRow } from '../blocks.ts';
import { headingRow, tkrCell } from './economy-format.ts';

const revenueKinds: readonly BudgetLineKind[] = ['contribution', 'otherIncome', 'financialIncome'];

export interface BudgetSectionInput {
  /** The budget's years, the first the budget year. */
  years: number[];
  lines: {
    code: string;
    name: string;
    kind: BudgetLineKind;
    amounts: (Ore | null)[];
    ofWhich?: { code: string; name: string; amounts: (Ore | null)[] }[] | undefined;
  }[];
  /** Per year the agreements' granted funds and what is left of the intervention funds. */
  commitments: { year: number; grantedOre: Ore; availableOre: Ore }[];
}

/**
 * Verksamhetsplanen §7 Budget, in tkr as the plan prints it: revenue lines and their sum, cost
 * lines with their "varav" lines (never added to a sum) and the sum of costs, one column per year.
 * Beside the printed "varav redan beviljat", what the förbund's agreements grant is stated, and a
 * difference is a notice.
 */
export function budgetSection(input: BudgetSectionInput): Block[] {
  const years = input.years;
  const width = years.length + 1;
  const cells = (amounts: readonly (Ore | null)[]) =>
    years.map((_, index) => {
      const amount = amounts[index];
      return amount === null || amount === undefined ? '' : tkrCell(amount);
    });
  const sum = (lines: BudgetSectionInput['lines']) =>
    years.map((_, index) => sumOre(lines.map((line) => line.amounts[index] ?? (0 as Ore))));
  const revenue = input.lines.filter((line) => revenueKinds.includes(line.kind));
  const costs = input.lines.filter((line) => !revenueKinds.includes(line.kind));
  const rows: TableRow[] = [headingRow('Intäkter', width, 'revenue')];
  for (const line of revenue) rows.push({ cells: [line.name, ...cells(line.amounts)], key: line.code });
  rows.push({ cells: ['Summa intäkter', ...cells(sum(revenue))], key: 'sum:revenue', emphasis: 'sum' });
  rows.push(headingRow('Kostnader', width, 'costs'));
  for (const line of costs) {
    rows.push({ cells: [line.name, ...cells(line.amounts)], key: line.code });
    for (const sub of line.ofWhich ?? [])
      rows.push({ cells: [sub.name, ...cells(sub.amounts)], key: `${line.code}:${sub.code}` });
  }
  rows.push({ cells: ['Summa kostnader', ...cells(sum(costs))], key: 'sum:costs', emphasis: 'sum' });
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]);
  const blocks: Block[] = [
    {
      type: 'table',
      caption: `Budget ${span}, tkr`,
      columns: [
        { label: 'Belopp i tkr', align: 'left' },
        ...years.map((year) => ({ label: String(year), align: 'right' as const })),
      ],
      rows,
    },
  ];
  for (const line of costs)
    years.forEach((year, index) => {
      const parts = (line.ofWhich ?? []).map((sub) => sub.amounts[index]);
      const amount = line.amounts[index];
      // Only a breakdown given in full is checked; a plan year without "varav" figures is not one.
      if (parts.length === 0 || amount == null || parts.some((part) => part == null)) return;
      const sum = sumOre(parts as Ore[]);
      if (sum === amount) return;
      blocks.push({
        type: 'notice',
        tone: 'difference',
        text:
          `Varav-raderna under ${line.name} ${year} summerar till ${formatMoney(sum, { unit: 'tkr' })}, ` +
          `raden är ${formatMoney(amount, { unit: 'tkr' })} – skillnad ${formatMoney((sum - amount) as Ore, { unit: 'tkr' })}.`,
      });
    });
  const first = input.commitments.find((row) => row.year === years[0]);
  if (first) {
    const printed = input.lines.flatMap((line) => line.ofWhich ?? []).find((sub) => sub.code === 'granted')
      ?.amounts[0];
    blocks.push({
      type: 'notice',
      tone: printed !== undefined && printed !== null && printed !== first.grantedOre ? 'difference' : 'info',
      text:
        `Enligt förbundets avtal är ${formatMoney(first.grantedOre, { unit: 'tkr' })} av insatsmedlen ${years[0]} redan beviljade ` +
        `och ${formatMoney(first.availableOre, { unit: 'tkr' })} tillgängliga för nya insatser` +
        (printed !== undefined && printed !== null && printed !== first.grantedOre
          ? `; budgeten anger ${formatMoney(printed, { unit: 'tkr' })} som redan beviljat.`
          : '.'),
    });
  }
  return blocks;
}
