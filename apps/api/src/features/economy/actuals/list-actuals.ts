import { type BudgetLineKind, type CostKind, formatActualsPeriod, type Ore } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { loadActuals, loadChart } from '../economy-store.ts';

export interface ActualView {
  id: string;
  period: string;
  lineCode: string;
  lineName: string;
  lineKind: BudgetLineKind;
  /** The line's cost kind: 'interventionFunds' actuals can be split across interventions (issue 19). */
  lineCostKind: CostKind | null;
  amount: Ore;
  note: string | null;
  version: number;
}

export interface ActualsList {
  year: number;
  actuals: ActualView[];
  /** Lines actuals can be booked on (the chart's top level). */
  lines: { code: string; name: string; kind: BudgetLineKind }[];
}

/** A year's actuals per line and period. Any member of the förbund. */
export async function listActuals(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  { year }: { year: number },
): Promise<ActualsList> {
  const [rows, chart] = await Promise.all([loadActuals(tx, tenantId, year), loadChart(tx, tenantId)]);
  const costKindOf = new Map(chart.map((line) => [line.id, line.costKind]));
  return {
    year,
    actuals: rows.map((row) => ({
      id: row.id,
      period: formatActualsPeriod(row.period),
      lineCode: row.lineCode,
      lineName: row.lineName,
      lineKind: row.lineKind,
      lineCostKind: costKindOf.get(row.lineId) ?? null,
      amount: row.amount,
      note: row.note,
      version: row.version,
    })),
    lines: chart
      .filter((line) => line.parentId === null)
      .map((line) => ({ code: line.code, name: line.name, kind: line.kind })),
  };
}
