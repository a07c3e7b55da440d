import { useTestConnections } from '@samsyn/db/testing/vitest';
import { expect, it } from 'vitest';

// Migration 0013: one view holds every active förbund's national row for the national functions.
// It reads across förbund (its owner bypasses row-level security), so the app role must not.
const db = useTestConnections('app', 'superuser');

it('refuses the app role the cross-förbund view national_figure_rows', async () => {
  await expect(db.app`select count(*) from national_figure_rows`).rejects.toThrow(/permission denied/);
});

it('holds one row per active förbund and year, as national_figures does', async () => {
  const [counts] = await db.superuser<{ view: number; figures: number }[]>`
    select (select count(*)::int from national_figure_rows) as view,
           (select count(*)::int from national_figures f join tenants t on t.id = f.tenant_id
            where t.status = 'active') as figures`;
  expect(counts?.view).toBe(counts?.figures);
  expect(counts?.view).toBeGreaterThan(0);
});
