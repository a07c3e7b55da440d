import type { Ore } from '../money/ore.ts';
import { subtractOre, sumOre } from '../money/ore-math.ts';

export interface InvoicedContribution {
  /** Member id, or a label such as "Staten" for the combined state line. */
  id: string;
  name: string;
  amount: Ore;
}

export interface BookedRevenueFigure {
  /** Where the figure is booked or reported, e.g. `incomeStatement`, `operatingStatement`. */
  source: string;
  amount: Ore;
}

export interface ContributionReconciliation {
  invoicedTotal: Ore;
  booked: { source: string; amount: Ore /** booked − invoiced */; difference: Ore }[];
  /** True only when every booked figure equals the invoiced total to the krona. */
  isReconciled: boolean;
}

/**
 * Sets the contributions invoiced to the members beside the revenue as booked in each statement,
 * and shows the differences. Booked actuals stay as booked: Gävleborg's half-year report invoices
 * 6 659 750 kr (not 1), books 6 659 748 kr in the income statement and 6 659 747 kr in the
 * operating statement, and this function says so — −2 and −3 kr — rather than evening them out.
 */
export function contributionReconciliation(input: {
  invoiced: readonly InvoicedContribution[];
  booked: readonly BookedRevenueFigure[];
}): ContributionReconciliation {
  const invoicedTotal = sumOre(input.invoiced.map((line) => line.amount));
  const booked = input.booked.map((figure) => ({
    source: figure.source,
    amount: figure.amount,
    difference: subtractOre(figure.amount, invoicedTotal),
  }));
  return { invoicedTotal, booked, isReconciled: booked.every((figure) => figure.difference === 0) };
}
