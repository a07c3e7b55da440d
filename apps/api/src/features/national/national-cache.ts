import type { Queryable } from '@samsyn/db';
import { LRUCache } from 'lru-cache';

/**
 * Computed national views, kept per replica under the database's `national_version()`, which
 * changes with every write to the summary table, every change of a förbund's status and every
 * change of who shares named figures. A hit costs one tiny query; a miss recomputes. Replicas do
 * not share the cache, and need not: each checks the version on every request. The key carries the
 * database's name: two databases cloned from one template (the test suites' per-file copies, a
 * restored backup beside the original) can repeat each other's version with other data, and a
 * process that serves more than one of them must not hand one's views to the other.
 */
const entries = new LRUCache<string, { version: string; value: unknown }>({ max: 200 });

export async function cachedNational<T>(sql: Queryable, key: string, compute: () => Promise<T>): Promise<T> {
  const [row] = await sql<{ version: string }[]>`
    select current_database() || ':' || national_version() as version`;
  const version = row?.version ?? '';
  const hit = entries.get(key);
  if (hit && hit.version === version) return hit.value as T;
  const value = await compute();
  entries.set(key, { version, value });
  return value;
}
