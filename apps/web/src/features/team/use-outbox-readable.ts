import { useQuery } from '@tanstack/react-query';
import { apiErrorDataOf } from '../../lib/api-error.ts';
import { useTRPC } from '../../lib/trpc.ts';

/** True when the API says the outbox is closed (production without demo mode). */
export const isOutboxDisabled = (error: unknown): boolean =>
  apiErrorDataOf(error)?.reason === 'outbox.disabled';

/**
 * The förbund's outbox, shared by the page and by the admin menu, which shows its link only when
 * the API lets the outbox be read (development and demo).
 */
export function useTenantOutbox(slug: string, enabled = true) {
  const trpc = useTRPC();
  return useQuery(trpc.outbox.list.queryOptions({ tenant: slug }, { staleTime: 10_000, enabled }));
}

/** The platform's outbox (every mail), for platform admins in development and demo. */
export function usePlatformOutbox() {
  const trpc = useTRPC();
  return useQuery(trpc.platform.outbox.queryOptions(undefined, { staleTime: 10_000 }));
}
