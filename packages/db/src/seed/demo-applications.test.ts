import { createTestDatabase, type TestDatabase } from '@samsyn/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSql, type Sql } from '../client.ts';

let db: TestDatabase;
let superuser: Sql;
beforeAll(async () => {
  db = await createTestDatabase(inject('testCluster'));
  superuser = createSql(db.superuserUrl, { max: 1 });
});
afterAll(async () => {
  await superuser.end();
  await db.drop();
});

interface ApplicationRow {
  title: string;
  status: string;
  lead: string | null;
  parties: string[];
  grantedOre: string | null;
  decidedDate: string | null;
  intervention: string | null;
  committedOre: string | null;
}

/** Each application of a demo förbund: status, lead, parties, grant, intervention and commitment. */
async function applicationsOf(slug: string): Promise<ApplicationRow[]> {
  return superuser<ApplicationRow[]>`
    select a.title, a.status, m.name as lead,
      array(select pm.name from application_parties p
              join members pm on pm.tenant_id = p.tenant_id and pm.id = p.member_id
            where p.tenant_id = a.tenant_id and p.application_id = a.id order by p.position) as parties,
      a.granted_amount_ore::text as "grantedOre", a.decided_date::text as "decidedDate", i.name as intervention,
      (select sum(y.amount_ore)::text from application_agreements g
         join application_agreement_years y on y.tenant_id = g.tenant_id and y.agreement_id = g.id
       where g.tenant_id = a.tenant_id and g.application_id = a.id) as "committedOre"
    from applications a
      join tenants t on t.id = a.tenant_id
      left join members m on m.tenant_id = a.tenant_id and m.id = a.lead_member_id
      left join interventions i on i.tenant_id = a.tenant_id and i.id = a.intervention_id
    where t.slug = ${slug} order by a.created_at, a.title`;
}

const byTitle = (rows: ApplicationRow[], title: string) => {
  const row = rows.find((candidate) => candidate.title === title);
  if (!row) throw new Error(`no demo application ${title}`);
  return row;
};

describe('the demo database holds Härnösand-Timrå’s applications of its plan 2016–2018', () => {
  it('has Etappen and Navigator granted for 2016 (1 100 000 + 550 000 = 1 650 000 kr), each with its intervention', async () => {
    const rows = await applicationsOf('harnosand-timra');
    expect(byTitle(rows, 'Etappen, Kreativ verkstad 2016')).toMatchObject({
      status: 'granted',
      lead: 'Härnösands kommun',
      grantedOre: '110000000',
      committedOre: '110000000',
      intervention: 'Etappen',
    });
    expect(byTitle(rows, 'Navigatortjänst i Timrå kommun 2016')).toMatchObject({
      status: 'granted',
      lead: 'Timrå kommun',
      grantedOre: '55000000',
      committedOre: '55000000',
      intervention: 'Navigator Timrå',
    });
    const [committed2016] = await superuser<{ sum: string }[]>`
      select sum(y.amount_ore)::text as sum from application_agreement_years y
        join tenants t on t.id = y.tenant_id
      where t.slug = 'harnosand-timra' and y.year = 2016`;
    expect(committed2016?.sum).toBe('165000000');
  });

  it('has the FK/Landstinget pre-study received at the end of November 2015, Sams withdrawn, ASF and DUA expected', async () => {
    const rows = await applicationsOf('harnosand-timra');
    expect(byTitle(rows, 'Förstudie om samarbetet mellan Försäkringskassan och Landstinget')).toMatchObject({
      status: 'received',
      lead: 'Försäkringskassan',
      parties: ['Region Västernorrland'],
    });
    expect(byTitle(rows, 'Sams-projektet').status).toBe('withdrawn');
    expect(byTitle(rows, 'Stödstruktur kring arbetsintegrerande socialt företagande').status).toBe(
      'expected',
    );
    expect(byTitle(rows, 'Delegationen unga till arbete (DUA)').status).toBe('expected');

    const history = await superuser<
      { title: string; to: string; date: string; note: string; by: string | null }[]
    >`
      select a.title, s.to_status as to, s.effective_date::text as date, s.note, s.changed_by as by
      from application_status_changes s
        join applications a on a.tenant_id = s.tenant_id and a.id = s.application_id
        join tenants t on t.id = s.tenant_id
      where t.slug = 'harnosand-timra' and a.title in ('Sams-projektet', 'Förstudie om samarbetet mellan Försäkringskassan och Landstinget')
      order by s.id`;
    expect(history).toEqual([
      expect.objectContaining({ to: 'received', date: '2015-11-30', by: null }),
      expect.objectContaining({ to: 'draft', by: null }),
      expect.objectContaining({
        to: 'withdrawn',
        note: expect.stringContaining('rådande personalsituation på Försäkringskassan'),
      }),
    ]);
  });

  it('has its checklist from the plan’s rules, answered for the granted ones, and no criteria', async () => {
    const points = await superuser<{ text: string; answers: number }[]>`
      select p.text, (select count(*)::int from application_checklist_answers x
                      where x.tenant_id = p.tenant_id and x.point_id = p.id and x.answer = 'yes') as answers
      from application_checklist_points p join tenants t on t.id = p.tenant_id
      where t.slug = 'harnosand-timra' order by p.position`;
    expect(points).toHaveLength(5);
    expect(points[0]).toEqual({
      text: 'I projektansökan ska det framgå hur ökad samverkan ska ske mellan de aktuella parterna.',
      answers: 2,
    });
    expect(points.map((point) => point.text)).toContain(
      'Sluttrapporten ska muntligt redovisas för styrelsen innan slutlikvid.',
    );
    const [criteria] = await superuser<{ count: number }[]>`
      select count(*)::int from application_criteria c join tenants t on t.id = c.tenant_id
      where t.slug = 'harnosand-timra'`;
    expect(criteria?.count).toBe(0);
  });
});
