import { useTestConnections } from '@samsyn/db/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { Sql } from './client.ts';
import { enterScope } from './scope.ts';

const db = useTestConnections('app');

type Settings = { tenant: string | null; user: string | null; request: string | null; token: string | null };
const readSettings = (tx: Sql) =>
  tx<Settings[]>`
    select current_setting('app.tenant_id', true) as tenant, current_setting('app.user_id', true) as user,
           current_setting('app.request_id', true) as request,
           current_setting('app.invitation_token_hash', true) as token`.then((rows) => rows[0]);

const tenantId = '00000000-0000-4000-8000-000000000001';
const userId = '00000000-0000-4000-8000-000000000002';

describe('enterScope', () => {
  it('sets the given keys, keeps the ones left out and clears the ones given as null', async () => {
    const seen = await db.app.begin(async (tx) => {
      await enterScope(tx, { tenantId, userId, requestId: 'r-1', invitationTokenHash: 'ab' });
      const first = await readSettings(tx as unknown as Sql);
      await enterScope(tx, { userId: null, requestId: 'r-2' });
      return [first, await readSettings(tx as unknown as Sql)];
    });
    expect(seen).toEqual([
      { tenant: tenantId, user: userId, request: 'r-1', token: 'ab' },
      { tenant: tenantId, user: '', request: 'r-2', token: 'ab' },
    ]);
  });

  it('leaves nothing behind for the next transaction on the same connection', async () => {
    await db.app.begin((tx) => enterScope(tx, { tenantId, userId, requestId: 'r-3' }));
    const after = await readSettings(db.app);
    expect([after?.tenant ?? '', after?.user ?? '', after?.request ?? '']).toEqual(['', '', '']);
  });

  it('does nothing for an empty scope', async () => {
    await db.app.begin(async (tx) => {
      await enterScope(tx, {});
      expect((await readSettings(tx as unknown as Sql))?.tenant ?? '').toBe('');
    });
  });
});
