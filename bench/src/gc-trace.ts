import { closeSync, openSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { latencyPercentiles } from './load/percentiles.ts';
import { median } from './summary.ts';

/**
 * `pnpm bench --gc`: the API and the floor run under `node --trace-gc-nvp`, which prints one line
 * per collection to stdout, and the run ends with a summary of their young-generation collections
 * (scavenges). A scavenge copies what is still reachable, so its pause and what it promotes show
 * request data that outlives its request: that is how postgres.js' queries were caught surviving
 * every scavenge (docs/performance.md).
 */
export const gcTraceFlags = ['--trace-gc-nvp'];

/** A file for a server's stdout (where V8 writes the trace), as a child's stdio entry. */
export function openTraceFile(file: string): { fd: number; close: () => void } {
  const fd = openSync(file, 'w');
  return { fd, close: () => closeSync(fd) };
}

export interface GcSummary {
  scavenges: number;
  scavengePauseMs: { median: number; p95: number; max: number };
  promotedKb: { median: number; max: number };
  markCompacts: number;
  markCompactPauseMs: number;
}

/** Reads `--trace-gc-nvp` lines (`pause=… gc=s … promoted=…`); other output is ignored. */
export function summarizeGcTrace(text: string): GcSummary {
  const pauses: number[] = [];
  const promoted: number[] = [];
  let markCompacts = 0;
  let markCompactPauseMs = 0;
  for (const line of text.split('\n')) {
    const kind = / gc=(\w+) /.exec(line)?.[1];
    const pause = Number(/ pause=([\d.]+) /.exec(line)?.[1] ?? Number.NaN);
    if (!kind || Number.isNaN(pause)) continue;
    if (kind === 's') {
      pauses.push(pause);
      promoted.push(Number(/ promoted=(\d+) /.exec(line)?.[1] ?? 0) / 1024);
    } else if (kind === 'mc') {
      markCompacts += 1;
      markCompactPauseMs += pause;
    }
  }
  // Pauses are latencies: the bench's exact percentiles apply (NaN when there were none).
  const pauseMs = latencyPercentiles(Float64Array.from(pauses));
  const orZero = (n: number) => (Number.isNaN(n) ? 0 : n);
  return {
    scavenges: pauses.length,
    scavengePauseMs: { median: orZero(median(pauses)), p95: orZero(pauseMs.p95), max: orZero(pauseMs.max) },
    promotedKb: { median: orZero(median(promoted)), max: promoted.reduce((a, b) => Math.max(a, b), 0) },
    markCompacts,
    markCompactPauseMs,
  };
}

export interface TracedServer {
  name: string;
  file: string;
  /** Requests the server answered during the run (warm-ups included). */
  requests: number;
}

/** Summarises each server's trace into one markdown table; returns the text. */
export async function writeGcReport(servers: TracedServer[], file: string): Promise<string> {
  const lines = [
    '# Garbage collection during a bench run',
    '',
    'Young-generation collections (scavenges) and full mark-compacts of each server over its whole life, start-up',
    'included (which is where most of the long pauses are), from `node --trace-gc-nvp`. What a scavenge promotes',
    'is data that outlived two of them: for a server that keeps nothing between requests, the median should be',
    'small (docs/performance.md has the figures to compare with).',
    '',
    '| server | requests | scavenges | per 1 000 requests | pause median / p95 / max ms | promoted median / max KB | mark-compacts (total ms) |',
    '| --- | ---: | ---: | ---: | --- | --- | --- |',
  ];
  for (const server of servers) {
    const s = summarizeGcTrace(await readFile(server.file, 'utf8'));
    const per1000 = server.requests ? ((s.scavenges * 1000) / server.requests).toFixed(1) : '–';
    const ms = (n: number) => n.toFixed(1);
    lines.push(
      `| ${server.name} | ${server.requests} | ${s.scavenges} | ${per1000} | ` +
        `${ms(s.scavengePauseMs.median)} / ${ms(s.scavengePauseMs.p95)} / ${ms(s.scavengePauseMs.max)} | ` +
        `${Math.round(s.promotedKb.median)} / ${Math.round(s.promotedKb.max)} | ${s.markCompacts} (${ms(s.markCompactPauseMs)}) |`,
    );
  }
  lines.push('', `Raw traces: ${servers.map((s) => `\`${s.file}\``).join(', ')}`, '');
  const text = lines.join('\n');
  await writeFile(file, text);
  return text;
}
