import { createTestApi, type TestApi } from '@samsyn/api/testing';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Member lists follow the domain's memberKinds order (the state, the region, the municipalities by name). */
const db = useTestDatabase();
let api: TestApi;
let superuser: Sql;

beforeAll(async () => {
  api = createTestApi(db.current.appUrl);
  superuser = createSql(db.current.superuserUrl, { max: 1 });
  // A member added last, whose name sorts first: only the kind order puts it after the region.
  await superuser`
    insert into members (tenant_id, kind, name)
    select id, 'municipality', 'Ale kommun' from tenants where slug = 'insjoriket'`;
});
afterAll(async () => {
  await api.close();
  await superuser.end();
});

describe('member order', () => {
  it('lists Försäkringskassan, Arbetsförmedlingen, the region, then the municipalities by name', async () => {
    const caller = await api.callerFor('viewer@insjoriket.demo');
    const { members } = await caller.tenant.get({ tenant: 'insjoriket' });
    expect(members.map((member) => member.name)).toEqual([
      'Försäkringskassan',
      'Arbetsförmedlingen',
      'Västra Götalandsregionen',
      'Ale kommun',
      'Härryda kommun',
      'Mölndals stad',
      'Partille kommun',
    ]);
  });
});
