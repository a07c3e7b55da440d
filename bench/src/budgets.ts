import { BACKGROUND_LOGINS_PER_SECOND } from './scenarios.ts';
import type { ScenarioRow, Summary } from './summary.ts';

type Metric = 'ratio' | 'p95' | 'p99';

/** A budget from issue 7: a limit on one metric of one scenario at one connection count. */
export interface Budget {
  id: string;
  scenario: string;
  connections: number;
  metric: Metric;
  /** `>=` for ratios (at least this share of the floor), `<=`/`<` for latencies in ms. */
  op: '>=' | '<=' | '<';
  limit: number;
}

/**
 * The budgets. The issue states the read's ratio and p99 "at 1 connection"; throughput ratios are
 * checked at 50 connections too, so that a change cannot trade one for the other unnoticed.
 */
export const budgets: Budget[] = [
  { id: 'read-ratio@1', scenario: 'trpc-read', connections: 1, metric: 'ratio', op: '>=', limit: 0.25 },
  { id: 'read-ratio@50', scenario: 'trpc-read', connections: 50, metric: 'ratio', op: '>=', limit: 0.25 },
  { id: 'read-p99@1', scenario: 'trpc-read', connections: 1, metric: 'p99', op: '<=', limit: 6 },
  { id: 'write-ratio@1', scenario: 'trpc-write', connections: 1, metric: 'ratio', op: '>=', limit: 0.12 },
  { id: 'write-ratio@50', scenario: 'trpc-write', connections: 50, metric: 'ratio', op: '>=', limit: 0.12 },
  { id: 'national-year-p95@1', scenario: 'national-year', connections: 1, metric: 'p95', op: '<', limit: 15 },
  { id: 'national-all-p95@1', scenario: 'national-all', connections: 1, metric: 'p95', op: '<', limit: 50 },
  {
    id: 'read-during-logins-p99@1',
    scenario: 'read-during-logins',
    connections: 1,
    metric: 'p99',
    op: '<=',
    limit: 10,
  },
];

export interface BudgetOutcome extends Budget {
  status: 'pass' | 'fail' | 'skipped';
  actual: number | null;
  /** Why it failed or was skipped, in words. */
  note: string;
}

const metricOf = (row: ScenarioRow, metric: Metric) =>
  metric === 'ratio' ? row.ratio : metric === 'p95' ? row.latencyMs.p95 : row.latencyMs.p99;

const holds = (actual: number, op: Budget['op'], limit: number) =>
  op === '>=' ? actual >= limit : op === '<=' ? actual <= limit : actual < limit;

export const describeBudget = (b: Budget) =>
  `${b.scenario} ${b.metric === 'ratio' ? 'share of floor req/s' : `${b.metric} ms`} @${b.connections} ${b.op} ${
    b.metric === 'ratio' ? `${b.limit * 100} %` : b.limit
  }`;

/**
 * Checks each budget against the summary. A scenario that cannot run yet skips its budgets; a
 * budget whose run had failed requests fails, since its figures would be meaningless.
 */
export function checkBudgets(summary: Summary, only: string[] | null): BudgetOutcome[] {
  return budgets.map((budget): BudgetOutcome => {
    const skip = (note: string): BudgetOutcome => ({ ...budget, status: 'skipped', actual: null, note });
    if (only && !only.includes(budget.scenario)) return skip('scenario not selected (--only)');
    const row = summary.scenarios.find(
      (r) => r.scenario === budget.scenario && r.connections === budget.connections,
    );
    if (!row) return skip(`not measured at ${budget.connections} connection(s)`);
    const actual = metricOf(row, budget.metric);
    if (row.failed > 0) return { ...budget, status: 'fail', actual, note: `${row.failed} requests failed` };
    if (row.background) {
      const rate = row.background.requestsPerSecond;
      if (row.background.failed > 0 || rate < BACKGROUND_LOGINS_PER_SECOND * 0.9) {
        return { ...budget, status: 'fail', actual, note: `background logins ran at ${rate.toFixed(1)}/s` };
      }
    }
    return holds(actual, budget.op, budget.limit)
      ? { ...budget, status: 'pass', actual, note: '' }
      : { ...budget, status: 'fail', actual, note: 'over budget' };
  });
}
