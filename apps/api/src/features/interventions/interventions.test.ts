import type { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  issuesOf,
  newInterventionInput,
  outcomeOf,
  structuralFigures,
  useTestApi,
} from '../../testing/index.ts';

const env = useTestApi();
let editor: Caller;
let viewer: Caller;
const tenant = 'gavleborg';

beforeAll(async () => {
  editor = await env.api.callerFor('editor@gavleborg.demo');
  viewer = await env.api.callerFor('viewer@gavleborg.demo');
});

const kr = (ore: number | null | undefined) => (ore ?? Number.NaN) / 100;

async function interventionNamed(name: string) {
  const list = await viewer.interventions.list({ tenant, includeArchived: true });
  const found = list.find((item) => item.name === name);
  if (!found) throw new Error(`no intervention ${name}`);
  return found;
}

async function auditCount(action: string): Promise<number> {
  const [row] = await env.superuser<
    { n: number }[]
  >`select count(*)::int as n from audit_log where action = ${action}`;
  return row?.n ?? 0;
}

describe('the demo register of Gävleborg', () => {
  it('lists the eight interventions of Bilaga 1 with their latest budgets', async () => {
    const list = await viewer.interventions.list({ tenant, includeArchived: false });
    expect(list).toHaveLength(8);
    const trisam = list.find((item) => item.name === 'Trisam struktur');
    expect(trisam?.kind).toBe('structural');
    expect(kr(trisam?.latestBudget?.totalBudget)).toBe(1_600_000);
    expect(kr(trisam?.latestBudget?.spendToDate)).toBe(658_614);
    expect(trisam?.latestBudget?.usage.percentUsed).toBe(41);
    expect(list.find((item) => item.name === 'Naturbaserad grön rehabilitering')?.localGroupName).toBe(
      'Mysam Hofors',
    );
  });

  it("computes the SE coach's 6 of 11 ended to work as 55 %, and 7 of 11 to work or studies as 64 % against the goal of 40 %", async () => {
    const se = await interventionNamed('Supported Employment coach Gävle');
    const detail = await viewer.interventions.get({ tenant, id: se.id });
    const h1 = detail.figures.find((entry) => entry.period === '2019-H1');
    expect(h1?.figures.kind).toBe('individual');
    if (h1?.figures.kind !== 'individual') return;
    expect(h1.figures.outcomes?.work.total).toBe(6);
    expect(h1.figures.ended?.total).toBe(11);
    const shareGoal = detail.goals.find((goal) => goal.goal.type === 'share');
    const followUp = shareGoal?.followUps.find((entry) => entry.period === '2019-H1')?.followUp;
    expect(followUp).toMatchObject({ type: 'share', targetPercent: 40, actualPercent: 64, status: 'met' });
    const toWork = await editor.interventions.goals.create({
      tenant,
      interventionId: se.id,
      goal: {
        type: 'share',
        description: 'Minst hälften till arbete',
        measure: 'ended_to_work',
        targetPercent: 50,
        comparison: 'at_least',
        period: null,
      },
    });
    const withGoal = await viewer.interventions.get({ tenant, id: se.id });
    expect(
      withGoal.goals
        .find((goal) => goal.id === toWork.id)
        ?.followUps.find((entry) => entry.period === '2019-H1')?.followUp,
    ).toMatchObject({ actual: { numerator: 6, denominator: 11 }, actualPercent: 55, status: 'met' });
    expect(detail.intervention.leadOrganisation.type).toBe('member');
    expect(detail.intervention.partnerMemberIds).toHaveLength(3);
    expect(kr(detail.budgets[0]?.totalBudget)).toBe(536_013);
    expect(detail.budgets[0]?.usage.percentUsed).toBe(53);
  });

  it('follows Trisam individ up as 559 of 800 cases, 70 %, not yet met at half-time', async () => {
    const trisam = await interventionNamed('Trisam individ');
    const detail = await viewer.interventions.get({ tenant, id: trisam.id });
    const followUp = detail.goals[0]?.followUps.find((entry) => entry.period === '2019-H1')?.followUp;
    expect(followUp).toMatchObject({
      type: 'count',
      target: 800,
      actual: 559,
      percentOfTarget: 70,
      status: 'not_yet_met',
    });
    expect(detail.statusHistory.map((entry) => entry.toStatus)).toEqual(['ongoing']);
  });

  it('holds the ten local groups, whose 2019 budgets sum to 4 994 625 kr and spend to 28 118 kr', async () => {
    const groups = await viewer.interventions.localGroups.list({ tenant });
    expect(groups).toHaveLength(10);
    const years = groups.map((group) => group.years.find((year) => year.year === 2019));
    expect(kr(years.reduce((sum, year) => sum + (year?.budget ?? 0), 0))).toBe(4_994_625);
    expect(kr(years.reduce((sum, year) => sum + (year?.spend ?? 0), 0))).toBe(28_118);
    const gavle = groups.find((group) => group.name === 'Mysam Gävle');
    expect(kr(gavle?.years[0]?.budget)).toBe(1_828_035);
    expect(gavle?.years[0]?.isDemoEstimate).toBe(true);
    expect(groups.find((group) => group.name === 'Mysam Hofors')?.interventions.map((i) => i.name)).toEqual([
      'Naturbaserad grön rehabilitering',
    ]);
  });
});

