import { addDays, todayInSweden } from '@samsyn/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { issuesOf, outcomeOf, reasonOf, useDemoCallers } from '../../testing/index.ts';
import { remindEveryTenant } from './remind-every-tenant.ts';
import { fixtureReport, fixtureReportDecision, fixtureSection } from './workflow-fixtures.ts';

const env = useDemoCallers();
const tenant = 'gavleborg';

const userIdOf = async (email: string) => {
  const [row] = await env.superuser<{ id: string }[]>`select id from users where email = ${email}`;
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
};
const sectionVersion = async (sectionId: string) => {
  const [row] = await env.superuser<{ version: number }[]>`
    select version from period_report_sections where id = ${sectionId}`;
  return row?.version ?? 0;
};
const reportRow = async (reportId: string) => {
  const [row] = await env.superuser<{ status: string; version: number; adoptedOn: string | null }[]>`
    select status, version, to_char(adopted_on, 'YYYY-MM-DD') as "adoptedOn"
    from period_reports where id = ${reportId}`;
  if (!row) throw new Error('no report');
  return row;
};
const auditActions = async (entityId: string) =>
  (
    await env.superuser<{ action: string }[]>`
      select action from audit_log where entity_id = ${entityId} order by id`
  ).map((row) => row.action);

/** A draft half-year report 2035: 1 Förvaltningsberättelse, 1.1 Beskrivning av verksamheten. */
async function newReport(periodYear: number, status = 'draft') {
  const reportId = await fixtureReport(env.superuser, env.tenantId, {
    kind: 'halfYear',
    title: `Halvårsredovisning ${periodYear}`,
    periodStart: `${periodYear}-01-01`,
    periodEnd: `${periodYear}-06-30`,
    status,
  });
  const chapterId = await fixtureSection(env.superuser, env.tenantId, reportId, {
    position: 0,
    level: 1,
    title: 'Förvaltningsberättelse',
  });
  const sectionId = await fixtureSection(env.superuser, env.tenantId, reportId, {
    position: 1,
    level: 2,
    title: 'Beskrivning av verksamheten',
    text: 'Förbundet har under perioden bedrivit verksamhet för 3 315 060 kr.',
  });
  return { reportId, chapterId, sectionId };
}

let editorId = '';
let adminId = '';
let viewerId = '';
beforeAll(async () => {
  editorId = await userIdOf('editor@gavleborg.demo');
  adminId = await userIdOf('admin@gavleborg.demo');
  viewerId = await userIdOf('viewer@gavleborg.demo');
});

