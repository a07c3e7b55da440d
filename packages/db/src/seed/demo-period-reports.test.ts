import { useTestConnections } from '@samsyn/db/testing/vitest';
import { defaultTemplate } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';

const db = useTestConnections('superuser');

const gavleborgReport = async (kind: string) => {
  const [report] = await db.superuser<
    {
      id: string;
      tenantId: string;
      title: string;
      status: string;
      periodStart: string;
      periodEnd: string;
      deadline: string;
      plan: string | null;
      adoptedOn: string | null;
      createdBy: string;
    }[]
  >`
    select r.id, r.tenant_id as "tenantId", r.title, r.status, r.period_start::text as "periodStart",
      r.period_end::text as "periodEnd", r.deadline::text as deadline, p.name as plan,
      r.adopted_on::text as "adoptedOn", u.email as "createdBy"
    from period_reports r join tenants t on t.id = r.tenant_id
      left join plans p on p.tenant_id = r.tenant_id and p.id = r.plan_id
      left join users u on u.id = r.created_by
    where t.slug = 'gavleborg' and r.kind = ${kind}`;
  if (!report) throw new Error(`no demo ${kind} report`);
  return report;
};

const sectionsOf = (reportId: string) =>
  db.superuser<
    {
      id: string;
      position: number;
      title: string;
      source: string | null;
      body: unknown[];
      textVersion: number;
      assignee: string | null;
      deadline: string | null;
      readyBy: string | null;
      texts: number;
      comments: number;
    }[]
  >`
    select s.id, s.position, s.title, s.source, s.body, s.text_version as "textVersion", a.email as assignee,
      s.deadline::text as deadline, r.email as "readyBy",
      (select count(*)::int from period_report_section_texts x where x.tenant_id = s.tenant_id and x.section_id = s.id) as texts,
      (select count(*)::int from period_report_comments c where c.tenant_id = s.tenant_id and c.section_id = s.id) as comments
    from period_report_sections s
      left join users a on a.id = s.assignee_user_id
      left join users r on r.id = s.ready_by
    where s.report_id = ${reportId} order by s.position`;