describe('reports for Gävleborg H1 2019', () => {
  it('gives "Mål och resultat av insatser" with individual-level first and the computed goal figures', async () => {
    const report = await viewer.interventions.reports.goalsAndResults({ tenant, period: '2019-H1' });
    expect(report.forbundName).toBe('Samordningsförbund Gävleborg');
    expect(report.rows.map((row) => row.kind)).toEqual([
      'individual',
      'individual',
      'structural',
      'structural',
      'structural',
      'structural',
      'structural',
      'structural',
    ]);
    const trisam = report.rows.find((row) => row.name === 'Trisam individ');
    expect(trisam?.leadOrganisation).toBe('Samordningsförbund Gävleborg');
    expect(trisam?.goals[0]?.followUp).toMatchObject({ actual: 559, percentOfTarget: 70 });
    expect(trisam?.totalBudget).toBeNull();
    const asf = report.rows.find((row) => row.name.startsWith('Arbetsintegrerande'));
    expect([kr(asf?.totalBudget), kr(asf?.spend), asf?.budgetUsage?.percentUsed]).toEqual([
      512_730, 253_185, 49,
    ]);
    expect(asf?.goals[0]?.followUp).toMatchObject({
      type: 'count',
      target: 4,
      actual: 0,
      status: 'not_yet_met',
    });
    const se = report.rows.find((row) => row.name === 'Supported Employment coach Gävle');
    expect(se?.leadOrganisation).toBe('Arbetsförmedlingen');
    expect(se?.partners).toEqual(['Gävle kommun', 'Försäkringskassan', 'Region Gävleborg']);
    expect(report.demoEstimateIds).toContain(se?.interventionId);
  });

  it('gives the Uppföljning Finsam figures: participants by gender, people reached and budgets per kind', async () => {
    const report = await viewer.interventions.reports.uppfoljningFinsam({ tenant, period: '2019-H1' });
    const se = report.rows.find((row) => row.name === 'Supported Employment coach Gävle');
    expect(se?.individual?.actual).toEqual({ total: 20, women: 8, men: 12, otherUnknown: 0 });
    expect(se?.individual?.planned?.total).toBe(22);
    expect(report.totals.individual.actualParticipants.total).toBe(559 + 20);
    expect(report.totals.structural.personsReached).toBe(82 + 75 + 130 + 62);
    expect(kr(report.totals.structural.totalBudget)).toBe(
      1_600_000 + 540_000 + 4_994_625 + 512_730 + 500_000 + 457_000,
    );
    // The förbund block is read from the economy now (finsam-report.test.ts has its figures).
    expect(report.forbund.equity?.source).toBe('balanceSheet');
  });

  it('sums monthly figures into the half-year when no half-year figures were reported', async () => {
    const created = await editor.interventions.create({ tenant, ...individualInput('Månadsinsatsen') });
    for (const month of ['01', '02', '03', '04', '05', '06']) {
      await editor.interventions.figures.save({
        tenant,
        interventionId: created.id,
        period: `2019-${month}`,
        figures: individualFigures({ newWomen: 1, newMen: 1 }),
        expectedVersion: null,
      });
    }
    const report = await viewer.interventions.reports.uppfoljningFinsam({ tenant, period: '2019-H1' });
    const row = report.rows.find((entry) => entry.interventionId === created.id);
    expect(row?.individual?.new).toEqual({ total: 12, women: 6, men: 6, otherUnknown: 0 });
  });
});

