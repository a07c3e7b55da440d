import {
  type BudgetLineKind,
  type IncomeStatementFigures,
  isWithinToDate,
  type Ore,
  sumOre,
} from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { getResultFigures } from '../balances.ts';
import { loadActuals, type StoredActual } from '../economy-store.ts';

function figuresFromActuals(actuals: StoredActual[]): IncomeStatementFigures {
  const sum = (kinds: BudgetLineKind[]) =>
    sumOre(actuals.filter((row) => kinds.includes(row.lineKind)).map((row) => row.amount));
  return {
    revenue: sum(['contribution', 'otherIncome']),
    costs: sum(['cost']),
    depreciation: 0 as Ore,
    financialIncome: sum(['financialIncome']),
    financialCosts: sum(['financialCost']),
    extraordinaryItems: 0 as Ore,
  };
}

export async function incomeFigures(ctx: TenantCtx, year: number, throughMonth: number) {
  const [booked, actuals] = await Promise.all([
    getResultFigures(ctx, { year, throughMonth }),
    loadActuals(ctx.tx, ctx.tenant.id, year),
  ]);
  const toDate = actuals.filter((row) => isWithinToDate(row.period, throughMonth));
  const fromActuals = toDate.length > 0 ? figuresFromActuals(toDate) : null;
  if (booked) return { source: 'ledger' as const, figures: booked.figures, fromActuals };
  if (fromActuals) return { source: 'actuals' as const, figures: fromActuals, fromActuals };
  return null;
}
