import { type TreeCpu, treeCpuBetween } from './cpu.ts';
import type { LoadWorker } from './load/client.ts';
import type { JobResult, LoadJob, RunStats } from './load/types.ts';
import { type BenchContext, floorJob, pairsOf, runsAt, type Scenario, scenarioById } from './scenarios.ts';
import { median } from './summary.ts';

/** CPU time per request answered, in µs: the server process (all threads) and PostgreSQL. */
export interface CpuPerRequest {
  serverMicros: number;
  databaseMicros: number;
}

/** One measured run of a scenario and the floor run just before it. */
export interface Measurement {
  scenario: string;
  connections: number;
  repetition: number;
  floor: RunStats;
  floorCpu: CpuPerRequest | null;
  result: JobResult;
  cpu: CpuPerRequest | null;
  /** The scenario's reference (its naive build), run back to back with it in this pair. */
  reference?: { scenario: string; result: JobResult; cpu: CpuPerRequest | null; ranFirst: boolean };
}

/** Reads CPU time (ns) of each server by origin, and of the database per process. */
export interface CpuMeters {
  server: Map<string, () => number | null>;
  database: () => TreeCpu | null;
}

export interface PlanResult {
  measurements: Measurement[];
  /** Requests sent per server origin, warm-ups included: the denominator for CPU per request. */
  requestsByOrigin: Map<string, number>;
}

