import { useTestConnections } from '@samsyn/db/testing/vitest';
import { describe, expect, it } from 'vitest';

const db = useTestConnections('superuser');

describe('the demo database holds the seeds’ boards', () => {
  it('has each förbund’s bodies, people, seats and seat rules', async () => {
    const rows = await db.superuser<
      { slug: string; bodies: number; people: number; seats: number; rules: number }[]
    >`
      select t.slug,
        (select count(*)::int from board_bodies b where b.tenant_id = t.id) as bodies,
        (select count(*)::int from board_people p where p.tenant_id = t.id) as people,
        (select count(*)::int from board_seats s where s.tenant_id = t.id) as seats,
        (select count(*)::int from board_seat_rules r where r.tenant_id = t.id) as rules
      from tenants t where t.slug in ('gavleborg', 'harnosand-timra', 'insjoriket') order by t.slug`;
    expect(rows).toEqual([
      // 16 printed 2019 + 3 auditors + 3 kansli + 16 of 2016 named by seat; 32 board seats of 2019
      // (two terms), 16 of 2016, 9 in the arbetsutskott, 5 auditor seats, 3 kansli seats.
      { slug: 'gavleborg', bodies: 7, people: 38, seats: 65, rules: 8 },
      { slug: 'harnosand-timra', bodies: 4, people: 0, seats: 0, rules: 5 },
      { slug: 'insjoriket', bodies: 4, people: 0, seats: 0, rules: 0 },
    ]);
  });

  it('has Gävleborg’s meetings of 2019-H1 per body, all approved, and the board’s fees of exactly 76 627 kr', async () => {
    const rows = await db.superuser<{ body: string; meetings: number; approved: number; feeOre: string }[]>`
      select b.name as body, count(distinct m.id)::int as meetings,
        count(distinct m.id) filter (where m.status = 'approved')::int as approved,
        coalesce(sum(a.fee_ore), 0)::text as "feeOre"
      from board_meetings m
        join board_bodies b on b.tenant_id = m.tenant_id and b.id = m.body_id
        join tenants t on t.id = m.tenant_id
        left join board_attendance a on a.tenant_id = m.tenant_id and a.meeting_id = m.id
      where t.slug = 'gavleborg' and m.meeting_date between '2019-01-01' and '2019-06-30'
      group by b.name, b.position order by b.position`;
    expect(rows).toEqual([
      { body: 'Förbundsstyrelse', meetings: 4, approved: 4, feeOre: '7662700' },
      { body: 'Arbetsutskott', meetings: 3, approved: 3, feeOre: '0' },
      { body: 'Beredningsgrupp', meetings: 3, approved: 3, feeOre: '0' },
      { body: 'Medlemssamråd', meetings: 1, approved: 1, feeOre: '0' },
    ]);
  });

  it('links the plan 2020–2022 to the decision of 29 November 2019 that adopted it, and the half-year report to 23 August', async () => {
    const rows = await db.superuser<
      { date: string; paragraph: number; kind: string; title: string; adopts: string | null }[]
    >`
      select m.meeting_date::text as date, i.paragraph, d.kind, d.title,
        (select p.name from plans p where p.tenant_id = d.tenant_id and p.adopted_decision_id = d.id) as adopts
      from board_decisions d
        join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
        join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
        join tenants t on t.id = d.tenant_id
      where t.slug = 'gavleborg' and m.meeting_date >= '2019-08-01' order by m.meeting_date`;
    expect(rows).toEqual([
      { date: '2019-08-23', paragraph: 18, kind: 'report', title: 'Halvårsredovisning 2019', adopts: null },
      {
        date: '2019-11-29',
        paragraph: 20,
        kind: 'plan',
        title: 'Verksamhetsplan och budget 2020–2022',
        adopts: 'Verksamhetsplan och budget 2020–2022',
      },
    ]);
  });

  it('links two items to the plan and the intervention they are about as documents, and records the jäv on Trisam', async () => {
    const documents = await db.superuser<{ kind: string; title: string; paragraph: number }[]>`
      select d.kind, d.title, i.paragraph from board_item_documents d
        join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
        join tenants t on t.id = d.tenant_id
      where t.slug = 'gavleborg' order by i.paragraph`;
    expect(documents).toEqual([
      { kind: 'intervention', title: 'Insatsen Naturbaserad grön rehabilitering', paragraph: 10 },
      { kind: 'plan', title: 'Förslag: Verksamhetsplan och budget 2020–2022', paragraph: 20 },
    ]);
    const conflicts = await db.superuser<{ name: string; paragraph: number }[]>`
      select p.name, i.paragraph from board_conflicts c
        join board_agenda_items i on i.tenant_id = c.tenant_id and i.id = c.item_id
        join board_seats s on s.tenant_id = c.tenant_id and s.id = c.seat_id
        join board_people p on p.tenant_id = s.tenant_id and p.id = s.person_id
      order by p.name`;
    expect(conflicts).toEqual([
      { name: 'Eva Alner Liljedahl', paragraph: 13 },
      { name: 'Gabriella Persson', paragraph: 13 },
    ]);
  });

  it('locks the approved demo minutes', async () => {
    await expect(
      db.superuser`update board_agenda_items set minutes = 'ändrat' where paragraph = 18`,
    ).rejects.toMatchObject({ code: '55000' });
  });
});
