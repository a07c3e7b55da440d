import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, issuesOf, outcomeOf, reasonOf, useDemoCallers } from '../../testing/index.ts';

const env = useDemoCallers();
const tenant = 'gavleborg';
let bodyId = '';
let region = '';
let sandviken = '';

const one = async (query: Promise<{ id: string }[]>) => {
  const [row] = await query;
  if (!row) throw new Error('insert returned no row');
  return row.id;
};

/**
 * An application of the tests' own, beneath row-level security: Region Gävleborg leads with
 * Sandvikens kommun, two goals, a budget for 2031 (600 000 kr, 30 planned) and 2032 (400 000 kr).
 */
async function newApplication(title: string, status = 'underReview', kind = 'individual') {
  const sql = env.superuser;
  const id = await one(sql`
    insert into applications (tenant_id, title, status, kind, lead_member_id, target_group_text, purpose,
      start_date, end_date)
    values (${env.tenantId}, ${title}, ${status}, ${kind}, ${region}, 'Unga vuxna', 'Fler i arbete eller studier.',
      '2031-01-01', '2032-12-31') returning id`);
  await sql`insert into application_parties (tenant_id, application_id, member_id) values (${env.tenantId}, ${id}, ${sandviken})`;
  await sql`
    insert into application_goals (tenant_id, application_id, position, type, description, measure, target, goal_period)
    values (${env.tenantId}, ${id}, 0, 'count', 'Deltagare i insatsen', 'participants', 30, '2031'),
           (${env.tenantId}, ${id}, 1, 'qualitative', 'Samverkan mellan parterna ökar', null, null, null)`;
  await sql`
    insert into application_budget_years (tenant_id, application_id, year, requested_ore, planned_total, planned_women,
      planned_men, planned_other_unknown)
    values (${env.tenantId}, ${id}, 2031, 60000000, 30, 15, 14, 1), (${env.tenantId}, ${id}, 2032, 40000000, null, null, null, null)`;
  await sql`
    insert into application_status_changes (tenant_id, application_id, from_status, to_status, effective_date)
    values (${env.tenantId}, ${id}, null, ${status}, '2031-01-10')`;
  return id;
}

async function meeting(date: string, status = 'held') {
  return one(env.superuser`
    insert into board_meetings (tenant_id, body_id, meeting_date, place, status)
    values (${env.tenantId}, ${bodyId}, ${date}, 'Gävle', ${status}) returning id`);
}

async function itemAbout(applicationId: string, date = '2031-03-12') {
  const meetingId = await meeting(date);
  const itemId = await one(env.superuser`
    insert into board_agenda_items (tenant_id, meeting_id, position, title, paragraph, concerns_application_id)
    values (${env.tenantId}, ${meetingId}, 0, 'Ansökan', 4, ${applicationId}) returning id`);
  return { meetingId, itemId };
}

const application = async (id: string) => {
  const [row] = await env.superuser<
    {
      status: string;
      decisionId: string | null;
      decidedDate: string | null;
      grantedAmountOre: string | null;
      interventionId: string | null;
      version: number;
    }[]
  >`
    select status, decision_id as "decisionId", decided_date::text as "decidedDate",
      granted_amount_ore::text as "grantedAmountOre", intervention_id as "interventionId", version
    from applications where id = ${id}`;
  if (!row) throw new Error('no application');
  return row;
};

const agreementYears = (applicationId: string) => env.superuser<{ year: number; amountOre: string }[]>`
  select y.year, y.amount_ore::text as "amountOre" from application_agreements g
  join application_agreement_years y on y.tenant_id = g.tenant_id and y.agreement_id = g.id
  where g.application_id = ${applicationId} order by y.year`;

const history = (applicationId: string) => env.superuser<
  { fromStatus: string | null; toStatus: string; decisionId: string | null; note: string }[]
>`
  select from_status as "fromStatus", to_status as "toStatus", decision_id as "decisionId", note
  from application_status_changes where application_id = ${applicationId} order by id`;

const audited = (entityId: string, action: string) => env.superuser<{ after: unknown }[]>`
  select after from audit_log where entity_id = ${entityId} and action = ${action} order by id`;

const grant = {
  kind: 'grant' as const,
  title: 'Bifall till ansökan',
  text: 'Styrelsen beviljar ansökan.',
  correctsDecisionId: null,
};

type DecisionFields = Partial<Omit<Parameters<Caller['decisions']['save']>[0], 'tenant' | 'itemId'>>;

