import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashPassword } from '@samsyn/api';
import { createSql, demoOtherUsers, demoPassword, openDatabase, seedDemo, seedSynthetic } from '@samsyn/db';
import { onCleanup, trackCluster, trackTempDir, untrackCluster } from './cleanup.ts';
import { addVolume, type Volume, type VolumeOptions } from './volume.ts';

export interface BenchDatabase {
  appUrl: string;
  ownerUrl: string;
  volume: Volume;
  /** The password of every demo and bench account. */
  password: string;
  /** The cluster's data directory (its postmaster.pid names the server). */
  clusterDir: string;
  /** The national network's account: it reads the national overview. */
  networkEmail: string;
  /** Synthetic förbund behind the national figures (demo's plus the bench's) and their years. */
  national: { forbund: number; years: [number, number] };
}

/** The national volume of issue 7: 1 000 synthetic förbund × 10 years, beside the demo's. */
export const NATIONAL_FORBUND = 1000;
export const NATIONAL_YEARS: [number, number] = [2016, 2025];

/**
 * A throwaway embedded PostgreSQL (no fsync, deleted at the end), migrated, with the demo data
 * and the bench volume. Stopped and deleted by the cleanup, whatever happens.
 */
export async function startBenchDatabase(options: VolumeOptions): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'samsyn-bench-'));
  trackTempDir(dataDir);
  const clusterDir = path.join(dataDir, 'pg');
  trackCluster(clusterDir);
  const database = await openDatabase({ dataDir, ephemeral: true });
  onCleanup(async () => {
    await database.stop();
    untrackCluster(clusterDir);
  });
  if (!database.ownerUrl) throw new Error('the embedded database has no owner URL');

  const owner = createSql(database.ownerUrl, { max: 1, applicationName: 'samsyn-bench-seed' });
  try {
    const passwordHash = await hashPassword(demoPassword);
    await seedDemo(owner, { passwordHash });
    const volume = await addVolume(owner, passwordHash, options);
    // After the demo's synthetic förbund, numbered on from them (names and slugs are unique).
    const [synthetic] = await owner<
      { n: number }[]
    >`select count(*)::int as n from tenants where is_synthetic`;
    const before = synthetic?.n ?? 0;
    await seedSynthetic(owner, { forbund: NATIONAL_FORBUND, years: NATIONAL_YEARS, firstNumber: before + 1 });
    // As on a database that has been running: statistics gathered and the freshly loaded rows
    // vacuumed. Otherwise autovacuum gets to them during the first runs, on the servers' core.
    await owner`vacuum (analyze, freeze)`;
    return {
      appUrl: database.appUrl,
      ownerUrl: database.ownerUrl,
      volume,
      password: demoPassword,
      clusterDir,
      networkEmail: demoOtherUsers.network.email,
      national: { forbund: before + NATIONAL_FORBUND, years: NATIONAL_YEARS },
    };
  } finally {
    await owner.end();
  }
}
