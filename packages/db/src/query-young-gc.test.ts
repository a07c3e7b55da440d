import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from './testing/use-test-database.ts';

const run = promisify(execFile);
const packageDir = path.resolve(import.meta.dirname, '..');

/**
 * patches/postgres@*.patch moves postgres.js' `Symbol.species` of its Query class out of the class
 * body. Declared there, as a computed static getter, it made every finished query (with its
 * result and rows) survive young-generation collections on Node 20 until the next full one:
 * ≈ 1.2 MB copied and promoted per scavenge and pauses of 3–6 ms instead of 0.2 (docs/performance.md). This fails if an upgrade drops the patch.
 *
 * It runs the queries in a child process, because only there can V8 report what each
 * scavenge promoted (`--trace-gc-nvp`), undisturbed by the test runner's own allocations.
 */
describe('postgres.js queries and young-generation collections', () => {
  const db = useTestDatabase();

  it('leaves nothing of finished queries to promote: scavenges during 30 000 sequential queries promote under 64 KB each', async () => {
    const script = `
      import postgres from 'postgres';
      const sql = postgres(process.env.TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
      for (let i = 0; i < 2000; i++) await sql\`select \${i}::int as n\`;
      console.log('measuring');
      for (let i = 0; i < 30000; i++) await sql\`select \${i}::int as n\`;
      console.log('done');
      await sql.end();
    `;
    const { stdout } = await run(process.execPath, ['--trace-gc-nvp', '--input-type=module', '-e', script], {
      cwd: packageDir,
      env: { ...process.env, TEST_DATABASE_URL: db.current.appUrl },
      maxBuffer: 64 * 1024 * 1024,
    });

    const measured = stdout.slice(stdout.indexOf('measuring'), stdout.indexOf('done'));
    const promoted = [...measured.matchAll(/gc=s .*? promoted=(\d+)/g)].map((match) => Number(match[1]));
    expect(promoted.length).toBeGreaterThanOrEqual(5);
    const median = [...promoted].sort((a, b) => a - b)[Math.floor(promoted.length / 2)];
    expect(median).toBeLessThan(64 * 1024);
  }, 60_000);
});
