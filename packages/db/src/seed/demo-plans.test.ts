import { useTestConnections } from '@samsyn/db/testing/vitest';
import { describe, expect, it } from 'vitest';

const db = useTestConnections('superuser');

describe('the demo database holds the seeds’ verksamhetsplaner', () => {
  it('has the four plans, adopted, with their goal, indicator and activity counts', async () => {
    const rows = await db.superuser<
      {
        slug: string;
        name: string;
        years: string;
        status: string;
        adoptedOn: string;
        goals: number;
        indicators: number;
        activities: number;
        links: number;
      }[]
    >`
      select t.slug, p.name, p.first_year || '–' || p.last_year as years, p.status,
        p.adopted_on::text as "adoptedOn",
        (select count(*)::int from plan_goals g where g.tenant_id = p.tenant_id and g.plan_id = p.id) as goals,
        (select count(*)::int from plan_indicators i join plan_goals g on g.tenant_id = i.tenant_id and g.id = i.goal_id
          where g.plan_id = p.id) as indicators,
        (select count(*)::int from plan_activities a join plan_goals g on g.tenant_id = a.tenant_id and g.id = a.goal_id
          where g.plan_id = p.id) as activities,
        (select count(*)::int from plan_goal_interventions l join plan_goals g on g.tenant_id = l.tenant_id
          and g.id = l.goal_id where g.plan_id = p.id) as links
      from plans p join tenants t on t.id = p.tenant_id
      where t.slug in ('gavleborg', 'harnosand-timra', 'insjoriket')
      order by t.slug, p.first_year`;
    expect(rows).toEqual([
      {
        slug: 'gavleborg',
        name: 'Verksamhetsplan 2019',
        years: '2019–2019',
        status: 'adopted',
        adoptedOn: '2018-11-30',
        goals: 4,
        indicators: 6,
        activities: 8,
        links: 8,
      },
      {
        slug: 'gavleborg',
        name: 'Verksamhetsplan och budget 2020–2022',
        years: '2020–2022',
        status: 'adopted',
        adoptedOn: '2019-11-29',
        goals: 4,
        indicators: 12,
        activities: 4,
        links: 6,
      },
      {
        slug: 'harnosand-timra',
        name: 'Verksamhetsplan 2016–2018',
        years: '2016–2018',
        status: 'adopted',
        adoptedOn: '2015-12-10',
        goals: 2,
        indicators: 4,
        activities: 2,
        links: 2,
      },
      {
        slug: 'insjoriket',
        name: 'Verksamhetsplan 2020',
        years: '2020–2020',
        status: 'adopted',
        adoptedOn: '2019-12-13',
        goals: 3,
        indicators: 4,
        activities: 5,
        links: 5,
      },
    ]);
  });

  it("keeps Gävleborg's goals 5.1–5.4 in order, 5.4 computed as equity at most 20 % of budgeted revenue", async () => {
    const goals = await db.superuser<{ code: string; title: string }[]>`
      select g.code, g.title from plan_goals g join plans p on p.tenant_id = g.tenant_id and p.id = g.plan_id
      where p.name = 'Verksamhetsplan och budget 2020–2022' order by g.position`;
    expect(goals.map((goal) => goal.code)).toEqual(['5.1', '5.2', '5.3', '5.4']);
    expect(goals[1]?.title).toBe(
      'Stödja och utveckla samverkansstrukturer inom området samordnad rehabilitering i länet.',
    );
    const [equity] = await db.superuser<
      { measure: string; comparison: string; unit: string; target: string }[]
    >`
      select i.computed_measure as measure, i.comparison, i.unit, i.target_value::text as target
      from plan_indicators i join plan_goals g on g.tenant_id = i.tenant_id and g.id = i.goal_id
        join plans p on p.tenant_id = g.tenant_id and p.id = g.plan_id
      where p.name = 'Verksamhetsplan och budget 2020–2022' and g.code = '5.4'`;
    expect(equity).toEqual({
      measure: 'equityShareOfBudgetedRevenue',
      comparison: 'atMost',
      unit: 'percent',
      target: '20.00',
    });
  });

  it("puts Insjöriket's goals under its two areas", async () => {
    const rows = await db.superuser<{ area: string; goals: number }[]>`
      select a.title as area, count(g.id)::int as goals
      from plan_areas a join plan_goals g on g.tenant_id = a.tenant_id and g.area_id = a.id
        join tenants t on t.id = a.tenant_id
      where t.slug = 'insjoriket' group by a.title, a.position order by a.position`;
    expect(rows).toEqual([
      { area: 'Individinriktade insatser', goals: 1 },
      { area: 'Strukturinriktade insatser', goals: 2 },
    ]);
  });
});
