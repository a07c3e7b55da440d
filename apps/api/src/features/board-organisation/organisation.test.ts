import type { BoardBodyInput, BoardSeatInput, BodyKind } from '@samsyn/domain';
import { memberSeatInput } from '@samsyn/domain/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, issuesOf, outcomeOf, reasonOf, useDemoCallers } from '../../testing/index.ts';

const env = useDemoCallers();
/** Insjöriket's admin: only an admin may create the usual bodies. */
let otherAdmin: Caller;
const tenant = 'gavleborg';

beforeAll(async () => {
  otherAdmin = await env.api.callerFor('admin@insjoriket.demo');
});

async function auditActions(entity: string, id: string): Promise<string[]> {
  const rows = await env.superuser<{ action: string }[]>`
    select action from audit_log where entity = ${entity} and entity_id = ${id} order by id`;
  return rows.map((row) => row.action);
}

async function memberId(name: string, slug = tenant): Promise<string> {
  const [row] = await env.superuser<{ id: string }[]>`
    select m.id from members m join tenants t on t.id = m.tenant_id where t.slug = ${slug} and m.name = ${name}`;
  if (!row) throw new Error(`no member ${name}`);
  return row.id;
}

const body = (name: string, kind: BodyKind = 'board'): BoardBodyInput => ({
  kind,
  name,
  description: '',
  quorumRule: 'half',
  quorumCount: '',
  meetingFee: '1 500',
  feeLineCode: '',
});
const person = (name: string, more: Record<string, unknown> = {}) => ({
  name,
  email: '',
  party: 'S',
  userId: '',
  ...more,
});

/** A row's input as new: no id, no version to expect. */
const fresh = <Input>(input: Input) => ({ tenant, id: null, expectedVersion: null, ...input });

/** The seat at its version, ended on `toDate` (what `seats.end` takes). */
const ending = (seat: { id: string; version: number }, toDate: string) => ({
  tenant,
  seatId: seat.id,
  toDate,
  expectedVersion: seat.version,
});

let seq = 0;
/** A board of its own (a unique name), so the tests never depend on the demo's bodies. */
async function newBody(kind: BodyKind = 'board') {
  seq += 1;
  return env.admin.organisation.bodies.save(fresh(body(`Teststyrelse ${seq}`, kind)));
}
async function newPerson(name = `Testperson ${++seq}`) {
  return env.editor.organisation.people.save(fresh(person(name)));
}
const seat = (bodyId: string, personId: string, more: Partial<BoardSeatInput> = {}) =>
  fresh({ ...memberSeatInput(bodyId, personId), ...more });