/** The editor saves the item's decision: a new grant decision (`grant`) but for what a case changes. */
const decide = (itemId: string, fields: DecisionFields) =>
  env.editor.decisions.save({ tenant, itemId, expectedVersion: null, ...grant, ...fields });

/** `toAgenda` ("Till styrelsen"): the application onto the meeting's agenda at the version given, as `caller`. */
const toAgenda = (caller: Caller, applicationId: string, meetingId: string, expectedVersion: number) =>
  caller.applicationDecision.toAgenda({ tenant, applicationId, meetingId, expectedVersion });

/** `createIntervention` ("Skapa insats") on the application at the version given, as `caller`. */
const createIntervention = (caller: Caller, applicationId: string, expectedVersion: number) =>
  caller.applicationDecision.createIntervention({ tenant, applicationId, expectedVersion });

beforeAll(async () => {
  const sql = env.superuser;
  region = await one(
    sql`select id from members where tenant_id = ${env.tenantId} and kind = 'region' limit 1`,
  );
  sandviken = await one(sql`
    select id from members where tenant_id = ${env.tenantId} and kind = 'municipality' and name like 'Sandviken%' limit 1`);
  bodyId = await one(sql`
    insert into board_bodies (tenant_id, kind, name, position) values (${env.tenantId}, 'other', 'Ansökningsprovets styrelse', 92)
    returning id`);
});

