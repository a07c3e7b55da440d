import type { Ore } from '../money/ore.ts';
import { addOre, subtractOre, sumOre } from '../money/ore-math.ts';

export const balanceSections = [
  'fixedAssets',
  'currentAssets',
  'equity',
  'provisions',
  'longTermLiabilities',
  'currentLiabilities',
] as const;
export type BalanceSection = (typeof balanceSections)[number];

const assetSections: readonly BalanceSection[] = ['fixedAssets', 'currentAssets'];

export interface BalanceLine {
  code: string;
  /** As the förbund writes it, e.g. "Upplupna kostnader och förutbetalda intäkter". */
  name: string;
  section: BalanceSection;
  /** Non-negative as shown in the balance sheet (a negative equity is entered negative). */
  amount: Ore;
  /** The note number in the report, when there is one. */
  note?: number;
}

export interface BalanceSheet {
  date: string;
  lines: BalanceLine[];
  sections: Record<BalanceSection, Ore>;
  totalAssets: Ore;
  totalEquityAndLiabilities: Ore;
  /** totalAssets − totalEquityAndLiabilities. */
  difference: Ore;
  isBalanced: boolean;
  /** Which side is larger when the sheet does not balance. */
  largerSide: 'assets' | 'equityAndLiabilities' | null;
}

/**
 * The balansräkning from entered balances: totals per section and side, and whether assets equal
 * equity plus liabilities. A sheet that does not balance is returned with the difference and the
 * larger side — never adjusted — so the ekonom sees where to look.
 */
export function balanceSheet(input: { date: string; lines: readonly BalanceLine[] }): BalanceSheet {
  const sections = Object.fromEntries(
    balanceSections.map((section) => [
      section,
      sumOre(input.lines.filter((line) => line.section === section).map((line) => line.amount)),
    ]),
  ) as Record<BalanceSection, Ore>;
  const totalAssets = sumOre(assetSections.map((section) => sections[section]));
  const totalEquityAndLiabilities = sumOre(
    balanceSections.filter((section) => !assetSections.includes(section)).map((section) => sections[section]),
  );
  const difference = subtractOre(totalAssets, totalEquityAndLiabilities);
  return {
    date: input.date,
    lines: [...input.lines],
    sections,
    totalAssets,
    totalEquityAndLiabilities,
    difference,
    isBalanced: difference === 0,
    largerSide: difference > 0 ? 'assets' : difference < 0 ? 'equityAndLiabilities' : null,
  };
}

/**
 * Checks that equity moved by the period's result: opening + result = closing. Gävleborg:
 * 1 957 303 + 3 344 423 = 5 301 726 kr. Returns closing − (opening + result); 0 when it holds.
 */
export const equityMovementDifference = (input: { opening: Ore; result: Ore; closing: Ore }): Ore =>
  subtractOre(input.closing, addOre(input.opening, input.result));