function individualInput(name: string) {
  return newInterventionInput(name, {
    purpose: 'Stöd mot arbete',
    targetGroupIds: ['young_adults_16_29'],
    methodTagIds: ['ips'],
    startDate: '2019-01-01',
    status: 'ongoing',
    isEsfFunded: false,
    followUpMethod: null,
    detailedDirection: '',
  });
}

const count = (women: number, men: number) => ({ total: women + men, women, men, otherUnknown: 0 });
function individualFigures(options: { newWomen: number; newMen: number }) {
  return {
    kind: 'individual',
    new: count(options.newWomen, options.newMen),
    ongoing: count(0, 0),
    ended: null,
    outcomes: null,
    ageBandsAtStart: null,
    incomeSourcesAtStart: null,
  };
}

describe('the register', () => {
  it('registers an intervention with its first status, audited, and refuses viewers', async () => {
    const before = await auditCount('intervention.create');
    expect(
      await outcomeOf(viewer.interventions.create({ tenant, ...individualInput('Läsarens insats') })),
    ).toBe('FORBIDDEN');
    const created = await editor.interventions.create({ tenant, ...individualInput('Ny IPS-insats') });
    expect(created).toMatchObject({ name: 'Ny IPS-insats', status: 'ongoing', version: 1, archivedAt: null });
    expect(await auditCount('intervention.create')).toBe(before + 1);
    const detail = await viewer.interventions.get({ tenant, id: created.id });
    expect(detail.statusHistory).toHaveLength(1);
  });

  it('refuses a lead organisation that is not a member of this förbund, beside the field', async () => {
    const [foreign] = await env.superuser<{ id: string }[]>`
      select m.id from members m join tenants t on t.id = m.tenant_id where t.slug = 'insjoriket' limit 1`;
    const issues = await issuesOf(
      editor.interventions.create({
        tenant,
        ...individualInput('Lånad huvudman'),
        leadOrganisation: { type: 'member', memberId: foreign?.id ?? '' },
      }),
    );
    expect(issues).toEqual({ 'leadOrganisation.memberId': 'intervention.memberNotFound' });
  });

  it('refuses an end date before the start date, even when only one of them changes', async () => {
    const created = await editor.interventions.create({ tenant, ...individualInput('Datumkollen') });
    const issues = await issuesOf(
      editor.interventions.update({ tenant, id: created.id, endDate: '2018-12-31', expectedVersion: 1 }),
    );
    expect(issues).toEqual({ endDate: 'intervention.endBeforeStart' });
  });

  it('answers CONFLICT to the second of two editors saving the same version, and keeps the first change', async () => {
    const created = await editor.interventions.create({ tenant, ...individualInput('Samtidig redigering') });
    const other = await env.api.callerFor('admin@gavleborg.demo');
    await editor.interventions.update({ tenant, id: created.id, name: 'Först sparad', expectedVersion: 1 });
    expect(
      await outcomeOf(
        other.interventions.update({ tenant, id: created.id, name: 'Sent sparad', expectedVersion: 1 }),
      ),
    ).toBe('CONFLICT');
    expect((await viewer.interventions.get({ tenant, id: created.id })).intervention).toMatchObject({
      name: 'Först sparad',
      version: 2,
    });
  });

  it('moves the status along allowed transitions with history, and refuses reopening without saying so', async () => {
    const created = await editor.interventions.create({ tenant, ...individualInput('Statusinsatsen') });
    const paused = await editor.interventions.setStatus({
      tenant,
      id: created.id,
      to: 'paused',
      effectiveDate: '2019-03-01',
      isReopening: false,
      expectedVersion: 1,
    });
    const ended = await editor.interventions.setStatus({
      tenant,
      id: created.id,
      to: 'ended',
      effectiveDate: '2019-06-30',
      isReopening: false,
      expectedVersion: paused.version,
    });
    const reopen = { tenant, id: created.id, to: 'ongoing' as const, effectiveDate: '2019-08-01' };
    try {
      await editor.interventions.setStatus({ ...reopen, isReopening: false, expectedVersion: ended.version });
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as TRPCError).message).toBe('intervention.reopenRequired');
    }
    await editor.interventions.setStatus({ ...reopen, isReopening: true, expectedVersion: ended.version });
    const detail = await viewer.interventions.get({ tenant, id: created.id });
    expect(
      detail.statusHistory.map((entry) => [entry.fromStatus, entry.toStatus, entry.isReopening]),
    ).toEqual([
      [null, 'ongoing', false],
      ['ongoing', 'paused', false],
      ['paused', 'ended', false],
      ['ended', 'ongoing', true],
    ]);
  });

  it('deletes an intervention without figures, but once figures exist only archives it', async () => {
    const empty = await editor.interventions.create({ tenant, ...individualInput('Felregistrerad') });
    await editor.interventions.goals.create({
      tenant,
      interventionId: empty.id,
      goal: { type: 'qualitative', description: 'Ett mål' },
    });
    await editor.interventions.delete({ tenant, id: empty.id, expectedVersion: 1 });
    expect(await outcomeOf(viewer.interventions.get({ tenant, id: empty.id }))).toBe('NOT_FOUND');

    const se = await interventionNamed('Supported Employment coach Gävle');
    try {
      await editor.interventions.delete({ tenant, id: se.id, expectedVersion: se.version });
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as TRPCError).code).toBe('CONFLICT');
      expect((error as TRPCError).message).toBe('intervention.hasFigures');
    }
    const archived = await editor.interventions.archive({ tenant, id: se.id, expectedVersion: se.version });
    expect(archived.archivedAt).not.toBeNull();
    expect(
      (await viewer.interventions.list({ tenant, includeArchived: false })).map((i) => i.id),
    ).not.toContain(se.id);
    const report = await viewer.interventions.reports.goalsAndResults({ tenant, period: '2019-H1' });
    expect(report.rows.map((row) => row.interventionId)).not.toContain(se.id);
    // An archived intervention is read-only until restored; its figures are all still there.
    expect(
      await outcomeOf(
        editor.interventions.update({ tenant, id: se.id, name: 'Ändrad', expectedVersion: archived.version }),
      ),
    ).toBe('CONFLICT');
    const restored = await editor.interventions.restore({
      tenant,
      id: se.id,
      expectedVersion: archived.version,
    });
    expect(restored.archivedAt).toBeNull();
    expect((await viewer.interventions.get({ tenant, id: se.id })).figures).toHaveLength(1);
  });
});

