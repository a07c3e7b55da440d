import { halfYearSectionTitles } from '@samsyn/domain/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, issuesOf, outcomeOf, reasonOf, useDemoCallers } from '../../testing/index.ts';

const env = useDemoCallers();
/**
 * Härnösand-Timrå: the demo gives it no half-year report, so a "fresh" one starts from the
 * template (Gävleborg's 2019 report is the demo's, adopted, and would be copied).
 */
const tenant = 'harnosand-timra';
let editor: Caller;
let viewer: Caller;
let tenantId: string;
beforeAll(async () => {
  editor = await env.api.callerFor(`editor@${tenant}.demo`);
  viewer = await env.api.callerFor(`viewer@${tenant}.demo`);
  const [row] = await env.superuser<{ id: string }[]>`select id from tenants where slug = ${tenant}`;
  tenantId = row?.id ?? '';
});
const text = (words: string) => [{ type: 'paragraph' as const, runs: [{ text: words }] }];

async function auditActions(entity: string, entityId: string): Promise<string[]> {
  const rows = await env.superuser<{ action: string }[]>`
    select action from audit_log where entity = ${entity} and entity_id = ${entityId} order by id`;
  return rows.map((row) => row.action);
}

/**
 * A half-year report of `year`, created by the editor, read back whole. Fresh (the default): the
 * förbund's other half-year reports are removed first, so it starts from the template.
 */
