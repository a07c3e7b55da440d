// `pnpm test`: every check the project has, run side by side where they do not wait on each other.
//
// Why not one `a && b && c` chain: on the 2-core development machine the chain kept about one
// core busy on average (the browser tests and the database tests wait on PostgreSQL, the
// browser and the server in turn), so its wall time was nearly twice its CPU time
// (docs/test-loop.md, round 4). Here lint, type check, build and Vitest start together; the
// bundle-size check and the browser tests start as soon as the build is done. Every phase runs
// to its end, its output streamed with its name in front; the table at the end says how each
// went, and the exit code is 1 when any failed.
//
// `SAMSYN_TEST_SERIAL=1` runs the same phases one after another (to measure one alone, or on a
// machine with one core); `SAMSYN_TEST_PHASES=lint,build,size` runs only the phases named (and
// what they wait for).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
// pnpm itself, as it started this script (`npx -y pnpm@10 test` leaves no pnpm on the PATH).
const pnpm = process.env.npm_execpath;
if (!pnpm?.includes('pnpm')) {
  process.stderr.write('scripts/test.mjs: run it as `pnpm test` (npm_execpath does not name pnpm).\n');
  process.exit(2);
}

/** name → [pnpm's arguments, phases it waits for], in the order of the table at the end */
const phases = {
  lint: [['run', 'lint'], []],
  typecheck: [['run', 'typecheck'], []],
  vitest: [['exec', 'vitest', 'run'], []],
  build: [['run', 'build'], []],
  size: [['run', 'test:size'], ['build']],
  e2e: [['run', 'test:e2e'], ['build']],
};
const serial = process.env.SAMSYN_TEST_SERIAL === '1';
const chosen = process.env.SAMSYN_TEST_PHASES?.split(',').map((name) => name.trim());
const unknown = chosen?.filter((name) => !(name in phases)) ?? [];
if (unknown.length > 0) {
  process.stderr.write(
    `scripts/test.mjs: no phase ${unknown.join(', ')} (phases: ${Object.keys(phases).join(', ')}).\n`,
  );
  process.exit(2);
}
const wanted = (name) =>
  !chosen || chosen.includes(name) || chosen.some((other) => phases[other][1].includes(name));
const order = Object.keys(phases).filter(wanted);

/** Runs one phase with its output prefixed line by line; resolves to its exit code and time. */
function run(name) {
  const [args] = phases[name];
  const started = Date.now();
  return new Promise((resolve) => {
    // No colours: the lines are prefixed and often read from a log. NO_COLOR, not FORCE_COLOR=0,
    // which Vitest's colour check reads as "force colours on".
    const { FORCE_COLOR: _forced, ...env } = process.env;
    const child = spawn(process.execPath, [pnpm, ...args], {
      cwd: repoRoot,
      env: { ...env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = `[${name}] `;
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) process.stdout.write(`${prefix}${line}\n`);
      });
      stream.on('end', () => {
        if (rest) process.stdout.write(`${prefix}${rest}\n`);
      });
    }
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000 }),
    );
  });
}

const results = {};
const done = {};
function start(name) {
  done[name] ??= (async () => {
    const waitsFor = phases[name][1];
    const before = await Promise.all(waitsFor.map(start));
    if (before.some((result) => result.code !== 0)) {
      results[name] = { code: 1, seconds: 0, skipped: true };
    } else {
      results[name] = await run(name);
    }
    return results[name];
  })();
  return done[name];
}

const startedAt = Date.now();
if (serial) {
  for (const name of order) await start(name);
} else {
  await Promise.all(order.map(start));
}

const minutes = (seconds) => {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
};
const say = (line) => process.stdout.write(`${line}\n`);
say('\nPhase       Result      Time');
for (const name of order) {
  const { code, seconds, skipped } = results[name];
  const result = skipped ? 'skipped' : code === 0 ? 'passed' : `failed (${code})`;
  say(`${name.padEnd(12)}${result.padEnd(12)}${minutes(seconds)}`);
}
say(`${'all'.padEnd(24)}${minutes((Date.now() - startedAt) / 1000)}`);
process.exit(order.some((name) => results[name].code !== 0) ? 1 : 0);
