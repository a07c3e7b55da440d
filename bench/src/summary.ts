import type { LatencyMs, RunStats } from './load/types.ts';
import type { CpuPerRequest, Measurement } from './plan.ts';
import type { Scenario } from './scenarios.ts';

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export interface Figures {
  requestsPerSecond: number;
  latencyMs: Omit<LatencyMs, 'max'>;
  /** (max - min) / median of requests/s over the repetitions: how noisy the machine was. */
  spread: number;
  failed: number;
  runs: number;
  /** Median CPU per request (server, database), where /proc could be read. */
  cpu: CpuPerRequest | null;
}

export interface ScenarioRow extends Figures {
  scenario: string;
  title: string;
  connections: number;
  /** Median requests/s of the floor runs paired with this scenario's runs. */
  floorRequestsPerSecond: number;
  /** Median requests/s of the scenario over median of its paired floor runs. */
  ratio: number;
  /** The background load (logins/s during the read), if any. */
  background?: Figures;
  /** Against its reference (the naive build), pair by pair; see `againstReference`. */
  versusReference?: VersusReference;
}

/**
 * A scenario against its reference run back to back in the same pairs: per pair the ratio of CPU
 * per request (server + database, ours / theirs) and of req/s (ours / theirs), and their medians.
 * Both sides of a ratio met the same machine within seconds, which is what makes it worth gating
 * on a shared host; the floor, by contrast, swings by ±30 % between pairs there.
 */
export interface VersusReference {
  scenario: string;
  cpuRatio: number;
  requestsRatio: number;
  cpuRatios: number[];
  requestsRatios: number[];
  /** Failed requests of the reference's runs: a broken reference makes the comparison void. */
  referenceFailed: number;
}

export interface FloorRow extends Figures {
  connections: number;
}

export interface Summary {
  floor: FloorRow[];
  scenarios: ScenarioRow[];
}

function cpuOf(samples: (CpuPerRequest | null)[]): CpuPerRequest | null {
  const known = samples.filter((s): s is CpuPerRequest => s !== null);
  if (known.length === 0) return null;
  return {
    serverMicros: median(known.map((s) => s.serverMicros)),
    databaseMicros: median(known.map((s) => s.databaseMicros)),
  };
}

function figuresOf(runs: RunStats[], cpu: CpuPerRequest | null): Figures {
  const rps = runs.map((r) => r.requestsPerSecond);
  const mid = median(rps);
  return {
    requestsPerSecond: mid,
    latencyMs: {
      p50: median(runs.map((r) => r.latencyMs.p50)),
      p95: median(runs.map((r) => r.latencyMs.p95)),
      p99: median(runs.map((r) => r.latencyMs.p99)),
    },
    spread: mid > 0 ? (Math.max(...rps) - Math.min(...rps)) / mid : Number.NaN,
    failed: runs.reduce((sum, r) => sum + r.failed, 0),
    runs: runs.length,
    cpu,
  };
}

const cpuTotal = (cpu: CpuPerRequest | null) => (cpu ? cpu.serverMicros + cpu.databaseMicros : null);

/** Pair-by-pair ratios of each measurement to its reference run. */
export function againstReference(runs: Measurement[]): VersusReference | undefined {
  const paired = runs.flatMap((m) => (m.reference ? [{ m, ref: m.reference }] : []));
  const first = paired[0];
  if (!first) return undefined;
  const cpuRatios = paired.flatMap(({ m, ref }) => {
    const [ours, theirs] = [cpuTotal(m.cpu), cpuTotal(ref.cpu)];
    return ours !== null && theirs !== null && theirs > 0 ? [ours / theirs] : [];
  });
  const requestsRatios = paired.map(
    ({ m, ref }) => m.result.main.requestsPerSecond / ref.result.main.requestsPerSecond,
  );
  return {
    scenario: first.ref.scenario,
    cpuRatio: median(cpuRatios),
    requestsRatio: median(requestsRatios),
    cpuRatios,
    requestsRatios,
    referenceFailed: paired.reduce((n, { ref }) => n + ref.result.main.failed, 0),
  };
}

/** Medians over repetitions, per scenario and connection count. */
export function summarize(measurements: Measurement[], scenarios: Scenario[]): Summary {
  const connectionCounts = [...new Set(measurements.map((m) => m.connections))];
  const floor = connectionCounts.map((connections) => {
    const runs = measurements.filter((m) => m.connections === connections);
    return {
      connections,
      ...figuresOf(
        runs.map((m) => m.floor),
        cpuOf(runs.map((m) => m.floorCpu)),
      ),
    };
  });
  const rows: ScenarioRow[] = [];
  for (const scenario of scenarios) {
    for (const connections of connectionCounts) {
      const atCount = measurements.filter((m) => m.connections === connections);
      // A reference's runs are those made beside the scenarios that name it, all of them pooled.
      const runs: Measurement[] = scenario.isReference
        ? atCount.flatMap((m) =>
            m.reference?.scenario === scenario.id
              ? [{ ...m, scenario: scenario.id, result: m.reference.result, cpu: m.reference.cpu }]
              : [],
          )
        : atCount.filter((m) => m.scenario === scenario.id);
      if (runs.length === 0) continue;
      const versusReference = scenario.isReference ? undefined : againstReference(runs);
      const figures = figuresOf(
        runs.map((m) => m.result.main),
        cpuOf(runs.map((m) => m.cpu)),
      );
      const floorRps = median(runs.map((m) => m.floor.requestsPerSecond));
      const backgrounds = runs.flatMap((m) => (m.result.background ? [m.result.background] : []));
      rows.push({
        scenario: scenario.id,
        title: scenario.title,
        connections,
        ...figures,
        floorRequestsPerSecond: floorRps,
        ratio: figures.requestsPerSecond / floorRps,
        ...(backgrounds.length ? { background: figuresOf(backgrounds, null) } : {}),
        ...(versusReference ? { versusReference } : {}),
      });
    }
  }
  return { floor, scenarios: rows };
}