async function halfYear(year: number, { fresh = true } = {}) {
  if (fresh)
    await env.superuser`delete from period_reports where kind = 'halfYear' and tenant_id = ${tenantId}`;
  const { reportId } = await editor.periodReports.create({
    tenant,
    kind: 'halfYear',
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-06-30`,
  });
  return { reportId, ...(await viewer.periodReports.get({ tenant, reportId })) };
}

const sectionTitled = <Section extends { title: string }>(report: { sections: Section[] }, title: string) => {
  const section = report.sections.find((s) => s.title === title);
  if (!section) throw new Error(`no section ${title}`);
  return section;
};

type TextBody = Parameters<Caller['periodReports']['sections']['saveText']>[0]['body'];

/** The editor saves the section's text at `expectedVersion`. */
const saveText = (sectionId: string, expectedVersion: number, body: TextBody) =>
  editor.periodReports.sections.saveText({ tenant, sectionId, expectedVersion, body });

/** The editor adds an own section after the one given (null: first) at the heading level given. */
const addSection = (reportId: string, afterSectionId: string | null, level: 1 | 2, title: string) =>
  editor.periodReports.sections.add({ tenant, reportId, afterSectionId, level, title });

/** Every enabled section marked ready, as the workflow's verbs would (R2's part, set here directly). */
async function markAllSectionsReady(reportId: string) {
  await env.superuser`
    update period_report_sections set ready_at = now(),
      ready_by = (select id from users where email = 'editor@harnosand-timra.demo')
    where report_id = ${reportId} and enabled`;
}

describe('a new report', () => {
  it('starts from the half-year template when the förbund has none of the kind: 16 sections, 1 … 5, Bilagor unnumbered', async () => {
    const report = await halfYear(2040);
    expect(report.report).toMatchObject({
      kind: 'halfYear',
      title: 'Halvårsredovisning 2040',
      periodStart: '2040-01-01',
      periodEnd: '2040-06-30',
      status: 'draft',
      copiedFromReportId: null,
      decisionLabel: null,
      version: 1,
    });
    expect(report.sections.map((s) => `${s.number} ${s.title}`.trim())).toEqual(halfYearSectionTitles);
    expect(report.sections.map((s) => s.position)).toEqual([...Array(16).keys()]);
    expect(report.progress).toEqual({ ready: 0, total: 16 });
    // The attestation sentence is the template's text: version 1, in the history.
    const decision = sectionTitled(report, 'Styrelsens beslut');
    expect(decision).toMatchObject({ source: 'signatures', hasText: true, textVersion: 1, commentCount: 0 });
    const history = await viewer.periodReports.sections.texts({ tenant, sectionId: decision.id });
    expect(history.map((h) => [h.textVersion, h.savedBy])).toEqual([[1, expect.any(String)]]);
    expect(sectionTitled(report, 'Förvaltningsberättelse')).toMatchObject({ hasText: false, textVersion: 0 });
    expect(await auditActions('periodReport', report.reportId)).toEqual(['periodReport.create']);
    const listed = await viewer.periodReports.list({ tenant, kind: 'halfYear' });
    expect(listed.find((row) => row.id === report.reportId)).toMatchObject({
      sectionCount: 16,
      readyCount: 0,
      status: 'draft',
    });
  });

  it("copies the last report of its kind: texts, an own section, a switched-off one, the notes' figures as previous", async () => {
    const first = await halfYear(2041);
    const activity = sectionTitled(first, 'Beskrivning av verksamheten');
    await saveText(
      activity.id,
      activity.version,
      text('Under perioden har förbundet finansierat sju insatser.'),
    );
    const { sectionId: ownId } = await addSection(first.reportId, activity.id, 2, 'Lokala samverkansgrupper');
    const organisation = sectionTitled(first, 'Om förbundet');
    await editor.periodReports.sections.update({
      tenant,
      sectionId: organisation.id,
      expectedVersion: organisation.version,
      title: organisation.title,
      level: 2,
      numbered: true,
      enabled: false,
      source: 'organisation',
    });
    await env.superuser`
      insert into period_report_notes (tenant_id, report_id, number, title, statement_line, lines)
      values (${tenantId}, ${first.reportId}, 1, 'Verksamhetens intäkter', 'revenue',
              ${env.superuser.json([{ label: 'Driftbidrag', current: 150_000_000, previous: 140_000_000 }])})`;

    const second = await halfYear(2042, { fresh: false });
    expect(second.report.copiedFromReportId).toBe(first.reportId);
    expect(second.sections).toHaveLength(17);
    expect(second.sections.map((s) => `${s.number} ${s.title}`.trim()).slice(0, 6)).toEqual([
      '1 Förvaltningsberättelse',
      '1.1 Sammanfattning av perioden',
      'Om förbundet',
      '1.2 Beskrivning av verksamheten',
      '1.3 Lokala samverkansgrupper',
      '1.4 Måluppfyllelse och resultat',
    ]);
    expect(sectionTitled(second, 'Om förbundet')).toMatchObject({ enabled: false, custom: false });
    const own = sectionTitled(second, 'Lokala samverkansgrupper');
    expect(own).toMatchObject({ custom: true, source: null, enabled: true, hasText: false });
    expect(own.id).not.toBe(ownId);
    const copied = sectionTitled(second, 'Beskrivning av verksamheten');
    expect(copied).toMatchObject({ hasText: true, textVersion: 1 });
    const history = await viewer.periodReports.sections.texts({ tenant, sectionId: copied.id });
    expect(history.map((h) => [h.textVersion, h.body])).toEqual([
      [1, text('Under perioden har förbundet finansierat sju insatser.')],
    ]);
    expect(second.progress).toEqual({ ready: 0, total: 16 });
    const notes = await env.superuser<{ number: number; lines: unknown }[]>`
      select number, lines from period_report_notes where report_id = ${second.reportId}`;
    expect(notes).toEqual([
      { number: 1, lines: [{ label: 'Driftbidrag', current: 0, previous: 150_000_000 }] },
    ]);
  });

  it("copies Gävleborg's last half-year report of the demo, every section and note, into a new one", async () => {
    const [last] = await env.superuser<{ id: string; sections: number; texts: number }[]>`
      select r.id, count(s.id)::int as sections,
        count(s.id) filter (where jsonb_array_length(s.body) > 0)::int as texts
      from period_reports r join period_report_sections s on s.report_id = r.id
      where r.tenant_id = ${env.tenantId} and r.kind = 'halfYear'
      group by r.id, r.period_start order by r.period_start desc limit 1`;
    // The demo's halvårsredovisning 2019 (packages/db/src/seed/data/period-reports/).
    if (!last) throw new Error('the demo has no half-year report for Gävleborg');
    const { reportId } = await env.editor.periodReports.create({
      tenant: 'gavleborg',
      kind: 'halfYear',
      periodStart: '2039-01-01',
      periodEnd: '2039-06-30',
    });
    const copy = await env.viewer.periodReports.get({ tenant: 'gavleborg', reportId });
    expect(copy.report.copiedFromReportId).toBe(last.id);
    expect(copy.sections).toHaveLength(last.sections);
    expect(copy.sections.filter((s) => s.hasText)).toHaveLength(last.texts);
    expect(
      copy.sections.every((s) => s.readyAt === null && s.assignee === null && s.commentCount === 0),
    ).toBe(true);
    const notes = await env.superuser<{ old: unknown; new: unknown }[]>`
      select o.lines as old, n.lines as new from period_report_notes o
      join period_report_notes n on n.number = o.number and n.report_id = ${reportId}
      where o.report_id = ${last.id} order by o.number`;
    for (const note of notes) {
      const old = note.old as { label: string; current: number }[];
      expect(note.new).toEqual(
        old.map((line) => ({ label: line.label, current: 0, previous: line.current })),
      );
    }
  });

  it('is refused for the same kind and period twice, and below editor', async () => {
    const input = { tenant, kind: 'interim' as const, periodStart: '2040-01-01', periodEnd: '2040-08-31' };
    await editor.periodReports.create(input);
    expect(await reasonOf(editor.periodReports.create(input))).toBe('periodReport.duplicate');
    expect(await outcomeOf(editor.periodReports.create(input))).toBe('CONFLICT');
    expect(await outcomeOf(viewer.periodReports.create({ ...input, periodEnd: '2040-09-30' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('gets the plan whose years cover the first year, unless given; a plan of no one is refused beside the field', async () => {
    const plan = await editor.plans.create({
      tenant,
      name: 'Verksamhetsplan 2050–2052',
      firstYear: 2050,
      lastYear: 2052,
      vision: '',
      purpose: '',
      targetGroups: [],
      directions: [],
    });
    const { reportId } = await editor.periodReports.create({
      tenant,
      kind: 'plan',
      periodStart: '2051-01-01',
      periodEnd: '2053-12-31',
    });
    const { report } = await viewer.periodReports.get({ tenant, reportId });
    expect(report).toMatchObject({ planId: plan.id, title: 'Verksamhetsplan och budget 2051–2053' });
    expect(
      await issuesOf(
        editor.periodReports.create({
          tenant,
          kind: 'plan',
          periodStart: '2054-01-01',
          periodEnd: '2054-12-31',
          planId: '00000000-0000-4000-8000-000000000000',
        }),
      ),
    ).toEqual({ planId: 'periodReport.planNotFound' });
  });
});

describe('editing a report', () => {
  it('answers CONFLICT to a stale version and changes nothing', async () => {
    const { reportId, report } = await halfYear(2043);
    const details = { title: 'Halvårsrapport 2043', periodStart: '2043-01-01', periodEnd: '2043-06-30' };
    const updated = await editor.periodReports.update({
      tenant,
      reportId,
      expectedVersion: report.version,
      ...details,
      deadline: '2043-08-15',
      planId: null,
    });
    expect(updated.version).toBe(report.version + 1);
    const stale = editor.periodReports.update({
      tenant,
      reportId,
      expectedVersion: report.version,
      ...details,
      title: 'Skriven över',
      deadline: null,
      planId: null,
    });
    expect(await outcomeOf(stale)).toBe('CONFLICT');
    expect((await viewer.periodReports.get({ tenant, reportId })).report).toMatchObject({
      title: 'Halvårsrapport 2043',
      deadline: '2043-08-15',
      version: updated.version,
    });
    expect(await auditActions('periodReport', reportId)).toEqual([
      'periodReport.create',
      'periodReport.update',
    ]);
  });

  it('refuses a text with a NUL as BAD_REQUEST and keeps the text and its history as they were', async () => {
    const report = await halfYear(2044);
    const section = sectionTitled(report, 'Styrelsens beslut');
    const attempt = saveText(section.id, section.version, text('Vi intygar\u0000'));
    expect(await outcomeOf(attempt)).toBe('BAD_REQUEST');
    const after = sectionTitled(
      await viewer.periodReports.get({ tenant, reportId: report.reportId }),
      'Styrelsens beslut',
    );
    expect(after).toMatchObject({ textVersion: 1, version: section.version });
    expect(await viewer.periodReports.sections.texts({ tenant, sectionId: section.id })).toHaveLength(1);
  });

  it('saves texts as versions, restores an old one as a new version, newest first in the history', async () => {
    const report = await halfYear(2045);
    const section = sectionTitled(report, 'Redovisnings- och värderingsprinciper');
    const first = await saveText(
      section.id,
      section.version,
      text('Redovisningen följer god redovisningssed.'),
    );
    expect(first).toEqual({ textVersion: 1, version: section.version + 1 });
    const second = await saveText(section.id, first.version, [
      { type: 'heading', level: 1, text: 'Principer' },
      ...text('Ändrad text.'),
    ]);
    const restore = (expectedVersion: number, textVersion: number) =>
      editor.periodReports.sections.restoreText({
        tenant,
        sectionId: section.id,
        expectedVersion,
        textVersion,
      });
    const restored = await restore(second.version, 1);
    expect(restored.textVersion).toBe(3);
    const history = await viewer.periodReports.sections.texts({ tenant, sectionId: section.id });
    expect(history.map((h) => h.textVersion)).toEqual([3, 2, 1]);
    expect(history[0]?.body).toEqual(text('Redovisningen följer god redovisningssed.'));
    expect(await reasonOf(restore(restored.version, 9))).toBe('periodReport.textVersionNotFound');
    expect(await auditActions('periodReportSection', section.id)).toEqual([
      'periodReportSection.saveText',
      'periodReportSection.saveText',
      'periodReportSection.restoreText',
    ]);
  });

  it('moves a section by swapping it with its neighbour, and adds one after another, renumbering the places', async () => {
    const report = await halfYear(2046);
    const summary = sectionTitled(report, 'Sammanfattning av perioden');
    await editor.periodReports.sections.move({
      tenant,
      sectionId: summary.id,
      expectedVersion: summary.version,
      direction: 'down',
    });
    const { sectionId } = await addSection(report.reportId, null, 1, 'Förord');
    const after = await viewer.periodReports.get({ tenant, reportId: report.reportId });
    expect(after.sections.slice(0, 4).map((s) => `${s.number} ${s.title}`)).toEqual([
      '1 Förord',
      '2 Förvaltningsberättelse',
      '2.1 Om förbundet',
      '2.2 Sammanfattning av perioden',
    ]);
    expect(after.sections.map((s) => s.position)).toEqual([...Array(17).keys()]);
    expect(after.sections[0]).toMatchObject({ id: sectionId, custom: true, source: null });
    expect(await auditActions('periodReportSection', summary.id)).toEqual(['periodReportSection.move']);
  });

  it("removes only an own section; the template's are switched off instead", async () => {
    const report = await halfYear(2047);
    const template = sectionTitled(report, 'Driftredovisning');
    expect(
      await reasonOf(
        editor.periodReports.sections.delete({
          tenant,
          sectionId: template.id,
          expectedVersion: template.version,
        }),
      ),
    ).toBe('periodReport.notCustom');
    const { sectionId } = await addSection(report.reportId, template.id, 2, 'Egen uppföljning');
    await editor.periodReports.sections.delete({ tenant, sectionId, expectedVersion: 1 });
    const after = await viewer.periodReports.get({ tenant, reportId: report.reportId });
    expect(after.sections.map((s) => s.id)).toEqual(report.sections.map((s) => s.id));
    expect(after.sections.map((s) => s.position)).toEqual([...Array(16).keys()]);
    expect(await auditActions('periodReportSection', sectionId)).toEqual([
      'periodReportSection.create',
      'periodReportSection.delete',
    ]);
  });

  it('deletes a report with its sections', async () => {
    const { reportId, report } = await halfYear(2048);
    await editor.periodReports.delete({ tenant, reportId, expectedVersion: report.version });
    expect(await outcomeOf(viewer.periodReports.get({ tenant, reportId }))).toBe('NOT_FOUND');
    const [left] = await env.superuser<{ n: number }[]>`
      select count(*)::int as n from period_report_sections where report_id = ${reportId}`;
    expect(left?.n).toBe(0);
    expect(await auditActions('periodReport', reportId)).toEqual([
      'periodReport.create',
      'periodReport.delete',
    ]);
  });

  it('keeps a report an item of approved minutes is about, refused before the trigger would answer 500', async () => {
    // An annual report: the approved minutes keep it for the rest of the file, out of the half-years' way.
    const { reportId } = await editor.periodReports.create({
      tenant,
      kind: 'annual',
      periodStart: '2052-01-01',
      periodEnd: '2052-12-31',
    });
    await env.superuser.begin(async (tx) => {
      const [meeting] = await tx<{ id: string }[]>`
        insert into board_meetings (tenant_id, body_id, meeting_date)
        select ${tenantId}, id, '2052-08-20' from board_bodies where tenant_id = ${tenantId} limit 1
        returning id`;
      await tx`
        insert into board_agenda_items (tenant_id, meeting_id, position, title, concerns_report_id)
        values (${tenantId}, ${meeting?.id ?? ''}, 0, 'Halvårsredovisning 2052', ${reportId})`;
      await tx`
        update board_meetings set status = 'approved', minutes_approved_on = '2052-08-27'
        where tenant_id = ${tenantId} and id = ${meeting?.id ?? ''}`;
    });
    expect(await reasonOf(editor.periodReports.delete({ tenant, reportId, expectedVersion: 1 }))).toBe(
      'periodReport.inApprovedMinutes',
    );
    expect((await viewer.periodReports.get({ tenant, reportId })).report.id).toBe(reportId);
  });

  it('is not reached from another förbund', async () => {
    const { reportId } = await halfYear(2049);
    expect(await outcomeOf(env.otherEditor.periodReports.get({ tenant: 'insjoriket', reportId }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('the status of a report', () => {
  it('is marked ready only when every enabled section is, and goes back to draft when a section changes', async () => {
    const report = await halfYear(2050);
    const refused = editor.periodReports.markReady({
      tenant,
      reportId: report.reportId,
      expectedVersion: report.report.version,
    });
    expect(await outcomeOf(refused)).toBe('CONFLICT');
    const cause = await refused.then(
      () => null,
      (error: unknown) => (error as { cause?: { reason?: string; details?: unknown } }).cause,
    );
    expect(cause).toMatchObject({ reason: 'periodReport.sectionsNotReady', details: { count: 16 } });

    await markAllSectionsReady(report.reportId);
    const ready = await editor.periodReports.markReady({
      tenant,
      reportId: report.reportId,
      expectedVersion: report.report.version,
    });
    const marked = await viewer.periodReports.get({ tenant, reportId: report.reportId });
    expect(marked.report).toMatchObject({ status: 'ready', version: ready.version });
    expect(marked.progress).toEqual({ ready: 16, total: 16 });
    expect(marked.sections[0]?.readyBy?.name).toEqual(expect.any(String));

    // A section marked ready keeps its text until it is unmarked.
    const principles = sectionTitled(marked, 'Redovisnings- och värderingsprinciper');
    expect(await reasonOf(saveText(principles.id, principles.version, text('Ny text')))).toBe(
      'periodReport.sectionReady',
    );

    // A change of structure takes the report back to draft.
    await editor.periodReports.sections.update({
      tenant,
      sectionId: principles.id,
      expectedVersion: principles.version,
      title: 'Redovisningsprinciper',
      level: 2,
      numbered: true,
      enabled: true,
      source: null,
    });
    const changed = await viewer.periodReports.get({ tenant, reportId: report.reportId });
    expect(changed.report).toMatchObject({ status: 'draft', version: ready.version + 1 });

    const again = await editor.periodReports.markReady({
      tenant,
      reportId: report.reportId,
      expectedVersion: changed.report.version,
    });
    const reopened = await editor.periodReports.reopen({
      tenant,
      reportId: report.reportId,
      expectedVersion: again.version,
    });
    expect(
      await reasonOf(
        editor.periodReports.reopen({
          tenant,
          reportId: report.reportId,
          expectedVersion: reopened.version,
        }),
      ),
    ).toBe('periodReport.notReady');
    expect(await auditActions('periodReport', report.reportId)).toEqual([
      'periodReport.create',
      'periodReport.markReady',
      'periodReport.markReady',
      'periodReport.reopen',
    ]);
  });

  it('refuses every write once the report is adopted', async () => {
    const report = await halfYear(2051);
    await env.superuser`
      update period_reports set status = 'adopted', adopted_on = '2051-08-23', adopted_at = now()
      where id = ${report.reportId}`;
    const section = sectionTitled(report, 'Beskrivning av verksamheten');
    const { reportId } = report;
    const version = report.report.version;
    const writes: (() => Promise<unknown>)[] = [
      () =>
        editor.periodReports.update({
          tenant,
          reportId,
          expectedVersion: version,
          title: 'Ändrad',
          periodStart: '2051-01-01',
          periodEnd: '2051-06-30',
          deadline: null,
          planId: null,
        }),
      () => editor.periodReports.delete({ tenant, reportId, expectedVersion: version }),
      () => editor.periodReports.markReady({ tenant, reportId, expectedVersion: version }),
      () => editor.periodReports.reopen({ tenant, reportId, expectedVersion: version }),
      () => addSection(reportId, null, 1, 'Ny'),
      () => saveText(section.id, section.version, text('Efter beslutet')),
      () =>
        editor.periodReports.sections.move({
          tenant,
          sectionId: section.id,
          expectedVersion: section.version,
          direction: 'up',
        }),
    ];
    for (const write of writes) expect(await reasonOf(write())).toBe('periodReport.adopted');
    const after = await viewer.periodReports.get({ tenant, reportId });
    expect(after.sections).toEqual(report.sections);
    expect(after.report).toMatchObject({
      title: 'Halvårsredovisning 2051',
      version,
      adoptedOn: '2051-08-23',
    });
  });
});
