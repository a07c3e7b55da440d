import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { apiErrorDataOf, isClientError } from './api-error.ts';
import { markSessionExpired, wasLoggedOutOnPurpose } from './logout-intent.ts';

/** Server errors and network hiccups get two more tries; 4xx answers will not change on retry. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return !isClientError(error) && failureCount < 2;
}

/** True when the API says the session is gone (expired, revoked, logged out elsewhere). */
export const isSessionGone = (error: unknown): boolean => apiErrorDataOf(error)?.reason === 'auth.required';

/** tRPC's key of a procedure (`[['auth', 'me'], …]`) as its dotted path. */
const procedureOf = (key: QueryKey | undefined): string | null =>
  Array.isArray(key?.[0]) ? (key[0] as unknown[]).join('.') : null;

/**
 * Whether this browser had a session the last time the app asked (kept across reloads), so that
 * a session which ended while the tab was closed or asleep is told apart from a first visit.
 */
export interface SessionMemory {
  hadSession(): boolean;
  remember(hadSession: boolean): void;
}

const HAD_SESSION_KEY = 'samsyn.hadSession';

/** In localStorage: a yes or no, nothing about who (storage may be off: then it remembers nothing). */
export const browserSessionMemory: SessionMemory = {
  hadSession: () => {
    try {
      return globalThis.localStorage?.getItem(HAD_SESSION_KEY) === '1';
    } catch {
      return false;
    }
  },
  remember: (hadSession) => {
    try {
      if (hadSession) globalThis.localStorage?.setItem(HAD_SESSION_KEY, '1');
      else globalThis.localStorage?.removeItem(HAD_SESSION_KEY);
    } catch {
      // Private mode or storage turned off: the login page then says nothing, as before.
    }
  },
};

/**
 * The app's query client, with the rule for a session that ends while the app is open: any
 * request the API refuses for want of a session — a page's data or a form's save — marks the
 * session as expired (so the login page says why the user is there) and calls `onSessionGone`,
 * which sends the user to login and back to the same page afterwards. The same holds when the
 * app finds nobody logged in (`auth.me` answers null) in a browser that had a session and did not
 * log out on purpose: the session ran out while the tab was closed or asleep.
 */
export function createQueryClient(
  onSessionGone: () => void,
  memory: SessionMemory = browserSessionMemory,
): QueryClient {
  const sessionEnded = () => {
    markSessionExpired(true);
    memory.remember(false);
  };
  const refusedForWantOfSession = (error: unknown) => {
    if (!isSessionGone(error)) return;
    sessionEnded();
    onSessionGone();
  };
  return new QueryClient({
    queryCache: new QueryCache({
      onError: refusedForWantOfSession,
      onSuccess: (data, query) => {
        if (procedureOf(query.queryKey) !== 'auth.me') return;
        if (data) memory.remember(true);
        else if (memory.hadSession()) {
          if (wasLoggedOutOnPurpose()) memory.remember(false);
          else sessionEnded();
        }
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        // A logout the API refuses because the session already ended did what the user asked.
        if (procedureOf(mutation.options.mutationKey) === 'auth.logout') {
          if (isSessionGone(error)) memory.remember(false);
          return;
        }
        refusedForWantOfSession(error);
      },
      onSuccess: (_data, _variables, _context, mutation) => {
        if (procedureOf(mutation.options.mutationKey) === 'auth.logout') memory.remember(false);
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
