import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type BudgetOutcome, describeBudget, formatActual } from './budgets.ts';
import type { Figures, ScenarioRow, Summary } from './summary.ts';

export interface RunInfo {
  startedAt: string;
  minutes: number;
  commit: string;
  node: string;
  cpu: string;
  pinning: string;
  /** 1-minute load average before and after: other work on the machine makes figures noisy. */
  loadAverage: { before: number; after: number };
  settings: string;
  volume: string;
  profiled: boolean;
}

export interface Report {
  info: RunInfo;
  summary: Summary;
  budgets: BudgetOutcome[];
}

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');
const pct = (n: number) => (Number.isFinite(n) ? `${(n * 100).toFixed(1)} %` : '–');

type Cells = string[];
const HEADER: Cells = [
  'scenario',
  'conns',
  'req/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'floor req/s',
  'of floor',
  'spread',
  'CPU µs/req srv+db',
  'note',
];

const cellsOf = (
  name: string,
  connections: number,
  f: Figures,
  floorRps: number | null,
  note: string,
): Cells => [
  name,
  String(connections),
  int(f.requestsPerSecond),
  ms(f.latencyMs.p50),
  ms(f.latencyMs.p95),
  ms(f.latencyMs.p99),
  floorRps === null ? '' : int(floorRps),
  floorRps === null ? '100 %' : pct(f.requestsPerSecond / floorRps),
  pct(f.spread),
  f.cpu ? `${f.cpu.serverMicros.toFixed(0)}+${f.cpu.databaseMicros.toFixed(0)}` : '–',
  [note, f.failed ? `${f.failed} FAILED` : ''].filter(Boolean).join('; '),
];

const range = (values: number[]) =>
  values.length ? `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}` : '–';

/**
 * The scenario against its naive build, run back to back in the same pairs: medians of the
 * pair-by-pair ratios (what the budgets gate), with their range, and the share of the floor
 * against the naive build's share (printed, not gated: the floor swings between pairs).
 */
function againstNaive(summary: Summary, row: ScenarioRow): string {
  const versus = row.versusReference;
  if (!versus) return '';
  const naive = summary.scenarios.find(
    (r) => r.scenario === versus.scenario && r.connections === row.connections,
  );
  const shares = naive ? `; ${(row.ratio / naive.ratio).toFixed(2)}× its share of the floor` : '';
  return (
    `${versus.requestsRatio.toFixed(2)}× ${versus.scenario}'s req/s (${range(versus.requestsRatios)}), ` +
    `${versus.cpuRatio.toFixed(2)}× its CPU/req (${range(versus.cpuRatios)})${shares}`
  );
}

function tableRows(report: Report): Cells[] {
  const rows = report.summary.floor.map((f) => cellsOf('floor (PK select)', f.connections, f, null, ''));
  for (const row of report.summary.scenarios) {
    const note =
      row.scenario === 'login'
        ? 'req/s = logins/s'
        : row.background
          ? `logins ${row.background.requestsPerSecond.toFixed(1)}/s alongside`
          : againstNaive(report.summary, row);
    rows.push(cellsOf(row.scenario, row.connections, row, row.floorRequestsPerSecond, note));
  }
  return rows;
}

const statusWord = { pass: 'PASS', fail: 'FAIL', skipped: 'SKIP' } as const;
const budgetLine = (b: BudgetOutcome) => {
  const actual = b.actual === null ? '' : ` (${formatActual(b, b.actual)})`;
  return `${statusWord[b.status]}  ${b.id}: ${describeBudget(b)}${actual}${b.note ? ` — ${b.note}` : ''}`;
};

/** The plain-text table for the terminal. */
export function formatTable(report: Report): string {
  const rows = [HEADER, ...tableRows(report)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: Cells) =>
    r
      .map((cell, i) =>
        i === 0 || i === r.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join('  ');
  const out = [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...tableRows(report).map(line)];
  out.push('', 'Budgets:', ...report.budgets.map(budgetLine));
  return out.map((l) => l.trimEnd()).join('\n');
}

function markdown(report: Report): string {
  const { info } = report;
  const row = (r: Cells) => `| ${r.join(' | ')} |`;
  return [
    `# Benchmark ${info.startedAt}`,
    '',
    `Commit ${info.commit}, Node ${info.node}, ${info.cpu}. ${info.pinning}. ` +
      `Load average ${info.loadAverage.before.toFixed(2)} before, ${info.loadAverage.after.toFixed(2)} after. ` +
      `${info.settings}. Volume: ${info.volume}. Took ${info.minutes.toFixed(1)} min.` +
      (info.profiled ? ' **Profiled run: the API ran under --cpu-prof, figures are inflated.**' : ''),
    '',
    row(HEADER),
    row(HEADER.map((_, i) => (i === 0 || i === HEADER.length - 1 ? '---' : '---:'))),
    ...tableRows(report).map(row),
    '',
    '## Budgets',
    '',
    ...report.budgets.map((b) => `- ${budgetLine(b)}`),
    '',
  ].join('\n');
}

/** Writes latest.json (everything, for tools) and latest.md (for people and issue notes). */
export async function writeReport(report: Report, measurements: unknown, dir: string, name = 'latest') {
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, `${name}.json`),
    `${JSON.stringify({ ...report, measurements }, null, 2)}\n`,
  );
  await writeFile(path.join(dir, `${name}.md`), markdown(report));
}