describe('the demo database holds the demo period reports', () => {
  it('has one report per demo plan report and Gävleborg’s half-year report 2019, none adopted and no snapshot', async () => {
    const rows = await db.superuser<{ slug: string; kind: string; title: string; status: string }[]>`
      select t.slug, r.kind, r.title, r.status from period_reports r join tenants t on t.id = r.tenant_id
      where t.slug in ('gavleborg', 'harnosand-timra', 'insjoriket') order by t.slug, r.period_start`;
    expect(rows).toEqual([
      { slug: 'gavleborg', kind: 'halfYear', title: 'Halvårsredovisning 2019', status: 'ready' },
      { slug: 'gavleborg', kind: 'plan', title: 'Verksamhetsplan och budget 2020–2022', status: 'draft' },
      {
        slug: 'harnosand-timra',
        kind: 'plan',
        title: 'Verksamhetsplan och budget 2016–2018',
        status: 'draft',
      },
      { slug: 'insjoriket', kind: 'plan', title: 'Verksamhetsplan och budget 2020', status: 'draft' },
    ]);
    const [snapshots] = await db.superuser<{ count: number }[]>`
      select count(*)::int as count from period_report_snapshots s join period_reports r
        on r.tenant_id = s.tenant_id and r.id = s.report_id
      join tenants t on t.id = r.tenant_id where t.slug in ('gavleborg', 'harnosand-timra', 'insjoriket')`;
    expect(snapshots?.count).toBe(0);
  });

  it('gives the half-year report 2019 the template’s sections, all ready by the admin, texts in version 1 with their history, two assigned to the editor and comments on §1.3', async () => {
    const report = await gavleborgReport('halfYear');
    expect(report).toMatchObject({
      status: 'ready',
      periodStart: '2019-01-01',
      periodEnd: '2019-06-30',
      deadline: '2019-08-16',
      plan: 'Verksamhetsplan 2019',
      adoptedOn: null,
      createdBy: 'editor@gavleborg.demo',
    });
    const sections = await sectionsOf(report.id);
    expect(sections.map(({ title, source }) => ({ title, source }))).toEqual(
      defaultTemplate('halfYear').map(({ title, source }) => ({ title, source })),
    );
    expect(sections.every((section) => section.readyBy === 'admin@gavleborg.demo')).toBe(true);
    const written = sections.filter((section) => section.body.length > 0).map((section) => section.title);
    expect(written).toEqual([
      'Förvaltningsberättelse',
      'Sammanfattning av perioden',
      'Om förbundet',
      'Beskrivning av verksamheten',
      'Måluppfyllelse och resultat',
      'Redovisnings- och värderingsprinciper',
      'Styrelsens beslut',
    ]);
    for (const section of sections)
      expect([section.textVersion, section.texts], section.title).toEqual(
        section.body.length > 0 ? [1, 1] : [0, 0],
      );
    expect(
      sections
        .filter((section) => section.assignee !== null || section.comments > 0)
        .map(({ title, assignee, deadline, comments }) => ({ title, assignee, deadline, comments })),
    ).toEqual([
      {
        title: 'Beskrivning av verksamheten',
        assignee: 'editor@gavleborg.demo',
        deadline: '2019-08-09',
        comments: 2,
      },
      {
        title: 'Måluppfyllelse och resultat',
        assignee: 'editor@gavleborg.demo',
        deadline: '2019-08-09',
        comments: 0,
      },
    ]);
  });

  it('gives the half-year report its notes Not 1–4 on their statement lines, Not 1’s rows adding up to 6 659 750 kr', async () => {
    const report = await gavleborgReport('halfYear');
    const notes = await db.superuser<
      { number: number; title: string; line: string; rows: number; current: string }[]
    >`
      select n.number, n.title, n.statement_line as line, jsonb_array_length(n.lines) as rows,
        (select sum((l ->> 'current')::bigint) from jsonb_array_elements(n.lines) l)::text as current
      from period_report_notes n where n.report_id = ${report.id} order by n.number`;
    expect(notes).toEqual([
      { number: 1, title: 'Verksamhetens intäkter', line: 'revenue', rows: 13, current: '665975000' },
      { number: 2, title: 'Verksamhetens kostnader', line: 'costs', rows: 6, current: '331506000' },
      { number: 3, title: 'Fordringar', line: 'balance:receivables', rows: 4, current: '5813100' },
      {
        number: 4,
        title: 'Upplupna kostnader',
        line: 'balance:accrued-costs',
        rows: 6,
        current: '368245000',
      },
    ]);
  });

  it('links the board’s item “Halvårsredovisning 2019” of 23 August 2019 to the report, its decision of kind report adopting nothing yet', async () => {
    const report = await gavleborgReport('halfYear');
    const rows = await db.superuser<
      { date: string; place: string; status: string; paragraph: number; kind: string; text: string }[]
    >`
      select m.meeting_date::text as date, m.place, m.status, i.paragraph, d.kind, d.text
      from board_agenda_items i
        join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
        join board_decisions d on d.tenant_id = i.tenant_id and d.item_id = i.id
      where i.concerns_report_id = ${report.id}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      date: '2019-08-23',
      place: 'Gävle',
      status: 'approved',
      paragraph: 18,
      kind: 'report',
    });
    expect(rows[0]?.text).toMatch(
      /^Styrelsen fastställer halvårsredovisningen för perioden 2019-01-01 – 2019-06-30\./,
    );
    const [adopting] = await db.superuser<{ count: number }[]>`
      select count(*)::int as count from period_reports where adopted_decision_id is not null
        and tenant_id = ${report.tenantId}`;
    expect(adopting?.count).toBe(0);
  });

  it('gives the verksamhetsplan 2020–2022 its plan, the draft status, the deadline and its two written sections', async () => {
    const report = await gavleborgReport('plan');
    expect(report).toMatchObject({
      status: 'draft',
      periodStart: '2020-01-01',
      periodEnd: '2022-12-31',
      deadline: '2019-11-15',
      plan: 'Verksamhetsplan och budget 2020–2022',
    });
    const sections = await sectionsOf(report.id);
    expect(sections.map((section) => section.title)).toEqual(defaultTemplate('plan').map((s) => s.title));
    expect(sections.filter((s) => s.body.length > 0).map((s) => s.title)).toEqual([
      'Arbetsorganisation',
      'Budget',
    ]);
    expect(sections.every((section) => section.readyBy === null)).toBe(true);
  });
});