describe('the board decision and the application', () => {
  it('grants the application with the decision: status, decision, meeting date, amount, history, agreement', async () => {
    const id = await newApplication('Beviljas av styrelsen');
    const { itemId } = await itemAbout(id);
    const saved = await decide(itemId, { grantOutcome: 'granted', grantedAmount: '800 000' });
    expect(saved).toMatchObject({ grantOutcome: 'granted', grantedAmountOre: 80_000_000 });
    expect(saved.concerns).toEqual({ kind: 'application', id, name: 'Beviljas av styrelsen' });
    expect(await application(id)).toMatchObject({
      status: 'granted',
      decisionId: saved.id,
      decidedDate: '2031-03-12',
      grantedAmountOre: '80000000',
    });
    expect((await history(id)).at(-1)).toEqual({
      fromStatus: 'underReview',
      toStatus: 'granted',
      decisionId: saved.id,
      note: '',
    });
    expect(await agreementYears(id)).toEqual([
      { year: 2031, amountOre: '48000000' },
      { year: 2032, amountOre: '32000000' },
    ]);
    expect(await audited(id, 'application.decide')).toHaveLength(1);
    const read = await env.viewer.decisions.get({ tenant, decisionId: saved.id });
    expect(read).toMatchObject({ grantOutcome: 'granted', grantedAmountOre: 80_000_000 });
    const detail = await env.viewer.applicationDecision.forApplication({ tenant, applicationId: id });
    expect(detail.decision).toMatchObject({
      source: 'board',
      outcome: 'granted',
      grantedAmountOre: 80_000_000,
      decidedDate: '2031-03-12',
      paragraph: 4,
      bodyName: 'Ansökningsprovets styrelse',
    });
  });

  it('updates the amount and the draft agreement when the decision is changed before approval', async () => {
    const id = await newApplication('Beloppet ändras');
    const { itemId } = await itemAbout(id);
    const saved = await decide(itemId, { grantOutcome: 'granted', grantedAmount: '1 000 000' });
    await decide(itemId, {
      expectedVersion: saved.version,
      grantOutcome: 'granted',
      grantedAmount: '500 000',
    });
    expect(await application(id)).toMatchObject({ status: 'granted', grantedAmountOre: '50000000' });
    expect(await agreementYears(id)).toEqual([
      { year: 2031, amountOre: '30000000' },
      { year: 2032, amountOre: '20000000' },
    ]);
    // One transition in the history; the amount's change is in the audit log.
    expect((await history(id)).filter((row) => row.toStatus === 'granted')).toHaveLength(1);
    expect(await audited(id, 'application.decide')).toHaveLength(2);
  });

  it('rejects without an amount and moves back when the decision is deleted', async () => {
    const id = await newApplication('Avslås och återtas', 'proposal');
    const { itemId } = await itemAbout(id);
    const saved = await decide(itemId, { title: 'Avslag', grantOutcome: 'rejected', grantedAmount: '' });
    expect(await application(id)).toMatchObject({ status: 'rejected', grantedAmountOre: null });
    expect(await agreementYears(id)).toEqual([]);
    await env.editor.decisions.delete({ tenant, decisionId: saved.id, expectedVersion: saved.version });
    expect(await application(id)).toMatchObject({ status: 'proposal', decisionId: null, decidedDate: null });
    expect((await history(id)).at(-1)).toMatchObject({ fromStatus: 'rejected', toStatus: 'proposal' });
    expect(await audited(id, 'application.undecide')).toHaveLength(1);
  });

  it('takes the grant and its agreement back when a granting decision is deleted', async () => {
    const id = await newApplication('Bifall återtas');
    const { itemId } = await itemAbout(id);
    const saved = await decide(itemId, { grantOutcome: 'granted', grantedAmount: '100 000' });
    await env.editor.decisions.delete({ tenant, decisionId: saved.id, expectedVersion: saved.version });
    expect(await application(id)).toMatchObject({ status: 'underReview', grantedAmountOre: null });
    expect(await agreementYears(id)).toEqual([]);
    const [agreement] =
      await env.superuser`select 1 from application_agreements where application_id = ${id}`;
    expect(agreement).toBeUndefined();
  });

  it('moves the application back when the item or the meeting with its decision is removed', async () => {
    const id = await newApplication('Ärendet tas bort');
    const { meetingId, itemId } = await itemAbout(id);
    await decide(itemId, { grantOutcome: 'granted', grantedAmount: '100 000' });
    const [item] = (await env.viewer.meetings.get({ tenant, meetingId })).items;
    expect(
      await reasonOf(
        env.editor.meetings.items.update({
          tenant,
          itemId,
          expectedVersion: item?.version ?? 0,
          title: 'Något annat',
          description: '',
          concernsKind: 'none',
          concernsId: null,
          paragraph: null,
          minutes: '',
        }),
      ),
    ).toBe('applicationDecision.decidedHere');
    const { version } = await env.viewer.meetings.get({ tenant, meetingId });
    await env.editor.meetings.items.remove({ tenant, meetingId, expectedVersion: version, itemId });
    expect(await application(id)).toMatchObject({
      status: 'underReview',
      decisionId: null,
      grantedAmountOre: null,
    });
    expect(await agreementYears(id)).toEqual([]);

    const other = await itemAbout(id, '2031-03-20');
    await decide(other.itemId, { title: 'Avslag', grantOutcome: 'rejected' });
    const meeting = await env.viewer.meetings.get({ tenant, meetingId: other.meetingId });
    await env.admin.meetings.delete({ tenant, meetingId: other.meetingId, expectedVersion: meeting.version });
    expect(await application(id)).toMatchObject({ status: 'underReview', decisionId: null });
    expect(await audited(id, 'application.undecide')).toHaveLength(2);
  });

  it('refuses a grant without an amount, an outcome on a decision of another kind, and a closed application', async () => {
    const id = await newApplication('Felaktiga beslut');
    const { itemId } = await itemAbout(id);
    expect(await issuesOf(decide(itemId, { grantOutcome: 'granted' }))).toEqual({
      grantedAmount: 'applicationDecision.amountRequired',
    });
    expect(await issuesOf(decide(itemId, { kind: 'other', grantOutcome: 'rejected' }))).toEqual({
      grantOutcome: 'applicationDecision.outcomeOnlyGrant',
    });
    expect(await issuesOf(decide(itemId, {}))).toEqual({
      grantOutcome: 'applicationDecision.outcomeRequired',
    });
    const received = await newApplication('Inte granskad än', 'received');
    const early = await itemAbout(received);
    expect(await reasonOf(decide(early.itemId, { grantOutcome: 'granted', grantedAmount: '5 000' }))).toBe(
      'applicationDecision.notDecidable',
    );
    expect(await application(received)).toMatchObject({ status: 'received', decisionId: null });
    const [decision] = await env.superuser`select 1 from board_decisions where item_id = ${early.itemId}`;
    expect(decision).toBeUndefined();
  });

  it('suggests jäv for the seats of the application’s lead and parties', async () => {
    const id = await newApplication('Jävsprovet');
    const personId = await one(
      env.superuser`insert into board_people (tenant_id, name, party) values (${env.tenantId}, 'Rut Region', 'S') returning id`,
    );
    await env.superuser`
      insert into board_seats (tenant_id, body_id, person_id, role, member_id, from_date)
      values (${env.tenantId}, ${bodyId}, ${personId}, 'member', ${region}, '2031-01-01')`;
    const { itemId } = await itemAbout(id, '2031-04-01');
    const detail = await env.viewer.meetingAttendance.conflicts({ tenant, itemId });
    expect(detail.concerns).toEqual({ kind: 'application', id, name: 'Jävsprovet' });
    expect(detail.suggestions.map((s) => [s.personName, s.reason])).toContainEqual([
      'Rut Region',
      expect.stringContaining('är huvudman i ansökan'),
    ]);
  });
});

