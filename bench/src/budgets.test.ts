import { describe, expect, it } from 'vitest';
import { checkBudgets } from './budgets.ts';
import { treeCpuBetween } from './cpu.ts';
import type { RunStats } from './load/types.ts';
import type { Measurement } from './plan.ts';
import { againstReference, type ScenarioRow, type Summary } from './summary.ts';

const stats = (requestsPerSecond: number, failed = 0): RunStats => ({
  ok: requestsPerSecond * 4,
  failed,
  seconds: 4,
  requestsPerSecond,
  latencyMs: { p50: 1, p95: 2, p99: 3, max: 4 },
});

/** One pair: the scenario and its naive build, each with its req/s and CPU µs per request. */
const pair = (ours: [number, number], naive: [number, number], naiveFailed = 0): Measurement => ({
  scenario: 'trpc-read',
  connections: 1,
  repetition: 1,
  floor: stats(1000),
  floorCpu: null,
  result: { main: stats(ours[0]) },
  cpu: { serverMicros: ours[1] * 0.75, databaseMicros: ours[1] * 0.25 },
  reference: {
    scenario: 'naive-read',
    result: { main: stats(naive[0], naiveFailed) },
    cpu: { serverMicros: naive[1] * 0.75, databaseMicros: naive[1] * 0.25 },
    ranFirst: true,
  },
});

const summaryWith = (connections: number, runs: Measurement[]): Summary => {
  const versusReference = againstReference(runs);
  const row: ScenarioRow = {
    scenario: 'trpc-read',
    title: '',
    connections,
    requestsPerSecond: 100,
    latencyMs: { p50: 1, p95: 2, p99: 3 },
    spread: 0,
    failed: 0,
    runs: runs.length,
    cpu: null,
    floorRequestsPerSecond: 1000,
    ratio: 0.1,
    ...(versusReference ? { versusReference } : {}),
  };
  return { floor: [], scenarios: [row] };
};

const outcome = (summary: Summary, id: string) => checkBudgets(summary, null).find((b) => b.id === id);

describe('against the naive build, pair by pair', () => {
  it('takes the median of each pair’s ratio, not the ratio of medians', () => {
    // Pair by pair ours is cheaper every time, although its CPU is not below naive's median.
    const versus = againstReference([
      pair([100, 900], [90, 1000]),
      pair([50, 1800], [40, 2000]),
      pair([80, 950], [70, 1000]),
    ]);
    expect(versus?.cpuRatios).toEqual([0.9, 0.9, 0.95]);
    expect(versus?.cpuRatio).toBe(0.9);
    expect(versus?.requestsRatio).toBeCloseTo(80 / 70);
  });

  it('passes the read at 1 connection when it costs no more CPU and answers at least as fast', () => {
    const summary = summaryWith(1, [pair([100, 900], [90, 1000]), pair([95, 1000], [95, 1000])]);
    expect(outcome(summary, 'read-cpu@1')?.status).toBe('pass');
    expect(outcome(summary, 'read-rps@1')?.status).toBe('pass');
  });

  it('fails on more CPU per request than the naive build, even with more req/s', () => {
    const summary = summaryWith(50, [pair([120, 1100], [100, 1000]), pair([120, 1050], [100, 1000])]);
    expect(outcome(summary, 'read-cpu@50')).toMatchObject({ status: 'fail', note: 'over budget' });
    expect(outcome(summary, 'read-rps@50')?.status).toBe('pass');
  });

  it('fails when the naive build failed requests: the comparison would mean nothing', () => {
    const summary = summaryWith(1, [pair([100, 900], [90, 1000], 3)]);
    expect(outcome(summary, 'read-cpu@1')).toMatchObject({
      status: 'fail',
      note: '3 reference requests failed',
    });
  });

  it('fails when no naive build was measured beside it', () => {
    expect(outcome(summaryWith(1, []), 'read-rps@1')?.status).toBe('fail');
    const unpaired = summaryWith(1, [
      { ...pair([100, 900], [90, 1000]), reference: undefined } as Measurement,
    ]);
    expect(outcome(unpaired, 'read-rps@1')).toMatchObject({
      status: 'fail',
      note: 'no reference was measured beside it',
    });
  });
});

describe('treeCpuBetween', () => {
  it('compares pid by pid: a backend that exited does not make the difference negative', () => {
    const before = new Map([
      [1, 1_000],
      [2, 50_000], // exits idle during the run
      [3, 2_000],
    ]);
    const after = new Map([
      [1, 1_500],
      [3, 2_700],
      [4, 300], // a connection opened during the run
    ]);
    expect(treeCpuBetween(before, after)).toBe(500 + 700 + 300);
  });
});
