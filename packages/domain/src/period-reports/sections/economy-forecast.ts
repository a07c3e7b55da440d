import type { Ore } from '../../money/ore.ts';
import type { Block, TableRow } from '../blocks.ts';
import { amountCell, kr } from './economy-format.ts';

interface Figures {
  budget: Ore;
  actualToDate: Ore;
  forecast: Ore;
  deviation: Ore;
}
interface Part {
  lines: ({ code: string; name: string } & Figures)[];
  total: Figures;
}

export interface ForecastSectionInput {
  year: number;
  /** The period's last day: "2019-06-30". */
  periodEnd: string;
  revenue: Part;
  costs: Part;
  result: { budget: Ore; actualToDate: Ore; forecast: Ore };
  equity: { opening: Ore; closingForecast: Ore } | null;
  equityGoal: { percentRounded: number; limitPercent: number; isMet: boolean } | null;
}

const percentText = (value: number) => `${new Intl.NumberFormat('sv-SE').format(value)}\u00a0%`;

/**
 * Bilaga 2, Prognos ekonomiskt resultat per the year end: per line budget, actual to the period
 * end, forecast and deviation, revenue then costs with their sums; the forecast result, the surplus
 * brought forward, the computed surplus at year end and the equity goal (the share of budgeted
 * revenue, against the förbund's limit). What cannot be computed is named.
 */
export function forecastSection(input: ForecastSectionInput): Block[] {
  const line = (key: string, name: string, f: Figures, sum = false): TableRow => ({
    cells: [
      name,
      amountCell(f.budget),
      amountCell(f.actualToDate),
      amountCell(f.forecast),
      amountCell(f.deviation),
    ],
    key,
    ...(sum ? { emphasis: 'sum' as const } : {}),
  });
  const blocks: Block[] = [
    {
      type: 'table',
      caption: `Prognos ekonomiskt resultat per ${input.year}-12-31, i kr`,
      columns: [
        { label: 'Belopp i kr', align: 'left' },
        { label: `Budget ${input.year}`, align: 'right' },
        { label: `Utfall t.o.m. ${input.periodEnd}`, align: 'right' },
        { label: `Prognos ${input.year}`, align: 'right' },
        { label: 'Avvikelse', align: 'right' },
      ],
      rows: [
        ...input.revenue.lines.map((l) => line(l.code, l.name, l)),
        line('sum:revenue', 'Summa intäkter', input.revenue.total, true),
        ...input.costs.lines.map((l) => line(l.code, l.name, l)),
        line('sum:costs', 'Summa kostnader', input.costs.total, true),
      ],
    },
  ];
  const rows: TableRow[] = [
    { cells: [`Prognostiserat resultat ${input.year}`, kr(input.result.forecast)], key: 'forecastResult' },
  ];
  if (input.equity) {
    rows.push(
      {
        cells: [`Överskott från tidigare år per ${input.year}-01-01`, kr(input.equity.opening)],
        key: 'openingEquity',
      },
      {
        cells: [`Beräknat överskott ${input.year}-12-31`, kr(input.equity.closingForecast)],
        key: 'closingEquity',
        emphasis: 'sum',
      },
    );
  }
  if (input.equityGoal)
    rows.push({
      cells: [`Finansiellt mål ${input.year} enligt prognos`, percentText(input.equityGoal.percentRounded)],
      key: 'equityGoal',
    });
  blocks.push({
    type: 'table',
    caption: `Prognostiserat resultat och eget kapital ${input.year}`,
    columns: [
      { label: 'Post', align: 'left' },
      { label: 'Belopp', align: 'right' },
    ],
    rows,
  });
  if (!input.equity)
    blocks.push({
      type: 'notice',
      tone: 'unavailable',
      text: `Eget kapital vid ${input.year - 1} års slut saknas, så överskottet vid årets slut och det finansiella målet kan inte beräknas.`,
    });
  else if (input.equityGoal)
    blocks.push({
      type: 'notice',
      tone: input.equityGoal.isMet ? 'info' : 'difference',
      text:
        `Målet är att det egna kapitalet högst ska vara ${percentText(input.equityGoal.limitPercent)} av de ` +
        `budgeterade intäkterna; enligt prognosen blir det ${percentText(input.equityGoal.percentRounded)} – ` +
        `målet ${input.equityGoal.isMet ? 'nås' : 'nås inte'}.`,
    });
  return blocks;
}
