import type { Sql } from '@samsyn/db';
import { describe, expect, it } from 'vitest';
import { issuesOf, outcomeOf, reasonOf, useDemoCallers } from '../../testing/index.ts';
import { fixtureDecisionAt } from '../board-decisions/decision-fixtures.ts';

const env = useDemoCallers();
const tenant = 'gavleborg';

async function auditActions(planId: string): Promise<string[]> {
  const rows = await env.superuser<{ action: string }[]>`
    select action from audit_log where entity = 'plan' and entity_id = ${planId} order by id`;
  return rows.map((row) => row.action);
}

const header = {
  name: 'Verksamhetsplan och budget 2020–2022',
  firstYear: 2020,
  lastYear: 2022,
  vision: 'Alla som behöver samordnade insatser ska få det.',
  purpose: 'Att stödja samverkan mellan parterna.',
  targetGroups: ['Personer i behov av samordnade rehabiliteringsinsatser', 'Unga vuxna'],
  directions: ['Individ', 'Struktur', 'Kunskap'],
};
const equity = {
  text: 'Det egna kapitalet överstiger inte 20 % av budgeterade intäkter vid årets slut',
  source: 'computed' as const,
  computedMeasure: 'equityShareOfBudgetedRevenue',
  computedParams: {},
  nnsIndicatorCode: null,
  comparison: 'atMost' as const,
  unit: 'percent' as const,
  targetValue: '20',
};

/** A draft plan 2020–2022 with goal 5.4, its equity indicator and an activity. */
async function buildPlan() {
  const created = await env.editor.plans.create({ tenant, ...header });
  const goal = await env.editor.plans.saveGoal({
    tenant,
    planId: created.id,
    expectedVersion: created.version,
    goalId: null,
    goal: { areaId: null, code: '5.4', title: 'Verksamhet i ekonomisk balans', description: '' },
  });
  const indicator = await env.editor.plans.saveIndicator({
    tenant,
    planId: created.id,
    expectedVersion: goal.version,
    goalId: goal.id,
    indicatorId: null,
    indicator: equity,
  });
  const activity = await env.editor.plans.saveActivity({
    tenant,
    planId: created.id,
    expectedVersion: indicator.version,
    goalId: goal.id,
    activityId: null,
    activity: { text: 'Följa upp prognosen varje kvartal', responsible: 'Förbundschef', year: 2021 },
  });
  const version = activity.version;
  const planId = created.id;
  return {
    planId,
    goalId: goal.id,
    indicatorId: indicator.id,
    version,
    /** The plan at its current version, as every edit of it carries it. */
    atPlan: { tenant, planId, expectedVersion: version },
    /** Goal 5.4 at the plan's current version, as an edit of its indicators or activities carries it. */
    atGoal: { tenant, planId, expectedVersion: version, goalId: goal.id },
  };
}

