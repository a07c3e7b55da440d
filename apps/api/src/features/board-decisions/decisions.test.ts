import { beforeAll, describe, expect, it } from 'vitest';
import { issuesOf, outcomeOf, reasonOf, useDemoCallers } from '../../testing/index.ts';
import {
  approveFixtureMeeting,
  fixtureBody,
  fixtureDecision,
  fixtureDecisionAt,
  fixtureItem,
  fixtureMeeting,
} from './decision-fixtures.ts';

const env = useDemoCallers();
const tenant = 'gavleborg';
/** The tests' own body, so the demo's board (once loaded) never mixes into the counts. */
let bodyId = '';
let otherBodyId = '';

async function newItem(date: string, paragraph: number, title = 'Ärende', concerns = {}) {
  const meetingId = await fixtureMeeting(env.superuser, env.tenantId, bodyId, date);
  const itemId = await fixtureItem(env.superuser, env.tenantId, meetingId, { title, paragraph, ...concerns });
  return { meetingId, itemId };
}

const adoption = {
  kind: 'plan' as const,
  title: 'Verksamhetsplan och budget 2020–2022',
  text: 'Styrelsen beslutar att fastställa verksamhetsplan och budget för 2020–2022 enligt förslaget.',
  correctsDecisionId: null,
};

// The register as the tests build it: three decisions in 2019 and one in 2020 of the tests' body,
// one of another body, the 2019-11-29 meeting approved.
let planDecisionId = '';
let approvedMeetingId = '';
let approvedItemId = '';
let reportDecisionId = '';
let grantDecisionId = '';
let interventionId = '';

beforeAll(async () => {
  bodyId = await fixtureBody(env.superuser, env.tenantId, 'Beslutsregistrets teststyrelse');
  otherBodyId = await fixtureBody(env.superuser, env.tenantId, 'Beslutsregistrets testutskott');
  const [intervention] = await env.superuser<{ id: string }[]>`
    select id from interventions where tenant_id = ${env.tenantId} order by name limit 1`;
  interventionId = intervention?.id ?? '';

  const report = await newItem('2019-08-23', 5, 'Halvårsredovisning 2019');
  reportDecisionId = await fixtureDecision(env.superuser, env.tenantId, report.itemId, {
    kind: 'report',
    title: 'Halvårsredovisning januari–juni 2019',
    text: 'Styrelsen godkänner halvårsredovisningen och lägger den till handlingarna.',
  });
  const grant = await newItem('2019-08-23', 6, 'Insats', { interventionId });
  grantDecisionId = await fixtureDecision(env.superuser, env.tenantId, grant.itemId, {
    kind: 'grant',
    title: 'Fortsatt finansiering av insatsen',
    text: 'Styrelsen beviljar medel till insatsen för 2020.',
  });
  const plan = await newItem('2019-11-29', 7, 'Verksamhetsplan och budget 2020–2022');
  approvedMeetingId = plan.meetingId;
  approvedItemId = plan.itemId;
  planDecisionId = await fixtureDecision(env.superuser, env.tenantId, plan.itemId, adoption);
  await approveFixtureMeeting(env.superuser, env.tenantId, plan.meetingId, '2019-12-06');
  const delegation = await newItem('2020-02-14', 3, 'Delegationsordning');
  await fixtureDecision(env.superuser, env.tenantId, delegation.itemId, {
    kind: 'delegation',
    title: 'Delegationsordning 2020',
    text: 'Styrelsen antar delegationsordningen.',
  });
  const committee = await fixtureMeeting(env.superuser, env.tenantId, otherBodyId, '2019-08-20');
  const committeeItem = await fixtureItem(env.superuser, env.tenantId, committee, {
    title: 'Budget',
    paragraph: 2,
  });
  await fixtureDecision(env.superuser, env.tenantId, committeeItem, {
    kind: 'budget',
    title: 'Förslag till budget 2020',
    text: 'Arbetsutskottet föreslår styrelsen att anta verksamhetsplanen och budgeten.',
  });
});

