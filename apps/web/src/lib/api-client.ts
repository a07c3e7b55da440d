import type { AppRouter } from '@samsyn/api';
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from '@trpc/client';

/**
 * Largest batch the API accepts (its MAX_BATCH_SIZE). Repeated here because @samsyn/api is a
 * type-only dependency of the browser bundle.
 */
export const MAX_BATCH_ITEMS = 10;

/**
 * Procedures that check a password: the API refuses them in a batch with anything else (one
 * argon2 hash per request), so they always go alone. Same list as the API's UNBATCHABLE_PATHS.
 */
const UNBATCHABLE_PATHS: ReadonlySet<string> = new Set([
  'auth.login',
  'invitation.accept',
  'profile.changePassword',
]);

/** The tRPC client: same-origin requests, so the session cookie goes along and CSRF checks pass. */
export function createApiClient() {
  const fetchSameOrigin: typeof fetch = (input, init) =>
    fetch(input, { ...init, credentials: 'same-origin' });
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => UNBATCHABLE_PATHS.has(op.path),
        true: httpLink({ url: '/trpc', fetch: fetchSameOrigin }),
        false: httpBatchLink({ url: '/trpc', maxItems: MAX_BATCH_ITEMS, fetch: fetchSameOrigin }),
      }),
    ],
  });
}
