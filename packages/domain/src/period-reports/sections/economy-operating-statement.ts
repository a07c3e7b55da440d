import type { Ore } from '../../money/ore.ts';
import type { Block, TableRow } from '../blocks.ts';
import { amountCell } from './economy-format.ts';

interface Figures {
  budget: Ore;
  actual: Ore;
  deviation: Ore;
}
interface Part {
  lines: ({ code: string; name: string } & Figures)[];
  total: Figures;
}

export interface OperatingStatementSectionInput {
  year: number;
  /** The period's last day: "2019-06-30". */
  periodEnd: string;
  costs: Part;
  revenue: Part;
  result: { budget: Ore; actual: Ore };
}

/**
 * §3.3 Driftredovisning: the year's budget, the actual to the period end and the deviation against
 * the budget, cost lines then revenue lines each with their sum, and the result (no deviation: a
 * half-year's actual against a whole year's budget is not one).
 */
export function operatingStatementSection(input: OperatingStatementSectionInput): Block[] {
  const line = (key: string, name: string, figures: Figures, sum = false): TableRow => ({
    cells: [name, amountCell(figures.budget), amountCell(figures.actual), amountCell(figures.deviation)],
    key,
    ...(sum ? { emphasis: 'sum' as const } : {}),
  });
  const rows: TableRow[] = [
    ...input.costs.lines.map((l) => line(l.code, l.name, l)),
    line('sum:costs', 'Summa kostnader', input.costs.total, true),
    ...input.revenue.lines.map((l) => line(l.code, l.name, l)),
    line('sum:revenue', 'Summa intäkter', input.revenue.total, true),
    {
      cells: ['Resultat', amountCell(input.result.budget), amountCell(input.result.actual), ''],
      key: 'result',
      emphasis: 'sum',
    },
  ];
  return [
    {
      type: 'table',
      caption: `Sammanställning av utfall och budget ${input.year}`,
      columns: [
        { label: 'Belopp i kr', align: 'left' },
        { label: `Budget ${input.year}`, align: 'right' },
        { label: `Utfall ${input.periodEnd}`, align: 'right' },
        { label: 'Avvikelse mot budget', align: 'right' },
      ],
      rows,
    },
  ];
}
