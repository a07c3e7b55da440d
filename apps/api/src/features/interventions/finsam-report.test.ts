import { gavleborg2019H1FinsamCheck } from '@samsyn/domain/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, issuesOf, newInterventionInput, outcomeOf, useTestApi } from '../../testing/index.ts';

/*
 * Uppföljning Finsam complete (issue 19): Gävleborg's H1 2019 förbund block from the books, each
 * intervention's actual, the check against the operating statement, and the registration mark
 * that locks the interventions' Uppföljning Finsam fields.
 */
const env = useTestApi();
let admin: Caller;
let editor: Caller;
let viewer: Caller;
const tenant = 'gavleborg';
const period = '2019-H1';

beforeAll(async () => {
  admin = await env.api.callerFor('admin@gavleborg.demo');
  editor = await env.api.callerFor('editor@gavleborg.demo');
  viewer = await env.api.callerFor('viewer@gavleborg.demo');
});

const kr = (ore: number | null | undefined) => (ore ?? Number.NaN) / 100;

/** Undoes the period's Finsam registration as `caller`, at `expectedVersion`, giving `reason`. */
const undoRegistration = (caller: Caller, expectedVersion: number, reason: string) =>
  caller.interventions.reports.undoFinsamRegistration({ tenant, period, expectedVersion, reason });

async function interventionNamed(name: string) {
  const list = await viewer.interventions.list({ tenant, includeArchived: false });
  const found = list.find((item) => item.name === name);
  if (!found) throw new Error(`no intervention ${name}`);
  return found;
}

describe('Uppföljning Finsam for Gävleborg H1 2019 (read before anything is allocated or registered)', () => {
  it('gives the allocated funds per funder as booked, the equity of the balance sheet and the administrative costs', async () => {
    const { forbund } = await viewer.interventions.reports.uppfoljningFinsam({ tenant, period });
    expect(
      forbund.contributions.map((entry) => [entry.funderGroup, kr(entry.budget), kr(entry.actual)]),
    ).toEqual([
      ['state', 6_659_500, 3_330_000],
      ['region', 3_329_750, 1_664_875],
      ['municipalities', 3_329_750, 1_664_872],
    ]);
    expect(kr(forbund.contributionsTotal.actual)).toBe(6_659_747);
    expect(forbund.equity).toEqual({ amount: 530_172_600, source: 'balanceSheet', date: '2019-06-30' });
    expect([kr(forbund.administrativeCosts.budget), kr(forbund.administrativeCosts.actual)]).toEqual([
      3_400_000, 1_800_193,
    ]);
    expect([kr(forbund.interventionFunds.budget), kr(forbund.interventionFunds.actual)]).toEqual([
      10_819_000, 1_514_867,
    ]);
    expect(kr(forbund.totalCosts.actual)).toBe(3_315_060);
  });

  it('gives each intervention its actual from the books, and shows the 61 107 kr of intervention funds on no intervention', async () => {
    const report = await viewer.interventions.reports.uppfoljningFinsam({ tenant, period });
    const se = report.rows.find((row) => row.name === 'Supported Employment coach Gävle');
    expect([kr(se?.spend), se?.spendSource, se?.followUpMethod, se?.isEsfFunded]).toEqual([
      284_723,
      'books',
      'sus',
      false,
    ]);
    // Mentorskap spent nothing in H1 and has no allocation: its typed 0 kr is shown, marked typed.
    const mentorskap = report.rows.find((row) => row.name === 'Mentorskap');
    expect([mentorskap?.spendSource, mentorskap?.followUpMethod]).toEqual(['typed', 'indicators']);
    expect(report.check).toEqual(gavleborg2019H1FinsamCheck);
    expect(report.registration).toEqual({
      period,
      registeredAt: null,
      registeredByName: null,
      version: null,
    });
  });

  it('takes the equity from the forecast when no balance sheet is entered for the period end, and says so', async () => {
    const report = await viewer.interventions.reports.uppfoljningFinsam({ tenant, period: '2019' });
    const forecast = await viewer.economy.reports.forecast({ year: 2019, throughMonth: 12, tenant });
    expect(report.forbund.equity).toEqual({
      amount: forecast.equity?.closingForecast,
      source: 'forecast',
      date: '2019-12-31',
    });
  });
});

