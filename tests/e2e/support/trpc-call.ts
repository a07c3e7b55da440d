import type { Page } from '@playwright/test';

/** A tRPC call from inside the page (same origin, the page's session), as the app makes it. */
export async function call<T>(page: Page, path: string, input: unknown, isMutation = false): Promise<T> {
  return page.evaluate(
    async ({ path, input, isMutation }) => {
      const response = isMutation
        ? await fetch(`/trpc/${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(input),
          })
        : await fetch(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
      const body = (await response.json()) as { result?: { data?: unknown }; error?: unknown };
      if (!response.ok) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
      return body.result?.data as never;
    },
    { path, input, isMutation },
  );
}

/**
 * A tRPC call from inside the logged-in page (same origin: the session cookie and CSRF check pass),
 * naming its method; a call that answers without a result throws.
 */
export async function api<T>(
  page: Page,
  path: string,
  input: unknown,
  method: 'GET' | 'POST' = 'POST',
): Promise<T> {
  return page.evaluate(
    async ({ path, input, method }) => {
      const encoded = encodeURIComponent(JSON.stringify(input));
      const response = await fetch(method === 'GET' ? `/trpc/${path}?input=${encoded}` : `/trpc/${path}`, {
        method,
        credentials: 'same-origin',
        ...(method === 'POST'
          ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) }
          : {}),
      });
      const body = (await response.json()) as { result?: { data: unknown }; error?: unknown };
      if (!response.ok || !body.result) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
      return body.result.data as T;
    },
    { path, input, method },
  );
}