describe('assigning sections', () => {
  it('offers the active editors and admins, not the viewers', async () => {
    const assignees = await env.viewer.reportWorkflow.assignees({ tenant });
    const ids = assignees.map((assignee) => assignee.userId);
    expect(ids).toEqual(expect.arrayContaining([editorId, adminId]));
    expect(ids).not.toContain(viewerId);
    expect(assignees.find((assignee) => assignee.userId === editorId)).toMatchObject({
      email: 'editor@gavleborg.demo',
      role: 'editor',
    });
  });

  it('refuses an assignee who is not an editor or admin of the förbund, beside the field', async () => {
    const { sectionId } = await newReport(2035);
    const otherEditorId = await userIdOf('editor@insjoriket.demo');
    for (const assigneeUserId of [viewerId, otherEditorId]) {
      const call = env.editor.reportWorkflow.assign({
        tenant,
        sectionId,
        expectedVersion: 1,
        assigneeUserId,
        deadline: '2035-08-16',
      });
      expect(await issuesOf(call)).toEqual({ assigneeUserId: 'reportWorkflow.assigneeNotMember' });
    }
    expect(await sectionVersion(sectionId)).toBe(1);
  });

  it('stores the assignee and deadline with their audit entry, and refuses a stale version', async () => {
    const { sectionId } = await newReport(2036);
    const assigned = await env.editor.reportWorkflow.assign({
      tenant,
      sectionId,
      expectedVersion: 1,
      assigneeUserId: editorId,
      deadline: '2036-08-16',
    });
    expect(assigned).toEqual({ version: 2 });
    const [row] = await env.superuser<{ assignee: string; deadline: string }[]>`
      select assignee_user_id as assignee, to_char(deadline, 'YYYY-MM-DD') as deadline
      from period_report_sections where id = ${sectionId}`;
    expect(row).toEqual({ assignee: editorId, deadline: '2036-08-16' });
    expect(await auditActions(sectionId)).toEqual(['periodReportSection.assign']);
    const stale = env.editor.reportWorkflow.assign({
      tenant,
      sectionId,
      expectedVersion: 1,
      assigneeUserId: null,
      deadline: null,
    });
    expect(await reasonOf(stale)).toBe('conflict.stale');
    expect(
      await outcomeOf(
        env.viewer.reportWorkflow.assign({
          tenant,
          sectionId,
          expectedVersion: 2,
          assigneeUserId: null,
          deadline: null,
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('ready marks', () => {
  it('marks a section ready by the caller, and unmarking it moves a ready report back to draft', async () => {
    const { reportId, sectionId } = await newReport(2037);
    const marked = await env.editor.reportWorkflow.markSectionReady({
      tenant,
      sectionId,
      expectedVersion: 1,
    });
    expect(marked).toEqual({ version: 2 });
    const [ready] = await env.superuser<{ readyBy: string | null; isReady: boolean }[]>`
      select ready_by as "readyBy", ready_at is not null as "isReady" from period_report_sections
      where id = ${sectionId}`;
    expect(ready).toEqual({ readyBy: editorId, isReady: true });
    // The report marked ready (periodReports.markReady's work) …
    await env.superuser`update period_reports set status = 'ready', version = 5 where id = ${reportId}`;
    const unmarked = await env.editor.reportWorkflow.unmarkSectionReady({
      tenant,
      sectionId,
      expectedVersion: 2,
    });
    expect(unmarked).toEqual({ version: 3, reportStatus: 'draft' });
    // … is a draft again, and its version moved on (a Fastställ loaded before is stale).
    expect(await reportRow(reportId)).toMatchObject({ status: 'draft', version: 6 });
    expect(await auditActions(sectionId)).toEqual([
      'periodReportSection.markReady',
      'periodReportSection.unmarkReady',
    ]);
  });

  it('leaves a draft report a draft when a section is unmarked', async () => {
    const { reportId, sectionId } = await newReport(2038);
    await env.editor.reportWorkflow.markSectionReady({ tenant, sectionId, expectedVersion: 1 });
    await env.editor.reportWorkflow.unmarkSectionReady({ tenant, sectionId, expectedVersion: 2 });
    expect(await reportRow(reportId)).toMatchObject({ status: 'draft', version: 1 });
  });
});

describe('comments', () => {
  it('lets the author and an admin delete a comment, and nobody else', async () => {
    const { sectionId } = await newReport(2039);
    const { commentId: editorComment } = await env.editor.reportWorkflow.comments.add({
      tenant,
      sectionId,
      body: 'Siffrorna i andra stycket behöver kontrolleras.',
    });
    const { commentId: adminComment } = await env.admin.reportWorkflow.comments.add({
      tenant,
      sectionId,
      body: 'Jag tittar på det i morgon.',
    });
    expect(await outcomeOf(env.viewer.reportWorkflow.comments.add({ tenant, sectionId, body: 'Hej' }))).toBe(
      'FORBIDDEN',
    );
    const asEditor = await env.editor.reportWorkflow.comments.list({ tenant, sectionId });
    expect(
      asEditor.map(({ body, author, canDelete }) => ({ body, author: author?.userId, canDelete })),
    ).toEqual([
      { body: 'Siffrorna i andra stycket behöver kontrolleras.', author: editorId, canDelete: true },
      { body: 'Jag tittar på det i morgon.', author: adminId, canDelete: false },
    ]);
    expect(
      await reasonOf(env.editor.reportWorkflow.comments.delete({ tenant, commentId: adminComment })),
    ).toBe('reportWorkflow.commentNotYours');
    await env.editor.reportWorkflow.comments.delete({ tenant, commentId: editorComment });
    await env.editor.reportWorkflow.comments.add({ tenant, sectionId, body: 'En till.' });
    const [another] = (await env.viewer.reportWorkflow.comments.list({ tenant, sectionId })).slice(-1);
    await env.admin.reportWorkflow.comments.delete({ tenant, commentId: another?.id ?? '' });
    const left = await env.viewer.reportWorkflow.comments.list({ tenant, sectionId });
    expect(left.map((comment) => comment.id)).toEqual([adminComment]);
    expect(await auditActions(editorComment)).toEqual([
      'periodReportComment.create',
      'periodReportComment.delete',
    ]);
  });
});

describe('reminders', () => {
  const outboxTo = async (email: string, link: string) =>
    env.superuser<{ subject: string; text: string }[]>`
      select subject, body_text as text from mail_outbox
      where to_address = ${email} and body_text like ${`%${link}%`} order by id`;

  it('mails the assignee once per deadline, within seven days of it, with a link to the section', async () => {
    // What the demo already has due is mailed first, so the counts below are this test's own.
    await env.admin.reportWorkflow.sendReminders({ tenant });
    const today = todayInSweden();
    const { reportId, sectionId } = await newReport(2040);
    const link = `http://localhost:3000/f/gavleborg/rapporter/${reportId}/avsnitt/${sectionId}`;
    const assign = (expectedVersion: number, deadline: string) =>
      env.editor.reportWorkflow.assign({
        tenant,
        sectionId,
        expectedVersion,
        assigneeUserId: editorId,
        deadline,
      });
    await assign(1, addDays(today, 8));
    expect(await env.admin.reportWorkflow.sendReminders({ tenant })).toEqual({ sent: 0 });
    const deadline = addDays(today, 7);
    await assign(2, deadline);
    // One report's reminders (its page's button) leave the others' for later.
    const other = await newReport(2045);
    expect(await env.admin.reportWorkflow.sendReminders({ tenant, reportId: other.reportId })).toEqual({
      sent: 0,
    });
    expect(await env.admin.reportWorkflow.sendReminders({ tenant, reportId })).toEqual({ sent: 1 });
    expect(await env.admin.reportWorkflow.sendReminders({ tenant })).toEqual({ sent: 0 });
    const mails = await outboxTo('editor@gavleborg.demo', link);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(
      `Påminnelse: avsnittet 1.1 Beskrivning av verksamheten i Halvårsredovisning 2040 ska vara klart ${deadline}`,
    );
    expect(await auditActions(reportId)).toEqual(['periodReport.remind']);
    // A moved deadline is reminded again, now past — by the operator's sweep over every förbund.
    await assign(3, addDays(today, -1));
    expect(await remindEveryTenant(env.api.sql, { publicOrigin: 'http://localhost:3000' })).toEqual({
      sent: 1,
      failed: [],
    });
    expect((await outboxTo('editor@gavleborg.demo', link)).map((mail) => mail.subject)).toEqual([
      mails[0]?.subject,
      `Påminnelse: avsnittet 1.1 Beskrivning av verksamheten i Halvårsredovisning 2040 skulle ha varit klart ${addDays(today, -1)}`,
    ]);
    // Ready sections are not reminded.
    await assign(4, addDays(today, 2));
    await env.editor.reportWorkflow.markSectionReady({ tenant, sectionId, expectedVersion: 5 });
    expect(await env.admin.reportWorkflow.sendReminders({ tenant })).toEqual({ sent: 0 });
    expect(await outcomeOf(env.editor.reportWorkflow.sendReminders({ tenant }))).toBe('FORBIDDEN');
  });
});

describe('adoption', () => {
  it('refuses a decision of another kind, a report not ready, and a decision that adopted another report', async () => {
    const { reportId } = await newReport(2041);
    const reportDecision = await fixtureReportDecision(env.superuser, env.tenantId, {
      date: '2041-08-23',
      paragraph: 5,
      kind: 'report',
    });
    const otherDecision = await fixtureReportDecision(env.superuser, env.tenantId, {
      date: '2041-08-23',
      paragraph: 6,
      kind: 'other',
    });
    const adopt = (decisionId: string, expectedVersion = 1) =>
      env.admin.reportWorkflow.adopt({ tenant, reportId, expectedVersion, decisionId });
    expect(await reasonOf(adopt(reportDecision))).toBe('reportWorkflow.notReady');
    await env.superuser`update period_reports set status = 'ready' where id = ${reportId}`;
    expect(await issuesOf(adopt(otherDecision))).toEqual({ decisionId: 'reportWorkflow.decisionNotReport' });
    expect(
      await outcomeOf(
        env.editor.reportWorkflow.adopt({ tenant, reportId, expectedVersion: 1, decisionId: reportDecision }),
      ),
    ).toBe('FORBIDDEN');
    const used = await newReport(2042, 'ready');
    await env.admin.reportWorkflow.adopt({
      tenant,
      reportId: used.reportId,
      expectedVersion: 1,
      decisionId: reportDecision,
    });
    expect(await issuesOf(adopt(reportDecision))).toEqual({ decisionId: 'reportWorkflow.decisionUsed' });
    expect(await reportRow(reportId)).toMatchObject({ status: 'ready', adoptedOn: null });
    const choices = await env.admin.reportWorkflow.adoptableDecisions({ tenant, reportId });
    expect(choices.map((choice) => choice.decisionId)).not.toContain(reportDecision);
    expect(choices.map((choice) => choice.decisionId)).not.toContain(otherDecision);
  });

  it('offers the decisions of the kind report, those about this report marked', async () => {
    const { reportId } = await newReport(2043, 'ready');
    const about = await fixtureReportDecision(env.superuser, env.tenantId, {
      date: '2043-08-23',
      paragraph: 4,
      kind: 'report',
      reportId,
    });
    const other = await fixtureReportDecision(env.superuser, env.tenantId, {
      date: '2043-02-10',
      paragraph: 7,
      kind: 'report',
    });
    const choices = await env.admin.reportWorkflow.adoptableDecisions({ tenant, reportId });
    const mine = choices.filter((choice) => [about, other].includes(choice.decisionId));
    expect(mine).toEqual([
      {
        decisionId: about,
        label: 'Rapporttesternas styrelse 2043-08-23 § 4',
        title: 'Fastställande av rapporten',
        meetingDate: '2043-08-23',
        concernsThisReport: true,
      },
      expect.objectContaining({ decisionId: other, meetingDate: '2043-02-10', concernsThisReport: false }),
    ]);
    expect(choices.indexOf(choices.find((choice) => choice.decisionId === about) as never)).toBeLessThan(
      choices.findIndex((choice) => choice.decisionId === other),
    );
  });

  it('adopts on the meeting date, freezes the document, refuses later writes, and lists later changes', async () => {
    const { reportId, sectionId } = await newReport(2044, 'ready');
    const decisionId = await fixtureReportDecision(env.superuser, env.tenantId, {
      date: '2044-08-23',
      paragraph: 5,
      kind: 'report',
      reportId,
    });
    expect(await reasonOf(env.viewer.reportWorkflow.differences({ tenant, reportId }))).toBe(
      'reportWorkflow.notAdopted',
    );
    const adopted = await env.admin.reportWorkflow.adopt({
      tenant,
      reportId,
      expectedVersion: 1,
      decisionId,
    });
    expect(adopted).toEqual({ version: 2, adoptedOn: '2044-08-23' });
    const [snapshot] = await env.superuser<{ document: { status: string; decisionLabel: string } }[]>`
      select document from period_report_snapshots where report_id = ${reportId}`;
    expect(snapshot?.document).toMatchObject({
      status: 'adopted',
      adoptedOn: '2044-08-23',
      decisionLabel: 'Rapporttesternas styrelse 2044-08-23 § 5',
    });
    expect(await auditActions(reportId)).toEqual(['periodReport.adopt']);
    const frozen = await env.viewer.reportContent.document({ tenant, reportId, version: 'adopted' });
    expect(await env.viewer.reportWorkflow.differences({ tenant, reportId })).toEqual([]);

    // Every workflow write is refused now.
    const version = await sectionVersion(sectionId);
    for (const call of [
      () => env.editor.reportWorkflow.markSectionReady({ tenant, sectionId, expectedVersion: version }),
      () =>
        env.editor.reportWorkflow.assign({
          tenant,
          sectionId,
          expectedVersion: version,
          assigneeUserId: null,
          deadline: null,
        }),
      () => env.editor.reportWorkflow.comments.add({ tenant, sectionId, body: 'För sent.' }),
      () => env.admin.reportWorkflow.adopt({ tenant, reportId, expectedVersion: 2, decisionId }),
    ])
      expect(await reasonOf(call())).toBe('reportWorkflow.reportAdopted');

    // The text changes beneath the app (the app refuses it): the live report differs, the adopted does not.
    await env.superuser`
      update period_report_sections
      set body = ${env.superuser.json([
        {
          type: 'paragraph',
          runs: [{ text: 'Förbundet har under perioden bedrivit verksamhet för 3 320 060 kr.' }],
        },
      ])}
      where id = ${sectionId}`;
    expect(await env.viewer.reportWorkflow.differences({ tenant, reportId })).toEqual([
      {
        sectionId,
        number: '1.1',
        title: 'Beskrivning av verksamheten',
        changes: [
          {
            where: '1.1 Beskrivning av verksamheten',
            adopted: 'Förbundet har under perioden bedrivit verksamhet för 3 315 060 kr.',
            live: 'Förbundet har under perioden bedrivit verksamhet för 3 320 060 kr.',
          },
        ],
      },
    ]);
    expect(await env.viewer.reportContent.document({ tenant, reportId, version: 'adopted' })).toEqual(frozen);
  });

  it('lists a changed cost figure of the income statement when the booked costs change after adoption', async () => {
    const reportId = await fixtureReport(env.superuser, env.tenantId, {
      kind: 'interim',
      title: 'Delårsrapport januari–juni 2019',
      periodStart: '2019-01-01',
      periodEnd: '2019-06-30',
      status: 'ready',
    });
    const sectionId = await fixtureSection(env.superuser, env.tenantId, reportId, {
      position: 0,
      level: 1,
      title: 'Resultaträkning',
      source: 'incomeStatement',
    });
    const decisionId = await fixtureReportDecision(env.superuser, env.tenantId, {
      date: '2019-09-20',
      paragraph: 9,
      kind: 'report',
      reportId,
    });
    await env.admin.reportWorkflow.adopt({ tenant, reportId, expectedVersion: 1, decisionId });
    const frozen = await env.viewer.reportContent.document({ tenant, reportId, version: 'adopted' });
    // The booked costs of January–June 2019 corrected by 1 000 kr after the adoption.
    await env.superuser`
      update result_figures set costs_ore = costs_ore + 100000
      where tenant_id = ${env.tenantId} and year = 2019 and through_month = 6`;
    const differences = await env.viewer.reportWorkflow.differences({ tenant, reportId });
    expect(differences.map((difference) => difference.sectionId)).toEqual([sectionId]);
    // sv-SE figures group thousands with a no-break space.
    const changes = (differences[0]?.changes ?? []).map((change) => ({
      where: change.where,
      adopted: change.adopted.replace(/\s/gu, ' '),
      live: change.live.replace(/\s/gu, ' '),
    }));
    expect(changes).toContainEqual({
      where: 'Resultaträkning, Verksamhetens kostnader, 2019-01-01 – 2019-06-30',
      adopted: '−3 315 060',
      live: '−3 316 060',
    });
    expect(changes).toContainEqual({
      where: 'Resultaträkning, Redovisat resultat, 2019-01-01 – 2019-06-30',
      adopted: '3 344 423',
      live: '3 343 423',
    });
    expect(await env.viewer.reportContent.document({ tenant, reportId, version: 'adopted' })).toEqual(frozen);
  });
});

describe("the board's agenda item about a report", () => {
  it("links an item to the förbund's own report, refuses another förbund's beside the field, and offers its decision first", async () => {
    const { reportId } = await newReport(2046, 'ready');
    const [insjoriket] = await env.superuser<
      { id: string }[]
    >`select id from tenants where slug = 'insjoriket'`;
    const foreignReportId = await fixtureReport(env.superuser, insjoriket?.id ?? '', {
      kind: 'halfYear',
      title: 'Insjörikets halvårsredovisning 2046',
      periodStart: '2046-01-01',
      periodEnd: '2046-06-30',
    });
    const [body] = await env.superuser<{ id: string }[]>`
      insert into board_bodies (tenant_id, kind, name)
      values (${env.tenantId}, 'board', 'Rapportlänkens styrelse') returning id`;
    const [meeting] = await env.superuser<{ id: string }[]>`
      insert into board_meetings (tenant_id, body_id, meeting_date, place, status)
      values (${env.tenantId}, ${body?.id ?? ''}, '2046-08-21', 'Gävle', 'held') returning id`;
    const meetingId = meeting?.id ?? '';
    const item = { title: 'Halvårsredovisning 2046', description: '', concernsKind: 'report' as const };
    const foreign = env.editor.meetings.items.add({
      tenant,
      meetingId,
      expectedVersion: 1,
      ...item,
      concernsId: foreignReportId,
    });
    expect(await issuesOf(foreign)).toEqual({ concernsId: 'boardMeetings.concernsNotFound' });
    const added = await env.editor.meetings.items.add({
      tenant,
      meetingId,
      expectedVersion: 1,
      ...item,
      concernsId: reportId,
    });
    const [stored] = await env.superuser<{ reportId: string | null }[]>`
      select concerns_report_id as "reportId" from board_agenda_items where id = ${added.id}`;
    expect(stored?.reportId).toBe(reportId);
    const [decision] = await env.superuser<{ id: string }[]>`
      insert into board_decisions (tenant_id, item_id, kind, title, text)
      values (${env.tenantId}, ${added.id}, 'report', 'Halvårsredovisning 2046', 'Styrelsen fastställer den.')
      returning id`;
    const choices = await env.admin.reportWorkflow.adoptableDecisions({ tenant, reportId });
    expect(choices[0]).toMatchObject({ decisionId: decision?.id, concernsThisReport: true });
  });
});
