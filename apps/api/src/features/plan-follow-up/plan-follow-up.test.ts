import { formatPercent } from '@samsyn/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, issuesOf, outcomeOf, useTestApi } from '../../testing/index.ts';

const env = useTestApi();
let editor: Caller;
let viewer: Caller;
let insjoriketEditor: Caller;
const tenant = 'gavleborg';

beforeAll(async () => {
  editor = await env.api.callerFor('editor@gavleborg.demo');
  viewer = await env.api.callerFor('viewer@gavleborg.demo');
  insjoriketEditor = await env.api.callerFor('editor@insjoriket.demo');
});

async function planNamed(slug: string, name: string): Promise<string> {
  const [row] = await env.superuser<{ id: string }[]>`
    select p.id from plans p join tenants t on t.id = p.tenant_id where t.slug = ${slug} and p.name = ${name}`;
  if (!row) throw new Error(`no plan ${name}`);
  return row.id;
}

async function auditAfter(action: string, entityId: string) {
  return env.superuser<{ after: Record<string, unknown> }[]>`
    select after from audit_log where action = ${action} and entity_id = ${entityId} order by id`;
}

describe("Gävleborg's plan 2019, followed up for 2019-H1 as the half-year report §1.4 does", () => {
  it("has the report's summaries: \"Mätning sker under hösten 2019.\" for goals 1 and 3, goal 2's and goal 4's text", async () => {
    const followUp = await viewer.planFollowUp.get({
      tenant,
      planId: await planNamed(tenant, 'Verksamhetsplan 2019'),
      period: '2019-H1',
    });
    expect(followUp.periods).toEqual(['2019-H1', '2019-H2', '2019']);
    const summary = (code: string) =>
      followUp.goals.find((goal) => goal.code === code)?.summary.comment ?? '';
    expect(summary('1')).toMatch(/^Mätning sker under hösten 2019\.\n/);
    expect(summary('3')).toBe('Mätning sker under hösten 2019.');
    expect(summary('2')).toMatch(/^Deltagares upplevelse av vad insatsen har inneburit kommer att mätas/);
    expect(summary('4')).toContain('43 % av förbundets intäkter');
    expect(summary('4')).toContain('flera insatser inte kommer igång förrän under andra halvåret');
  });

  it('judges goal 4 not met: equity at 43 % of budgeted revenue against at most 20 %', async () => {
    const followUp = await viewer.planFollowUp.get({
      tenant,
      planId: await planNamed(tenant, 'Verksamhetsplan 2019'),
      period: '2019-H1',
    });
    const goal4 = followUp.goals.find((goal) => goal.code === '4');
    const equity = goal4?.indicators[0];
    expect(equity?.target).toBe('20.00');
    expect(equity?.actual.kind).toBe('measured');
    if (equity?.actual.kind !== 'measured') return;
    expect(formatPercent(equity.actual.value)).toBe('43\u00a0%');
    expect(equity.actual.basis).toEqual({ part: 577680300, whole: 1331950000, unit: 'ore' });
    expect(equity.status).toBe('notMet');
    expect(goal4?.status).toBe('notMet');
    expect(followUp.summary.goals.notMet).toBeGreaterThanOrEqual(1);
  });

  it('refuses a period outside the plan on the field', async () => {
    const planId = await planNamed(tenant, 'Verksamhetsplan 2019');
    expect(await issuesOf(viewer.planFollowUp.get({ tenant, planId, period: '2021-H1' }))).toEqual({
      period: 'planFollowUp.periodOutsidePlan',
    });
    expect(await issuesOf(viewer.planFollowUp.get({ tenant, planId, period: '2019-06' }))).toEqual({
      period: 'period.invalid',
    });
  });

  it("does not show another förbund's plan", async () => {
    const planId = await planNamed(tenant, 'Verksamhetsplan 2019');
    expect(
      await outcomeOf(insjoriketEditor.planFollowUp.get({ tenant: 'insjoriket', planId, period: '2019' })),
    ).toBe('NOT_FOUND');
  });
});

