import { initTRPC } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { describe, expect, it } from 'vitest';

/**
 * tRPC hands each procedure an abort signal linked to the client's request. (A patch that linked
 * them without Node 20's `AbortSignal.any` was dropped in issue 18: it saved ≈ 4 % CPU per read,
 * under the 10 % a dependency patch must save; docs/performance.md.)
 */
describe('tRPC request path and abort signals', () => {
  const t = initTRPC.create();

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