describe('participant figures', () => {
  it('rejects inconsistent figures with every problem beside its field, and saves nothing', async () => {
    const created = await editor.interventions.create({ tenant, ...individualInput('Valideringsinsatsen') });
    const before = await auditCount('figures.create');
    const issues = await issuesOf(
      editor.interventions.figures.save({
        tenant,
        interventionId: created.id,
        period: '2019-H1',
        figures: {
          kind: 'individual',
          new: { total: 10, women: 4, men: 5, otherUnknown: 0 },
          ongoing: count(2, 2),
          ended: count(1, 2),
          outcomes: {
            work: count(1, 0),
            studies: count(0, 0),
            jobSeeking: count(0, 0),
            otherPlanning: count(0, 1),
          },
          ageBandsAtStart: null,
          incomeSourcesAtStart: null,
        },
        expectedVersion: null,
      }),
    );
    expect(issues).toEqual({
      'figures.new.total': 'figures.genderPartsDoNotSumToTotal',
      'figures.outcomes.total': 'figures.outcomesDoNotSumToEnded',
      'figures.outcomes.men': 'figures.outcomesDoNotSumToEnded',
    });
    expect(
      (await viewer.interventions.figures.get({ tenant, interventionId: created.id, period: '2019-H1' }))
        .figures,
    ).toBeNull();
    expect(await auditCount('figures.create')).toBe(before);
  });

  it('rejects negative and fractional counts, and structural figures on an individual-level intervention', async () => {
    const created = await editor.interventions.create({ tenant, ...individualInput('Typkollen') });
    const negative = await issuesOf(
      editor.interventions.figures.save({
        tenant,
        interventionId: created.id,
        period: '2019',
        figures: {
          ...individualFigures({ newWomen: 1, newMen: 1 }),
          ongoing: { total: 1.5, women: -1, men: 0, otherUnknown: 0 },
        },
        expectedVersion: null,
      }),
    );
    expect(negative).toEqual({
      'figures.ongoing.total': 'figures.notAnInteger',
      'figures.ongoing.women': 'figures.negative',
    });
    const wrongKind = await issuesOf(
      editor.interventions.figures.save({
        tenant,
        interventionId: created.id,
        period: '2019',
        figures: structuralFigures({ staffReached: 1, meetingsHeld: 1 }),
        expectedVersion: null,
      }),
    );
    expect(wrongKind).toEqual({ 'figures.kind': 'figures.kindMismatch' });
  });

  it('saves valid figures, audited, and refuses a stale version', async () => {
    const created = await editor.interventions.create({ tenant, ...individualInput('Sparinsatsen') });
    const saved = await editor.interventions.figures.save({
      tenant,
      interventionId: created.id,
      period: '2019-H1',
      figures: individualFigures({ newWomen: 3, newMen: 2 }),
      expectedVersion: null,
    });
    expect(saved.version).toBe(1);
    expect(
      await outcomeOf(
        editor.interventions.figures.save({
          tenant,
          interventionId: created.id,
          period: '2019-H1',
          figures: individualFigures({ newWomen: 9, newMen: 9 }),
          expectedVersion: null,
        }),
      ),
    ).toBe('CONFLICT');
    const updated = await editor.interventions.figures.save({
      tenant,
      interventionId: created.id,
      period: '2019-H1',
      figures: individualFigures({ newWomen: 4, newMen: 2 }),
      expectedVersion: 1,
    });
    expect(updated.version).toBe(2);
    const [audit] = await env.superuser<{ n: number }[]>`
      select count(*)::int as n from audit_log where entity_id = ${created.id} and action like 'figures.%'`;
    expect(audit?.n).toBe(2);
  });
});

