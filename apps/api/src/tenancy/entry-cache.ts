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
 * entry that no longer matches only costs that request a second try. Bounded; the oldest goes.
 */
export class EntryCache {
  readonly #entries = new Map<string, RememberedEntry>();

  constructor(private readonly capacity = 10_000) {}

  static key(sessionId: string, slug: string): string {
    return `${sessionId}\u0000${slug}`;
  }

  get(key: string): RememberedEntry | undefined {
    return this.#entries.get(key);
  }

  set(key: string, entry: RememberedEntry): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }
}

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
