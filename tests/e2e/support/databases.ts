/**
 * The browser tests' databases, run as a child of the Playwright runner (`node --import tsx`, like
 * the API server, so that the runner itself never loads the workspace's TypeScript): one throwaway
 * embedded PostgreSQL with the migrated, demo-seeded template, and one clone of it per worker
 * (`create database … template …`, ≈ 100 ms), so that two workers never see each other's writes.
 *
 * Usage: `node --import tsx databases.ts <count>`. Prints one JSON line, `{ databases: [{ appUrl,
 * ownerUrl }, …] }`, then keeps the cluster up until its standard input closes (the runner ended,
 * however it ended) or it gets SIGTERM, and deletes it.
 */
import { hashPassword } from '@samsyn/api';
import { demoPassword } from '@samsyn/db';
import { createTestDatabase, startTestCluster } from '@samsyn/db/testing';

const count = Number(process.argv[2]);
if (!Number.isInteger(count) || count < 1) throw new Error(`databases.ts <count>: got "${process.argv[2]}"`);

const { info, stop } = await startTestCluster({ passwordHash: await hashPassword(demoPassword) });
let stopping: Promise<void> | undefined;
const shutdown = () => {
  stopping ??= stop().finally(() => process.exit(0));
  return stopping;
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
process.stdin.on('end', shutdown);
process.stdin.on('close', shutdown);
process.stdin.resume();

const databases = [];
for (let index = 0; index < count; index += 1) {
  const database = await createTestDatabase(info);
  databases.push({ appUrl: database.appUrl, ownerUrl: database.ownerUrl });
}
process.stdout.write(`${JSON.stringify({ databases })}\n`);
