import { budgetCommitments, type CommitmentsInput, type YearCommitments } from '@samsyn/domain';
import { budgetInForce, loadBudgetLines } from '../economy/economy-store.ts';
import type { TenantCtx } from '../verb-context.ts';
import { loadAgreementYears, loadPipelineApplications } from './load-commitment-inputs.ts';

export interface BudgetCommitmentsView {
  /** The budget read (the one in force for `firstYear`); null when the förbund has none. */
  budget: { firstYear: number; yearCount: number } | null;
  /** The asked years the budget covers, each with its commitments. */
  years: YearCommitments[];
}

/**
 * The budget page's commitments (issue 22, point 6): for the asked years of the budget in force
 * for `firstYear`, the intervention funds, varav beviljat (agreements), tillgängligt, the pipeline
 * and the printed varav lines compared. Any member of the förbund; scoped to it.
 */
export async function getBudgetCommitments(
  ctx: TenantCtx,
  { firstYear, yearCount }: CommitmentsInput,
): Promise<BudgetCommitmentsView> {
  const head = await budgetInForce(ctx.tx, ctx.tenant.id, firstYear);
  if (!head) return { budget: null, years: [] };
  const lastYear = firstYear + yearCount - 1;
  const [lines, agreementYears, pipeline] = await Promise.all([
    loadBudgetLines(ctx.tx, ctx.tenant.id, head.id),
    loadAgreementYears(ctx, { fromYear: head.firstYear, toYear: head.firstYear + head.yearCount - 1 }),
    loadPipelineApplications(ctx),
  ]);
  const years = Array.from({ length: head.yearCount }, (_, index) => head.firstYear + index);
  const budget = { years, lines: lines.map(({ lineId: _lineId, parentLineId: _parent, ...line }) => line) };
  return {
    budget: { firstYear: head.firstYear, yearCount: head.yearCount },
    years: budgetCommitments({ budget, agreementYears, pipeline }).filter(
      (row) => row.year >= firstYear && row.year <= lastYear,
    ),
  };
}
