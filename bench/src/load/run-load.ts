import autocannon from 'autocannon';
import { latencyPercentiles } from './percentiles.ts';
import type { LoadSpec, RunStats } from './types.ts';

/** Grows as needed; keeps one float per response without an array of boxed numbers. */
class Samples {
  private buffer = new Float64Array(1 << 16);
  length = 0;
  push(value: number) {
    if (this.length === this.buffer.length) {
      const bigger = new Float64Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.length++] = value;
  }
  values() {
    return this.buffer.subarray(0, this.length);
  }
}

const rotate = <T>(items: T[], by: number): T[] => {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
};

/** Runs one autocannon load and measures it from its per-response events. */
export function runLoad(spec: LoadSpec): Promise<RunStats> {
  const latencies = new Samples();
  let failed = 0;
  let firstFailure: string | undefined;
  let nextConnection = 0;
  const requests = spec.requests.map((r) => ({ ...r, headers: { ...r.headers } }));
  const started = performance.now();

  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.origin,
        connections: spec.connections,
        duration: spec.durationSeconds,
        requests,
        // Logins at 50 connections queue behind argon2 for well over a second; that is a result, not an error.
        timeout: 30,
        ...(spec.overallRate ? { overallRate: spec.overallRate } : {}),
        setupClient: (client) => {
          client.setRequests(rotate(requests, nextConnection++));
        },
      },
      (error) => {
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        resolve({
          ok: latencies.length,
          failed,
          seconds,
          requestsPerSecond: latencies.length / seconds,
          latencyMs: latencyPercentiles(latencies.values()),
          ...(firstFailure ? { firstFailure } : {}),
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else {
        failed++;
        firstFailure ??= `HTTP ${statusCode}`;
      }
    });
    instance.on('reqError', (error) => {
      failed++;
      firstFailure ??= String(error);
    });
  });
}