describe('bodies', () => {
  it('an admin adds, changes and deletes a body; each write audited', async () => {
    const created = await newBody();
    const bodies = await env.viewer.organisation.bodies.list({ tenant });
    const mine = bodies.find((b) => b.id === created.id);
    expect(mine).toMatchObject({
      kind: 'board',
      meetingFeeOre: 150_000,
      quorumCount: null,
      feeLineCode: null,
    });
    const changed = await env.admin.organisation.bodies.save({
      tenant,
      id: created.id,
      expectedVersion: created.version,
      ...body(mine?.name ?? '', 'workingCommittee'),
      quorumRule: 'count',
      quorumCount: '3',
    });
    expect(changed.version).toBe(created.version + 1);
    await env.admin.organisation.bodies.delete({ tenant, id: created.id, expectedVersion: changed.version });
    expect(await auditActions('boardBody', created.id)).toEqual([
      'board.body.create',
      'board.body.update',
      'board.body.delete',
    ]);
  });

  it('editors and viewers may not change bodies', async () => {
    expect(await outcomeOf(env.editor.organisation.bodies.save(fresh(body('X'))))).toBe('FORBIDDEN');
    expect(await outcomeOf(env.viewer.organisation.bodies.createUsual({ tenant }))).toBe('FORBIDDEN');
  });

  it('refuses a stale version with CONFLICT, and a duplicate name beside the field', async () => {
    const created = await newBody();
    const stale = { tenant, id: created.id, expectedVersion: created.version + 5, ...body('Nytt namn') };
    expect(await outcomeOf(env.admin.organisation.bodies.save(stale))).toBe('CONFLICT');
    const name =
      (await env.admin.organisation.bodies.list({ tenant })).find((b) => b.id === created.id)?.name ?? '';
    expect(await issuesOf(env.admin.organisation.bodies.save(fresh(body(name.toUpperCase()))))).toEqual({
      name: 'boardOrganisation.bodyNameTaken',
    });
  });

  it('bad input is a 400 with field messages', async () => {
    expect(
      await issuesOf(
        env.admin.organisation.bodies.save({
          tenant,
          id: null,
          expectedVersion: null,
          ...body(''),
          quorumRule: 'count',
          meetingFee: '-5',
          feeLineCode: 'Inte OK',
        }),
      ),
    ).toMatchObject({
      name: 'boardOrganisation.bodyNameRequired',
      quorumCount: 'boardOrganisation.quorumCountRequired',
      meetingFee: 'money.negative',
      feeLineCode: 'boardOrganisation.feeLineCodeInvalid',
    });
  });

  it('refuses to delete a body with meetings, with the reason', async () => {
    const created = await newBody();
    await env.superuser`
      insert into board_meetings (tenant_id, body_id, meeting_date)
      select tenant_id, id, '2019-05-01' from board_bodies where id = ${created.id}`;
    expect(
      await reasonOf(
        env.admin.organisation.bodies.delete({ tenant, id: created.id, expectedVersion: created.version }),
      ),
    ).toBe('boardOrganisation.bodyHasMeetings');
  });

  it('creates the usual bodies for a förbund without any, once', async () => {
    await env.superuser.begin(async (sql) => {
      await sql`set local session_replication_role = replica`;
      for (const table of [
        'board_decisions',
        'board_conflicts',
        'board_attendance',
        'board_item_documents',
        'board_agenda_items',
        'board_minutes_signatories',
        'board_meetings',
        'board_seats',
        'board_seat_rules',
        'board_bodies',
      ])
        await sql`delete from ${sql(table)} where tenant_id = (select id from tenants where slug = 'insjoriket')`;
    });
    const { ids } = await otherAdmin.organisation.bodies.createUsual({ tenant: 'insjoriket' });
    expect(ids).toHaveLength(5);
    const names = (await otherAdmin.organisation.bodies.list({ tenant: 'insjoriket' })).map((b) => b.name);
    expect(names).toEqual(['Förbundsstyrelse', 'Arbetsutskott', 'Beredningsgrupp', 'Revisorer', 'Kansli']);
    expect(await outcomeOf(otherAdmin.organisation.bodies.createUsual({ tenant: 'insjoriket' }))).toBe(
      'CONFLICT',
    );
  });
});

describe('people', () => {
  it('refuses a personnummer in any field, in Swedish terms', async () => {
    expect(
      await issuesOf(
        env.editor.organisation.people.save(
          fresh(person('Anna 19800101-1234', { email: '8001011234@gavle.se', party: '800101+1234' })),
        ),
      ),
    ).toEqual({
      name: 'boardOrganisation.personalNumber',
      email: 'boardOrganisation.personalNumber',
      party: 'boardOrganisation.personalNumber',
    });
  });

  it('links a person to a user of the team, refuses a user of another förbund', async () => {
    const [own] = await env.superuser<
      { id: string }[]
    >`select id from users where email = 'viewer@gavleborg.demo'`;
    const [other] = await env.superuser<
      { id: string }[]
    >`select id from users where email = 'viewer@insjoriket.demo'`;
    const linked = await env.editor.organisation.people.save(
      fresh(person('Lena Holm', { userId: own?.id, email: 'Lena@Gavleborg.demo' })),
    );
    const listed = (await env.viewer.organisation.people.list({ tenant })).find((p) => p.id === linked.id);
    expect(listed).toMatchObject({
      userId: own?.id,
      userEmail: 'viewer@gavleborg.demo',
      email: 'lena@gavleborg.demo',
    });
    expect(
      await issuesOf(env.editor.organisation.people.save(fresh(person('Kapad', { userId: other?.id })))),
    ).toEqual({ userId: 'boardOrganisation.userNotInTeam' });
    const users = await env.editor.organisation.people.linkableUsers({ tenant });
    expect(users.map((u) => u.email)).toContain('viewer@gavleborg.demo');
    expect(users.map((u) => u.email)).not.toContain('viewer@insjoriket.demo');
    expect(await outcomeOf(env.viewer.organisation.people.linkableUsers({ tenant }))).toBe('FORBIDDEN');
  });

  it('deletes a person only without seats', async () => {
    const b = await newBody();
    const p = await newPerson();
    const s = await env.editor.organisation.seats.save(seat(b.id, p.id));
    expect(
      await reasonOf(env.editor.organisation.people.delete({ tenant, id: p.id, expectedVersion: p.version })),
    ).toBe('boardOrganisation.personHasSeats');
    await env.editor.organisation.seats.delete({ tenant, seatId: s.id, expectedVersion: s.version });
    await env.editor.organisation.people.delete({ tenant, id: p.id, expectedVersion: p.version });
    expect(await auditActions('boardPerson', p.id)).toEqual(['board.person.create', 'board.person.delete']);
  });

  it('viewers may not add people', async () => {
    expect(await outcomeOf(env.viewer.organisation.people.save(fresh(person('X'))))).toBe('FORBIDDEN');
  });
});

