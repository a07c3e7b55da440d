import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Migration 0006: the aggregates the app reads are precomputed per year and recomputed when a
 * writing transaction commits. They must always equal the aggregation over the summary table.
 */
const db = useTestDatabase();
let superuser: Sql;
let other: Sql;
let app: Sql;

beforeAll(async () => {
  superuser = createSql(db.current.superuserUrl, { max: 1 });
  other = createSql(db.current.superuserUrl, { max: 1 });
  app = createSql(db.current.appUrl, { max: 1 });
});
afterAll(async () => {
  await superuser.end();
  await other.end();
  await app.end();
});

const stored = () =>
  superuser`select * from national_kpi_aggregates(2000, 2100, true)`.then((rows) => JSON.stringify(rows));
const computed = () =>
  superuser`select * from national_kpi_aggregates_computed(2000, 2100, true)`.then((rows) =>
    JSON.stringify(rows),
  );
const years = () => superuser`select * from national_years()`.then((rows) => JSON.stringify(rows));
const yearsComputed = () =>
  superuser`
    select f.year::integer as year, count(*)::integer as forbund,
           count(*) filter (where t.is_synthetic)::integer as synthetic
    from national_figures f join tenants t on t.id = f.tenant_id and t.status = 'active'
    group by f.year order by f.year`.then((rows) => JSON.stringify(rows));
const version = async () => (await superuser<{ v: string }[]>`select national_version() as v`)[0]?.v ?? '';
/** Two active synthetic förbund, the `offset`-th pair by slug. */
const syntheticPair = async (offset: number): Promise<[string, string]> => {
  const ids = (
    await superuser<{ id: string }[]>`
      select id from tenants where is_synthetic and status = 'active' order by slug limit 2 offset ${offset * 2}`
  ).map((row) => row.id);
  const [a, b] = ids;
  if (!a || !b) throw new Error('too few synthetic förbund');
  return [a, b];
};

describe('precomputed national aggregates', () => {
  it('equal the aggregation over the summary table after migration and seeding', async () => {
    expect(JSON.parse(await stored()).length).toBeGreaterThan(0);
    expect(await stored()).toBe(await computed());
    expect(await years()).toBe(await yearsComputed());
  });

  it('follow a change of figures, of status and of county, at commit, and change the version', async () => {
    const [a, b] = await syntheticPair(0);
    const before = await version();
    await superuser.begin(async (tx) => {
      await tx`update national_figures set participants_women = participants_women + 7 where tenant_id = ${a} and year = 2020`;
      // Not yet: the year is recomputed when the transaction commits.
      expect(JSON.stringify(await tx`select * from national_kpi_aggregates(2020, 2020, true)`)).toBe(
        JSON.stringify(await other`select * from national_kpi_aggregates(2020, 2020, true)`),
      );
    });
    expect(await stored()).toBe(await computed());
    const afterFigures = await version();
    expect(afterFigures).not.toBe(before);

    await superuser`update tenants set status = 'archived' where id = ${b}`;
    expect(await stored()).toBe(await computed());
    expect(await years()).toBe(await yearsComputed());
    await superuser`update tenants set county_code = '01', status = 'active' where id = ${b}`;
    expect(await stored()).toBe(await computed());
    expect(await version()).not.toBe(afterFigures);
  });

  it('ignore rewrites that change no figure', async () => {
    const before = await version();
    await superuser`update national_figures set refreshed_at = now() where year = 2021`;
    expect(await version()).toBe(before);
  });

  it('see both of two writers of the same year that commit in either order', async () => {
    const [a, b] = await syntheticPair(1);
    let releaseFirst = () => {};
    const firstMayCommit = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let firstWrote = () => {};
    const firstHasWritten = new Promise<void>((resolve) => {
      firstWrote = resolve;
    });
    // The first writer writes, then waits while the second writes and commits.
    const first = superuser.begin(async (tx) => {
      await tx`update national_figures set participants_men = participants_men + 3 where tenant_id = ${a} and year = 2022`;
      firstWrote();
      await firstMayCommit;
    });
    await firstHasWritten;
    await other.begin(
      (tx) =>
        tx`update national_figures set participants_men = participants_men + 5 where tenant_id = ${b} and year = 2022`,
    );
    releaseFirst();
    await first;
    expect(await stored()).toBe(await computed());
  });

  it('are not the app role to compute or refresh', async () => {
    for (const statement of [
      'select * from national_kpi_aggregates_computed(2016, 2025, true)',
      'select national_aggregates_refresh(2020)',
    ]) {
      await expect(app.unsafe(statement)).rejects.toThrow(/permission denied/);
    }
    await expect(app`select * from national_kpi_aggregates(2016, 2025, false)`).resolves.toBeDefined();
  });
});
