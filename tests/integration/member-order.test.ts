import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './support/use-caller.ts';

/** Member lists follow the domain's memberKinds order (the state, the region, the municipalities by name). */
const env = useTestApi();

beforeAll(async () => {
  // A member added last, whose name sorts first: only the kind order puts it after the region.
  await env.superuser`
    insert into members (tenant_id, kind, name)
    select id, 'municipality', 'Ale kommun' from tenants where slug = 'insjoriket'`;
});

describe('member order', () => {
  it('lists Försäkringskassan, Arbetsförmedlingen, the region, then the municipalities by name', async () => {
    const caller = await env.api.callerFor('viewer@insjoriket.demo');
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