describe('the check once the 61 107 kr is allocated', () => {
  it('adds up to the operating statement to the öre when the SE coach is said to have spent it', async () => {
    const se = await interventionNamed('Supported Employment coach Gävle');
    await env.superuser`
      update actual_allocations set amount_ore = amount_ore + 6110700 where intervention_id = ${se.id}`;
    const report = await viewer.interventions.reports.uppfoljningFinsam({ tenant, period });
    expect(kr(report.rows.find((row) => row.interventionId === se.id)?.spend)).toBe(284_723 + 61_107);
    expect(report.check).toMatchObject({ interventionActual: 151_486_700, difference: 0, isBalanced: true });
  });
});

describe('registering a period in Uppföljning Finsam', () => {
  it('marks the period with date and who, locks the Uppföljning Finsam fields, and an admin can undo it with a reason', async () => {
    const registered = await editor.interventions.reports.registerFinsam({
      period,
      expectedVersion: null,
      tenant,
    });
    expect(registered).toMatchObject({ period, version: 1, registeredByName: expect.any(String) });
    expect(registered.registeredAt).not.toBeNull();
    const report = await viewer.interventions.reports.uppfoljningFinsam({ tenant, period });
    expect(report.registration.registeredAt).toBe(registered.registeredAt);

    const se = await interventionNamed('Supported Employment coach Gävle');
    expect((await viewer.interventions.get({ tenant, id: se.id })).finsamRegisteredPeriods).toEqual([
      { period, registeredAt: registered.registeredAt },
    ]);
    expect(
      await issuesOf(
        editor.interventions.update({
          tenant,
          id: se.id,
          isEsfFunded: true,
          followUpMethod: 'other',
          expectedVersion: se.version,
        }),
      ),
    ).toEqual({
      isEsfFunded: 'intervention.finsamFieldLocked',
      followUpMethod: 'intervention.finsamFieldLocked',
    });
    // Saving the same values (what the form sends with every change) and other fields stays allowed.
    const renamed = await editor.interventions.update({
      tenant,
      id: se.id,
      name: 'SE-coach Gävle',
      isEsfFunded: false,
      followUpMethod: 'sus',
      expectedVersion: se.version,
    });
    expect(renamed.name).toBe('SE-coach Gävle');

    // Registering again from the stale page, or undoing as an editor, is refused.
    expect(
      await outcomeOf(editor.interventions.reports.registerFinsam({ period, expectedVersion: null, tenant })),
    ).toBe('CONFLICT');
    expect(await outcomeOf(undoRegistration(editor, 1, 'Fel'))).toBe('FORBIDDEN');
    expect(await outcomeOf(undoRegistration(admin, 0, 'Fel'))).toBe('CONFLICT');
    expect(await issuesOf(undoRegistration(admin, 1, ' '))).toEqual({
      reason: 'finsamRegistration.reasonRequired',
    });

    const undone = await undoRegistration(admin, 1, 'Registrerad för tidigt');
    expect(undone).toEqual({ period, registeredAt: null, registeredByName: null, version: 2 });
    const audit = await env.superuser<{ action: string; after: { reason?: string } | null }[]>`
      select action, after from audit_log where entity = 'finsamRegistration' order by id`;
    expect(audit.map((entry) => entry.action)).toEqual(['finsam.register', 'finsam.undoRegistration']);
    expect(audit[1]?.after?.reason).toBe('Registrerad för tidigt');

    const unlocked = await editor.interventions.update({
      tenant,
      id: se.id,
      isEsfFunded: true,
      expectedVersion: renamed.version,
    });
    expect(unlocked.isEsfFunded).toBe(true);
    // Registered anew from the version the page holds.
    const again = await editor.interventions.reports.registerFinsam({ period, expectedVersion: 2, tenant });
    expect(again.version).toBe(3);
  });

  it('does not lock an intervention that ended before the registered period', async () => {
    const created = await editor.interventions.create({
      tenant,
      ...newInterventionInput('Avslutad 2018', {
        startDate: '2018-01-01',
        endDate: '2018-12-31',
        status: 'ended',
        followUpMethod: 'indicators',
        detailedDirection: 'Förrehabilitering',
      }),
    });
    expect([created.isEsfFunded, created.followUpMethod, created.detailedDirection]).toEqual([
      false,
      'indicators',
      'Förrehabilitering',
    ]);
    const changed = await editor.interventions.update({
      tenant,
      id: created.id,
      isEsfFunded: true,
      expectedVersion: created.version,
    });
    expect(changed.isEsfFunded).toBe(true);
  });
});
