import { formatMoney } from '../../money/format-money.ts';
import type { Ore } from '../../money/ore.ts';
import type { Block } from '../blocks.ts';
import type { SourceResult } from '../document.ts';
import { bulletList, ok, unavailable } from './content-format.ts';

/** One granted application with money bound in the year, as `readGrantedInterventions` gives it. */
export interface GrantedInterventionInput {
  title: string;
  leadName: string | null;
  partyNames: readonly string[];
  yearAmountOre: Ore;
}

export interface GrantedInterventionsSectionInput {
  year: number;
  rows: readonly GrantedInterventionInput[];
  totalOre: Ore;
}

/** "Förstudie pröva vägar vidare, Bollnäs (huvudman Bollnäs kommun): 400 000 kr under 2020". */
function itemText(row: GrantedInterventionInput, year: number): string {
  const lead = row.leadName ? ` (huvudman ${row.leadName})` : '';
  return `${row.title}${lead}: ${formatMoney(row.yearAmountOre)} under ${year}`;
}

/**
 * Beviljade insatser <år> (the plan's §8): "Förbundet har ingått avtal om finansiering av följande
 * insatser som kommer att pågå under 2020:" and one item per granted application whose agreement
 * binds money in the year, with its lead and the year's amount, then the year's total.
 */
export function grantedInterventionsSection(input: GrantedInterventionsSectionInput): SourceResult {
  if (input.rows.length === 0)
    return unavailable(
      `Inga beviljade ansökningar har avtal om finansiering under ${input.year}. Registrera besluten och avtalen under Ansökningar.`,
    );
  const blocks: Block[] = [
    {
      type: 'paragraph',
      runs: [
        {
          text: `Förbundet har ingått avtal om finansiering av följande insatser som kommer att pågå under ${input.year}:`,
        },
      ],
    },
    bulletList(input.rows.map((row) => itemText(row, input.year))),
    {
      type: 'paragraph',
      runs: [{ text: `Sammanlagt ${formatMoney(input.totalOre)} under ${input.year}.` }],
    },
  ];
  return ok(blocks);
}
