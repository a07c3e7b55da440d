import { describe, expect, it } from 'vitest';
import { useTestApi } from '../../testing/use-test-api.ts';
import type { TenantCtx } from '../verb-context.ts';
import { readNnsResults } from './read-nns-results.ts';

/** The reader the plan follow-up uses: the förbund's own results, filtered by year and statement. */
const test = useTestApi();

async function asTenant<T>(slug: string, run: (ctx: TenantCtx) => Promise<T>): Promise<T> {
  const [tenant] = await test.superuser<
    { id: string; name: string }[]
  >`select id, name from tenants where slug = ${slug}`;
  if (!tenant) throw new Error(`no förbund ${slug}`);
  return (await test.superuser.begin((tx) =>
    run({
      tx,
      tenant: { id: tenant.id, slug, name: tenant.name, role: 'viewer' },
      actor: { userId: '00000000-0000-4000-8000-000000000000', requestId: 'test' },
    }),
  )) as T;
}

describe('readNnsResults', () => {
  it('returns the förbund’s results of the years and statements asked for, every scope, n beside the value', async () => {
    const rows = await asTenant('gavleborg', (ctx) =>
      readNnsResults(ctx, { years: [2018, 2019], codes: ['D1', 'I3'] }),
    );
    expect(
      rows.map((row) => [row.year, row.indicatorCode, row.scope, row.n, row.value, row.nationalValue]),
    ).toEqual([
      [2018, 'D1', 'forbund', 212, '7.10', '7.30'],
      [2018, 'I3', 'forbund', 63, '7.40', '7.60'],
      [2019, 'D1', 'forbund', 236, '7.40', '7.40'],
      [2019, 'D1', 'intervention', 88, '7.80', '7.40'],
      [2019, 'I3', 'forbund', 70, '7.70', '7.60'],
      [2019, 'I3', 'intervention', 4, '8.30', '7.60'],
    ]);
    expect(rows.find((row) => row.scope === 'intervention')?.scopeId).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows.find((row) => row.scope === 'forbund')?.scopeId).toBeNull();
  });

  it('returns nothing of another förbund and nothing for no years', async () => {
    expect(await asTenant('insjoriket', (ctx) => readNnsResults(ctx, { years: [2018, 2019] }))).toEqual([]);
    expect(await asTenant('gavleborg', (ctx) => readNnsResults(ctx, { years: [] }))).toEqual([]);
  });
});
