import { operatingStatement } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { operatingKinds, percentOrNull, period, sideOf, yearLines } from './year-lines.ts';

/**
 * Driftredovisning for the year through a month: per operating line and in total, the year's
 * budget, actual to date, deviation (budget − actual) and share used; the result on both sides.
 * Financial items are outside it, as in the förbund's own reports. Any member.
 */
export async function operatingStatementReport(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { year: number; throughMonth: number },
) {
  const data = await yearLines(tx, tenantId, input.year, input.throughMonth);
  const lines = data.lines.filter((line) => operatingKinds.includes(line.kind));
  const statement = operatingStatement({
    period: period(input.year, input.throughMonth),
    lines: lines.map((line) => ({
      code: line.code,
      name: line.name,
      kind: sideOf(line.kind),
      budget: line.budget,
      actual: line.actualToDate,
    })),
  });
  const groupOf = new Map(lines.map((line) => [line.code, line.group]));
  const section = (part: typeof statement.costs) => ({
    lines: part.lines.map((line) => ({
      code: line.code,
      name: line.name,
      group: groupOf.get(line.code) ?? null,
      budget: line.budget,
      actual: line.actual,
      deviation: line.deviation,
      shareUsedPercent: percentOrNull(line.shareUsed),
    })),
    total: { ...part.total, shareUsed: undefined, shareUsedPercent: percentOrNull(part.total.shareUsed) },
  });
  return {
    year: input.year,
    throughMonth: input.throughMonth,
    period: statement.period,
    budget: data.budget,
    hasActuals: data.toDate.length > 0,
    costs: section(statement.costs),
    revenue: section(statement.revenue),
    result: statement.result,
  };
}
