import { LRUCache } from 'lru-cache';
import type { ValidSession } from '../auth/session.ts';
import type { TenantContext } from './tenant-transaction.ts';

/** What the last verified entry of a session into a förbund found. */
export interface RememberedEntry {
  tenant: TenantContext;
  session: ValidSession;
}

/**
 * The last verified entry per (session, förbund), so that the next request of the same session
 * can send its work right behind the check instead of waiting for it (see `inTenantTransaction`).
 * Never trusted on its own: every request is checked again in the database, and a remembered
 * entry that no longer matches only costs that request a second try. Bounded: the least recently
 * used entry goes. Kept because it pays: without it a read cost a median ≈ 20 % more CPU (issue 18,
 * docs/performance.md).
 */
export const createEntryCache = (capacity = 10_000) =>
  new LRUCache<string, RememberedEntry>({ max: capacity });

export const entryKey = (sessionId: string, slug: string): string => `${sessionId}\u0000${slug}`;

/** Whether a verified entry is exactly what was assumed (every field the work may have used). */
export function sameEntry(a: RememberedEntry, b: RememberedEntry): boolean {
  return (
    a.tenant.id === b.tenant.id &&
    a.tenant.slug === b.tenant.slug &&
    a.tenant.name === b.tenant.name &&
    a.tenant.role === b.tenant.role &&
    a.session.sessionId === b.session.sessionId &&
    a.session.user.id === b.session.user.id &&
    a.session.user.email === b.session.user.email &&
    a.session.user.name === b.session.user.name &&
    a.session.user.globalRoles.join() === b.session.user.globalRoles.join()
  );
}
