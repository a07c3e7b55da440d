import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashPassword } from '@samsyn/api';
import { createSql, demoPassword, openDatabase, seedDemo } from '@samsyn/db';
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
}

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
    // Fresh statistics, as autovacuum would have gathered on a database that has been running.
    await owner`analyze`;
    return {
      appUrl: database.appUrl,
      ownerUrl: database.ownerUrl,
      volume,
      password: demoPassword,
      clusterDir,
    };
  } finally {
    await owner.end();
  }
}