export interface PlanOptions {
  seconds: number;
  warmupSeconds: number;
  repetitions: number;
  connections: number[];
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Refuses to measure a scenario that fails requests or, when `mustAnswer`, answers none at all. */
function assertHealthy(what: string, result: JobResult, mustAnswer: boolean) {
  for (const [part, stats] of [
    ['', result.main],
    [' (background)', result.background],
  ] as const) {
    if (stats && (stats.failed > 0 || (mustAnswer && stats.ok === 0))) {
      throw new Error(
        `${what}${part}: ${stats.failed} failed and ${stats.ok} ok requests (${stats.firstFailure ?? 'no answers'})`,
      );
    }
  }
}

/** At most this many disturbed pairs are run again, so that a noisy machine can't stretch a run past 10 min. */
const MAX_REPEATS = 4;

/**
 * Warms every scenario up (discarded), then measures:
 * for each connection count and repetition, the floor and each scenario back to back, so that
 * both see the same machine (other processes, thermal state) and the ratio cancels it out. A
 * scenario with a reference (its naive build) runs right next to it, first in odd repetitions and
 * second in even ones, so that neither side always meets the machine just after the floor.
 */

export async function runPlan(
  worker: LoadWorker,
  ctx: BenchContext,
  runnable: Scenario[],
  options: PlanOptions,
  meters: CpuMeters,
): Promise<PlanResult> {
  const requestsByOrigin = new Map<string, number>();
  const run = async (job: LoadJob) => {
    const meter = meters.server.get(job.main.origin);
    const before = { server: meter?.() ?? null, database: meters.database() };
    const result = await worker.run(job);
    const after = { server: meter?.() ?? null, database: meters.database() };
    let requests = 0;
    for (const [spec, stats] of [
      [job.main, result.main],
      [job.background, result.background],
    ] as const) {
      if (!spec || !stats) continue;
      requestsByOrigin.set(spec.origin, (requestsByOrigin.get(spec.origin) ?? 0) + stats.ok + stats.failed);
      requests += stats.ok + stats.failed;
    }
    const perRequest = (ns: number | null) => (ns === null || requests === 0 ? null : ns / 1000 / requests);
    const serverMicros = perRequest(
      before.server === null || after.server === null || after.server < before.server
        ? null
        : after.server - before.server,
    );
    const databaseMicros = perRequest(
      before.database && after.database ? treeCpuBetween(before.database, after.database) : null,
    );
    const cpu = serverMicros === null || databaseMicros === null ? null : { serverMicros, databaseMicros };
    return { result, cpu };
  };
  // The floor's req/s per connection count so far, warm-ups included: a pair whose floor fell
  // below a third of their median ran while the machine was disturbed, and is run again once.
  const floorsSeen = new Map<number, number[]>();
  let repeatsLeft = MAX_REPEATS;
  const disturbed = (connections: number, floorRps: number) => {
    const typical = median(floorsSeen.get(connections) ?? []);
    return floorRps < typical / 3 ? typical : null;
  };
  const remember = (connections: number, floorRps: number) =>
    floorsSeen.set(connections, [...(floorsSeen.get(connections) ?? []), floorRps]);
  // Warm-up at 1 connection proves each scenario answers 2xx; at the most connections it fills
  // the connection pools and lets the JIT see the hot paths. Logins at 50 connections may take
  // longer than a warm-up to answer at all, so there only failures count.
  const warmConnections = [...new Set([1, Math.max(...options.connections)])];
  log(`warming up (${options.warmupSeconds} s each at ${warmConnections.join(' and ')} connections)…`);
  for (const connections of warmConnections) {
    const mustAnswer = connections === 1;
    const floorWarm = await run(floorJob(ctx, connections, options.warmupSeconds));
    assertHealthy(`floor warm-up @${connections}`, floorWarm.result, mustAnswer);
    floorsSeen.set(connections, [floorWarm.result.main.requestsPerSecond]);
    const warmed = new Set<string>();
    for (const scenario of runnable.filter((s) => runsAt(s, connections))) {
      for (const s of scenario.reference ? [scenarioById(scenario.reference), scenario] : [scenario]) {
        if (warmed.has(s.id)) continue;
        warmed.add(s.id);
        const job = s.job(ctx, connections, options.warmupSeconds);
        assertHealthy(`${s.id} warm-up @${connections}`, (await run(job)).result, mustAnswer);
      }
    }
  }

  const total = pairsOf(runnable, options.connections, options.repetitions);
  const measurements: Measurement[] = [];
  for (const connections of options.connections) {
    for (let repetition = 1; repetition <= options.repetitions; repetition++) {
      for (const scenario of runnable.filter((s) => runsAt(s, connections) && !s.isReference)) {
        const job = scenario.job(ctx, connections, options.seconds);
        const referenceJob = scenario.reference
          ? scenarioById(scenario.reference).job(ctx, connections, options.seconds)
          : null;
        const referenceFirst = repetition % 2 === 1;
        const measurePair = async () => {
          const floorRun = await run(floorJob(ctx, connections, options.seconds));
          const before = referenceJob && referenceFirst ? await run(referenceJob) : null;
          const ours = await run(job);
          const after = referenceJob && !referenceFirst ? await run(referenceJob) : null;
          return { floorRun, ours, referenceRun: before ?? after };
        };
        let pair = await measurePair();
        const typicalFloor = disturbed(connections, pair.floorRun.result.main.requestsPerSecond);
        if (typicalFloor !== null && repeatsLeft > 0) {
          repeatsLeft--;
          log(
            `  ${scenario.id} @${connections} #${repetition}: floor ran at ` +
              `${fmt(pair.floorRun.result.main.requestsPerSecond)} req/s against a median of ${fmt(typicalFloor)}; ` +
              'the machine was busy elsewhere, running the pair again',
          );
          pair = await measurePair();
        }
        const { floorRun, ours, referenceRun } = pair;
        const { result, cpu } = ours;
        remember(connections, floorRun.result.main.requestsPerSecond);
        const floor = floorRun.result.main;
        measurements.push({
          scenario: scenario.id,
          connections,
          repetition,
          floor,
          floorCpu: floorRun.cpu,
          result,
          cpu,
          ...(scenario.reference && referenceRun
            ? {
                reference: {
                  scenario: scenario.reference,
                  result: referenceRun.result,
                  cpu: referenceRun.cpu,
                  ranFirst: referenceFirst,
                },
              }
            : {}),
        });
        const { main } = result;
        const cpuText = (c: CpuPerRequest | null) =>
          c ? `, ${c.serverMicros.toFixed(0)}+${c.databaseMicros.toFixed(0)} µs CPU/req` : '';
        log(
          `[${measurements.length}/${total}] ${scenario.id} @${connections} #${repetition}: ` +
            `${fmt(main.requestsPerSecond)} req/s, p99 ${main.latencyMs.p99.toFixed(2)} ms${cpuText(cpu)}` +
            `${main.failed ? `, ${main.failed} FAILED (${main.firstFailure})` : ''}` +
            (referenceRun
              ? ` | ${scenario.reference} ${fmt(referenceRun.result.main.requestsPerSecond)} req/s${cpuText(referenceRun.cpu)}`
              : '') +
            ` | floor ${fmt(floor.requestsPerSecond)} req/s` +
            (result.background ? ` | background ${result.background.requestsPerSecond.toFixed(1)}/s` : ''),
        );
      }
    }
  }
  return { measurements, requestsByOrigin };
}