describe('the register: Swedish full-text search and filters', () => {
  it('finds "verksamhetsplan" when searching the inflected "verksamhetsplanen", title matches first', async () => {
    const found = await env.viewer.decisions.list({ tenant, q: 'verksamhetsplanen' });
    const ours = found.rows.filter((row) => row.bodyId === bodyId || row.bodyId === otherBodyId);
    expect(ours.map((row) => row.title)).toEqual([
      'Verksamhetsplan och budget 2020–2022',
      'Förslag till budget 2020',
    ]);
    const inBody = await env.viewer.decisions.list({ tenant, q: 'verksamhetsplanen', bodyId });
    expect(inBody.total).toBe(1);
    expect(inBody.rows[0]).toMatchObject({
      id: planDecisionId,
      bodyName: 'Beslutsregistrets teststyrelse',
      meetingDate: '2019-11-29',
      meetingStatus: 'approved',
      paragraph: 7,
      kind: 'plan',
      correctedBy: [],
      corrects: null,
    });
  });

  it('finds by a word of the text in another form ("halvårsredovisningar"), and nothing for an absent word', async () => {
    const found = await env.viewer.decisions.list({ tenant, q: 'halvårsredovisningar', bodyId });
    expect(found.rows.map((row) => row.id)).toEqual([reportDecisionId]);
    const none = await env.viewer.decisions.list({ tenant, q: 'fotbollsplan', bodyId });
    expect(none).toMatchObject({ rows: [], total: 0, nextCursor: null });
    expect(none.years).toEqual(expect.arrayContaining([2020, 2019]));
  });

  it('takes web search syntax without refusing odd input: quotes, a minus, lone operators', async () => {
    expect(
      (await env.viewer.decisions.list({ tenant, q: '"fortsatt finansiering" -budget', bodyId })).total,
    ).toBe(1);
    expect((await env.viewer.decisions.list({ tenant, q: ' & | ! ( ', bodyId })).total).toBe(0);
  });

  it("filters by the meeting's year, the kind and the body; newest first without a search", async () => {
    const all = await env.viewer.decisions.list({ tenant, bodyId });
    expect(all.rows.map((row) => [row.meetingDate, row.paragraph])).toEqual([
      ['2020-02-14', 3],
      ['2019-11-29', 7],
      ['2019-08-23', 5],
      ['2019-08-23', 6],
    ]);
    expect((await env.viewer.decisions.list({ tenant, bodyId, year: 2019 })).total).toBe(3);
    expect((await env.viewer.decisions.list({ tenant, bodyId, year: 2020 })).total).toBe(1);
    const grants = await env.viewer.decisions.list({ tenant, bodyId, kind: 'grant' });
    expect(grants.rows.map((row) => row.id)).toEqual([grantDecisionId]);
    expect(grants.rows[0]?.concerns).toMatchObject({ kind: 'intervention', id: interventionId });
    expect((await env.viewer.decisions.list({ tenant, bodyId: otherBodyId })).total).toBe(1);
  });

  it('pages with a cursor and keeps the total', async () => {
    const first = await env.viewer.decisions.list({ tenant, bodyId, limit: 3 });
    expect(first).toMatchObject({ total: 4, nextCursor: 3 });
    const second = await env.viewer.decisions.list({ tenant, bodyId, limit: 3, cursor: first.nextCursor });
    expect(second.rows.map((row) => row.meetingDate)).toEqual(['2019-08-23']);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a bad filter on its field', async () => {
    expect(await issuesOf(env.viewer.decisions.list({ tenant, year: 1800, kind: 'vote' as never }))).toEqual({
      year: 'boardDecisions.yearInvalid',
      kind: 'boardDecisions.kindInvalid',
    });
  });
});

