import { useTestConnections } from '@samsyn/db/testing/vitest';
import {
  type Budget,
  type BudgetLine,
  budgetCommitments,
  type Ore,
  type PipelineApplication,
} from '@samsyn/domain';
import { describe, expect, it } from 'vitest';

const db = useTestConnections('superuser');

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
  return db.superuser<ApplicationRow[]>`
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
    const [committed2016] = await db.superuser<{ sum: string }[]>`
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

    const history = await db.superuser<
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
    const points = await db.superuser<{ text: string; answers: number }[]>`
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
    const [criteria] = await db.superuser<{ count: number }[]>`
      select count(*)::int from application_criteria c join tenants t on t.id = c.tenant_id
      where t.slug = 'harnosand-timra'`;
    expect(criteria?.count).toBe(0);
  });
});

describe('the demo database holds Gävleborg’s applications of 2019 and its grants for 2020', () => {
  it('has the three May 2019 förstudier and Trisam granted by the board on 24 May, each linked both ways to its decision', async () => {
    const rows = await db.superuser<
      {
        title: string;
        status: string;
        paragraph: number;
        outcome: string;
        decisionOre: string;
        grantedOre: string;
        linked: boolean;
        historyNamesIt: boolean;
      }[]
    >`
      select a.title, a.status, i.paragraph, d.grant_outcome as outcome, d.granted_amount_ore::text as "decisionOre",
        a.granted_amount_ore::text as "grantedOre", a.decision_id = d.id as linked,
        exists (select 1 from application_status_changes s where s.tenant_id = a.tenant_id
                and s.application_id = a.id and s.to_status = 'granted' and s.decision_id = d.id) as "historyNamesIt"
      from applications a
        join board_agenda_items i on i.tenant_id = a.tenant_id and i.concerns_application_id = a.id
        join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
        join board_decisions d on d.tenant_id = i.tenant_id and d.item_id = i.id
        join tenants t on t.id = a.tenant_id
      where t.slug = 'gavleborg' and m.meeting_date = '2019-05-24' and m.status = 'approved'
      order by i.paragraph`;
    const linked = { status: 'granted', outcome: 'granted', linked: true, historyNamesIt: true };
    expect(rows).toEqual([
      {
        ...linked,
        title: 'Förstudie om naturbaserad grön rehabilitering i Hofors',
        paragraph: 10,
        decisionOre: '45700000',
        grantedOre: '45700000',
      },
      {
        ...linked,
        title: 'Förstudie om etablering av Fontänhus i Sandviken',
        paragraph: 11,
        decisionOre: '15000000',
        grantedOre: '15000000',
      },
      {
        ...linked,
        title: 'Kartläggning av sjukskrivna med psykisk funktionsnedsättning i Ljusdal',
        paragraph: 12,
        decisionOre: '8000000',
        grantedOre: '8000000',
      },
      {
        ...linked,
        title: 'Trisam med fyra handläggare vardera från Arbetsförmedlingen och Försäkringskassan',
        paragraph: 13,
        decisionOre: '120000000',
        grantedOre: '120000000',
      },
    ]);
    const sandviken = await db.superuser<{ start: string; end: string; group: string }[]>`
      select a.start_date::text as start, a.end_date::text as end, g.name as group from applications a
        join local_groups g on g.tenant_id = a.tenant_id and g.id = a.local_group_id
      where a.title = 'Förstudie om etablering av Fontänhus i Sandviken'`;
    expect(sandviken).toEqual([{ start: '2019-08-01', end: '2019-11-30', group: 'Mysam Sandviken' }]);
  });

  it('has Ockelbo’s SE/IPS application under review, Bollnäs expected, Gävle and Hudiksvall as drafts', async () => {
    const rows = await applicationsOf('gavleborg');
    expect(byTitle(rows, 'Individinriktade insatser med SE/IPS som metod i Ockelbo').status).toBe(
      'underReview',
    );
    expect(
      byTitle(rows, 'Pilotprojekt för sjukskrivna utan sjukpenninggrundande inkomst i Bollnäs').status,
    ).toBe('expected');
    expect(byTitle(rows, 'Inventering av målgruppen personer med psykisk ohälsa i Gävle').status).toBe(
      'draft',
    );
    expect(
      byTitle(rows, 'Hälsofrämjande insats för personer med psykisk funktionsnedsättning i Hudiksvall')
        .status,
    ).toBe('draft');
    const [note] = await db.superuser<{ note: string }[]>`
      select s.note from application_status_changes s
        join applications a on a.tenant_id = s.tenant_id and a.id = s.application_id
      where a.title = 'Individinriktade insatser med SE/IPS som metod i Ockelbo' and s.to_status = 'underReview'`;
    expect(note?.note).toContain('Beslut fattas av styrelsen i aug-sep');
  });

  it('has the six insatser of § 8 granted with agreements committing exactly 10 800 000 kr for 2020, linked to their interventions where one exists', async () => {
    const rows = await applicationsOf('gavleborg');
    const granted2020 = [
      ['Lokala samverkansgrupper (MYSAM)', 'Mysam processledare'],
      ['Tidig rehabilitering i samverkan (Trisam 2.0)', 'Trisam individ'],
      ['ASF – arbetsintegrerande socialt företagande', 'Arbetsintegrerande socialt företagande (ASF)'],
      ['Insatskatalogen', null],
      ['Ett hållbart arbetsliv, Ockelbo', null],
      ['Förstudie pröva vägar vidare, Bollnäs', null],
    ] as const;
    for (const [title, intervention] of granted2020) {
      const row = byTitle(rows, title);
      expect(row).toMatchObject({ status: 'granted', intervention });
      expect(row.committedOre).toBe(row.grantedOre);
    }
    const [committed2020] = await db.superuser<{ sum: string; agreements: number }[]>`
      select sum(y.amount_ore)::text as sum, count(*)::int as agreements from application_agreement_years y
        join tenants t on t.id = y.tenant_id
      where t.slug = 'gavleborg' and y.year = 2020`;
    expect(committed2020).toEqual({ sum: '1080000000', agreements: 6 });
  });

  it('has the review group’s checklist and criteria, and the checklist answered for every application past the formal check', async () => {
    const [counts] = await db.superuser<{ points: number; criteria: number; unanswered: number }[]>`
      select
        (select count(*)::int from application_checklist_points p where p.tenant_id = t.id) as points,
        (select count(*)::int from application_criteria c where c.tenant_id = t.id) as criteria,
        (select count(*)::int from applications a cross join application_checklist_points p
         where a.tenant_id = t.id and p.tenant_id = t.id
           and a.status in ('underReview', 'proposal', 'granted', 'rejected')
           and not exists (select 1 from application_checklist_answers x where x.tenant_id = a.tenant_id
                           and x.application_id = a.id and x.point_id = p.id)) as unanswered
      from tenants t where t.slug = 'gavleborg'`;
    expect(counts).toEqual({ points: 6, criteria: 3, unanswered: 0 });
  });

  it('has the review group’s opinions: a grant proposed with scores on each May application, jäv declared on Trisam, Ockelbo’s review begun', async () => {
    const rows = await db.superuser<
      {
        title: string;
        email: string;
        conflict: boolean;
        recommendation: string | null;
        scores: number;
        submitted: boolean;
      }[]
    >`
      select a.title, u.email, r.has_conflict as conflict, r.recommendation,
        (select count(*)::int from application_review_scores s where s.tenant_id = r.tenant_id and s.review_id = r.id) as scores,
        r.submitted_at is not null as submitted
      from application_reviews r
        join applications a on a.tenant_id = r.tenant_id and a.id = r.application_id
        join users u on u.id = r.reviewer_user_id
        join tenants t on t.id = r.tenant_id
      where t.slug = 'gavleborg' order by a.title, u.email`;
    const proposed = {
      email: 'editor@gavleborg.demo',
      conflict: false,
      recommendation: 'grant',
      scores: 3,
      submitted: true,
    };
    expect(rows).toEqual([
      { ...proposed, title: 'Förstudie om etablering av Fontänhus i Sandviken' },
      { ...proposed, title: 'Förstudie om naturbaserad grön rehabilitering i Hofors' },
      {
        title: 'Individinriktade insatser med SE/IPS som metod i Ockelbo',
        email: 'editor@gavleborg.demo',
        conflict: false,
        recommendation: null,
        scores: 0,
        submitted: false,
      },
      { ...proposed, title: 'Kartläggning av sjukskrivna med psykisk funktionsnedsättning i Ljusdal' },
      {
        ...proposed,
        title: 'Trisam med fyra handläggare vardera från Arbetsförmedlingen och Försäkringskassan',
      },
      {
        title: 'Trisam med fyra handläggare vardera från Arbetsförmedlingen och Försäkringskassan',
        email: 'process@samsyn.demo',
        conflict: true,
        recommendation: null,
        scores: 0,
        submitted: false,
      },
    ]);
  });

  it('marks what the seeds do not print as a demo estimate, naming the fields', async () => {
    const rows = await db.superuser<{ title: string; isDemoEstimate: boolean; estimatedFields: string[] }[]>`
      select a.title, a.is_demo_estimate as "isDemoEstimate", a.estimated_fields as "estimatedFields"
      from applications a join tenants t on t.id = a.tenant_id
      where t.slug = 'gavleborg' and a.title in ('Förstudie om etablering av Fontänhus i Sandviken', 'Insatskatalogen')
      order by a.title`;
    expect(rows).toEqual([
      expect.objectContaining({
        title: 'Förstudie om etablering av Fontänhus i Sandviken',
        isDemoEstimate: true,
        estimatedFields: expect.arrayContaining(['decision.grantedOre', 'budgetYears']),
      }),
      expect.objectContaining({
        title: 'Insatskatalogen',
        isDemoEstimate: true,
        estimatedFields: expect.arrayContaining(['budgetYears', 'agreement']),
      }),
    ]);
  });

  it('has Hofors’ förstudie closed: its final report approved, both payments paid', async () => {
    const [hofors] = await db.superuser<
      { status: string; closed: string; unpaid: number; approved: number }[]
    >`
      select g.status, g.closed_date::text as closed,
        (select count(*)::int from application_payments p where p.tenant_id = g.tenant_id and p.agreement_id = g.id
           and p.paid_date is null) as unpaid,
        (select count(*)::int from application_reports r where r.tenant_id = g.tenant_id and r.agreement_id = g.id
           and r.kind = 'final' and r.approved_date is not null) as approved
      from application_agreements g join applications a on a.tenant_id = g.tenant_id and a.id = g.application_id
      where a.title = 'Förstudie om naturbaserad grön rehabilitering i Hofors'`;
    expect(hofors).toEqual({ status: 'closed', closed: '2019-12-06', unpaid: 0, approved: 1 });
  });
});

/** The budget starting in `firstYear` as the domain reads it, from the loaded economy rows. */
async function loadedBudget(slug: string, firstYear: number): Promise<Budget> {
  const rows = await db.superuser<
    {
      lineId: string;
      parentLineId: string | null;
      code: string;
      name: string;
      kind: BudgetLine['kind'];
      costKind: BudgetLine['costKind'] | null;
      amounts: (number | null)[];
      yearCount: number;
    }[]
  >`
    select l.id as "lineId", l.parent_line_id as "parentLineId", l.code, b.name, l.kind, l.cost_kind as "costKind",
      to_json(b.amounts_ore) as amounts, g.year_count as "yearCount"
    from budget_lines b
      join budgets g on g.tenant_id = b.tenant_id and g.id = b.budget_id
      join economy_lines l on l.tenant_id = b.tenant_id and l.id = b.line_id
      join tenants t on t.id = b.tenant_id
    where t.slug = ${slug} and g.first_year = ${firstYear} order by b.position`;
  const lines = rows
    .filter((row) => row.parentLineId === null)
    .map(
      (row): BudgetLine => ({
        code: row.code,
        name: row.name,
        kind: row.kind,
        ...(row.costKind ? { costKind: row.costKind } : {}),
        amounts: row.amounts.map((amount) => (amount ?? 0) as Ore),
        ofWhich: rows
          .filter((sub) => sub.parentLineId === row.lineId)
          .map((sub) => ({ code: sub.code, name: sub.name, amounts: sub.amounts as (Ore | null)[] })),
      }),
    );
  const yearCount = rows[0]?.yearCount ?? 0;
  return { years: Array.from({ length: yearCount }, (_, index) => firstYear + index), lines };
}

/** The commitments' inputs from the loaded applications, as the reports' API reads them. */
async function loadedCommitments(slug: string, firstYear: number) {
  const agreementYears = await db.superuser<{ year: number; amountOre: Ore }[]>`
    select y.year, y.amount_ore::float8 as "amountOre" from application_agreement_years y
      join application_agreements g on g.tenant_id = y.tenant_id and g.id = y.agreement_id
      join applications a on a.tenant_id = g.tenant_id and a.id = g.application_id
      join tenants t on t.id = a.tenant_id
    where t.slug = ${slug} and a.status = 'granted'`;
  const pipeline = await db.superuser<PipelineApplication[]>`
    select a.status, a.expected_year as "expectedYear", a.expected_amount_ore::float8 as "expectedAmountOre",
      a.proposed_amount_ore::float8 as "proposedAmountOre", extract(year from a.start_date)::int as "startYear",
      coalesce((select json_agg(json_build_object('year', b.year, 'requestedOre', b.requested_ore) order by b.year)
                from application_budget_years b where b.tenant_id = a.tenant_id and b.application_id = a.id),
               '[]') as requested
    from applications a join tenants t on t.id = a.tenant_id
    where t.slug = ${slug} and a.status not in ('granted', 'rejected', 'withdrawn')`;
  const budget = await loadedBudget(slug, firstYear);
  return budgetCommitments({ budget, agreementYears: [...agreementYears], pipeline: [...pipeline] });
}

describe('the budget pages’ commitments computed from the loaded demo', () => {
  it('Härnösand-Timrå 2016: beviljade projekt 1 650 000 kr, tillgängligt 1 355 000 kr, and 1 355 000 kr expected', async () => {
    const [year2016] = await loadedCommitments('harnosand-timra', 2016);
    expect(year2016).toMatchObject({
      year: 2016,
      interventionFundsOre: 300_500_000,
      grantedOre: 165_000_000,
      availableOre: 135_500_000,
      expectedOre: 135_500_000,
    });
  });

  it('Gävleborg 2020: varav beviljat 10 800 000 kr, tillgängligt 4 500 000 kr, the printed 10 800 + 4 470 tkr 30 000 kr short of 15 300', async () => {
    const [year2020] = await loadedCommitments('gavleborg', 2020);
    expect(year2020).toMatchObject({
      year: 2020,
      interventionFundsOre: 1_530_000_000,
      grantedOre: 1_080_000_000,
      availableOre: 450_000_000,
      isOverCommitted: false,
    });
    expect(year2020?.printedOfWhich).toEqual([
      expect.objectContaining({ lineOre: 1_530_000_000, partsOre: 1_527_000_000, differenceOre: 3_000_000 }),
    ]);
    expect(year2020?.printedGranted).toEqual([
      expect.objectContaining({ printedOre: 1_080_000_000, computedOre: 1_080_000_000, differenceOre: 0 }),
    ]);
  });
});