describe('following up an entered indicator', () => {
  const trisam = async () => {
    const planId = await planNamed(tenant, 'Verksamhetsplan och budget 2020–2022');
    const followUp = await viewer.planFollowUp.get({ tenant, planId, period: '2020' });
    const indicator = followUp.goals
      .flatMap((goal) => goal.indicators)
      .find((entry) =>
        entry.text.startsWith('Oavsett var du bor i länet finns det tillgång till Trisam-team'),
      );
    if (!indicator) throw new Error('no Trisam indicator');
    return { planId, indicator };
  };

  it('judges 92 % against at least 90 % met, keeps the comment, and audits the save', async () => {
    const { planId, indicator } = await trisam();
    expect(indicator.status).toBe('notMeasured');
    expect(indicator.actual).toMatchObject({ kind: 'notMeasured', reason: 'notEntered' });
    const saved = await editor.planFollowUp.saveIndicator({
      tenant,
      indicatorId: indicator.id,
      period: '2020',
      enteredValue: '92,0',
      statedStatus: null,
      comment: 'Team finns på 23 av 25 hälsocentraler.',
      expectedVersion: null,
    });
    expect(saved).toEqual({ period: '2020', version: 1 });
    const after = (await trisam()).indicator;
    expect(after).toMatchObject({ status: 'met', enteredValue: '92', version: 1 });
    expect(after.comment).toBe('Team finns på 23 av 25 hälsocentraler.');
    const followUp = await viewer.planFollowUp.get({ tenant, planId, period: '2020' });
    expect(followUp.summary.indicators.met).toBeGreaterThanOrEqual(1);
    const [entry] = await auditAfter('planFollowUp.saveIndicator', indicator.id);
    expect(entry?.after).toMatchObject({
      period: '2020',
      enteredValue: '92.0',
      plan: 'Verksamhetsplan och budget 2020–2022',
    });
  });

  it('answers CONFLICT to an editor holding an old version, and to a second creation', async () => {
    const { indicator } = await trisam();
    const base = { tenant, indicatorId: indicator.id, period: '2020', statedStatus: null, comment: '' };
    await editor.planFollowUp.saveIndicator({
      ...base,
      enteredValue: '80',
      expectedVersion: indicator.version,
    });
    expect(
      await outcomeOf(
        editor.planFollowUp.saveIndicator({
          ...base,
          enteredValue: '85',
          expectedVersion: indicator.version,
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      await outcomeOf(
        editor.planFollowUp.saveIndicator({ ...base, enteredValue: '85', expectedVersion: null }),
      ),
    ).toBe('CONFLICT');
    expect((await trisam()).indicator).toMatchObject({ enteredValue: '80', status: 'notMet' });
  });

  it('refuses a value for an indicator that is not entered, and a status for one that is computed', async () => {
    const planId = await planNamed(tenant, 'Verksamhetsplan 2019');
    const followUp = await viewer.planFollowUp.get({ tenant, planId, period: '2019' });
    const equity = followUp.goals.find((goal) => goal.code === '4')?.indicators[0];
    if (!equity) throw new Error('no equity indicator');
    expect(
      await issuesOf(
        editor.planFollowUp.saveIndicator({
          tenant,
          indicatorId: equity.id,
          period: '2019',
          enteredValue: '10',
          statedStatus: 'met',
          comment: '',
          expectedVersion: null,
        }),
      ),
    ).toEqual({ enteredValue: 'planFollowUp.valueNotEntered', statedStatus: 'planFollowUp.statusNotStated' });
  });

  it('lets a viewer read but not save', async () => {
    const { indicator } = await trisam();
    expect(
      await outcomeOf(
        viewer.planFollowUp.saveIndicator({
          tenant,
          indicatorId: indicator.id,
          period: '2020',
          enteredValue: null,
          statedStatus: null,
          comment: 'Läsare',
          expectedVersion: indicator.version,
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('activities and goal summaries', () => {
  it('saves an activity status and a goal summary per period, each with its own version and audit entry', async () => {
    const planId = await planNamed(tenant, 'Verksamhetsplan 2019');
    const before = await viewer.planFollowUp.get({ tenant, planId, period: '2019' });
    const goal1 = before.goals.find((goal) => goal.code === '1');
    const activity = goal1?.activities[0];
    if (!goal1 || !activity) throw new Error('no goal 1 activity');
    expect(activity.status).toBeNull();
    await editor.planFollowUp.saveActivity({
      tenant,
      activityId: activity.id,
      period: '2019',
      status: 'done',
      comment: 'Kommunikationsplanen följdes.',
      expectedVersion: null,
    });
    await editor.planFollowUp.saveGoal({
      tenant,
      goalId: goal1.id,
      period: '2019',
      comment: 'Mätningen gjordes i oktober.',
      expectedVersion: null,
    });
    const after = await viewer.planFollowUp.get({ tenant, planId, period: '2019' });
    const goal = after.goals.find((entry) => entry.code === '1');
    expect(goal?.activities[0]).toMatchObject({
      status: 'done',
      comment: 'Kommunikationsplanen följdes.',
      version: 1,
    });
    expect(goal?.summary).toEqual({ comment: 'Mätningen gjordes i oktober.', version: 1 });
    // The half-year's summary is its own row.
    const h1 = await viewer.planFollowUp.get({ tenant, planId, period: '2019-H1' });
    expect(h1.goals.find((entry) => entry.code === '1')?.summary.comment).toMatch(/^Mätning sker/);
    expect(await auditAfter('planFollowUp.saveActivity', activity.id)).toHaveLength(1);
    expect(await auditAfter('planFollowUp.saveGoal', goal1.id)).toHaveLength(1);
  });
});

describe("Insjöriket's risks", () => {
  const slug = 'insjoriket';
  it("lists the plan's three risks, Arbetsförmedlingen's reorganisation first", async () => {
    const planId = await planNamed(slug, 'Verksamhetsplan 2020');
    const { risks } = await insjoriketEditor.planRisks.list({ tenant: slug, planId });
    expect(risks).toHaveLength(3);
    expect(risks[0]).toMatchObject({
      likelihood: 4,
      consequence: 3,
      owner: 'Förbundschef',
      reviewedOn: '2019-12-13',
    });
    expect(risks[0]?.event).toMatch(/^Arbetsförmedlingens omorganisation/);
    expect(risks[1]?.event).toMatch(/^Lägre statlig tilldelning/);
  });

  it('adds, updates and deletes a risk with versions, CONFLICT when stale, each audited', async () => {
    const planId = await planNamed(slug, 'Verksamhetsplan 2020');
    const risk = {
      event: 'Nyckelperson slutar',
      likelihood: 2,
      consequence: 3,
      controlMeasures: 'Rutiner dokumenteras.',
      owner: 'Förbundschef',
      reviewedOn: '2020-03-01',
    };
    const created = await insjoriketEditor.planRisks.save({
      tenant: slug,
      planId,
      riskId: null,
      expectedVersion: null,
      risk,
    });
    expect(created).toMatchObject({ ...risk, version: 1 });
    const updated = await insjoriketEditor.planRisks.save({
      tenant: slug,
      planId,
      riskId: created.id,
      expectedVersion: 1,
      risk: { ...risk, likelihood: 3 },
    });
    expect(updated.version).toBe(2);
    expect(
      await outcomeOf(
        insjoriketEditor.planRisks.save({
          tenant: slug,
          planId,
          riskId: created.id,
          expectedVersion: 1,
          risk,
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      await outcomeOf(
        insjoriketEditor.planRisks.delete({ tenant: slug, riskId: created.id, expectedVersion: 1 }),
      ),
    ).toBe('CONFLICT');
    await insjoriketEditor.planRisks.delete({ tenant: slug, riskId: created.id, expectedVersion: 2 });
    expect((await insjoriketEditor.planRisks.list({ tenant: slug, planId })).risks).toHaveLength(3);
    const actions = await env.superuser<{ action: string }[]>`
      select action from audit_log where entity = 'planRisk' and entity_id = ${created.id} order by id`;
    expect(actions.map((row) => row.action)).toEqual([
      'planRisk.create',
      'planRisk.update',
      'planRisk.delete',
    ]);
  });

  it('refuses likelihood 5 beside the field', async () => {
    const planId = await planNamed(slug, 'Verksamhetsplan 2020');
    expect(
      await issuesOf(
        insjoriketEditor.planRisks.save({
          tenant: slug,
          planId,
          riskId: null,
          expectedVersion: null,
          risk: {
            event: 'X',
            likelihood: 5,
            consequence: 1,
            controlMeasures: '',
            owner: '',
            reviewedOn: null,
          },
        }),
      ),
    ).toEqual({ 'risk.likelihood': 'planRisk.likelihoodInvalid' });
  });
});