describe('goals, budgets and local groups', () => {
  it('refuses a goal measuring meetings on an individual-level intervention', async () => {
    const created = await editor.interventions.create({ tenant, ...individualInput('Målinsatsen') });
    const issues = await issuesOf(
      editor.interventions.goals.create({
        tenant,
        interventionId: created.id,
        goal: {
          type: 'count',
          description: 'Fyra möten',
          measure: 'meetings_held',
          target: 4,
          period: '2019',
        },
      }),
    );
    expect(issues).toEqual({ 'goal.measure': 'goal.measureNotForKind' });
  });

  it('saves a budget year and shows the share used', async () => {
    const created = await editor.interventions.create({ tenant, ...individualInput('Budgetinsatsen') });
    const budget = await editor.interventions.budget.save({
      tenant,
      interventionId: created.id,
      year: 2019,
      totalBudget: 100_000_00,
      spendToDate: 25_000_00,
      plannedParticipants: { total: 10, women: 5, men: 5, otherUnknown: 0 },
      expectedVersion: null,
    });
    expect(budget.usage.percentUsed).toBe(25);
    expect(
      await outcomeOf(
        editor.interventions.budget.save({
          tenant,
          interventionId: created.id,
          year: 2019,
          totalBudget: 1,
          spendToDate: 0,
          plannedParticipants: null,
          expectedVersion: 7,
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('refuses to delete a local group an intervention belongs to', async () => {
    const hofors = (await viewer.interventions.localGroups.list({ tenant })).find(
      (g) => g.name === 'Mysam Hofors',
    );
    try {
      await editor.interventions.localGroups.delete({ tenant, id: hofors?.id ?? '', expectedVersion: 1 });
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as TRPCError).message).toBe('localGroup.inUse');
    }
  });

  it('refuses to delete a local group an application for funds belongs to (the demo’s Mysam Gävle)', async () => {
    const gavle = (await viewer.interventions.localGroups.list({ tenant })).find(
      (g) => g.name === 'Mysam Gävle',
    );
    try {
      await editor.interventions.localGroups.delete({ tenant, id: gavle?.id ?? '', expectedVersion: 1 });
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as TRPCError).message).toBe('localGroup.inUse');
    }
  });
});
