import type { AppRouter } from '@samsyn/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';

/**
 * Largest batch the API accepts (its MAX_BATCH_SIZE). Repeated here because @samsyn/api is a
 * type-only dependency of the browser bundle.
 */
export const MAX_BATCH_ITEMS = 10;

/** The tRPC client: same-origin requests, so the session cookie goes along and CSRF checks pass. */
export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        maxItems: MAX_BATCH_ITEMS,
        fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
      }),
    ],
  });
}
