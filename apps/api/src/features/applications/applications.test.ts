import { todayInSweden } from '@samsyn/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, issuesOf, outcomeOf, reasonOf, useDemoCallers } from '../../testing/index.ts';

const env = useDemoCallers();
const tenant = 'gavleborg';
let memberA: string;
let memberB: string;
let localGroupId: string;

/** A PDF's first bytes are enough for the type read from the bytes. */
const pdfBase64 = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');

async function auditActions(entity: string, entityId: string): Promise<string[]> {
  const rows = await env.superuser<{ action: string }[]>`
    select action from audit_log where entity = ${entity} and entity_id = ${entityId} order by id`;
  return rows.map((row) => row.action);
}

beforeAll(async () => {
  const members = await env.superuser<{ id: string }[]>`
    select id from members where tenant_id = ${env.tenantId} order by name limit 2`;
  memberA = members[0]?.id ?? '';
  memberB = members[1]?.id ?? '';
  const [group] = await env.superuser<{ id: string }[]>`
    insert into local_groups (tenant_id, name) values (${env.tenantId}, 'Testens lokala grupp') returning id`;
  localGroupId = group?.id ?? '';
  await env.superuser`
    insert into local_group_years (tenant_id, local_group_id, year, budget_ore, spend_ore, meetings_held,
                                   has_updated_action_plan)
    values (${env.tenantId}, ${localGroupId}, 2031, 5000000, 0, 0, false)`;
});

const fields = () => ({
  title: 'Förstudie grön rehab',
  diaryNumber: 'Dnr 2031/7',
  kind: 'preStudy' as const,
  leadMemberId: memberA,
  partyMemberIds: [memberB],
  localGroupId: null as string | null,
  contact: 'Anna Andersson',
  targetGroupIds: [],
  targetGroupText: 'Unga vuxna',
  need: 'Gemensamt för minst två av parterna',
  purpose: 'Pröva en ny väg',
  collaboration: 'Ett gemensamt team',
  startDate: '2031-08-01',
  endDate: '2031-11-30',
  expectedYear: null,
  expectedAmountOre: null,
  goals: [{ type: 'qualitative' as const, description: 'Ett samordnat arbetssätt' }],
  budgetYears: [
    {
      year: 2031,
      requestedOre: 30_000_00,
      ownContributionOre: 0,
      plannedParticipants: { total: 10, women: 5, men: 4, otherUnknown: 1 },
    },
  ],
});

type Applications = Caller['applications'];
type Move = Omit<
  Parameters<Applications['move']>[0],
  'tenant' | 'applicationId' | 'expectedVersion' | 'note'
>;

/** The editor makes an application of `fields()` in `status`, but for what a case changes. */
const create = (status: 'draft' | 'received', changes: Partial<ReturnType<typeof fields>> = {}) =>
  env.editor.applications.create({ tenant, ...fields(), ...changes, status });

/** The editor moves the application at `expectedVersion` (no note unless the case gives one). */
const move = (applicationId: string, expectedVersion: number, to: Move & { note?: string }) =>
  env.editor.applications.move({ tenant, applicationId, expectedVersion, note: '', ...to });

/** The editor saves the application whole at `expectedVersion`: `fields()` but for what a case changes. */
const update = (
  applicationId: string,
  expectedVersion: number,
  changes: Partial<ReturnType<typeof fields>> = {},
) => env.editor.applications.update({ tenant, applicationId, expectedVersion, ...fields(), ...changes });

/** The editor attaches `ansokan.pdf` (untitled) with the bytes given. */
const attach = (applicationId: string, expectedVersion: number, contentBase64: string) =>
  env.editor.applications.attachments.add({
    tenant,
    applicationId,
    expectedVersion,
    title: '',
    fileName: 'ansokan.pdf',
    contentBase64,
  });

/** `caller` removes the attachment at its version from the application. */
const detach = (caller: Caller, applicationId: string, attachment: { id: string; version: number }) =>
  caller.applications.attachments.remove({
    tenant,
    applicationId,
    expectedVersion: attachment.version,
    attachmentId: attachment.id,
  });

/** `caller` deletes the application at its version. */
const remove = (caller: Caller, application: { id: string; version: number }) =>
  caller.applications.delete({ tenant, applicationId: application.id, expectedVersion: application.version });

