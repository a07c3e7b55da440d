import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from './testing/use-test-database.ts';

const run = promisify(execFile);
const packageDir = path.resolve(import.meta.dirname, '..');

/**
 * patches/postgres@*.patch makes postgres.js survive the loss of its connections (ARCHITECTURE.md,
 * "When the database goes away"). Unpatched 3.4.9, a query sent on a reserved or transaction
 * connection whose backend died (our ROLLBACK after the failure) is buffered for a socket that is
 * gone and written from a setImmediate: `TypeError: Cannot read properties of null (reading
 * 'write')`, uncatchable, the process exits (porsager/postgres#1154, #1066, #1208); releasing such a
 * connection put the dead one back as open (#1199); and a reservation whose connection attempt
 * failed stayed queued and later swallowed a live connection, so after an outage the pool ran dry.
 *
 * Each scenario runs in a child process, because the failure being guarded against is the process
 * exiting; the child prints what each step answered. This fails if an upgrade drops the patch.
 */
const script = `
  import net from 'node:net';
  import postgres from 'postgres';
  const url = new URL(process.env.TEST_DATABASE_URL);
  const wait = (ms) => new Promise((r) => setTimeout(r, ms));
  const within = (promise, ms) =>
    Promise.race([promise.then(() => 'ok', (e) => e.code ?? String(e)), wait(ms).then(() => 'hung')]);
  const options = { max: 2, backoff: 0.05, connect_timeout: 2, onnotice: () => {} };
  const killer = postgres(url.href, { max: 1, onnotice: () => {} });
  const terminate = async (pid) => { await wait(100); await killer\`select pg_terminate_backend(\${pid})\`; };
  const steps = {};

  // A reserved connection whose backend dies under a query; then ROLLBACK, release, reuse.
  {
    const sql = postgres(url.href, options);
    const reserved = await sql.reserve();
    const [{ pid }] = await reserved\`select pg_backend_pid() as pid\`;
    const sleeping = within(reserved\`select pg_sleep(5)\`, 3000);
    await terminate(pid);
    steps.reservedQuery = await sleeping;
    steps.reservedRollback = await within(reserved\`rollback\`, 3000);
    reserved.release();
    steps.poolAfterRelease = await within(sql\`select 1\`, 3000);
    steps.reserveAfterRelease = await within(sql.reserve().then((c) => c\`select 1\`.then(() => c.release())), 3000);
    await sql.end({ timeout: 1 });
  }

  // sql.begin(): postgres.js sends its own ROLLBACK on the dead connection.
  {
    const sql = postgres(url.href, options);
    let pid = null;
    const transaction = within(sql.begin(async (tx) => {
      [{ pid }] = await tx\`select pg_backend_pid() as pid\`;
      await tx\`select pg_sleep(5)\`;
    }), 3000);
    while (pid === null) await wait(10);
    await terminate(pid);
    steps.transaction = await transaction;
    steps.poolAfterTransaction = await within(sql\`select 1\`, 3000);
    await sql.end({ timeout: 1 });
  }

  // An outage: the server refuses connections (a proxy in front of it stops listening), the
  // pool's reservations fail, the server comes back: the pool must serve again, promptly.
  {
    const links = new Set();
    const proxy = net.createServer((client) => {
      const server = net.connect(Number(url.port), url.hostname);
      links.add(client); links.add(server);
      client.pipe(server).pipe(client);
      const drop = () => { client.destroy(); server.destroy(); };
      client.on('error', drop); server.on('error', drop); client.on('close', drop); server.on('close', drop);
    });
    await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
    const port = proxy.address().port;
    const proxied = new URL(url.href); proxied.port = String(port);
    const sql = postgres(proxied.href, options);
    await sql\`select 1\`;
    await new Promise((r) => { proxy.close(r); for (const socket of links) socket.destroy(); });
    await wait(50); // the pool sees its connection close
    const failures = [];
    for (let i = 0; i < 8; i++)
      failures.push(await within(sql.reserve().then((c) => c\`select 1\`.finally(() => c.release())), 3000));
    steps.duringOutage = [...new Set(failures)].join(',');
    await new Promise((r) => proxy.listen(port, '127.0.0.1', r));
    const back = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => within(sql.reserve().then((c) => c\`select 1\`.then(() => c.release())), 5000)),
    );
    steps.afterOutage = [...new Set(answers)].join(',');
    steps.recoveredWithin2s = performance.now() - back < 2000;
    await sql.end({ timeout: 1 });
    proxy.close();
    for (const socket of links) socket.destroy();
  }

  await killer.end();
  console.log(JSON.stringify(steps));
`;

describe('postgres.js when connections are lost', () => {
  const db = useTestDatabase();

  it('settles every query with CONNECTION_CLOSED, never crashes the process, and the pool serves again', async () => {
    const outcome = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: packageDir,
      env: { ...process.env, TEST_DATABASE_URL: db.current.superuserUrl },
      timeout: 45_000,
    }).catch((error: { code?: number; stderr?: string }) => ({
      stdout: `exit ${error.code}: ${error.stderr?.split('\n').slice(0, 8).join('\n')}`,
    }));
    expect(outcome.stdout.trim()).toBe(
      JSON.stringify({
        reservedQuery: 'CONNECTION_CLOSED',
        reservedRollback: 'CONNECTION_CLOSED',
        poolAfterRelease: 'ok',
        reserveAfterRelease: 'ok',
        transaction: 'CONNECTION_CLOSED',
        poolAfterTransaction: 'ok',
        duringOutage: 'ECONNREFUSED',
        afterOutage: 'ok',
        recoveredWithin2s: true,
      }),
    );
  }, 60_000);
});
