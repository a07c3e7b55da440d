// What the orchestrator and the load worker say to each other over IPC (plain JSON).

/** One HTTP request a load connection sends; connections cycle through a list of them. */
export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadSpec {
  /** Origin of the server under load, e.g. http://127.0.0.1:41234 */
  origin: string;
  connections: number;
  durationSeconds: number;
  /**
   * Cycled in order. Connection k starts at item k, so that concurrent connections act for
   * different users (and tenants) instead of all hitting the first one at once.
   */
  requests: RequestSpec[];
  /** Requests per second across all connections; unset = as fast as the server answers. */
  overallRate?: number;
}

/** A main load, optionally with a background load running for the same time (e.g. logins). */
export interface LoadJob {
  main: LoadSpec;
  background?: LoadSpec;
}

export interface LatencyMs {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface RunStats {
  /** Responses with a 2xx status; only these count towards requests/s and latency. */
  ok: number;
  /** Other statuses, connection errors and timeouts: any of these makes a run suspect. */
  failed: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: LatencyMs;
  /** First failing status seen, to make a broken scenario easy to diagnose. */
  firstFailure?: string;
}

export interface JobResult {
  main: RunStats;
  background?: RunStats;
}

export type WorkerRequest = { id: number; job: LoadJob };
export type WorkerReply = { id: number; result: JobResult } | { id: number; error: string };