describe('a plan and its tree', () => {
  it('is built by an editor, one version for the whole plan, and read back in order by a viewer', async () => {
    const { planId, goalId, version } = await buildPlan();
    expect(version).toBe(4);
    const plan = await env.viewer.plans.get({ tenant, planId });
    expect(plan).toMatchObject({ ...header, status: 'draft', version: 4, adoptedOn: null });
    expect(plan.goals).toHaveLength(1);
    expect(plan.goals[0]).toMatchObject({ id: goalId, code: '5.4', areaId: null });
    expect(plan.goals[0]?.indicators[0]).toMatchObject({ ...equity, targetValue: '20.00' });
    expect(plan.goals[0]?.activities[0]).toMatchObject({ year: 2021, responsible: 'Förbundschef' });
    expect((await env.viewer.plans.list({ tenant })).find((p) => p.id === planId)?.goalCount).toBe(1);
    expect(await auditActions(planId)).toEqual([
      'plan.create',
      'plan.goal.create',
      'plan.indicator.create',
      'plan.activity.create',
    ]);
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const { planId, goalId } = await buildPlan();
    const stale = env.editor.plans.saveGoal({
      tenant,
      planId,
      expectedVersion: 3,
      goalId,
      goal: { areaId: null, code: '5.4', title: 'Skrivet över', description: '' },
    });
    expect(await outcomeOf(stale)).toBe('CONFLICT');
    const plan = await env.viewer.plans.get({ tenant, planId });
    expect(plan.version).toBe(4);
    expect(plan.goals[0]?.title).toBe('Verksamhet i ekonomisk balans');
  });

  it('names a bad indicator field beside the field, in the same words as the domain', async () => {
    const { atGoal } = await buildPlan();
    const issues = await issuesOf(
      env.editor.plans.saveIndicator({
        ...atGoal,
        indicatorId: null,
        indicator: { ...equity, targetValue: null },
      }),
    );
    expect(issues).toEqual({ 'indicator.targetValue': 'plan.indicator.targetRequired' });
  });

  it('refuses an activity year outside the plan beside the year', async () => {
    const { atGoal } = await buildPlan();
    const issues = await issuesOf(
      env.editor.plans.saveActivity({
        ...atGoal,
        activityId: null,
        activity: { text: 'För sent', responsible: '', year: 2023 },
      }),
    );
    expect(issues).toEqual({ 'activity.year': 'plan.activity.yearOutsidePlan' });
  });

  it('links the förbund’s interventions to a goal and refuses another förbund’s', async () => {
    const { planId, atGoal } = await buildPlan();
    const [own] = await env.superuser<{ id: string; name: string }[]>`
      select i.id, i.name from interventions i join tenants t on t.id = i.tenant_id
      where t.slug = 'gavleborg' order by i.name limit 1`;
    const [foreign] = await env.superuser<{ id: string }[]>`
      select i.id from interventions i join tenants t on t.id = i.tenant_id where t.slug = 'insjoriket' limit 1`;
    if (!own || !foreign) throw new Error('demo interventions missing');
    const refused = await issuesOf(
      env.editor.plans.linkInterventions({
        ...atGoal,
        interventionIds: [own.id, foreign.id],
      }),
    );
    expect(refused).toEqual({ 'interventionIds.1': 'plan.links.interventionNotFound' });
    await env.editor.plans.linkInterventions({
      ...atGoal,
      interventionIds: [own.id],
    });
    const plan = await env.viewer.plans.get({ tenant, planId });
    expect(plan.goals[0]?.interventions).toEqual([{ id: own.id, name: own.name }]);
  });

  it('moves a target group by saving the header in the new order', async () => {
    const { planId, atPlan } = await buildPlan();
    await env.editor.plans.update({
      ...atPlan,
      ...header,
      targetGroups: [...header.targetGroups].reverse(),
    });
    expect((await env.viewer.plans.get({ tenant, planId })).targetGroups).toEqual([
      'Unga vuxna',
      'Personer i behov av samordnade rehabiliteringsinsatser',
    ]);
  });

  it('moves a goal down among its siblings', async () => {
    const { planId, version, atPlan } = await buildPlan();
    const second = await env.editor.plans.saveGoal({
      ...atPlan,
      goalId: null,
      goal: { areaId: null, code: '5.5', title: 'Sist', description: '' },
    });
    const moved = await env.editor.plans.move({
      tenant,
      planId,
      expectedVersion: second.version,
      kind: 'goal',
      id: second.id,
      step: -1,
    });
    expect(moved.version).toBe(version + 2);
    expect((await env.viewer.plans.get({ tenant, planId })).goals.map((goal) => goal.code)).toEqual([
      '5.5',
      '5.4',
    ]);
  });

  it('names the plan in the förbund’s audit log', async () => {
    const { planId } = await buildPlan();
    const log = await env.admin.audit.list({ tenant, action: 'plan.', limit: 50 });
    const created = log.rows.find((row) => row.action === 'plan.create' && row.entityId === planId);
    expect(created?.entityName).toBe(header.name);
  });

  it('lets no viewer write', async () => {
    expect(await outcomeOf(env.viewer.plans.create({ tenant, ...header }))).toBe('FORBIDDEN');
  });
});

