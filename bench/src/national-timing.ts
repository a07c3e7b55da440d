// In-process timing of the national overview freshly computed (no cache), on the bench's own
// database, as `pnpm bench` builds it (demo data, bench volume, 1 000 synthetic förbund × 10 years).
// `node --import tsx src/national-timing.ts [runs]`.
import { performance } from 'node:perf_hooks';
import { createSql } from '@samsyn/db';
import { computeNationalOverview } from '../../apps/api/src/features/national/get-national-overview.ts';
import { runCleanup } from './cleanup.ts';
import { startBenchDatabase } from './database.ts';
import { latencyPercentiles } from './load/percentiles.ts';

const runs = Number(process.argv[2] ?? 30);
try {
  const database = await startBenchDatabase({ tenants: 300, sessionsPerUser: 1, loginAttempts: 0 });
  const owner = createSql(database.ownerUrl, { max: 1 });
  const sql = createSql(database.appUrl, { max: 2 });
  const time = async (name: string, f: () => Promise<unknown>) => {
    const ms: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const t = performance.now();
      await f();
      if (i >= 3) ms.push(performance.now() - t);
    }
    const { p50, p95 } = latencyPercentiles(Float64Array.from(ms));
    process.stdout.write(`${name}: median ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${runs} runs)\n`);
  };
  const bytes = JSON.stringify(await computeNationalOverview(sql, {})).length;
  process.stdout.write(`overview JSON: ${Math.round(bytes / 1024)} KB\n`);
  await time('overview (latest year), uncached', () => computeNationalOverview(sql, {}));
  await time('overview (2020), uncached', () => computeNationalOverview(sql, { year: 2020 }));
  await time(
    'sql: national_kpi_aggregates(2016, 2025, false)',
    () => sql`select * from national_kpi_aggregates(2016, 2025, false)`,
  );
  await time(
    'sql: national_kpi_aggregates(2025, 2025, true)',
    () => sql`select * from national_kpi_aggregates(2025, 2025, true)`,
  );
  await time('sql: national_years()', () => sql`select * from national_years()`);
  await time('sql: national_version()', () => sql`select national_version()`);
  // The aggregation the app called on every fresh view before migration 0006 (owner: a member of
  // samsyn_aggregates, which alone may execute it), for comparison.
  await time(
    'sql: national_kpi_aggregates_computed(2016, 2025, false) [before 0006]',
    () => owner`select * from national_kpi_aggregates_computed(2016, 2025, false)`,
  );
  await time(
    'sql: national_kpi_aggregates_computed(2025, 2025, true) [before 0006]',
    () => owner`select * from national_kpi_aggregates_computed(2025, 2025, true)`,
  );
  await sql.end();
  await owner.end();
} finally {
  await runCleanup();
}
process.exit(0);
