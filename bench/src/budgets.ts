import { BACKGROUND_LOGINS_PER_SECOND } from './scenarios.ts';
import type { ScenarioRow, Summary } from './summary.ts';

/**
 * `cpu-vs-reference` and `rps-vs-reference`: the scenario's CPU per request (server + database) and
 * req/s over its reference's (the naive build) in the same pair, median over the pairs.
 */
type Metric = 'p95' | 'p99' | 'cpu-vs-reference' | 'rps-vs-reference';

/** A budget: a limit on one metric of one scenario at one connection count. */
export interface Budget {
  id: string;
  scenario: string;
  connections: number;
  metric: Metric;
  /** `>=`/`<=` for ratios to the reference, `<=`/`<` for latencies in ms. */
  op: '>=' | '<=' | '<';
  limit: number;
}

const againstNaive = (id: string, scenario: string, connections: number): Budget[] => [
  { id: `${id}-cpu@${connections}`, scenario, connections, metric: 'cpu-vs-reference', op: '<=', limit: 1 },
  { id: `${id}-rps@${connections}`, scenario, connections, metric: 'rps-vs-reference', op: '>=', limit: 1 },
];

/**
 * The budgets (issue 7, gated since issue 18 against the naive builds measured in the same run
 * instead of against the floor, whose req/s swings by ±30 % between pairs on a shared host; the
 * shares of the floor are still printed). The read and the write must cost no more CPU per
 * request than their naive build and answer at least as many requests per second, at 1 and at 50
 * connections.
 */
export const budgets: Budget[] = [
  ...againstNaive('read', 'trpc-read', 1),
  ...againstNaive('read', 'trpc-read', 50),
  ...againstNaive('write', 'trpc-write', 1),
  ...againstNaive('write', 'trpc-write', 50),
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

const metricOf = (row: ScenarioRow, metric: Metric): number =>
  metric === 'cpu-vs-reference'
    ? (row.versusReference?.cpuRatio ?? Number.NaN)
    : metric === 'rps-vs-reference'
      ? (row.versusReference?.requestsRatio ?? Number.NaN)
      : metric === 'p95'
        ? row.latencyMs.p95
        : row.latencyMs.p99;

const isRatio = (metric: Metric) => metric === 'cpu-vs-reference' || metric === 'rps-vs-reference';

const holds = (actual: number, op: Budget['op'], limit: number) =>
  op === '>=' ? actual >= limit : op === '<=' ? actual <= limit : actual < limit;

export const describeBudget = (b: Budget) =>
  isRatio(b.metric)
    ? `${b.scenario} ${b.metric === 'cpu-vs-reference' ? 'CPU/req (srv+db)' : 'req/s'} @${b.connections} ${b.op} ${b.limit}× the naive build's, same pairs`
    : `${b.scenario} ${b.metric} ms @${b.connections} ${b.op} ${b.limit}`;

/** How a budget's measured value reads: a ratio to the reference, or milliseconds. */
export const formatActual = (b: Budget, actual: number) =>
  isRatio(b.metric) ? `${actual.toFixed(2)}×` : `${actual.toFixed(2)} ms`;

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
    if (isRatio(budget.metric)) {
      const versus = row.versusReference;
      if (!versus) return { ...budget, status: 'fail', actual, note: 'no reference was measured beside it' };
      if (versus.referenceFailed > 0)
        return {
          ...budget,
          status: 'fail',
          actual,
          note: `${versus.referenceFailed} reference requests failed`,
        };
      if (!Number.isFinite(actual)) return skip('CPU time could not be read from /proc');
    }
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