describe('one decision, an item and a meeting', () => {
  it('answers NOT_FOUND for an unknown id, and for another förbund', async () => {
    expect(
      await outcomeOf(
        env.viewer.decisions.get({ tenant, decisionId: '00000000-0000-4000-8000-000000000000' }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      await outcomeOf(env.otherEditor.decisions.get({ tenant: 'insjoriket', decisionId: planDecisionId })),
    ).toBe('NOT_FOUND');
    expect(
      await outcomeOf(env.otherEditor.decisions.forItem({ tenant: 'insjoriket', itemId: approvedItemId })),
    ).toBe('NOT_FOUND');
    const elsewhere = await env.otherEditor.decisions.list({ tenant: 'insjoriket', q: 'verksamhetsplanen' });
    expect(elsewhere.rows.map((row) => row.id)).not.toContain(planDecisionId);
  });

  it("reads an item's decision locked once approved, and a meeting's decisions in agenda order", async () => {
    expect(await env.viewer.decisions.forItem({ tenant, itemId: approvedItemId })).toMatchObject({
      decision: { id: planDecisionId },
      isLocked: true,
    });
    const { itemId, meetingId } = await newItem('2020-05-15', 1);
    expect(await env.viewer.decisions.forItem({ tenant, itemId })).toEqual({
      decision: null,
      isLocked: false,
      meetingDate: '2020-05-15',
    });
    expect(
      (await env.viewer.decisions.forMeeting({ tenant, meetingId: approvedMeetingId })).map((d) => d.id),
    ).toEqual([planDecisionId]);
    expect(await env.viewer.decisions.forMeeting({ tenant, meetingId })).toEqual([]);
  });

  it('lists the decisions about an intervention', async () => {
    const about = await env.viewer.decisions.forIntervention({ tenant, interventionId });
    expect(about.map((row) => row.id)).toContain(grantDecisionId);
    expect(about.every((row) => row.concerns?.id === interventionId)).toBe(true);
  });
});

describe('writing a decision', () => {
  it('creates, edits at the loaded version and deletes, each audited as boardDecision', async () => {
    const { itemId } = await newItem('2020-05-15', 2, 'Samverkansavtal');
    const created = await env.editor.decisions.save({
      tenant,
      itemId,
      expectedVersion: null,
      kind: 'organisation',
      title: '  Samverkansavtal med Region Gävleborg ',
      text: 'Styrelsen godkänner avtalet.',
      correctsDecisionId: null,
    });
    expect(created).toMatchObject({
      title: 'Samverkansavtal med Region Gävleborg',
      version: 1,
      paragraph: 2,
    });
    const again = {
      tenant,
      itemId,
      kind: 'organisation' as const,
      text: 'Ändrad.',
      correctsDecisionId: null,
    };
    expect(
      await reasonOf(env.editor.decisions.save({ ...again, title: 'Dubblett', expectedVersion: null })),
    ).toBe('conflict.stale');
    const updated = await env.editor.decisions.save({
      ...again,
      title: 'Samverkansavtal',
      expectedVersion: 1,
    });
    expect(updated.version).toBe(2);
    expect(await reasonOf(env.editor.decisions.save({ ...again, title: 'Gammal', expectedVersion: 1 }))).toBe(
      'conflict.stale',
    );
    expect(
      await reasonOf(env.editor.decisions.delete({ tenant, decisionId: created.id, expectedVersion: 1 })),
    ).toBe('conflict.stale');
    await env.editor.decisions.delete({ tenant, decisionId: created.id, expectedVersion: 2 });
    expect(await outcomeOf(env.viewer.decisions.get({ tenant, decisionId: created.id }))).toBe('NOT_FOUND');
    const log = await env.superuser<
      { action: string; before: { title?: string }; after: { title?: string } }[]
    >`
      select action, before, after from audit_log where entity = 'boardDecision' and entity_id = ${created.id}
      order by id`;
    expect(log.map((entry) => entry.action)).toEqual([
      'boardDecision.create',
      'boardDecision.update',
      'boardDecision.delete',
    ]);
    expect(log[1]?.before.title).toBe('Samverkansavtal med Region Gävleborg');
    expect(log[1]?.after.title).toBe('Samverkansavtal');
    const entries = await env.admin.audit.list({ tenant, area: 'board', limit: 50 });
    expect(entries.rows.some((entry) => entry.entityId === created.id)).toBe(true);
    // The log names a decision by its title while it exists.
    const kept = await env.editor.decisions.save({ ...again, title: 'Kvar i loggen', expectedVersion: null });
    const named = await env.admin.audit.list({ tenant, area: 'board', limit: 50 });
    expect(named.rows.find((entry) => entry.entityId === kept.id)?.entityName).toBe('Kvar i loggen');
  });

  it('refuses a viewer, and an editor of another förbund', async () => {
    const { itemId } = await newItem('2020-05-15', 3);
    const input = { itemId, expectedVersion: null, ...adoption };
    expect(await outcomeOf(env.viewer.decisions.save({ tenant, ...input }))).toBe('FORBIDDEN');
    expect(await outcomeOf(env.otherEditor.decisions.save({ tenant: 'insjoriket', ...input }))).toBe(
      'NOT_FOUND',
    );
    expect(await env.viewer.decisions.forItem({ tenant, itemId })).toMatchObject({
      decision: null,
      isLocked: false,
    });
  });

  it('refuses every change once the minutes are approved, with board.minutesApproved', async () => {
    const edit = { tenant, itemId: approvedItemId, ...adoption, title: 'Ändrad i efterhand' };
    expect(await reasonOf(env.editor.decisions.save({ ...edit, expectedVersion: 1 }))).toBe(
      'board.minutesApproved',
    );
    expect(
      await reasonOf(env.editor.decisions.delete({ tenant, decisionId: planDecisionId, expectedVersion: 1 })),
    ).toBe('board.minutesApproved');
    expect((await env.viewer.decisions.get({ tenant, decisionId: planDecisionId })).title).toBe(
      adoption.title,
    );
  });

  it('is backed by the trigger: a direct SQL update or delete of an approved decision is refused (55000)', async () => {
    await expect(
      env.superuser`update board_decisions set title = 'Ändrad' where id = ${planDecisionId}`,
    ).rejects.toMatchObject({ code: '55000' });
    await expect(
      env.superuser`delete from board_decisions where id = ${planDecisionId}`,
    ).rejects.toMatchObject({
      code: '55000',
    });
  });
});

describe('corrections', () => {
  it('corrects an approved decision at a later meeting; both show the chain', async () => {
    const { itemId } = await newItem('2020-02-14', 9, 'Rättelse av verksamhetsplanen');
    const correction = await env.editor.decisions.save({
      tenant,
      itemId,
      expectedVersion: null,
      kind: 'plan',
      title: 'Rättelse: verksamhetsplan 2020–2022',
      text: 'Styrelsen rättar beslutet: budgeten för 2021 ska vara 12 300 000 kr.',
      correctsDecisionId: planDecisionId,
    });
    expect(correction.corrects).toMatchObject({
      id: planDecisionId,
      meetingDate: '2019-11-29',
      paragraph: 7,
    });
    const original = await env.viewer.decisions.get({ tenant, decisionId: planDecisionId });
    expect(original.correctedBy).toEqual([
      expect.objectContaining({ id: correction.id, meetingDate: '2020-02-14', paragraph: 9 }),
    ]);
    const listed = await env.viewer.decisions.list({ tenant, bodyId, year: 2019, kind: 'plan' });
    expect(listed.rows[0]?.correctedBy.map((ref) => ref.id)).toEqual([correction.id]);
  });

  it('refuses a correction of an open decision, of an earlier or same-day meeting, or of no decision', async () => {
    const held = await newItem('2020-03-01', 1);
    const heldDecision = await fixtureDecision(env.superuser, env.tenantId, held.itemId, {
      kind: 'other',
      title: 'Öppet beslut',
      text: 'Ännu inte justerat.',
    });
    const sameDay = await newItem('2019-11-29', 8);
    const earlier = await newItem('2019-06-01', 1);
    const later = await newItem('2020-04-01', 1);
    const save = (itemId: string, correctsDecisionId: string) =>
      env.editor.decisions.save({ tenant, itemId, expectedVersion: null, ...adoption, correctsDecisionId });
    expect(await issuesOf(save(later.itemId, heldDecision))).toEqual({
      correctsDecisionId: 'boardDecisions.correctsNotApproved',
    });
    expect(await issuesOf(save(sameDay.itemId, planDecisionId))).toEqual({
      correctsDecisionId: 'boardDecisions.correctsNotEarlier',
    });
    expect(await issuesOf(save(earlier.itemId, planDecisionId))).toEqual({
      correctsDecisionId: 'boardDecisions.correctsNotEarlier',
    });
    expect(await issuesOf(save(later.itemId, '00000000-0000-4000-8000-000000000000'))).toEqual({
      correctsDecisionId: 'boardDecisions.correctsInvalid',
    });
    expect(await env.viewer.decisions.forItem({ tenant, itemId: later.itemId })).toMatchObject({
      decision: null,
    });
  });
});

describe('a plan adopted by a decision', () => {
  async function draftPlan(name: string) {
    const created = await env.editor.plans.create({
      tenant,
      name,
      firstYear: 2020,
      lastYear: 2022,
      vision: '',
      purpose: '',
      targetGroups: [],
      directions: [],
    });
    const plan = await env.viewer.plans.get({ tenant, planId: created.id });
    return { planId: created.id, expectedVersion: plan.version };
  }

  it("takes the decision's meeting date as the adoption date when none is given", async () => {
    const plan = await draftPlan('Plan fastställd genom beslut');
    await env.editor.plans.adopt({ tenant, ...plan, adoptedOn: null, adoptedDecisionId: planDecisionId });
    expect(await env.viewer.plans.get({ tenant, planId: plan.planId })).toMatchObject({
      status: 'adopted',
      adoptedOn: '2019-11-29',
      adoptedDecisionId: planDecisionId,
    });
  });

  it("refuses another förbund's decision, and no date without a decision, on the field", async () => {
    const plan = await draftPlan('Plan med främmande beslut');
    const { decisionId: foreignId } = await fixtureDecisionAt(
      env.superuser,
      'insjoriket',
      { bodyName: 'Insjörikets styrelse (test)', date: '2019-11-29', paragraph: 4 },
      { kind: 'plan', title: 'Verksamhetsplan 2020', text: 'Styrelsen fastställer planen.' },
    );
    expect(
      await issuesOf(
        env.editor.plans.adopt({ tenant, ...plan, adoptedOn: '2019-11-29', adoptedDecisionId: foreignId }),
      ),
    ).toEqual({ adoptedDecisionId: 'plan.adoptedDecisionInvalid' });
    expect(
      await issuesOf(env.editor.plans.adopt({ tenant, ...plan, adoptedOn: null, adoptedDecisionId: null })),
    ).toEqual({ adoptedOn: 'plan.adoptedOnInvalid' });
    expect((await env.viewer.plans.get({ tenant, planId: plan.planId })).status).toBe('draft');
  });
});
