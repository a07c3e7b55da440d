import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, issuesOf, outcomeOf, reasonOf, useTestApi } from '../../testing/index.ts';

const env = useTestApi();
const tenant = 'gavleborg';
let editor: Caller;
let viewer: Caller;
let otherEditor: Caller;
let admin: Caller;

/** A body of four members and two substitutes, a held meeting with an item about an intervention. */
const board = {
  tenantId: '',
  bodyId: '',
  otherBodyId: '',
  meetingId: '',
  itemId: '',
  plainItemId: '',
  seats: {} as Record<'chair' | 'region' | 'kommun' | 'fk' | 'sub1' | 'sub2' | 'elsewhere', string>,
};

beforeAll(async () => {
  editor = await env.api.callerFor('editor@gavleborg.demo');
  viewer = await env.api.callerFor('viewer@gavleborg.demo');
  otherEditor = await env.api.callerFor('editor@insjoriket.demo');
  admin = await env.api.callerFor('admin@gavleborg.demo');
  const sql = env.superuser;
  const [t] = await sql<{ id: string }[]>`select id from tenants where slug = ${tenant}`;
  if (!t) throw new Error('no gavleborg');
  board.tenantId = t.id;
  const member = async (kind: string, name: string) => {
    const [row] = await sql<{ id: string }[]>`
      select id from members where tenant_id = ${t.id} and kind = ${kind} and name like ${`${name}%`} limit 1`;
    if (!row) throw new Error(`no member ${name}`);
    return row.id;
  };
  const region = await member('region', 'Region');
  const fk = await member('fk', 'Försäkringskassan');
  const sandviken = await member('municipality', 'Sandviken');
  const one = async (query: Promise<{ id: string }[]>) => {
    const [row] = await query;
    if (!row) throw new Error('insert returned no row');
    return row.id;
  };
  board.bodyId = await one(sql`
    insert into board_bodies (tenant_id, kind, name, quorum_rule, meeting_fee_ore, position)
    values (${t.id}, 'other', 'Närvaroprovets styrelse', 'half', 150000, 90) returning id`);
  board.otherBodyId = await one(sql`
    insert into board_bodies (tenant_id, kind, name, position) values (${t.id}, 'other', 'Närvaroprovets utskott', 91)
    returning id`);
  const seat = async (
    name: string,
    role: string,
    memberId: string | null,
    group: string | null,
    body = board.bodyId,
  ) => {
    const personId = await one(
      sql`insert into board_people (tenant_id, name, party) values (${t.id}, ${name}, 'S') returning id`,
    );
    return one(sql`
      insert into board_seats (tenant_id, body_id, person_id, role, member_id, member_group, substitute_order, from_date)
      values (${t.id}, ${body}, ${personId}, ${role}, ${memberId}, ${group},
        ${role === 'substitute' ? 1 : null}, '2031-01-01') returning id`);
  };
  board.seats = {
    chair: await seat('Ordförande Provsson', 'chair', region, null),
    region: await seat('Regina Region', 'member', region, null),
    kommun: await seat('Kim Kommun', 'member', null, 'municipalities'),
    fk: await seat('Fia Kassa', 'member', fk, null),
    sub1: await seat('Ersa Ersättare', 'substitute', fk, null),
    sub2: await seat('Erik Ersättare', 'substitute', region, null),
    elsewhere: await seat('Utskottets Ulla', 'member', fk, null, board.otherBodyId),
  };
  const interventionId = await one(sql`
    insert into interventions (tenant_id, name, kind, status, lead_member_id)
    values (${t.id}, 'Närvaroprovets insats', 'individual', 'ongoing', ${region}) returning id`);
  await sql`
    insert into intervention_partners (tenant_id, intervention_id, member_id, position)
    values (${t.id}, ${interventionId}, ${sandviken}, 0)`;
  board.meetingId = await one(sql`
    insert into board_meetings (tenant_id, body_id, meeting_date, status)
    values (${t.id}, ${board.bodyId}, '2031-03-12', 'held') returning id`);
  board.itemId = await one(sql`
    insert into board_agenda_items (tenant_id, meeting_id, position, title, paragraph, concerns_intervention_id)
    values (${t.id}, ${board.meetingId}, 0, 'Förlängning av insatsen', 1, ${interventionId}) returning id`);
  board.plainItemId = await one(sql`
    insert into board_agenda_items (tenant_id, meeting_id, position, title, paragraph)
    values (${t.id}, ${board.meetingId}, 1, 'Övriga frågor', 2) returning id`);
});

const meetingVersion = async () =>
  (await viewer.meetingAttendance.get({ tenant, meetingId: board.meetingId })).meeting.version;
const itemVersion = async (itemId = board.itemId) =>
  (await viewer.meetingAttendance.conflicts({ tenant, itemId })).item.version;