describe('seats', () => {
  it('answers who sat on the board on a date, in role order, and keeps the history', async () => {
    const b = await newBody();
    const chair = await newPerson('Ordförande Testsson');
    const member = await newPerson('Ledamot Testsson');
    const substitute = await newPerson('Ersättare Testsson');
    const fk = await memberId('Försäkringskassan');
    await env.editor.organisation.seats.save(seat(b.id, member.id, { represents: `member:${fk}` }));
    await env.editor.organisation.seats.save(
      seat(b.id, substitute.id, { role: 'substitute', substituteOrder: '1', represents: `member:${fk}` }),
    );
    const first = await env.editor.organisation.seats.save(
      seat(b.id, chair.id, { role: 'chair', represents: 'group:municipalities' }),
    );
    const ended = await env.editor.organisation.seats.end(ending(first, '2020-12-31'));
    expect(ended.version).toBe(first.version + 1);

    const in2019 = await env.viewer.organisation.seatsOn({ tenant, date: '2020-12-31', bodyId: b.id });
    expect(in2019.map((s) => [s.role, s.personName, s.memberName ?? s.memberGroup])).toEqual([
      ['chair', 'Ordförande Testsson', 'municipalities'],
      ['member', 'Ledamot Testsson', 'Försäkringskassan'],
      ['substitute', 'Ersättare Testsson', 'Försäkringskassan'],
    ]);
    const in2021 = await env.viewer.organisation.seatsOn({ tenant, date: '2021-01-01', bodyId: b.id });
    expect(in2021.map((s) => s.role)).toEqual(['member', 'substitute']);
    const afterTerm = await env.viewer.organisation.seatsOn({ tenant, date: '2023-04-01', bodyId: b.id });
    expect(afterTerm).toEqual([]);
    const history = await env.viewer.organisation.seats.list({ tenant, bodyId: b.id, includeHistory: true });
    expect(history).toHaveLength(3);
    const onDate = await env.viewer.organisation.seats.list({ tenant, bodyId: b.id, on: '2021-06-01' });
    expect(onDate).toHaveLength(2);
    expect(await auditActions('boardSeat', first.id)).toEqual(['board.seat.create', 'board.seat.end']);
    // The förbund's audit log names the seat by its person and body.
    const log = await env.admin.audit.list({ tenant, area: 'board', action: 'board.seat.end' });
    expect(log.rows.find((row) => row.entityId === first.id)?.entityName).toMatch(
      /^Ordförande Testsson, Teststyrelse \d+$/,
    );
  });

  it('refuses a substitute order on an ordinary seat, an end before the start, and a member of another förbund', async () => {
    const b = await newBody();
    const p = await newPerson();
    expect(
      await issuesOf(
        env.editor.organisation.seats.save(seat(b.id, p.id, { substituteOrder: '2', toDate: '2019-03-31' })),
      ),
    ).toEqual({
      substituteOrder: 'boardOrganisation.substituteOrderOnlyForSubstitutes',
      toDate: 'boardOrganisation.toBeforeFrom',
    });
    const foreign = await memberId('Försäkringskassan', 'insjoriket');
    expect(
      await issuesOf(
        env.editor.organisation.seats.save(seat(b.id, p.id, { represents: `member:${foreign}` })),
      ),
    ).toEqual({
      represents: 'boardOrganisation.representsInvalid',
    });
    const s = await env.editor.organisation.seats.save(seat(b.id, p.id));
    expect(await issuesOf(env.editor.organisation.seats.end(ending(s, '2019-03-01')))).toEqual({
      toDate: 'boardOrganisation.toBeforeFrom',
    });
  });

  it('a stale seat edit is a CONFLICT; a seat with attendance cannot be deleted', async () => {
    const b = await newBody();
    const p = await newPerson();
    const s = await env.editor.organisation.seats.save(seat(b.id, p.id));
    expect(
      await outcomeOf(
        env.editor.organisation.seats.save({ ...seat(b.id, p.id), id: s.id, expectedVersion: s.version + 1 }),
      ),
    ).toBe('CONFLICT');
    await env.superuser`
      with m as (
        insert into board_meetings (tenant_id, body_id, meeting_date)
        select tenant_id, body_id, '2019-05-01' from board_seats where id = ${s.id} returning tenant_id, id)
      insert into board_attendance (tenant_id, meeting_id, seat_id, status) select tenant_id, id, ${s.id}, 'present' from m`;
    expect(
      await reasonOf(
        env.editor.organisation.seats.delete({ tenant, seatId: s.id, expectedVersion: s.version }),
      ),
    ).toBe('boardOrganisation.seatHasAttendance');
  });

  it("another förbund's seat is NOT_FOUND and unchanged", async () => {
    const b = await newBody();
    const p = await newPerson();
    const s = await env.editor.organisation.seats.save(seat(b.id, p.id));
    expect(
      await outcomeOf(
        otherAdmin.organisation.seats.end({
          ...ending(s, '2020-01-01'),
          tenant: 'insjoriket',
          expectedVersion: 1,
        }),
      ),
    ).toBe('NOT_FOUND');
    const [row] = await env.superuser<
      { to_date: string | null }[]
    >`select to_date::text from board_seats where id = ${s.id}`;
    expect(row?.to_date).toBe('2023-03-31');
  });
});

