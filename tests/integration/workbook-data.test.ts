import { type Caller, createTestApi, type TestApi } from '@samsyn/api/testing';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The Excel workbook's data (issue 24): the förbund's own rows with names, the same figures the
 * pages show, admins only.
 */
const db = useTestDatabase();
let api: TestApi;
let admin: Caller;
const tenant = 'gavleborg';

beforeAll(async () => {
  api = createTestApi(db.current.appUrl);
  admin = await api.callerFor('admin@gavleborg.demo');
});
afterAll(async () => {
  await api.close();
});

describe('export.workbook', () => {
  it('lists the förbund’s members by name, and no other förbund’s', async () => {
    const data = await admin.export.workbook({ tenant });
    const { members } = await admin.tenant.get({ tenant });
    expect(data.members.map((member) => member.name).sort()).toEqual(
      members.map((member) => member.name).sort(),
    );
    const other = await (await api.callerFor('admin@harnosand-timra.demo')).export.workbook({
      tenant: 'harnosand-timra',
    });
    const ours = new Set(data.interventions.map((row) => row.name));
    expect(other.interventions.some((row) => ours.has(row.name))).toBe(false);
  });

  it('has each budget year’s lines with the amounts the budget page shows', async () => {
    const data = await admin.export.workbook({ tenant });
    const { years } = await admin.economy.years.list({ tenant });
    const year = years.find((candidate) => candidate.hasBudget)?.year;
    if (year === undefined) throw new Error('the demo förbund has no budget');
    const view = await admin.economy.budget.get({ tenant, year });
    const lines = view.budget?.lines ?? [];
    const rows = data.budget.filter((row) => row.budgetYear === year && row.year === year);
    // "Varav" lines are rows of their own that name the line they are part of.
    expect(rows.filter((row) => !row.partOf).map((row) => [row.lineName, row.amount])).toEqual(
      lines.map((line) => [line.name, line.amounts[0]]),
    );
    expect(rows.filter((row) => row.partOf).map((row) => [row.partOf, row.lineName, row.amount])).toEqual(
      lines.flatMap((line) => (line.ofWhich ?? []).map((part) => [line.name, part.name, part.amounts[0]])),
    );
    expect(lines.length).toBeGreaterThan(0);
  });

  it('has each contribution plan’s split, adding up to its total', async () => {
    const data = await admin.export.workbook({ tenant });
    const { years } = await admin.economy.years.list({ tenant });
    const withPlan = years.find((candidate) => candidate.contributionPeriods.length > 0);
    const period = withPlan?.contributionPeriods[0] as 'year' | 'H1' | 'H2' | undefined;
    if (!withPlan || !period) throw new Error('the demo förbund has no contribution plan');
    const view = await admin.economy.contributions.get({ tenant, year: withPlan.year, period });
    const rows = data.contributions.filter((row) => row.year === withPlan.year && row.period === period);
    expect(rows.reduce((sum, row) => sum + row.amount, 0)).toBe(view.split?.total);
    expect(rows.map((row) => row.name)).toEqual(view.split?.lines.map((line) => line.name));
  });

  it('has the whole audit log and the team, with actuals for every booked year', async () => {
    const data = await admin.export.workbook({ tenant });
    const log = await admin.audit.list({ tenant, limit: 200 });
    expect(data.audit.length).toBeGreaterThanOrEqual(log.rows.length);
    expect(data.audit[0]?.action).toBe(log.rows[0]?.action);
    expect(data.team.map((person) => person.email)).toContain('viewer@gavleborg.demo');
    const { years } = await admin.economy.years.list({ tenant });
    for (const { year, actuals } of years)
      expect(data.actuals.filter((row) => row.year === year)).toHaveLength(actuals);
  });

  it('is refused to an editor', async () => {
    const editor = await api.callerFor('editor@gavleborg.demo');
    await expect(editor.export.workbook({ tenant })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
