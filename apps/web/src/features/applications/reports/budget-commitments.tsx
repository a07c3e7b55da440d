export interface BudgetCommitmentsProps {
  firstYear: number;
  yearCount: number;
}

/**
 * On the economy's budget page, beside the intervention-funds line: per year "varav beviljat" (the
 * granted agreements' commitments), "tillgängligt för nya insatser" (the rest), with the pipeline's
 * expected and proposed amounts, and the budget's own printed "varav" lines compared. Built by the
 * reports part of issue 22.
 */
export function BudgetCommitments(_props: BudgetCommitmentsProps) {
  return null;
}