describe('applicationDecision.toAgenda', () => {
  it('adds "Ansökan: <title>" with the application as a document to a held meeting, at its version', async () => {
    const id = await newApplication('Till styrelsen');
    const meetingId = await meeting('2031-05-20', 'planned');
    const before = await env.viewer.meetings.get({ tenant, meetingId });
    expect(await reasonOf(toAgenda(env.editor, id, meetingId, 99))).toBe('conflict.stale');
    const added = await toAgenda(env.editor, id, meetingId, before.version);
    expect(added.meetingVersion).toBe(before.version + 1);
    const after = await env.viewer.meetings.get({ tenant, meetingId });
    const [item] = after.items;
    expect(item).toMatchObject({
      title: 'Ansökan: Till styrelsen',
      concernsKind: 'application',
      concernsId: id,
      concernsName: 'Till styrelsen',
    });
    expect(item?.documents).toMatchObject([
      { kind: 'application', applicationId: id, title: 'Till styrelsen' },
    ]);
    expect(await audited(added.itemId, 'boardAgendaItem.create')).toHaveLength(1);
    const detail = await env.viewer.applicationDecision.forApplication({ tenant, applicationId: id });
    expect(detail.agendaItems).toMatchObject([
      { itemId: added.itemId, meetingId, meetingDate: '2031-05-20' },
    ]);
    expect(detail.openMeetings.map((m) => m.id)).toContain(meetingId);
  });

  it('gives an item changed to concern the application its document', async () => {
    const id = await newApplication('Ärendet ändras');
    const meetingId = await meeting('2031-05-27');
    const itemId = await one(env.superuser`
      insert into board_agenda_items (tenant_id, meeting_id, position, title)
      values (${env.tenantId}, ${meetingId}, 0, 'Övrigt') returning id`);
    await env.editor.meetings.items.update({
      tenant,
      itemId,
      expectedVersion: 1,
      title: 'Ansökan om medel',
      description: '',
      concernsKind: 'application',
      concernsId: id,
      paragraph: null,
      minutes: '',
    });
    const { items } = await env.viewer.meetings.get({ tenant, meetingId });
    expect(items[0]).toMatchObject({
      concernsKind: 'application',
      concernsName: 'Ärendet ändras',
      version: 3,
    });
    expect(items[0]?.documents).toMatchObject([{ kind: 'application', applicationId: id }]);
  });

  it('refuses an approved meeting, a viewer and another förbund', async () => {
    const id = await newApplication('Inte till justerat möte');
    const meetingId = await meeting('2031-06-01');
    await env.superuser`update board_meetings set status = 'approved', minutes_approved_on = '2031-06-10' where id = ${meetingId}`;
    expect(await reasonOf(toAgenda(env.editor, id, meetingId, 1))).toBe('board.minutesApproved');
    const open = await meeting('2031-06-15');
    expect(await outcomeOf(toAgenda(env.viewer, id, open, 1))).toBe('FORBIDDEN');
    expect(
      await outcomeOf(
        env.otherEditor.applicationDecision.forApplication({ tenant: 'insjoriket', applicationId: id }),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('applicationDecision.recordOutside', () => {
  it('records a decision taken before Samsyn: status, history with the note, agreement', async () => {
    const id = await newApplication('Beslut före Samsyn', 'received');
    const { version } = await application(id);
    const outside = {
      tenant,
      applicationId: id,
      expectedVersion: version,
      outcome: 'granted' as const,
      decidedDate: '2030-12-01',
    };
    expect(
      await outcomeOf(
        env.editor.applicationDecision.recordOutside({ ...outside, grantedAmount: '1 000 000' }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await issuesOf(env.admin.applicationDecision.recordOutside({ ...outside, grantedAmount: '' })),
    ).toEqual({
      grantedAmount: 'applicationDecision.amountRequired',
    });
    const summary = await env.admin.applicationDecision.recordOutside({
      ...outside,
      grantedAmount: '1 000 000',
      note: 'Styrelsens protokoll 2030-12-01 § 7',
    });
    expect(summary).toMatchObject({ status: 'granted', grantedAmountOre: 100_000_000, decisionId: null });
    expect((await history(id)).at(-1)).toEqual({
      fromStatus: 'received',
      toStatus: 'granted',
      decisionId: null,
      note: 'Styrelsens protokoll 2030-12-01 § 7',
    });
    expect(await agreementYears(id)).toHaveLength(2);
    expect(await audited(id, 'application.decideOutside')).toHaveLength(1);
    const detail = await env.viewer.applicationDecision.forApplication({ tenant, applicationId: id });
    expect(detail.decision).toMatchObject({ source: 'outside', note: 'Styrelsens protokoll 2030-12-01 § 7' });
    expect(
      await reasonOf(
        env.admin.applicationDecision.recordOutside({
          ...outside,
          expectedVersion: summary.version,
          outcome: 'rejected',
          decidedDate: '2030-12-02',
        }),
      ),
    ).toBe('applicationDecision.notDecidable');
  });
});

describe('applicationDecision.createIntervention (Skapa insats)', () => {
  it('refuses an application that is not granted', async () => {
    const id = await newApplication('Inte beviljad');
    const { version } = await application(id);
    expect(await reasonOf(createIntervention(env.editor, id, version))).toBe(
      'applicationDecision.notGranted',
    );
  });

  it("makes the intervention: the intervention's goals and budget equal the application's", async () => {
    const id = await newApplication('Skapa insats-provet', 'underReview', 'preStudy');
    const { itemId } = await itemAbout(id);
    const granting = await decide(itemId, { grantOutcome: 'granted', grantedAmount: '1 000 000' });
    const { version } = await application(id);
    expect(await outcomeOf(createIntervention(env.viewer, id, version))).toBe('FORBIDDEN');
    const made = await createIntervention(env.editor, id, version);
    const { intervention } = await env.viewer.interventions.get({ tenant, id: made.interventionId });
    expect(intervention).toMatchObject({
      name: 'Skapa insats-provet',
      kind: 'structural',
      status: 'pre_study',
      purpose: 'Fler i arbete eller studier.',
      startDate: '2031-01-01',
      endDate: '2032-12-31',
      leadOrganisation: { type: 'member', memberId: region },
      partnerMemberIds: [sandviken],
    });
    const goals = await env.superuser<
      { type: string; description: string; measure: string | null; target: string | null }[]
    >`
      select type, description, measure, target::text from intervention_goals
      where intervention_id = ${made.interventionId} order by position`;
    const applied = await env.superuser<
      { type: string; description: string; measure: string | null; target: string | null }[]
    >`
      select type, description, measure, target::text from application_goals where application_id = ${id} order by position`;
    expect(goals).toEqual(applied);
    const budgets = await env.superuser<{ year: number; total: string; planned: number | null }[]>`
      select year, total_budget_ore::text as total, planned_total as planned from intervention_budgets
      where intervention_id = ${made.interventionId} order by year`;
    expect(budgets).toEqual([
      { year: 2031, total: '60000000', planned: 30 },
      { year: 2032, total: '40000000', planned: null },
    ]);
    expect(await application(id)).toMatchObject({
      interventionId: made.interventionId,
      version: version + 1,
    });
    expect(await audited(id, 'application.createIntervention')).toHaveLength(1);
    expect(await audited(made.interventionId, 'intervention.create')).toHaveLength(1);
    expect(await reasonOf(createIntervention(env.editor, id, version + 1))).toBe(
      'applicationDecision.interventionExists',
    );
    const detail = await env.viewer.applicationDecision.forApplication({ tenant, applicationId: id });
    expect(detail.intervention).toEqual({ id: made.interventionId, name: 'Skapa insats-provet' });
    // The grant is acted on: the decision can no longer be taken back or turned into a rejection.
    expect(
      await reasonOf(
        env.editor.decisions.delete({ tenant, decisionId: granting.id, expectedVersion: granting.version }),
      ),
    ).toBe('applicationDecision.interventionExists');
    expect(
      await reasonOf(decide(itemId, { expectedVersion: granting.version, grantOutcome: 'rejected' })),
    ).toBe('applicationDecision.interventionExists');
    expect(await application(id)).toMatchObject({ status: 'granted', interventionId: made.interventionId });
  });
});