describe('seat rules and the composition', () => {
  it('the checks follow the seats: a member with only a co-opted representative, then a seat and a substitute', async () => {
    const b = await newBody();
    const ockelbo = await memberId('Ockelbo kommun');
    const rule = await env.admin.organisation.seatRules.save(
      fresh({
        bodyId: b.id,
        represents: `member:${ockelbo}`,
        ordinarySeats: '1',
        substituteSeats: '1',
        validFrom: '2016-01-01',
        validTo: '',
        source: '5 § förbundsordningen',
      }),
    );
    const p = await newPerson('Adjungerad Testsson');
    const coopted = await env.editor.organisation.seats.save(
      seat(b.id, p.id, {
        role: 'coopted',
        represents: `member:${ockelbo}`,
        fromDate: '2016-01-01',
        toDate: '',
      }),
    );
    const before = await env.viewer.organisation.composition({ tenant, date: '2016-06-01' });
    const mine = before.findings.filter((f) => f.bodyId === b.id);
    expect(mine.find((f) => f.memberId === ockelbo && f.rule === 'finsam10')).toMatchObject({
      level: 'problem',
      key: 'boardOrganisation.findings.cooptedOnly',
      params: { name: 'Ockelbo kommun' },
    });
    expect(mine.find((f) => f.rule === 'forbundsordning')).toMatchObject({
      level: 'problem',
      source: '5 § förbundsordningen',
      params: { held: 0, required: 1 },
    });
    expect(before.term).toEqual({ from: '2015-04-01', to: '2019-03-31', electionYear: 2014 });
    expect(before.bodies.find((x) => x.id === b.id)?.seats.map((s) => s.seatId)).toEqual([coopted.id]);

    const q = await newPerson('Ledamot Ockelbo');
    const r = await newPerson('Ersättare Ockelbo');
    await env.editor.organisation.seats.save(
      seat(b.id, q.id, { represents: `member:${ockelbo}`, fromDate: '2016-01-01' }),
    );
    await env.editor.organisation.seats.save(
      seat(b.id, r.id, { role: 'substitute', represents: `member:${ockelbo}`, fromDate: '2016-01-01' }),
    );
    const after = await env.viewer.organisation.composition({ tenant, date: '2016-06-01' });
    const now = after.findings.filter((f) => f.bodyId === b.id);
    expect(now.find((f) => f.memberId === ockelbo && f.rule === 'finsam10')?.level).toBe('ok');
    expect(now.filter((f) => f.rule === 'forbundsordning').map((f) => f.level)).toEqual(['ok', 'ok']);
    expect(now.find((f) => f.rule === 'finsam12')).toMatchObject({ level: 'hint', params: { count: 1 } });

    expect(
      await outcomeOf(
        env.editor.organisation.seatRules.delete({ tenant, id: rule.id, expectedVersion: rule.version }),
      ),
    ).toBe('FORBIDDEN');
    await env.admin.organisation.seatRules.delete({ tenant, id: rule.id, expectedVersion: rule.version });
    expect(await auditActions('boardSeatRule', rule.id)).toEqual([
      'board.seatRule.create',
      'board.seatRule.delete',
    ]);
  });

  it('a seat rule needs a member or a group, and valid dates', async () => {
    const b = await newBody();
    expect(
      await issuesOf(
        env.admin.organisation.seatRules.save(
          fresh({
            bodyId: b.id,
            represents: '',
            ordinarySeats: '-1',
            substituteSeats: '1',
            validFrom: '2020-01-01',
            validTo: '2019-12-31',
            source: '',
          }),
        ),
      ),
    ).toEqual({
      represents: 'boardOrganisation.ruleRepresentsRequired',
      ordinarySeats: 'boardOrganisation.seatCountInvalid',
      validTo: 'boardOrganisation.toBeforeFrom',
    });
  });

  it('seats held for a member that has left are flagged', async () => {
    const b = await newBody();
    const hofors = await memberId('Hofors kommun');
    const p = await newPerson();
    await env.editor.organisation.seats.save(
      seat(b.id, p.id, { represents: `member:${hofors}`, toDate: '' }),
    );
    await env.superuser`update members set left_on = '2020-12-31' where id = ${hofors}`;
    const composition = await env.viewer.organisation.composition({ tenant, date: '2021-01-01' });
    expect(composition.findings.find((f) => f.rule === 'memberLeft' && f.memberId === hofors)).toMatchObject({
      level: 'problem',
    });
    await env.superuser`update members set left_on = null where id = ${hofors}`;
  });
});