const row = (
  seatId: string,
  status: 'present' | 'absent' | 'serving',
  fee = '1 500',
  servingForSeatId: string | null = null,
) => ({
  seatId,
  status,
  servingForSeatId,
  fee,
});

describe('meetingAttendance.get', () => {
  it("gives the body's seats on the meeting's date, its default fee and an empty attendance at first", async () => {
    const view = await viewer.meetingAttendance.get({ tenant, meetingId: board.meetingId });
    expect(view.seats.map((seat) => seat.personName)).toEqual([
      'Ordförande Provsson',
      'Fia Kassa',
      'Regina Region',
      'Kim Kommun',
      'Ersa Ersättare',
      'Erik Ersättare',
    ]);
    expect(view.meeting.defaultFeeOre).toBe(150_000);
    expect(view.rows).toEqual([]);
    expect(view.quorum).toEqual({ ordinary: 4, required: 2, present: 0, met: false });
    expect(view.items.map((item) => [item.title, item.conflicts])).toEqual([
      ['Förlängning av insatsen', []],
      ['Övriga frågor', []],
    ]);
    expect(view.locked).toBe(false);
  });

  it("answers NOT_FOUND to another förbund's editor naming this meeting", async () => {
    expect(
      await outcomeOf(
        otherEditor.meetingAttendance.get({ tenant: 'insjoriket', meetingId: board.meetingId }),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('meetingAttendance.save', () => {
  it('records a substitute serving for an absent member, counts the quorum, bumps the version and audits', async () => {
    const version = await meetingVersion();
    const saved = await editor.meetingAttendance.save({
      tenant,
      meetingId: board.meetingId,
      expectedVersion: version,
      rows: [
        row(board.seats.chair, 'present'),
        row(board.seats.region, 'absent', ''),
        row(board.seats.kommun, 'present', '1 500,50'),
        row(board.seats.fk, 'absent', '0'),
        row(board.seats.sub1, 'serving', '1 500', board.seats.fk),
        row(board.seats.sub2, 'absent', ''),
      ],
    });
    expect(saved.version).toBe(version + 1);
    const view = await viewer.meetingAttendance.get({ tenant, meetingId: board.meetingId });
    expect(view.quorum).toEqual({ ordinary: 4, required: 2, present: 3, met: true });
    expect(view.rows.find((r) => r.seatId === board.seats.sub1)).toEqual({
      seatId: board.seats.sub1,
      status: 'serving',
      servingForSeatId: board.seats.fk,
      feeOre: 150_000,
    });
    expect(view.rows.find((r) => r.seatId === board.seats.kommun)?.feeOre).toBe(150_050);
    const [audit] = await env.superuser<{ action: string; entity: string; after: { rows: unknown[] } }[]>`
      select action, entity, after from audit_log where entity_id = ${board.meetingId} order by id desc limit 1`;
    expect(audit?.action).toBe('boardAttendance.save');
    expect(audit?.entity).toBe('boardAttendance');
    expect(audit?.after.rows).toHaveLength(6);
    const log = await admin.audit.list({ tenant, limit: 20 });
    expect(log.rows.find((entry) => entry.action === 'boardAttendance.save')?.entityName).toBe(
      'Närvaroprovets styrelse 2031-03-12',
    );
  });

  it('refuses a stale meeting version with CONFLICT and keeps the attendance', async () => {
    const version = await meetingVersion();
    expect(
      await outcomeOf(
        editor.meetingAttendance.save({
          tenant,
          meetingId: board.meetingId,
          expectedVersion: version - 1,
          rows: [],
        }),
      ),
    ).toBe('CONFLICT');
    expect((await viewer.meetingAttendance.get({ tenant, meetingId: board.meetingId })).rows).toHaveLength(6);
  });

  it('refuses each wrong row with a field message naming the row', async () => {
    const expectedVersion = await meetingVersion();
    const save = (rows: ReturnType<typeof row>[]) =>
      issuesOf(editor.meetingAttendance.save({ tenant, meetingId: board.meetingId, expectedVersion, rows }));
    expect(
      await save([
        row(board.seats.elsewhere, 'present'),
        row(board.seats.chair, 'present'),
        row(board.seats.sub1, 'serving', '0', board.seats.chair),
        row(board.seats.region, 'serving', '0', board.seats.fk),
        row(board.seats.fk, 'absent'),
      ]),
    ).toEqual({
      'rows.0.seatId': 'boardAttendance.seatNotOnBody',
      'rows.2.servingForSeatId': 'boardAttendance.servingForNotAbsent',
      'rows.3.status': 'boardAttendance.servingOnlySubstitute',
    });
    expect(
      await save([
        row(board.seats.fk, 'absent'),
        row(board.seats.sub1, 'serving', '0', board.seats.fk),
        row(board.seats.sub2, 'serving', '0', board.seats.fk),
      ]),
    ).toEqual({ 'rows.2.servingForSeatId': 'boardAttendance.servingForTaken' });
    expect(await save([row(board.seats.chair, 'present', '-100')])).toEqual({
      'rows.0.fee': 'money.negative',
    });
    expect(await save([row(board.seats.sub1, 'serving', '0')])).toEqual({
      'rows.0.servingForSeatId': 'boardAttendance.servingForRequired',
    });
  });

  it('refuses a viewer', async () => {
    const expectedVersion = await meetingVersion();
    expect(
      await outcomeOf(
        viewer.meetingAttendance.save({ tenant, meetingId: board.meetingId, expectedVersion, rows: [] }),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('meetingAttendance jäv', () => {
  it("suggests the lead's seats and the municipalities' seat, each with its reason in Swedish", async () => {
    const detail = await viewer.meetingAttendance.conflicts({ tenant, itemId: board.itemId });
    expect(detail.concerns?.name).toBe('Närvaroprovets insats');
    expect(detail.suggestions.map((s) => [s.personName, s.reason])).toEqual([
      ['Ordförande Provsson', 'Region Gävleborg är huvudman för insatsen'],
      ['Regina Region', 'Region Gävleborg är huvudman för insatsen'],
      ['Kim Kommun', 'Sandvikens kommun är samverkanspart i insatsen (platsen är kommunernas)'],
      ['Erik Ersättare', 'Region Gävleborg är huvudman för insatsen'],
    ]);
    expect(
      (await viewer.meetingAttendance.conflicts({ tenant, itemId: board.plainItemId })).suggestions,
    ).toEqual([]);
  });

  it('declares jäv from a suggestion: listed with the name, gone from the suggestions, in the minutes view, audited', async () => {
    const version = await itemVersion();
    const declared = await editor.meetingAttendance.declare({
      tenant,
      itemId: board.itemId,
      expectedVersion: version,
      seatId: board.seats.region,
      reason: 'Region Gävleborg är huvudman för insatsen',
    });
    expect(declared.version).toBe(version + 1);
    const detail = await viewer.meetingAttendance.conflicts({ tenant, itemId: board.itemId });
    expect(detail.declared.map((c) => [c.personName, c.memberName, c.reason])).toEqual([
      ['Regina Region', 'Region Gävleborg', 'Region Gävleborg är huvudman för insatsen'],
    ]);
    expect(detail.suggestions.map((s) => s.personName)).not.toContain('Regina Region');
    const view = await viewer.meetingAttendance.get({ tenant, meetingId: board.meetingId });
    expect(view.items[0]?.conflicts.map((c) => c.personName)).toEqual(['Regina Region']);
    const [audit] = await env.superuser<{ action: string }[]>`
      select action from audit_log where entity = 'boardConflict' and entity_id = ${board.itemId} order by id desc limit 1`;
    expect(audit?.action).toBe('boardConflict.declare');
    const log = await admin.audit.list({ tenant, limit: 20 });
    expect(log.rows.find((entry) => entry.action === 'boardConflict.declare')?.entityName).toBe(
      'Förlängning av insatsen',
    );
  });

  it('refuses a second declaration, a seat of another body, and a stale item version', async () => {
    const expectedVersion = await itemVersion();
    const declare = (seatId: string, version = expectedVersion) =>
      editor.meetingAttendance.declare({
        tenant,
        itemId: board.itemId,
        expectedVersion: version,
        seatId,
        reason: 'Jäv',
      });
    expect(await issuesOf(declare(board.seats.region))).toEqual({
      seatId: 'boardAttendance.conflictAlreadyDeclared',
    });
    expect(await issuesOf(declare(board.seats.elsewhere))).toEqual({
      seatId: 'boardAttendance.conflictSeatNotOnBody',
    });
    expect(await outcomeOf(declare(board.seats.chair, expectedVersion - 1))).toBe('CONFLICT');
    expect(
      await outcomeOf(
        viewer.meetingAttendance.declare({
          tenant,
          itemId: board.itemId,
          expectedVersion,
          seatId: board.seats.chair,
          reason: 'Jäv',
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('withdraws a declaration', async () => {
    await editor.meetingAttendance.declare({
      tenant,
      itemId: board.plainItemId,
      expectedVersion: await itemVersion(board.plainItemId),
      seatId: board.seats.chair,
      reason: 'Anhörig berörs',
    });
    await editor.meetingAttendance.withdraw({
      tenant,
      itemId: board.plainItemId,
      expectedVersion: await itemVersion(board.plainItemId),
      seatId: board.seats.chair,
    });
    expect(
      (await viewer.meetingAttendance.conflicts({ tenant, itemId: board.plainItemId })).declared,
    ).toEqual([]);
    expect(
      await outcomeOf(
        editor.meetingAttendance.withdraw({
          tenant,
          itemId: board.plainItemId,
          expectedVersion: await itemVersion(board.plainItemId),
          seatId: board.seats.chair,
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('meetingAttendance.fees', () => {
  it('sums per body and seat over the period, and compares with the fee line where the body names one', async () => {
    const sql = env.superuser;
    const fees = () => viewer.meetingAttendance.fees({ tenant, from: '2031-01-01', to: '2031-06-30' });
    const before = await fees();
    const body = before.bodies.find((b) => b.bodyId === board.bodyId);
    expect(body).toMatchObject({
      meetings: 1,
      feeOre: 450_050,
      feeLineCode: null,
      bookedOre: null,
      differenceOre: null,
    });
    expect(body?.seats.map((s) => [s.personName, s.meetings, s.feeOre])).toEqual([
      ['Ordförande Provsson', 1, 150_000],
      ['Fia Kassa', 0, 0],
      ['Regina Region', 0, 0],
      ['Kim Kommun', 1, 150_050],
      ['Ersa Ersättare', 1, 150_000],
      ['Erik Ersättare', 0, 0],
    ]);
    expect(before.bodies.some((b) => b.bodyId === board.otherBodyId)).toBe(false);

    const [year] = await sql<{ id: string }[]>`
      insert into fiscal_years (tenant_id, year) values (${board.tenantId}, 2031)
      on conflict (tenant_id, year) do update set year = excluded.year returning id`;
    const [line] = await sql<{ id: string }[]>`
      insert into economy_lines (tenant_id, code, name, kind, cost_kind, position)
      values (${board.tenantId}, 'narvaroprov-arvoden', 'Arvoden (prov)', 'cost', 'otherAdministration', 999)
      returning id`;
    if (!year || !line) throw new Error('no fiscal year or line');
    // Booked: March 3 000 kr and April 2 000 kr in the period; the second half-year's 9 999 kr is not.
    await sql`
      insert into actuals (tenant_id, fiscal_year_id, year, period_kind, period_number, line_id, amount_ore)
      values (${board.tenantId}, ${year.id}, 2031, 'month', 3, ${line.id}, 300000),
             (${board.tenantId}, ${year.id}, 2031, 'month', 4, ${line.id}, 200000),
             (${board.tenantId}, ${year.id}, 2031, 'half', 2, ${line.id}, 999900)`;
    await sql`update board_bodies set fee_line_code = 'narvaroprov-arvoden' where id = ${board.bodyId}`;
    const after = (await fees()).bodies.find((b) => b.bodyId === board.bodyId);
    expect(after).toMatchObject({
      feeLineCode: 'narvaroprov-arvoden',
      feeLineName: 'Arvoden (prov)',
      bookedOre: 500_000,
      differenceOre: 49_950,
    });
  });

  it('refuses a period that ends before it starts beside the field', async () => {
    expect(
      await issuesOf(viewer.meetingAttendance.fees({ tenant, from: '2031-07-01', to: '2031-06-30' })),
    ).toEqual({
      to: 'boardAttendance.periodInvalid',
    });
  });
});

describe('once the minutes are approved', () => {
  it('refuses attendance, declaring and withdrawing with board.minutesApproved, and shows the meeting locked', async () => {
    await env.superuser`
      update board_meetings set status = 'approved', minutes_approved_on = '2031-03-20' where id = ${board.meetingId}`;
    const view = await viewer.meetingAttendance.get({ tenant, meetingId: board.meetingId });
    expect(view.locked).toBe(true);
    const expectedVersion = view.meeting.version;
    expect(
      await reasonOf(
        editor.meetingAttendance.save({ tenant, meetingId: board.meetingId, expectedVersion, rows: [] }),
      ),
    ).toBe('board.minutesApproved');
    const itemVersionNow = await itemVersion();
    expect(
      await reasonOf(
        editor.meetingAttendance.declare({
          tenant,
          itemId: board.itemId,
          expectedVersion: itemVersionNow,
          seatId: board.seats.chair,
          reason: 'Jäv',
        }),
      ),
    ).toBe('board.minutesApproved');
    expect(
      await reasonOf(
        editor.meetingAttendance.withdraw({
          tenant,
          itemId: board.itemId,
          expectedVersion: itemVersionNow,
          seatId: board.seats.region,
        }),
      ),
    ).toBe('board.minutesApproved');
    expect((await viewer.meetingAttendance.conflicts({ tenant, itemId: board.itemId })).locked).toBe(true);
    expect((await viewer.meetingAttendance.get({ tenant, meetingId: board.meetingId })).rows).toHaveLength(6);
  });
});