describe('adopting, reopening, copying and deleting', () => {
  it('makes the adopted plan read-only with a reason until an admin reopens it', async () => {
    const { planId, goalId, atPlan } = await buildPlan();
    const adopted = await env.editor.plans.adopt({
      ...atPlan,
      adoptedOn: '2019-11-29',
      adoptedDecisionId: null,
    });
    const edit = env.editor.plans.deleteGoal({ tenant, planId, expectedVersion: adopted.version, goalId });
    expect(await reasonOf(edit)).toBe('plan.adopted');
    expect(
      await reasonOf(env.editor.plans.delete({ tenant, planId, expectedVersion: adopted.version })),
    ).toBe('plan.adoptedCannotBeDeleted');
    expect(
      await outcomeOf(env.editor.plans.reopen({ tenant, planId, expectedVersion: adopted.version })),
    ).toBe('FORBIDDEN');
    const reopened = await env.admin.plans.reopen({ tenant, planId, expectedVersion: adopted.version });
    await env.editor.plans.deleteGoal({ tenant, planId, expectedVersion: reopened.version, goalId });
    const plan = await env.viewer.plans.get({ tenant, planId });
    expect(plan).toMatchObject({ status: 'draft', adoptedOn: null, goals: [] });
    expect(await auditActions(planId)).toEqual(expect.arrayContaining(['plan.adopt', 'plan.reopen']));
  });

  it('stores the adoption date and decision', async () => {
    const { planId, atPlan } = await buildPlan();
    // 0024 keys adopted_decision_id to the register: the decision must exist in this förbund.
    const { decisionId } = await fixtureDecisionAt(
      env.superuser,
      tenant,
      { bodyName: 'Förbundsstyrelsen (test)', date: '2019-11-29', paragraph: 7 },
      { kind: 'plan', title: header.name, text: 'Styrelsen fastställer planen.' },
    );
    await env.editor.plans.adopt({
      ...atPlan,
      adoptedOn: '2019-11-29',
      adoptedDecisionId: decisionId,
    });
    expect(await env.viewer.plans.get({ tenant, planId })).toMatchObject({
      status: 'adopted',
      adoptedOn: '2019-11-29',
      adoptedDecisionId: decisionId,
    });
  });

  it('copies a plan to the next period as a draft with its whole structure, years moved on', async () => {
    const { planId, atPlan } = await buildPlan();
    await env.editor.plans.adopt({
      ...atPlan,
      adoptedOn: '2019-11-29',
      adoptedDecisionId: null,
    });
    const copy = await env.editor.plans.copy({ tenant, planId });
    const plan = await env.viewer.plans.get({ tenant, planId: copy.id });
    expect(plan).toMatchObject({
      name: 'Verksamhetsplan och budget 2023–2025',
      firstYear: 2023,
      lastYear: 2025,
      status: 'draft',
      copiedFromPlanId: planId,
      targetGroups: header.targetGroups,
      directions: header.directions,
    });
    expect(plan.goals[0]?.indicators[0]).toMatchObject({ ...equity, targetValue: '20.00' });
    expect(plan.goals[0]?.activities[0]?.year).toBe(2024);
  });

  it('deletes a draft with its tree', async () => {
    const { planId, version } = await buildPlan();
    await env.editor.plans.delete({ tenant, planId, expectedVersion: version });
    expect(await outcomeOf(env.viewer.plans.get({ tenant, planId }))).toBe('NOT_FOUND');
    const [left] = await env.superuser<{ n: number }[]>`
      select count(*)::int as n from plan_goals where plan_id = ${planId}`;
    expect(left?.n).toBe(0);
  });
});

describe('another förbund', () => {
  it('cannot read or edit Gävleborg’s plan through its own förbund', async () => {
    const { planId, goalId, version } = await buildPlan();
    const as = { tenant: 'insjoriket' };
    expect(await outcomeOf(env.otherEditor.plans.get({ ...as, planId }))).toBe('NOT_FOUND');
    expect(await outcomeOf(env.otherEditor.plans.copy({ ...as, planId }))).toBe('NOT_FOUND');
    expect(
      await outcomeOf(
        env.otherEditor.plans.saveGoal({
          ...as,
          planId,
          expectedVersion: version,
          goalId,
          goal: { areaId: null, code: '', title: 'Kapat', description: '' },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect((await env.otherEditor.plans.list(as)).map((p) => p.id)).not.toContain(planId);
    expect((await env.viewer.plans.get({ tenant, planId })).version).toBe(version);
  });

  it('sees no row of Gävleborg’s plans under row-level security, even without the tenant filter', async () => {
    await buildPlan();
    const [gavleborg] = await env.superuser<
      { id: string }[]
    >`select id from tenants where slug = 'gavleborg'`;
    const [insjoriket] = await env.superuser<
      { id: string }[]
    >`select id from tenants where slug = 'insjoriket'`;
    const tables = ['plans', 'plan_areas', 'plan_goals', 'plan_indicators', 'plan_activities'];
    const countIn = async (tx: Sql, table: string) => {
      const [row] = await tx.unsafe<{ n: number }[]>(
        `select count(*)::int as n from ${table} where tenant_id = $1`,
        [gavleborg?.id ?? ''],
      );
      return row?.n ?? -1;
    };
    // The rows are there (the superuser sees them), so zero below is the policy's doing.
    for (const table of tables.filter((t) => t !== 'plan_areas'))
      expect(await countIn(env.superuser, table)).toBeGreaterThan(0);
    // The API's own connection (the app role), in a transaction claiming to be Insjöriket.
    const counts = await env.api.sql.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${insjoriket?.id ?? ''}, true)`;
      const seen: number[] = [];
      for (const table of tables) seen.push(await countIn(tx as unknown as Sql, table));
      return seen;
    });
    expect(counts).toEqual([0, 0, 0, 0, 0]);
  });
});
