// In-process timing of the national overview freshly computed (no cache), at the bench volume:
// demo data + 1 000 synthetic förbund × 10 years. `node --import tsx src/national-timing.ts [runs]`.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSql, openDatabase, seedDemo, seedSynthetic } from '@samsyn/db';
import { computeNationalOverview } from '../../apps/api/src/features/national/get-national-overview.ts';
import { onCleanup, runCleanup, trackCluster, trackTempDir, untrackCluster } from './cleanup.ts';

const runs = Number(process.argv[2] ?? 30);
const dataDir = await mkdtemp(path.join(tmpdir(), 'samsyn-national-timing-'));
trackTempDir(dataDir);
trackCluster(path.join(dataDir, 'pg'));
try {
  const database = await openDatabase({ dataDir, ephemeral: true });
  onCleanup(async () => {
    await database.stop();
    untrackCluster(path.join(dataDir, 'pg'));
  });
  if (!database.ownerUrl) throw new Error('no owner URL');
  const owner = createSql(database.ownerUrl, { max: 1 });
  await seedDemo(owner, { passwordHash: 'x' });
  await seedSynthetic(owner, { forbund: 1000, years: [2016, 2025], firstNumber: 41 });
  await owner`analyze`;
  const sql = createSql(database.appUrl, { max: 2 });
  const time = async (name: string, f: () => Promise<unknown>) => {
    const ms: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const t = performance.now();
      await f();
      if (i >= 3) ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]?.toFixed(1);
    process.stdout.write(`${name}: median ${at(0.5)} ms, p95 ${at(0.95)} ms (${runs} runs)\n`);
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
