import type { RequestSpec } from './load/types.ts';

/**
 * tRPC v11's HTTP shapes without a client: a query is GET /trpc/<path>?input=<json>, a mutation
 * is POST /trpc/<path> with the JSON input as the body (no transformer, no batching).
 * Mutations carry what a browser sends on a same-origin request, or the origin guard refuses them.
 */
export const trpcQuery = (
  path: string,
  input: unknown,
  headers: Record<string, string> = {},
): RequestSpec => ({
  method: 'GET',
  path:
    input === undefined
      ? `/trpc/${path}`
      : `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
  headers,
});

export const trpcMutation = (
  origin: string,
  path: string,
  input: unknown,
  headers: Record<string, string> = {},
): RequestSpec => ({
  method: 'POST',
  path: `/trpc/${path}`,
  headers: {
    'content-type': 'application/json',
    origin,
    'sec-fetch-site': 'same-origin',
    ...headers,
  },
  body: JSON.stringify(input),
});