describe("the demo's Gävleborg boards (issue 21, done means)", () => {
  it('2016: Ockelbo and Söderhamn are co-opted without a seat, and the check flags it', async () => {
    const composition = await env.viewer.organisation.composition({ tenant, date: '2016-02-01' });
    // The demo's board (the tests above add boards of their own).
    const board = composition.bodies.find((b) => b.name === 'Förbundsstyrelse');
    expect(board?.seats.filter((s) => s.role === 'coopted').map((s) => s.memberName)).toEqual([
      'Ockelbo kommun',
      'Söderhamns kommun',
    ]);
    const coopted = composition.findings.filter(
      (f) => f.key === 'boardOrganisation.findings.cooptedOnly' && f.bodyId === board?.id,
    );
    expect(coopted.map((f) => f.params.name).sort()).toEqual(['Ockelbo kommun', 'Söderhamns kommun']);
    expect(
      composition.findings.find((f) => f.rule === 'equalSubstitutes' && f.bodyId === board?.id)?.params,
    ).toMatchObject({
      ordinary: 7,
      substitutes: 7,
    });
  });

  it('2019: eight and eight as the half-year report prints them, five municipal seats as the förbundsordning says', async () => {
    const seats = await env.viewer.organisation.seatsOn({ tenant, date: '2019-05-01' });
    const board = seats.filter((s) => s.bodyName === 'Förbundsstyrelse');
    expect(board.filter((s) => ['chair', 'viceChair', 'member'].includes(s.role))).toHaveLength(8);
    expect(board.filter((s) => s.role === 'substitute')).toHaveLength(8);
    expect(board[0]).toMatchObject({
      personName: 'Tommy Berger',
      role: 'chair',
      memberName: 'Region Gävleborg',
    });
    expect(board[1]).toMatchObject({
      personName: 'Kenneth Axling',
      role: 'viceChair',
      memberGroup: 'municipalities',
    });
    const composition = await env.viewer.organisation.composition({ tenant, date: '2019-05-01' });
    const municipal = composition.findings.find(
      (f) =>
        f.rule === 'forbundsordning' &&
        f.params.group === 'municipalities' &&
        f.key.endsWith('ordinaryFilled'),
    );
    expect(municipal?.params).toMatchObject({ held: 5, required: 5 });
    expect(composition.term).toMatchObject({ from: '2019-04-01', to: '2023-03-31' });
  });
});