describe('an application', () => {
  it('is created received by an editor, read back whole by a viewer, with its first history row', async () => {
    const created = await create('received');
    const detail = await env.viewer.applications.get({ tenant, applicationId: created.id });
    expect(detail.application).toMatchObject({
      title: 'Förstudie grön rehab',
      status: 'received',
      leadMemberId: memberA,
      partyMemberIds: [memberB],
      version: 1,
    });
    expect(detail.goals).toEqual(fields().goals);
    expect(detail.budgetYears).toEqual(fields().budgetYears);
    expect(detail.requestedOre).toBe(30_000_00);
    expect(detail.history).toHaveLength(1);
    expect(detail.history[0]).toMatchObject({
      fromStatus: null,
      toStatus: 'received',
      changedByName: expect.any(String),
    });
    expect(detail.nextStatuses).toEqual(['formalCheck', 'withdrawn']);
    expect(await auditActions('application', created.id)).toEqual(['application.create', 'application.move']);
    const list = await env.viewer.applications.list({ tenant, year: 2031, statuses: ['received'] });
    expect(list.find((row) => row.id === created.id)).toMatchObject({
      requestedOre: 30_000_00,
      partyNames: [expect.any(String)],
    });
  });

  it('refuses a party that has left the förbund before the work starts, beside the parties field', async () => {
    const [leaver] = await env.superuser<{ id: string }[]>`
      insert into members (tenant_id, name, kind, joined_on, left_on)
      values (${env.tenantId}, 'Lämnad kommun', 'municipality', '2010-01-01', '2031-06-30') returning id`;
    const leaverId = leaver?.id ?? '';
    expect(await issuesOf(create('received', { partyMemberIds: [leaverId] }))).toEqual({
      partyMemberIds: 'applications.memberLeft',
    });
    // Before it left, it could: work starting in June 2031.
    const before = await create('received', { startDate: '2031-06-01', partyMemberIds: [leaverId] });
    expect(before.id).toEqual(expect.any(String));
  });

  it('refuses a received application with the lead alone, beside the parties field (the Finsam rule)', async () => {
    expect(await issuesOf(create('received', { partyMemberIds: [] }))).toEqual({
      partyMemberIds: 'applications.finsamParties',
    });
    // A draft may be incomplete; moving it to received checks the rule.
    const draft = await create('draft', { partyMemberIds: [memberA] });
    expect(
      await issuesOf(move(draft.id, draft.version, { to: 'received', effectiveDate: '2031-05-02' })),
    ).toEqual({ partyMemberIds: 'applications.finsamParties' });
    expect(
      (await env.viewer.applications.get({ tenant, applicationId: draft.id })).application.partyMemberIds,
    ).toEqual([]);
  });

  it('refuses a local group’s request beyond what is left of its budget that year', async () => {
    const input = { ...fields(), localGroupId };
    const over = { ...input, budgetYears: [{ ...input.budgetYears[0], requestedOre: 50_000_01 }] };
    expect(
      await issuesOf(env.editor.applications.create({ tenant, ...over, status: 'received' } as never)),
    ).toEqual({
      'budgetYears.0.requestedOre': 'applications.localGroupBudgetExceeded',
    });
    const within = { ...input, budgetYears: [{ ...input.budgetYears[0], requestedOre: 50_000_00 }] };
    const saved = await env.editor.applications.create({ tenant, ...within, status: 'received' } as never);
    // The pipeline filtered by the local group lists it and nothing of another group.
    const listed = await env.viewer.applications.list({ tenant, localGroupId });
    expect(listed.map((row) => [row.id, row.localGroupName])).toEqual([[saved.id, 'Testens lokala grupp']]);
    expect(await env.viewer.applications.list({ tenant, localGroupId, year: 2030 })).toEqual([]);
  });

  it('moves along the graph with date and note, refuses a move outside it, and records who and when', async () => {
    const created = await create('received');
    const moved = await move(created.id, created.version, {
      to: 'formalCheck',
      effectiveDate: '2031-05-03',
      note: 'Komplett',
    });
    expect(
      await reasonOf(move(created.id, moved.version, { to: 'granted', effectiveDate: '2031-05-04' })),
    ).toBe('applications.moveRefused');
    expect(
      await reasonOf(move(created.id, moved.version, { to: 'proposal', effectiveDate: '2031-05-04' })),
    ).toBe('applications.moveRefused');
    const review = await move(created.id, moved.version, { to: 'underReview', effectiveDate: '2031-05-04' });
    expect(
      await issuesOf(move(created.id, review.version, { to: 'proposal', effectiveDate: '2031-05-05' })),
    ).toEqual({ proposedAmountOre: 'applications.proposedAmountRequired' });
    await move(created.id, review.version, {
      to: 'proposal',
      effectiveDate: '2031-05-05',
      proposedAmountOre: 25_000_00,
    });
    const detail = await env.viewer.applications.get({ tenant, applicationId: created.id });
    expect(detail.application.proposedAmountOre).toBe(25_000_00);
    expect(
      detail.history.map((entry) => [entry.fromStatus, entry.toStatus, entry.effectiveDate, entry.note]),
    ).toEqual([
      [null, 'received', expect.any(String), ''],
      ['received', 'formalCheck', '2031-05-03', 'Komplett'],
      ['formalCheck', 'underReview', '2031-05-04', ''],
      ['underReview', 'proposal', '2031-05-05', ''],
    ]);
    expect(detail.history.every((entry) => entry.changedByName !== null)).toBe(true);
    expect(await auditActions('application', created.id)).toEqual([
      'application.create',
      'application.move',
      'application.move',
      'application.move',
      'application.move',
    ]);
  });

  it('is edited whole with its version: a stale one gets CONFLICT, a closed one is refused', async () => {
    const created = await create('draft');
    const edited = await update(created.id, created.version, {
      title: 'Förstudie Fontänhus',
      goals: [],
      budgetYears: [],
    });
    const detail = await env.viewer.applications.get({ tenant, applicationId: created.id });
    expect([detail.application.title, detail.goals, detail.budgetYears, detail.application.version]).toEqual([
      'Förstudie Fontänhus',
      [],
      [],
      edited.version,
    ]);
    expect(await outcomeOf(update(created.id, created.version))).toBe('CONFLICT');
    // Without a date the transition takes effect today in Sweden.
    const withdrawn = await move(created.id, edited.version, {
      to: 'withdrawn',
      note: 'På grund av rådande personalsituation',
    });
    expect(
      (await env.viewer.applications.get({ tenant, applicationId: created.id })).history.at(-1)
        ?.effectiveDate,
    ).toBe(todayInSweden());
    expect(await reasonOf(update(created.id, withdrawn.version))).toBe('applications.closed');
    expect(await auditActions('application', created.id)).toEqual([
      'application.create',
      'application.move',
      'application.update',
      'application.move',
    ]);
  });

  it('takes an attachment typed by its bytes, serves its metadata, and removes it, each audited', async () => {
    const created = await create('received');
    expect(
      await issuesOf(attach(created.id, created.version, Buffer.from('<html>hej</html>').toString('base64'))),
    ).toEqual({ contentBase64: 'applications.fileTypeRefused' });
    const added = await attach(created.id, created.version, pdfBase64);
    const detail = await env.viewer.applications.get({ tenant, applicationId: created.id });
    expect(detail.attachments).toMatchObject([
      { id: added.id, title: 'ansokan.pdf', fileName: 'ansokan.pdf', contentType: 'application/pdf' },
    ]);
    expect(await outcomeOf(detach(env.viewer, created.id, added))).toBe('FORBIDDEN');
    await detach(env.editor, created.id, added);
    expect((await env.viewer.applications.get({ tenant, applicationId: created.id })).attachments).toEqual(
      [],
    );
    expect(await auditActions('applicationAttachment', added.id)).toEqual([
      'applicationAttachment.create',
      'applicationAttachment.delete',
    ]);
    // The audit log names an application's entries by its title.
    const log = await env.admin.audit.list({ tenant, limit: 50 });
    expect(log.rows.find((row) => row.entityId === created.id)?.entityName).toBe('Förstudie grön rehab');
  });

  it('lets a viewer read but not write; editors delete drafts only, admins any not granted', async () => {
    const draft = await create('draft');
    expect(await outcomeOf(env.viewer.applications.create({ tenant, ...fields(), status: 'draft' }))).toBe(
      'FORBIDDEN',
    );
    expect(await outcomeOf(remove(env.viewer, draft))).toBe('FORBIDDEN');
    await remove(env.editor, draft);
    expect(await outcomeOf(env.viewer.applications.get({ tenant, applicationId: draft.id }))).toBe(
      'NOT_FOUND',
    );
    expect(await auditActions('application', draft.id)).toEqual([
      'application.create',
      'application.move',
      'application.delete',
    ]);
    const received = await create('received');
    expect(await reasonOf(remove(env.editor, received))).toBe('applications.deleteRefused');
    expect(await outcomeOf(remove(env.admin, received))).toBe('OK');
  });
});
