import { initTRPC } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * patches/@trpc__server@*.patch makes tRPC link its abort signals with plain listeners instead of
 * Node 20's `AbortSignal.any` (two calls per request, each costly and keeping request data alive
 * through young-generation collections; see docs/performance.md).
 * If a tRPC upgrade drops the patch, this fails.
 */
describe('tRPC request path without AbortSignal.any', () => {
  afterEach(() => vi.restoreAllMocks());

  const t = initTRPC.create();
  const router = t.router({
    ping: t.procedure.query(({ signal }) => (signal?.aborted ? 'aborted' : 'pong')),
  });

  it('answers a query without calling AbortSignal.any, and still passes an abort signal to the procedure', async () => {
    const any = vi.spyOn(AbortSignal, 'any');
    const response = await fetchRequestHandler({
      endpoint: '/trpc',
      req: new Request('http://localhost/trpc/ping'),
      router,
      createContext: () => ({}),
    });
    expect(await response.json()).toEqual({ result: { data: 'pong' } });
    expect(any).not.toHaveBeenCalled();
  });

  it('still aborts the procedure when the client goes away', async () => {
    const client = new AbortController();
    let seen: AbortSignal | undefined;
    const waiting = t.router({
      wait: t.procedure.query(({ signal }) => {
        seen = signal;
        client.abort();
        return signal?.aborted ?? null;
      }),
    });
    const response = await fetchRequestHandler({
      endpoint: '/trpc',
      req: new Request('http://localhost/trpc/wait', { signal: client.signal }),
      router: waiting,
      createContext: () => ({}),
    });
    expect(seen?.aborted).toBe(true);
    expect(response.status).toBeGreaterThanOrEqual(200);
  });
});
