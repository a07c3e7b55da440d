import { QueryCache, QueryClient } from '@tanstack/react-query';
import { apiErrorDataOf, isClientError } from './api-error.ts';
import { markSessionExpired } from './logout-intent.ts';

/** Server errors and network hiccups get two more tries; 4xx answers will not change on retry. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return !isClientError(error) && failureCount < 2;
}

/** True when the API says the session is gone (expired, revoked, logged out elsewhere). */
export const isSessionGone = (error: unknown): boolean => apiErrorDataOf(error)?.reason === 'auth.required';

export function createQueryClient(onSessionGone: () => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (!isSessionGone(error)) return;
        // The login page says why the user is back there.
        markSessionExpired(true);
        onSessionGone();
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
