import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { createSql } from '../client.ts';
import { ensureDatabase, startEmbeddedPostgres } from '../embedded.ts';
import { migrate } from '../migrate.ts';
import { dbRoles } from '../roles.ts';
import { seedDemo } from '../seed/demo.ts';

/** What the test runner's global setup hands to each test file. */
export interface TestCluster {
  superuserUrl: string;
  ownerUrlTemplate: string;
  appUrlTemplate: string;
  templateDatabase: string;
}

const TEMPLATE = 'samsyn_template';

/**
 * Starts a throwaway PostgreSQL for a test run and prepares a template database with the schema
 * and the demo data. Each test file then clones the template (≈ 50 ms) so files never share state.
 */
export async function startTestCluster(options: { passwordHash: string }) {
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(tmpdir(), `samsyn-test-${randomBytes(6).toString('hex')}`),
    persistent: false,
    durable: false,
  });
  await ensureDatabase(cluster.url('superuser', 'postgres'), TEMPLATE);
  const owner = createSql(cluster.url('owner', TEMPLATE), { max: 1 });
  try {
    await migrate(owner);
    await seedDemo(owner, { passwordHash: options.passwordHash });
  } finally {
    await owner.end();
  }
  const info: TestCluster = {
    superuserUrl: cluster.url('superuser', 'postgres'),
    ownerUrlTemplate: cluster.url('owner', '{db}'),
    appUrlTemplate: cluster.url('app', '{db}'),
    templateDatabase: TEMPLATE,
  };
  return { info, stop: () => cluster.stop() };
}

export interface TestDatabase {
  name: string;
  appUrl: string;
  ownerUrl: string;
  superuserUrl: string;
  drop(): Promise<void>;
}

/**
 * A fresh database, cloned from the migrated and demo-seeded template — or, with `empty`, a blank
 * one without even the schema (for migration tests).
 */
export async function createTestDatabase(
  cluster: TestCluster,
  options: { empty?: boolean } = {},
): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  if (options.empty) {
    await ensureDatabase(cluster.superuserUrl, name);
  } else {
    const admin = postgres(cluster.superuserUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(
        `create database ${name} owner ${dbRoles.owner} template ${cluster.templateDatabase}`,
      );
    } finally {
      await admin.end();
    }
  }
  return {
    name,
    appUrl: cluster.appUrlTemplate.replace('{db}', name),
    ownerUrl: cluster.ownerUrlTemplate.replace('{db}', name),
    superuserUrl: cluster.superuserUrl.replace(/\/postgres$/, `/${name}`),
    drop: async () => {
      const sql = postgres(cluster.superuserUrl, { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await sql.end();
      }
    },
  };
}
