import { createTestApi, outcomeOf, type TestApi } from '@samsyn/api/testing';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The Insatskatalog: published by a förbund's editors, searchable in Swedish by every logged-in user. */
const db = useTestDatabase();
let api: TestApi;
let superuser: Sql;
let interventions: { id: string; name: string; kind: string }[];

beforeAll(async () => {
  api = createTestApi(db.current.appUrl);
  superuser = createSql(db.current.superuserUrl, { max: 1 });
  interventions = [
    ...(await superuser<{ id: string; name: string; kind: string }[]>`
      select i.id, i.name, i.kind from interventions i join tenants t on t.id = i.tenant_id
      where t.slug = 'gavleborg' and i.archived_at is null order by i.name`),
  ];
});
afterAll(async () => {
  await api.close();
  await superuser.end();
});

describe('the Insatskatalog', () => {
  it('lets an editor publish, and every logged-in user find it in Swedish full text and open it', async () => {
    const editor = await api.callerFor('editor@gavleborg.demo');
    const target = interventions.find((i) => i.kind === 'individual') ?? interventions[0];
    if (!target) throw new Error('no demo interventions');
    const { id } = await editor.catalogue.publish({ tenant: 'gavleborg', interventionId: target.id });

    // A word of the name, in another inflection: the swedish configuration stems both.
    const word = target.name.split(/\s+/).find((w) => w.length >= 5) ?? target.name;
    for (const email of ['viewer@insjoriket.demo', 'network@samsyn.demo', 'platform@samsyn.demo']) {
      const caller = await api.callerFor(email);
      const found = await caller.catalogue.search({ query: word });
      expect(found.items.map((item) => item.id)).toContain(id);
      const entry = await caller.catalogue.get({ id });
      expect(entry).toMatchObject({
        name: target.name,
        publisherName: 'Samordningsförbund Gävleborg',
        countyCode: '21',
      });
    }
  });

  it('filters by kind, county, target group, method and status', async () => {
    const caller = await api.callerFor('viewer@insjoriket.demo');
    const all = await caller.catalogue.search({});
    expect(all.total).toBeGreaterThan(0);
    expect((await caller.catalogue.search({ county: '21' })).total).toBe(all.total);
    expect((await caller.catalogue.search({ county: '01' })).total).toBe(0);
    const entry = await caller.catalogue.get({ id: all.items[0]?.id ?? '' });
    expect((await caller.catalogue.search({ kind: entry.kind })).total).toBe(all.total);
    expect((await caller.catalogue.search({ status: entry.status })).total).toBe(all.total);
    const group = entry.targetGroupIds[0];
    if (group) expect((await caller.catalogue.search({ targetGroup: group as never })).total).toBe(all.total);
    const method = entry.methodTagIds[0];
    if (method) expect((await caller.catalogue.search({ method: method as never })).total).toBe(all.total);
  });

  it('publishes no headline participant figure of 1–4', async () => {
    const editor = await api.callerFor('editor@gavleborg.demo');
    for (const intervention of interventions)
      await editor.catalogue.publish({ tenant: 'gavleborg', interventionId: intervention.id });
    const caller = await api.callerFor('network@samsyn.demo');
    const { items } = await caller.catalogue.search({ limit: 100 });
    expect(items.length).toBe(interventions.length);
    for (const item of items) {
      const { headlineFigures } = await caller.catalogue.get({ id: item.id });
      for (const key of ['participants', 'women', 'men', 'otherUnknown', 'ended'] as const) {
        const value = headlineFigures[key];
        if (typeof value === 'number') expect(value === 0 || value >= 5).toBe(true);
      }
    }
  });

  it("refuses to publish another förbund's intervention, with NOT_FOUND under one's own förbund", async () => {
    const editor = await api.callerFor('editor@insjoriket.demo');
    const victim = interventions[0];
    expect(
      await outcomeOf(editor.catalogue.publish({ tenant: 'insjoriket', interventionId: victim?.id ?? '' })),
    ).toBe('NOT_FOUND');
    expect(
      await outcomeOf(editor.catalogue.publish({ tenant: 'gavleborg', interventionId: victim?.id ?? '' })),
    ).toBe('FORBIDDEN');
  });

  it('removes an entry at once when unpublished', async () => {
    const editor = await api.callerFor('editor@gavleborg.demo');
    const target = interventions[0];
    if (!target) throw new Error('no demo interventions');
    const { id } = await editor.catalogue.publish({ tenant: 'gavleborg', interventionId: target.id });
    expect(
      (await editor.catalogue.unpublish({ tenant: 'gavleborg', interventionId: target.id })).removed,
    ).toBe(true);
    const reader = await api.callerFor('viewer@insjoriket.demo');
    expect(await outcomeOf(reader.catalogue.get({ id }))).toBe('NOT_FOUND');
    expect((await reader.catalogue.search({ limit: 100 })).items.map((i) => i.id)).not.toContain(id);
  });

  it("lets no förbund write another förbund's entries, even straight in the database as the app role", async () => {
    const app = createSql(db.current.appUrl, { max: 1 });
    try {
      const [insjoriket] = await superuser<
        { id: string }[]
      >`select id from tenants where slug = 'insjoriket'`;
      const deleted = await app.begin(async (tx) => {
        await tx`select set_config('app.tenant_id', ${insjoriket?.id ?? ''}, true)`;
        return tx`delete from catalogue_entries returning id`;
      });
      expect(deleted).toHaveLength(0);
    } finally {
      await app.end();
    }
  });
});
